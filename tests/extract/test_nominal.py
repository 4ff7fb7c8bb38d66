"""Nominal attributions ("X's claim that …") and the scan that skips sentences without one."""

from __future__ import annotations

import re

from pipeline.extract.nominal import _CUE_NEEDED, _NOMINAL, _NOUNS, find_nominal
from pipeline.extract.segment import Sentence
from tests.extract.claims import all_claims


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text, 0)


def test_cue_nouns_are_plain_words() -> None:
    # The prefilter's word list is read off _NOUNS; that is exact only for "word" or "words?".
    assert all(re.fullmatch(r"[a-z]+(?:s\?)?", alt) for alt in _NOUNS.split("|"))


def test_prefilter_holds_for_every_nominal_match() -> None:
    texts = [
        "Despite Mr. Trump's repeated claim that his net worth exceeds $10 billion, few agree.",
        "Their calls for a ceasefire went unanswered.",
        "Clinton's plans to raise taxes, critics said, would hurt growth.",
        "Putin's statement on the strike was brief.",
    ]
    for text in texts:
        assert _NOMINAL.search(text) is not None
        assert _CUE_NEEDED.search(text) is not None
        assert find_nominal(text, _sentence(text))


def test_no_cue_noun_no_attribution() -> None:
    text = "Mr. Trump's repeated visits to Ohio drew crowds."
    assert _CUE_NEEDED.search(text) is None
    assert find_nominal(text, _sentence(text)) == []


def test_the_clause_end_is_linear_on_long_runs_of_spaces() -> None:
    import time

    from pipeline.extract.nominal import _CLAUSE_END
    text = "x" + " " * 2_500 + "y"  # the cubic pattern took about 10 s here
    began = time.perf_counter()
    _CLAUSE_END.search(text, 1)
    assert time.perf_counter() - began < 1.0


def test_a_claim_to_a_thing_is_no_statement() -> None:
    text = "The tribunal ruled that China's claim to almost all of the sea had no basis."
    assert find_nominal(text, Sentence(0, 0, len(text), text, 0)) == []
    text = "Mr. Smith's claim to be the rightful heir was rejected."
    ((_, _, content),) = [(a.source, a.cue, text[a.content[0]:a.content[1]])
                          for a in find_nominal(text, Sentence(0, 0, len(text), text, 0))]
    assert content.startswith("to be the rightful heir")


def test_their_demand_is_the_speakers_and_ends_before_what_befell_it() -> None:
    claims = all_claims("Union leaders said their demand for a 10 percent pay rise had been "
                        "ignored.")
    demand = next(c for c in claims if c.attribution_cue and c.attribution_cue.text == "demand")
    assert demand.text == "for a 10 percent pay rise"
    assert demand.claimant is not None and demand.claimant.name == "Union leaders"
