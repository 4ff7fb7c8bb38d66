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


def test_calling_someone_that_evening_is_a_telephone_call() -> None:
    text = ("Trump, according to two people familiar with the conversation, called Manafort that "
            "evening and told him he would not change.")
    assert all(c.attribution_cue is None or c.attribution_cue.text != "called"
               for c in all_claims(text))


def test_according_to_between_a_belief_and_its_that_clause_is_no_content() -> None:
    text = ("Many Republicans believe, according to a recent Monmouth University poll, that the "
            "count will not be fair.")
    claim = claim_with(all_claims(text), "count")
    assert claim.text == "the count will not be fair"
    assert claim.claimant is not None and claim.claimant.name == "Many Republicans"


def test_a_quotation_closing_before_though_he_suggested_ends_the_content() -> None:
    text = ("Mr. Pence said on Sunday that the campaign would ''accept the results of the "
            "election,'' though he suggested that the news media was biased.")
    claim = claim_with(all_claims(text), "accept the results")
    assert claim.text == "the campaign would ''accept the results of the election,''"
    assert "hedge" not in {r.code for r in claim.reasons}


@pytest.mark.parametrize("who", ["One major Republican fundraiser", "A Democratic strategist",
                                 "One donor"])
def test_an_unnamed_political_figure_is_an_anonymous_source(who: str) -> None:
    claim = all_claims(f"{who} said the party would shift money to Senate races.")[0]
    assert claim.claimant is not None and claim.claimant.entity_type == "anonymous"


def test_a_fact_check_label_s_said_that_is_no_content() -> None:
    (claim,) = all_claims("TRUMP: Said that Clinton deleted 33,000 emails.")
    assert claim.text == "Clinton deleted 33,000 emails"
    assert claim.claimant is not None and claim.claimant.name == "TRUMP"


def test_he_after_a_named_subject_is_that_person_not_the_last_anonymous_source() -> None:
    text = ("Lewandowski has spoken with Trump, according to a person close to the campaign. "
            "Trump himself dismissed the reports. \"My campaign is unified,\" he tweeted.")
    claim = claim_with(all_claims(text), "unified")
    assert claim.claimant is not None and claim.claimant.name == "Trump"
    assert "anonymous_source" not in {r.code for r in claim.reasons}
