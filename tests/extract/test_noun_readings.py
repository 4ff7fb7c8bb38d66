"""Cue forms that read as nouns: "trade claims", "credible reports", "in Zamfara state"."""

from __future__ import annotations

import pytest

from pipeline.extract.noun_readings import noun_before_content, noun_reading, state_is_noun
from pipeline.extract.tokens import tokenize
from tests.extract.claims import all_claims


@pytest.mark.parametrize("text", ["Israel and Hezbollah trade claims after strikes",
                                  "The sides exchanged claims over the attack",
                                  "There were rival claims about the strike"])
def test_claims_after_a_verb_of_exchange_or_rivalry_is_a_noun(text: str) -> None:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.lower == "claims")
    assert noun_reading(tokens[k - 1], "claims", tokens[k + 1])


def test_a_headline_trading_claims_has_no_speaker() -> None:
    claims = all_claims("Israel and Hezbollah trade claims after overnight strikes in south "
                        "Lebanon\n\nLebanon's Health Ministry said eight people were killed.")
    assert all(c.claimant is None or "trade" not in c.claimant.name for c in claims)


def test_states_and_estimates_as_nouns() -> None:
    t = tokenize("in Zamfara state, police said")
    assert state_is_noun(t[1], "state", t[3])
    assert noun_before_content("U.S. estimates put the toll at 10", "estimates", 14, 15)


def test_a_base_form_after_an_auxiliary_is_a_verb() -> None:
    # Before: "did report" read as the noun "report", so the claim lost its source.
    claims = all_claims("Ukraine's air force did report on September 2 that it had shot down "
                        "a Russian Su-34 in the east.")
    assert [(c.text, c.claimant.name if c.claimant else None) for c in claims] == [
        ("it had shot down a Russian Su-34 in the east", "Armed Forces of Ukraine")]


@pytest.mark.parametrize("body", [
    "ABC News reported that the company had cut 500 jobs.",
    "Bloomberg News reported earlier this month that the company was considering deeper cuts.",
])
def test_a_name_ending_in_news_then_a_past_verb_reports(body: str) -> None:
    claim = max(all_claims(body), key=lambda c: c.checkworthiness)
    assert claim.claimant is not None and claim.claimant.name.endswith("News")
    assert claim.attribution_cue is not None and claim.attribution_cue.text == "reported"


def test_a_plural_noun_before_an_adverb_and_a_verb_is_the_subject() -> None:
    # Before: "demands" was a verb whose speaker was "its ransom"
    (claim,) = all_claims("He estimated that its ransom demands typically range from $2 million "
                          "to $10 million.")
    assert claim.claimant is not None and claim.claimant.name == "He"
