"""Speech verbs used of a telephone call or of the terms of speaking."""

from __future__ import annotations

import pytest

from pipeline.extract.non_speech import not_speaking


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Biden called the emir twice.", "called", True),
    ("Macron called Zelensky on Monday to discuss the talks.", "called", True),
    ("The official, who spoke on condition of anonymity, said", "spoke", True),
    ("Israel called the figures exaggerated.", "called", False),
    ("Trump called on Republicans to back him.", "called", False),
    ("He spoke about the war.", "spoke", False),
])
def test_not_speaking(text: str, word: str, expected: bool) -> None:
    assert not_speaking(text, word, text.index(word) + len(word)) is expected
