"""Estimates: a source putting a figure on a toll."""

from __future__ import annotations

import pytest

from pipeline.extract.estimates import find_estimates
from pipeline.extract.segment import Sentence
from tests.extract.claims import all_claims


def _found(text: str) -> list[tuple[str, str, str]]:
    sentence = Sentence(0, 0, len(text), text, 0)
    return [(text[a.source[0]:a.source[1]] if a.source else "", text[a.cue[0]:a.cue[1]],
             text[a.content[0]:a.content[1]]) for a in find_estimates(text, sentence)]


def test_the_figure_keeps_its_thousands_and_ends_at_the_clause() -> None:
    assert _found("Officials estimated the number of dead at 1,200, officials said.") == [
        ("Officials", "estimated", "the number of dead at 1,200")]


@pytest.mark.parametrize("text", [
    "The sanctions put pressure on the economy at 40 percent growth.",  # no toll
    "The toll rose to 40.",  # no estimating verb
    "Put the toll at 40, he said.",  # no subject before the verb
])
def test_no_estimate(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A revision of a toll, a word number and a comma before "at" had been no estimate.
        ("Later he raised the toll to three dead.", ("he", "raised", "the toll to three dead")),
        ("The Kyiv School of Economics put the share higher, at up to 80%.",
         ("The Kyiv School of Economics", "put", "the share higher, at up to 80%")),
    ],
)
def test_a_revised_toll_and_a_share_put_higher(text: str,
                                               expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


def test_a_cost_put_by_the_company_just_heard_is_its_estimate() -> None:
    claims = all_claims("The company said about 1,400 containers were stuck. It put the cost of "
                        "the disruption at between 4 million and 6 million euros.")
    cost = claims[-1]
    assert cost.claimant is not None and cost.claimant.name == "company"
    assert cost.text.startswith("the cost of the disruption at between 4 million")


def test_a_poll_putting_a_candidate_ahead_is_its_source_s_claim() -> None:
    (claim,) = all_claims("An exit poll by a local research firm, Afrobarometer Partners, put "
                          "Mwila ahead by about 8 percentage points.")
    assert claim.text == "Mwila ahead by about 8 percentage points"
    assert claim.claimant is not None and claim.claimant.name == "Afrobarometer Partners"


def test_put_america_first_is_a_slogan_not_a_standing() -> None:
    claims = all_claims('"We will put America first," he said.')
    assert all(c.attribution_cue is None or c.attribution_cue.text != "put" for c in claims)


def test_an_owners_toll_is_the_owners_claim() -> None:
    claims = all_claims("At least 30 people were killed, according to the Gaza Health Ministry. "
                        "The ministry's cumulative toll stands at 48,190 killed.")
    toll = claims[-1]
    assert toll.text == "cumulative toll stands at 48,190 killed"
    assert toll.claimant is not None and toll.claimant.name == "Gaza Health Ministry"
