from __future__ import annotations

import json
import random
from pathlib import Path

from pipeline.extract.checkworthy import CheckworthyModel
from pipeline.training.checkworthy_trainer import CheckworthyTraining, train_checkworthy

_CLAIMS = [
    "Taxes rose {} percent in {}.",
    "We lost {} jobs since {}.",
    "Crime fell {} percent by {}.",
]
_CHATTER = ["Thank you, {}.", "I hope we can talk about that, {}.", "Let me finish, {}."]


def _write_corpus(path: Path) -> None:
    rng = random.Random(3)
    lines = []
    for i in range(300):
        label = i % 3 == 0
        if label:
            text = rng.choice(_CLAIMS).format(rng.randint(2, 90), rng.randint(1950, 2020))
        else:
            text = rng.choice(_CHATTER).format(rng.choice(["Bob", "Jim", "Senator"]))
        lines.append(json.dumps({"id": f"s-{i}", "text": text, "label": int(label)}))
    path.write_text("\n".join(lines) + "\n")


def test_training_learns_calibrates_and_records_its_protocol(tmp_path: Path) -> None:
    train_file = tmp_path / "train.jsonl"
    _write_corpus(train_file)
    settings = CheckworthyTraining(folds=3, epochs=3, min_count=2)
    messages: list[str] = []
    model, report = train_checkworthy(train_file, settings, log=messages.append)
    assert report["held_out"]["f1"] > 0.9
    assert report["data"] == {"sentences": 300, "positives": 100}
    assert model.score("Wages rose 4 percent in 1990.") > 0.5 > model.score("Thank you, Jim.")
    assert model.metadata is not None and model.metadata["settings"]["folds"] == 3
    assert any("fold 3/3" in m for m in messages)

    path = tmp_path / "model.json"
    model.save(path)
    again, _ = train_checkworthy(train_file, settings)
    assert CheckworthyModel.load(path) == again
