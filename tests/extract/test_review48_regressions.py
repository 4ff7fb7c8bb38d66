"""Misfires of the first 1.27.0 rules, found by a code review (review 48): each must stay as
it was before them."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with, reason_codes


@pytest.mark.parametrize(("text", "source"), [
    ("Brexit means Brexit - May", "May"),
    ("Prince Andrew paid off accuser with taxpayer money - Sunday Times", "Sunday Times"),
])
def test_a_name_like_a_date_still_credits_a_headline(text: str, source: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.name == source


@pytest.mark.parametrize(("text", "source"), [
    ("Beijing put the death toll at 12.", "Beijing"),
    ("Beijing thought the deal was unfair.", "Beijing"),
    ("Fleming felt the verdict was unjust.", "Fleming"),
])
def test_a_name_ending_in_ing_still_speaks(text: str, source: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.name == source


@pytest.mark.parametrize("text", [
    "The company denied it had the right to sell the data.",
    "The minister denied having the right to veto the bill.",
    "The company denied ever giving staff the chance to opt out.",
])
def test_denying_a_right_one_had_is_still_a_denial(text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.status == "disputed" and claim.claimant is not None


@pytest.mark.parametrize(("text", "content"), [
    ("Trump hit back — calling the report — which was leaked on Friday — a hoax.",
     "the report — which was leaked on Friday — a hoax"),
    ("The minister resigned — saying the claims — which he denies — had made his job "
     "impossible.", "the claims — which he denies — had made his job impossible"),
])
def test_a_content_holding_dash_asides_is_not_cut_at_the_first(text: str, content: str) -> None:
    assert any(c.text == content for c in all_claims(text))


@pytest.mark.parametrize("text", [
    "Hamas said 40 people were killed in the strike. Israel's military said it had targeted a "
    "militant commander. Israel rejected the criticism.",
    "Russia said its forces had captured the village. Ukraine's military denied the claim. "
    "Moscow rejected the criticism of its tactics.",
])
def test_rejecting_criticism_never_disputes_one_s_own_side(text: str) -> None:
    own = claim_with(all_claims(text), "it had targeted" if "Hamas" in text else "captured")
    assert [r.cue for r in own.reasons if r.code == "disputed"] in ([], ["denied the claim"],
                                                                     ["denied"])


def test_a_complaint_a_judge_dismisses_is_no_dispute() -> None:
    text = ("Residents said the factory had polluted the river. A judge dismissed the "
            "complaint, saying it had been filed too late.")
    assert "disputed" not in reason_codes(text, "polluted")


def test_a_source_in_a_name_is_no_anonymous_source() -> None:
    claim = claim_with(all_claims("The Energy Source said prices would rise by 10 percent."),
                       "prices")
    assert claim.claimant is not None and claim.claimant.entity_type != "anonymous"
