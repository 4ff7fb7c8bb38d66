from __future__ import annotations

import json
from pathlib import Path

import orjson

from pipeline.evaluation.datasets import fold_of
from pipeline.training.uncertainty_trainer import UncertaintyTraining, train_uncertainty


def _write(tmp_path: Path) -> tuple[Path, Path]:
    lexicon = tmp_path / "lexicon.json"
    lexicon.write_bytes(orjson.dumps({
        "format": "claimwatch-uncertainty-lexicon/1",
        "entries": [
            {"code": "hedge", "fixed": True, "phrases": ["perhaps"]},
            {"code": "unattributed", "phrases": ["many", "red", "rare"]},
            {"code": "disputed", "phrases": ["denied"]},
        ],
    }))
    rows = []
    for i in range(500):
        j = i // 5
        text, label = [
            ("Many people came to town.", j % 10 != 0),  # 90% precise: worth using
            ("The red car left early.", j % 10 == 1),  # 10% precise: not worth it
            ("Perhaps it rained.", True),
            ("The mayor denied it.", True),  # disputes never count as uncertain
            ("The rare bird sang.", True) if i < 10 else ("It rained.", False),  # too rare
        ][i % 5]
        rows.append(json.dumps({"id": f"w-{i}", "text": text, "label": int(label)}))
    data = tmp_path / "train.jsonl"
    data.write_text("\n".join(rows) + "\n")
    return data, lexicon


def test_selection_keeps_precise_phrases_only(tmp_path: Path) -> None:
    data, lexicon = _write(tmp_path)
    selection, report = train_uncertainty(data, lexicon, UncertaintyTraining(min_support=3))
    assert selection.learnt == frozenset({"many"})
    assert report["learnt"] == ["many"]
    many_seen, many_uncertain = selection.evidence["many"]
    assert 0.85 < many_uncertain / many_seen < 0.95


def test_held_out_fold_is_counted_apart(tmp_path: Path) -> None:
    data, lexicon = _write(tmp_path)
    messages: list[str] = []
    _, report = train_uncertainty(data, lexicon, log=messages.append)
    held = sum(1 for i in range(500) if fold_of(f"w-{i}", 5) == 0)
    assert report["data"] == {"sentences": 500, "learning": 500 - held, "held_out": held}
    figures = report["held_out"]
    assert figures["tp"] + figures["fp"] + figures["fn"] <= held
    # "denied" sentences are labelled uncertain but disputes do not count: always missed.
    assert figures["fn"] > 0
    assert any("held-out fold" in m for m in messages)


def test_every_expansion_of_an_optional_word_counts(tmp_path: Path) -> None:
    # "it is widely? believed" must cover "It is believed" too, as it does at run time.
    lexicon = tmp_path / "lexicon.json"
    lexicon.write_bytes(orjson.dumps({
        "format": "claimwatch-uncertainty-lexicon/1",
        "entries": [{"code": "unattributed", "fixed": True, "phrases": ["it is widely? believed"]}],
    }))
    data = tmp_path / "train.jsonl"
    data.write_text("".join(
        json.dumps({"id": f"b-{i}", "text": text, "label": 1}) + "\n"
        for i, text in enumerate(["It is believed it rained.", "It is widely believed it rained."]
                                 * 50)))
    _, report = train_uncertainty(data, lexicon)
    assert report["cross_validated"]["fn"] == 0
    assert report["held_out"]["fn"] == 0
