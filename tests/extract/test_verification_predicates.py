"""The predicate table of discourse statements, apart from the anaphors they are about."""

from __future__ import annotations

import pytest

from pipeline.extract.prefilter import lowered_for_words, may_contain
from pipeline.extract.verification_predicates import PREDICATE_WORDS, PREDICATES
from pipeline.models import ReasonCode


def _codes(text: str) -> set[ReasonCode]:
    return {code for code, pattern in PREDICATES if pattern.search(text)}


@pytest.mark.parametrize(("text", "code"), [
    ("the claim has yet to be independently verified", ReasonCode.NOT_VERIFIED),
    ("none of the tolls could be independently confirmed", ReasonCode.NOT_VERIFIED),
    ("a figure he has not backed with evidence", ReasonCode.NOT_VERIFIED),
    ("if confirmed, it would be the first", ReasonCode.CONDITIONAL),
    ("the claim was a lie", ReasonCode.DISPUTED),
    ("the figure may be an overstatement", ReasonCode.DISPUTED),
    ("the capture was later confirmed by the pentagon", ReasonCode.CORROBORATED),
])
def test_each_kind_of_verdict_is_found(text: str, code: ReasonCode) -> None:
    assert code in _codes(text)
    # and the prefilter lets the sentence through to that predicate's scan
    assert may_contain(lowered_for_words(text), PREDICATE_WORDS[code])


def test_every_predicate_has_words_a_sentence_must_hold_for_it() -> None:
    # The prefilter skips a predicate's scan when none of its words is in the sentence, so
    # a predicate without words would never be looked for.
    assert {code for code, _ in PREDICATES} <= set(PREDICATE_WORDS)
    assert all(PREDICATE_WORDS[code] for code in PREDICATE_WORDS)
