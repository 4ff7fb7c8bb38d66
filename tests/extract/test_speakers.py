"""Finding the source phrase before a speech cue."""

from __future__ import annotations

from pipeline.extract.speakers import demonstrative_subject, source_before, token_span
from pipeline.extract.tokens import tokenize


def _source_text(text: str, cue: str) -> str | None:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == cue)
    found = source_before(tokens, k)
    if found is None:
        return None
    start, end = token_span(tokens, found)
    return text[start:end]


def test_plain_and_appositive_sources() -> None:
    assert _source_text("The ministry said the strike hit a depot.", "said") == "The ministry"
    found = _source_text("Smith, a spokesman for the ministry, said it was late.", "said")
    assert found is not None and found.rstrip(",") == "Smith, a spokesman for the ministry"


def test_demonstrative_subjects_are_recognised() -> None:
    text = "This development underscores the intensity."
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == "underscores")
    found = source_before(tokens, k)
    assert found is not None and demonstrative_subject(tokens, found)
    tokens = tokenize("The ministry said so.")
    found = source_before(tokens, 2)
    assert found is not None and not demonstrative_subject(tokens, found)
