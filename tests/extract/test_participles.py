"""Past participles that describe a noun instead of reporting anything."""

from __future__ import annotations

import pytest

from pipeline.extract.participles import permission, reduced_relative
from pipeline.extract.tokens import tokenize


def _at(text: str, word: str) -> tuple[list, int, int]:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.lower == word)
    return tokens, k, tokens[k].end


@pytest.mark.parametrize(("text", "word", "describes"), [
    ("The ceasefire announced on Monday has largely held.", "announced", True),
    ("Police found two men believed to have been involved.", "believed", True),
    ("Two men, said to be brothers, died.", "said", True),
    ("and that the ballot boxes shown did not match", "shown", True),
    ("He survived what many people believed to be a killer.", "believed", False),
    ("a trip that investigators concluded was financed by a company", "concluded", False),
    ("The ministry announced that 12 soldiers died.", "announced", False),
])
def test_reduced_relative(text: str, word: str, describes: bool) -> None:
    tokens, k, end = _at(text, word)
    assert reduced_relative(text, tokens, k, end) is describes


def test_permission() -> None:
    tokens, k, _ = _at("He had not been allowed to call his family.", "allowed")
    assert permission(tokens, k)
