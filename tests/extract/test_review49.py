"""Defects found by review 49 (US political news texts written for the review)."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("text", "source"), [
    ("Sen. Ted Cruz spent Tuesday arguing that the tax plan would hurt families.",
     "Sen. Ted Cruz"),
    ("Cruz has spent weeks arguing that Trump is no conservative.", "Cruz"),
])
def test_who_spends_a_time_saying_something_says_it(text: str, source: str) -> None:
    claim = all_claims(text)[-1]
    assert claim.claimant is not None and claim.claimant.name == source


@pytest.mark.parametrize(("text", "source"), [
    ("Clinton holds a lead, a new USA TODAY/Suffolk University Poll finds.",
     "new USA TODAY/Suffolk University Poll"),
    ("31% of voters under 35 say they are very interested.", "31% of voters under 35"),
    ("Voters over 65 say they will vote.", "Voters over 65"),
])
def test_polls_and_age_groups_speak(text: str, source: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.name == source


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Election Is Rigged, Trump Says", "Trump", "Election Is Rigged"),
    ("Economy Slows, Says Central Bank", "Central Bank", "Economy Slows"),
])
def test_a_short_headline_credits_its_speaker(text: str, source: str, content: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text == content
    assert claim.claimant is not None and claim.claimant.name == source


def test_a_member_named_in_a_group_is_not_the_group() -> None:
    text = ("Critics in the party, including Sen. Lindsey Graham, have attacked Trump. Graham "
            "said that Trump was a bigot.")
    claim = claim_with(all_claims(text), "bigot")
    assert claim.claimant is not None and claim.claimant.name == "Graham"


def test_a_fact_check_heading_is_no_speaker() -> None:
    claims = all_claims("THE FACTS: Premiums are rising, but enrollees receive subsidies.")
    assert all(c.claimant is None for c in claims)


def test_offering_no_evidence_is_no_claim_of_its_own() -> None:
    claims = all_claims("The army said it had killed 40 rebels. It offered no evidence.")
    assert [c.text for c in claims] == ["it had killed 40 rebels"]
    assert "not_verified" in {r.code for r in claims[0].reasons}


def test_declining_to_comment_is_kept_as_polnear_marks_it_but_scores_low() -> None:
    (claim,) = all_claims("Lewandowski declined to comment.")
    assert claim.checkworthiness < 0.5
