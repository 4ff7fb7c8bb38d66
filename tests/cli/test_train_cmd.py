from __future__ import annotations

import json
from pathlib import Path

import orjson
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.extract.checkworthy import CheckworthyModel
from pipeline.extract.uncertainty import CueSelection


def _sentences(path: Path, texts: list[tuple[str, bool]], copies: int) -> None:
    rows = [
        json.dumps({"id": f"s-{i}-{j}", "text": text, "label": int(label)})
        for i, (text, label) in enumerate(texts)
        for j in range(copies)
    ]
    path.write_text("\n".join(rows) + "\n")


def test_train_checkworthy_writes_a_model(tmp_path: Path) -> None:
    _sentences(tmp_path / "checkworthy_ct24_train.jsonl", [
        ("Taxes rose 5 percent in 1990.", True), ("We lost 300 jobs in 2001.", True),
        ("Thank you, Jim.", False), ("Let me finish.", False), ("I hope so.", False),
    ], copies=20)
    output = tmp_path / "model.json"
    result = CliRunner().invoke(
        main, ["train", "checkworthy", "--data-dir", str(tmp_path), "--output", str(output)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["held_out"]["f1"] > 0.9
    model = CheckworthyModel.load(output)
    assert model.score("Prices rose 7 percent in 1995.") > 0.5 > model.score("Thank you, Bob.")
    assert "held-out" in result.stderr


def test_train_uncertainty_writes_a_selection(tmp_path: Path) -> None:
    _sentences(tmp_path / "uncertain_wikiweasel_train.jsonl", [
        ("Many people came.", True), ("It rained.", False), ("Perhaps so.", True),
    ], copies=30)
    lexicon = tmp_path / "lexicon.json"
    lexicon.write_bytes(orjson.dumps({
        "format": "claimwatch-uncertainty-lexicon/1",
        "entries": [{"code": "hedge", "fixed": True, "phrases": ["perhaps"]},
                    {"code": "unattributed", "phrases": ["many", "rained"]}],
    }))
    output = tmp_path / "selection.json"
    result = CliRunner().invoke(main, [
        "train", "uncertainty", "--data-dir", str(tmp_path), "--lexicon", str(lexicon),
        "--output", str(output),
    ])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["learnt"] == ["many"]
    assert CueSelection.load(output).learnt == frozenset({"many"})


def test_missing_training_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["train", "checkworthy", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "training file not found" in result.output


def test_a_bad_setting_in_the_environment_is_one_line_not_a_traceback() -> None:
    # Before: the default data directory came from a Settings() of its own, whose
    # ValidationError escaped as a traceback.
    for args in (["train", "checkworthy"], ["bench", "extract", "--runs", "1"]):
        result = CliRunner().invoke(main, args, env={"CLAIMWATCH_LOG_LEVEL": "verbose"})
        assert result.exit_code == 2, result.output
        assert "invalid configuration: CLAIMWATCH_LOG_LEVEL" in result.output
        assert not isinstance(result.exception, Exception) or isinstance(
            result.exception, SystemExit)
