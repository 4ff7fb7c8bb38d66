"""Regressions that review 66 (a code review of the review-65 fixes) found, as tests. Each
test names what the reviewed rules did wrong."""

from __future__ import annotations

import pytest

from pipeline.models import EntityType, ReasonCode
from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize("body", [
    'Asked whether the army had admitted killing civilians in the strike he replied: "That is '
    'a matter for the investigators."',
    "Asked if Moscow had said it would retaliate against Kyiv - the Kremlin spokesman declined "
    "to comment.",
])
def test_a_question_closed_by_a_colon_or_dash_reports_nothing(body: str) -> None:
    # Reviewed: a cue inside the question made a claim (0.85-0.89)
    assert all(c.checkworthiness < 0.5 for c in all_claims(body) if c.span.text.startswith(
        ("killing", "it would")))
    assert not any(c.claimant is not None and c.claimant.name in ("army", "Moscow")
                   for c in all_claims(body))


def test_a_victory_that_also_hurt_civilians_stays_self_interested() -> None:
    # Reviewed: "killed 15 Hamas fighters and injured several civilians" read as an admission
    (claim,) = all_claims("The Israeli military said its strike killed 15 Hamas fighters and "
                          "injured several civilians in Khan Younis.")
    assert claim.claimant is not None and claim.claimant.self_interested


@pytest.mark.parametrize(("body", "revised", "kept"), [
    ("Iran said its air defences shot down three drones over Isfahan.\n\nThe Tasnim news agency "
     "reported that a military base near Isfahan was hit.\n\nThe Iranian news agency Tasnim has "
     "since retracted its report.", "base near Isfahan", "shot down three drones"),
    ("Hamas said its fighters destroyed two Israeli tanks in Rafah.\n\nThe Hamas-run health "
     "ministry said 40 people were killed in the strikes.\n\nThe Hamas-run health ministry has "
     "since revised its death toll.", "40 people", "two Israeli tanks"),
    ("The ministry said 40 people were killed.\n\nDr Ahmed Saleh, the director of the hospital, "
     "told AP that most of the dead were children. It has since withdrawn its figure.",
     "40 people", "most of the dead"),
])
def test_a_revision_disputes_the_revisers_claims_only(body: str, revised: str, kept: str) -> None:
    # Reviewed: "Iranian" matched Iran, "Hamas-run" matched Hamas, "It" was the doctor
    claims = all_claims(body)
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, revised).reasons}
    assert ReasonCode.DISPUTED not in {r.code for r in claim_with(claims, kept).reasons}


def test_unnamed_people_with_another_unnamed_person_are_anonymous() -> None:
    (claim,) = all_claims("The strike killed 12 soldiers, according to two diplomats and a "
                          "western security official.")
    assert claim.claimant is not None and claim.claimant.entity_type == EntityType.ANONYMOUS


def test_an_opening_in_their_report_is_no_verdict_subject() -> None:
    # Reviewed: "not verified" went from the toll to the prince's hospital stay
    claims = all_claims("The Sun reported that the prince had been taken to hospital with chest "
                        "pains.\n\nThe health ministry said 40 people had died in the outbreak."
                        "\n\nIn their report, the researchers said the toll could not be "
                        "independently verified.")
    assert ReasonCode.NOT_VERIFIED in {r.code for r in claim_with(claims, "40 people").reasons}
    assert ReasonCode.NOT_VERIFIED not in {r.code for r in claim_with(claims, "prince").reasons}


def test_denied_wrongdoing_since_the_report_disputes_the_report() -> None:
    claims = all_claims("The Guardian reported that the minister had accepted 50,000 pounds from "
                        "a property developer.\n\nThe minister has repeatedly denied wrongdoing "
                        "since the report.")
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, "50,000").reasons}


def test_a_telling_denied_verb_beats_shared_nouns() -> None:
    # Reviewed: "denied that prisoners … had been tortured" disputed Amnesty's executions
    claims = all_claims("Amnesty International said thousands of prisoners at Saydnaya prison "
                        "had been executed since 2011.\n\nFormer detainees told Reuters they had "
                        "been tortured by guards during interrogations.\n\nThe justice ministry "
                        "denied that prisoners at Saydnaya prison had been tortured.")
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, "tortured by guards").reasons}
    assert ReasonCode.DISPUTED not in {r.code for r in claim_with(claims, "executed").reasons}


def test_did_not_say_to_whom_is_a_question_left_open() -> None:
    claims = all_claims("The ministry said it had sold drones abroad, but did not say to whom "
                        "the drones had been sold.")
    assert all(c.checkworthiness < 0.5 for c in claims if "whom" in c.span.text)


def test_it_after_a_laboratory_in_a_country_is_the_laboratory() -> None:
    claims = all_claims("The Spiez Laboratory in Switzerland said the samples contained sarin. "
                        "It said the results were conclusive.")
    claimant = claim_with(claims, "conclusive").claimant
    assert claimant is not None and claimant.name.startswith("Spiez Laboratory")
