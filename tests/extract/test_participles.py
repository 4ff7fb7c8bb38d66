"""Past participles that describe a noun instead of reporting anything."""

from __future__ import annotations

import pytest

from pipeline.extract.participles import permission, reduced_relative
from pipeline.extract.tokens import tokenize
from tests.extract.attributions import found
from tests.extract.claims import all_claims


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


def test_a_noun_accused_of_something_is_not_the_accuser() -> None:
    # Before: "A former care-home manager" was the claimant of "of stealing …" (cue
    # "accused"), scored 0.94.
    claims = all_claims("A former care-home manager accused of stealing more than £800,000 "
                        "from residents targeted people with dementia, a jury heard.")
    assert all(c.claimant is None or "manager" not in c.claimant.name for c in claims)
    (active,) = all_claims("Kyiv accused Moscow of shelling the plant.")
    assert active.claimant is not None and active.claimant.name == "Kyiv"


@pytest.mark.parametrize(("body", "expected"), [
    ("The statement, posted on Telegram, said the group had carried out three attacks.",
     [("the group had carried out three attacks", "The statement, posted on Telegram,")]),
    ("The ministry posted on Telegram that 12 drones were downed.",
     [("12 drones were downed", "The ministry")]),
])
def test_a_participle_set_off_by_commas_says_where_not_what(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert [(content, source) for content, source, _ in found(body)] == expected
