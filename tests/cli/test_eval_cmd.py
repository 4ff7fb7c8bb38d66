"""The eval command end to end, on slices of the shared evaluation files (read in place)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.evaluation.datasets import default_eval_dir

EVAL_DIR = default_eval_dir()


def _run(*args: str) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(main, ["eval", *args, "--no-progress"])
    return result.exit_code, result.stdout.splitlines(), result.stderr


def _last_json(lines: list[str]) -> dict[str, object]:
    summary = json.loads(lines[-1])
    assert isinstance(summary, dict)
    return summary


def test_checkworthy_on_a_slice_of_ct24_dev() -> None:
    code, lines, _ = _run("checkworthy", str(EVAL_DIR / "checkworthy_ct24_dev.jsonl"),
                          "--limit", "40")
    assert code == 0
    summary = _last_json(lines)
    assert summary["task"] == "checkworthy" and summary["n"] == 40
    for key in ("precision", "recall", "f1", "ap", "tp", "fp", "fn", "threshold"):
        assert key in summary
    assert summary["tp"] + summary["fn"] > 0  # type: ignore[operator]
    assert summary["threshold"] == 0.5
    assert any("decision" in line for line in lines[:-1])


def test_uncertain_on_the_held_out_fold() -> None:
    code, lines, _ = _run("uncertain", str(EVAL_DIR / "uncertain_wikiweasel_train.jsonl"),
                          "--fold", "0/5", "--limit", "30")
    assert code == 0
    summary = _last_json(lines)
    assert summary["n"] == 30 and summary["fold"] == "0/5"
    assert {"precision", "recall", "f1"} <= summary.keys()


def test_attribution_on_two_polnear_articles() -> None:
    code, lines, _ = _run("attribution", str(EVAL_DIR / "attribution_polnear_dev.jsonl"),
                          "--limit", "2")
    assert code == 0
    summary = _last_json(lines)
    assert summary["n"] == 2
    for key in ("precision", "recall", "f1", "content_f1", "source_f1", "joint_f1"):
        assert 0.0 <= summary[key] <= 1.0  # type: ignore[operator]
    assert summary["f1"] == summary["joint_f1"]
    assert summary["gold"] > 0  # type: ignore[operator]


def test_grouped_sentence_file_reports_map(tmp_path: Path) -> None:
    rows = [
        {"id": "1", "text": "Unemployment rose by 4 percent in 2019.", "label": 1, "group": "d1"},
        {"id": "2", "text": "Thank you very much.", "label": 0, "group": "d1"},
        {"id": "3", "text": "We cut taxes 19 times since 1981.", "label": 1, "group": "d2"},
    ]
    path = tmp_path / "grouped.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, lines, _ = _run("checkworthy", str(path))
    assert code == 0
    summary = _last_json(lines)
    assert summary["groups"] == 2
    assert 0.0 < summary["map"] <= 1.0  # type: ignore[operator]


def test_progress_goes_to_stderr_not_stdout_and_no_progress_silences_it(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "1", "text": "Prices rose 3 percent.", "label": 1}\n')
    result = CliRunner().invoke(main, ["eval", "uncertain", str(path)])  # not a terminal
    assert "sentences: 1/1" in result.stderr
    assert "sentences:" not in result.stdout
    result = CliRunner().invoke(main, ["eval", "uncertain", str(path), "--no-progress"])
    assert result.exit_code == 0 and "sentences:" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["uncertain", "--threshold", "1.5"], "0.0<=x<=1.0"),
        (["checkworthy", "--fold", "5/5"], "0 <= K < N"),
        (["checkworthy", "--fold", "x"], "K/N"),
    ],
)
def test_bad_options_are_refused(tmp_path: Path, args: list[str], message: str) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "1", "text": "Prices rose 3 percent.", "label": 1}\n')
    task, *rest = args
    result = CliRunner().invoke(main, ["eval", task, str(path), *rest])
    assert result.exit_code != 0
    assert message in result.output


def test_malformed_file_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "text": "x", "label": 7}\n')
    result = CliRunner().invoke(main, ["eval", "checkworthy", str(path)])
    assert result.exit_code == 1
    assert "bad.jsonl:1: label must be 0 or 1" in result.output
    assert result.output.count("bad.jsonl") == 1  # the file is named once


def test_a_threshold_narrows_the_claims_that_count(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    row = {"id": "1", "text": "The strike reportedly killed 12 soldiers.", "label": 1}
    path.write_text(json.dumps(row) + "\n")
    code, lines, _ = _run("uncertain", str(path))
    assert code == 0 and _last_json(lines)["tp"] == 1
    code, lines, _ = _run("uncertain", str(path), "--threshold", "1.0")
    summary = _last_json(lines)
    assert code == 0 and summary["tp"] == 0 and summary["threshold"] == 1.0
