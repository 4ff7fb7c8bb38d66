"""Regressions that review 65 (a code review of the later review-63 and review-64 fixes)
found, as tests. Each test names what the reviewed rules did wrong."""

from __future__ import annotations

import pytest

from pipeline.models import EntityType, ReasonCode
from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize("body", [
    "The Israeli military said its troops had mistakenly killed three Palestinian civilians "
    "in Jenin.",
    "The Israeli military said its soldiers had opened fire and killed four Palestinian "
    "civilians.",
])
def test_an_admission_by_its_troops_is_still_no_self_interest(body: str) -> None:
    # Reviewed: "its troops" (the killers) counted as fighters among the harmed
    (claim,) = all_claims(body)
    assert claim.claimant is not None and not claim.claimant.self_interested


def test_what_a_side_did_not_deny_is_still_worth_checking() -> None:
    # Reviewed: "but did not deny that 30 civilians had been killed" scored 0.30
    claims = all_claims("The Israeli military confirmed the strike on the school but did not "
                        "deny that 30 civilians had been killed.")
    assert claim_with(claims, "30 civilians").checkworthiness >= 0.5


@pytest.mark.parametrize("body", [
    "The BBC, quoting a hospital official, reported that 40 people were killed in the blast."
    "\n\nThe BBC has since withdrawn its report.",
    "The health ministry said 40 people were killed in the strike. It has since amended its "
    "figure to 35.",
])
def test_a_withdrawal_reaches_what_the_outlet_passed_on_and_amended_figures(body: str) -> None:
    # Reviewed: the relaying outlet was no reviser; "amended" was no revision
    claim = claim_with(all_claims(body), "40 people")
    assert ReasonCode.DISPUTED in {r.code for r in claim.reasons}


def test_a_verdict_on_what_is_in_the_report_still_reaches_it() -> None:
    # Reviewed: "the report" after "in" was no subject any more
    claims = all_claims("The Sun reported that the prince had been taken to hospital with chest "
                        "pains.\n\nDetails in the report could not be independently verified.")
    assert ReasonCode.NOT_VERIFIED in {r.code for r in claim_with(claims, "the prince").reasons}
    claims = all_claims("The army said its troops had captured the village.\n\nNothing in the "
                        "statement could be independently verified by Reuters.")
    assert ReasonCode.NOT_VERIFIED in {r.code for r in claim_with(claims, "captured").reasons}


@pytest.mark.parametrize("when", ["before", "after", "since"])
def test_no_evidence_in_the_days_around_a_strike_disputes_no_toll(when: str) -> None:
    claims = all_claims("OCHA said at least 47 people had been killed in the strikes.\n\nAl Mezan "
                        "said its field researchers had found no evidence of armed activity at "
                        f"the site in the days {when} the strike.")
    assert ReasonCode.DISPUTED not in {r.code for r in claim_with(claims, "47 people").reasons}


def test_a_denial_of_civilians_killed_in_the_market_answers_the_market_claim() -> None:
    # Reviewed: the shared verb "killed" sent the denial to an unrelated soldiers' toll
    claims = all_claims("Officials said three soldiers were killed in a separate attack in the "
                        "north on Sunday.\n\nResidents said a drone attack on the market in "
                        "Gedaref left dozens of civilians dead.\n\nThe army denied that civilians "
                        "had been killed in the market.")
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, "Gedaref").reasons}
    assert ReasonCode.DISPUTED not in {r.code for r in claim_with(
        claims, "three soldiers").reasons}


@pytest.mark.parametrize("body", [
    "At least 30 people were killed, officials said, including 4 Americans.",
    "At least 30 people were killed, officials said, including 12 from the same family.",
])
def test_a_breakdown_with_a_name_or_from_stays_in_the_toll(body: str) -> None:
    (claim,) = all_claims(body)
    assert "including" in claim.span.text


@pytest.mark.parametrize("body", [
    "The strike killed 12 soldiers, according to an official and the defence minister.",
    "The strike killed 12 soldiers, according to two diplomats and the prime minister.",
])
def test_unnamed_people_with_a_named_office_holder_are_not_anonymous(body: str) -> None:
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.entity_type != EntityType.ANONYMOUS


def test_he_after_a_lab_technician_is_the_technician() -> None:
    claims = all_claims("A lab technician at the hospital said the samples had been "
                        "contaminated. He said the results were unreliable.")
    claimant = claim_with(claims, "unreliable").claimant
    assert claimant is not None and claimant.name.startswith("lab technician")


def test_an_asked_question_without_its_comma_leaves_the_answer() -> None:
    claims = all_claims("Asked whether he would resign the minister told reporters he had done "
                        "nothing wrong.")
    assert any(c.claimant is not None and c.claimant.name == "minister" for c in claims)
