from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.evaluation.datasets import (
    EVAL_DIR_ENV,
    GoldSpan,
    default_eval_dir,
    fold_of,
    read_articles,
    read_sentences,
)


def test_sentences_with_and_without_group(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "a", "text": "One.", "label": 1, "group": "debate-1"}\n\n'
        '{"id": "b", "text": "Two.", "label": 0}\n'
    )
    rows = read_sentences(path)
    assert [(r.id, r.label, r.group) for r in rows] == [("a", True, "debate-1"), ("b", False, None)]
    assert len(read_sentences(path, limit=1)) == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [('{"id": "a", "text": "x", "label": 2}', "label must be 0 or 1"),
     ('{"id": "a", "text": "x"}', "no 'label' field"),
     ('{"id": "a", "text": null, "label": 1}', "'text' must be a string, got None"),
     ('{"id": "a", "text": "x", "label": "1"}', "'label' must be an integer, got '1'"),
     ("[1]", "expected a JSON object"),
     ("{oops", "not JSON")],
)
def test_bad_sentence_lines_name_the_line_and_the_reason(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "x", "label": 0}\n' + line + "\n")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: .*" + re.escape(reason)):
        read_sentences(path)


def test_a_sentence_file_is_not_an_article_file(tmp_path: Path) -> None:
    path = tmp_path / "sentences.jsonl"
    path.write_text('{"id": "ok", "text": "x", "label": 0}\n')
    with pytest.raises(ValueError, match="no 'attributions' field"):
        read_articles(path)


def test_articles_and_spans(tmp_path: Path) -> None:
    record = {
        "id": "p1", "publisher": "paper", "text": "Smith said it rained.",
        "attributions": [{
            "source": {"text": "Smith", "start": 0, "end": 5},
            "cue": {"text": "said", "start": 6, "end": 10},
            "content": {"text": "it rained", "start": 11, "end": 20},
        }, {"source": None, "cue": None, "content": {"text": "x", "start": 0, "end": 1}}],
    }
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n")
    (article,) = read_articles(path)
    first, second = article.attributions
    assert first.source is not None and first.source.text == "Smith"
    assert first.content == GoldSpan(start=11, end=20, text="it rained")
    assert second.source is None


def test_folds_are_stable_and_cover_everything() -> None:
    ids = [f"id-{i}" for i in range(1000)]
    folds = [fold_of(i, 5) for i in ids]
    assert folds == [fold_of(i, 5) for i in ids]
    assert set(folds) == {0, 1, 2, 3, 4}
    assert fold_of("ct24-train-16", 5) == 525185009 % 5  # CRC-32, not the salted hash()


def test_eval_dir_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(EVAL_DIR_ENV, str(tmp_path))
    assert default_eval_dir() == tmp_path
    monkeypatch.delenv(EVAL_DIR_ENV)
    assert default_eval_dir().parts[-2:] == ("shared", "eval")
