from __future__ import annotations

import json

from pipeline.evaluation.report import render, summary_line


def test_sentence_report_shows_decision_and_ranking() -> None:
    text = "\n".join(render("checkworthy", {
        "file": "f.jsonl", "n": 10, "precision": 0.5, "recall": 0.25, "f1": 0.3333,
        "tp": 1, "fp": 1, "fn": 3, "ap": 0.6, "map": 0.7,
    }))
    assert "0.5000    0.2500    0.3333" in text
    assert "average precision" in text and "0.6000" in text
    assert "mean AP over groups" in text and "0.7000" in text
    assert "tp=1  fp=1  fn=3" in text


def test_attribution_report_has_three_rows() -> None:
    summary = {f"{p}_{m}": 0.1 for p in ("content", "source", "joint")
               for m in ("precision", "recall", "f1")}
    text = "\n".join(render("attribution", {**summary, "n": 2, "source_accuracy": 0.9}))
    for row in ("content", "source mention", "joint (content + source)"):
        assert row in text
    assert "0.9000" in text


def test_summary_line_is_one_json_object() -> None:
    line = summary_line({"f1": 0.5, "n": 3, "file": "ü.jsonl"})
    assert "\n" not in line
    assert json.loads(line) == {"f1": 0.5, "n": 3, "file": "ü.jsonl"}
