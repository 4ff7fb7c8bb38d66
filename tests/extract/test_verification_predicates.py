"""The predicate table of discourse statements, apart from the anaphors they are about."""

from __future__ import annotations

import pytest

from pipeline.extract.prefilter import lowered_for_words, may_contain
from pipeline.extract.verification_predicates import PREDICATE_WORDS, PREDICATES
from pipeline.models import ReasonCode
from tests.extract.claims import all_claims, claim_with, reason_codes


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


_TOLL = "The ministry said 300 soldiers had been killed."


@pytest.mark.parametrize(("verdict", "code", "cue"), [
    # Before, each reached no claim: a wording the predicates missed, or one they held but
    # the word prefilters (PREDICATE_WORDS, the "discourse" claim-type words) did not let in.
    ("The figure could not immediately be verified.", "not_verified",
     "could not immediately be verified"),
    ("The figure has not yet been verified.", "not_verified", "has not yet been verified"),
    ("The figure remains unverified.", "not_verified", "unverified"),
    ("The figure is unconfirmed.", "not_verified", "unconfirmed"),
    ("The figure cannot yet be confirmed.", "not_verified", "cannot yet be confirmed"),
    ("The figure is subject to revision.", "not_verified", "subject to revision"),
    ("Kyiv said the figure was wildly inflated.", "disputed", "was wildly inflated"),
    ("A spokeswoman said the figure was speculative and inaccurate.", "disputed",
     "was speculative and inaccurate"),
    ("Kyiv said the figure was inaccurate.", "disputed", "was inaccurate"),
    ("Kyiv said the claim was groundless.", "disputed", "was groundless"),
    ("Kyiv contested the figure.", "disputed", "contested"),
    ("Kyiv pushed back on the claim.", "disputed", "pushed back on"),
    ("The army said the claim had no basis in fact.", "disputed", "had no basis in fact"),
])
def test_wire_wordings_of_a_verdict_reach_the_claim(verdict: str, code: str, cue: str) -> None:
    toll = claim_with(all_claims(f"{_TOLL} {verdict}"), "300 soldiers")
    assert (code, cue) in [(r.code, r.cue) for r in toll.reasons]


def test_a_study_not_peer_reviewed_is_not_verified() -> None:
    claims = all_claims("A study by researchers at the University of Lome found that 2,200 "
                        "people had been infected. The study has not been peer reviewed.")
    found = claim_with(claims, "2,200 people")
    assert ("not_verified", "not been peer reviewed") in [(r.code, r.cue) for r in found.reasons]
    assert len(claims) == 1  # the caveat is no claim of its own


@pytest.mark.parametrize("condition", ["If the claim is true,", "If the figures are confirmed,"])
def test_a_condition_naming_the_claim_before_is_that_claims(condition: str) -> None:
    # Before: the toll stayed asserted, and the condition made a flagged claim of its own
    claims = all_claims(f"{_TOLL} {condition} it would be the deadliest attack of the war.")
    assert [c.text for c in claims] == ["300 soldiers had been killed"]
    assert ("conditional", condition.rstrip(",")) in [(r.code, r.cue) for r in claims[0].reasons]


def test_a_disputed_election_and_details_of_talks_put_no_claim_in_doubt() -> None:
    # Before: "his disputed re-election" disputed the call, and "gave no details of what was
    # discussed" made it unverified
    call = "Merkel spoke by phone with Lukashenko on Monday, according to a German spokesman"
    (claim,) = all_claims(f"{call}, the first such call since his disputed re-election in 2020.")
    assert claim.status == "asserted"
    (claim,) = all_claims(f"{call}. The spokesman gave no details of what was discussed.")
    assert claim.status == "asserted"
    toll = claim_with(all_claims(f"{_TOLL} The ministry gave no details."), "300 soldiers")
    assert toll.status == "unverified"


def test_according_to_provisional_figures_is_not_verified() -> None:
    # Before: no caveat (and with the cue alone the claim was dropped, its own cue taken for
    # a silence about a claim before it)
    (claim,) = all_claims("The number of cases has climbed to 412, including nine deaths, "
                          "according to provisional figures released by the health directorate.")
    assert ("not_verified", "according to provisional figures") in [
        (r.code, r.cue) for r in claim.reasons]


@pytest.mark.parametrize("body", [
    "The army said it had retaken the town. Reuters was able to confirm the capture.",
    # "control" names a capture again
    "The army said it had retaken the town. Reuters confirmed the army's control of the town.",
    "The army said it had retaken the town. Reuters was able to confirm the army's control of "
    "the town through satellite images.",
])
def test_being_able_to_confirm_a_capture_corroborates_it(body: str) -> None:
    # Before: "was able to confirm" was no corroboration, and "control" named nothing
    assert ReasonCode.CORROBORATED in reason_codes(body, "retaken")


@pytest.mark.parametrize("body", [
    "Hamas said 20 people were killed in the strike. Reuters confirmed the location of the "
    "video.",
    "Hamas said 20 people were killed in the strike. Reuters was able to verify the location "
    "of the video, which showed at least 12 bodies.",
    "The army said it had retaken the town. Reuters was not able to confirm the capture.",
])
def test_a_fact_about_a_picture_or_a_failed_check_corroborates_nothing(body: str) -> None:
    # Before: "confirmed the location of the video" corroborated the toll
    claims = all_claims(body)
    assert all(r.code != ReasonCode.CORROBORATED for c in claims for r in c.reasons)
