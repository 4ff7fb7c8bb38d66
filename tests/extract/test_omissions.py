"""Sentences that only say what a source left out."""

from __future__ import annotations

import pytest

from pipeline.extract.omissions import is_omission


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It did not name him.", True),
    ("The statement did not say where the crew were held.", True),
    ("The army gave no details.", True),
    ("It did not rain.", False),
    ("The army said 12 soldiers died.", False),
])
def test_is_omission(sentence: str, expected: bool) -> None:
    assert is_omission(sentence) is expected
