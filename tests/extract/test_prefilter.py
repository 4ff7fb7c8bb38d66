"""The word prefilters and lower-cased scans must never change what a pattern finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.prefilter import lowered_for_words, may_contain
from pipeline.extract.verification_predicates import PREDICATE_WORDS, PREDICATES, PREDICATES_LOWER

_PIECES = [
    "has", "not", "been", "independently", "Verified", "CONFIRMED", "if", "true", "denied",
    "Denies", "no", "evidence", "could", "be", "an", "overstatement", "declined", "to",
    "comment", "remained", "silent", "confirmed", "by", " ", "  ", "\n", "’", "'", "-", ".",
    "\u0130", "\u0131", "\u017f", "\u212a", "\u00c9", "\u03a3", "K", "k", "S", "ſ", "İ",
]


def test_odd_folds_get_no_lowered_text() -> None:
    for ch in "\u0130\u0131\u017f\u212a":
        assert lowered_for_words(f"it was {ch}ure") is None
    assert lowered_for_words("Kyiv said") == "kyiv said"


def test_odd_folds_match_ascii_letters_under_ignorecase() -> None:
    # Every code point outside ASCII that IGNORECASE lets stand for an ASCII letter.
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    folds = {chr(c) for c in range(128, 0x110000)
             if not 0xD800 <= c <= 0xDFFF and ascii_letter.fullmatch(chr(c))}
    assert folds == {"\u0130", "\u0131", "\u017f", "\u212a"}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_prefilter_and_lowered_twins_find_what_the_patterns_find(text: str) -> None:
    lowered = lowered_for_words(text)
    for code, pattern in PREDICATES:
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            assert may_contain(lowered, PREDICATE_WORDS[code])
        if lowered is not None and len(lowered) == len(text):
            assert [m.span() for m in PREDICATES_LOWER[code].finditer(lowered)] == spans
