"""Defects found in review 58 (eight conflict reports written for the review: a live blog, a
fact check, a Q&A, a statistics explainer, a roundup with several datelines), as tests.

Each test names what the engine did before the fix.
"""

from __future__ import annotations

import pytest

from pipeline.models import ReasonCode
from tests.extract.claims import all_claims, claim_with, reason_codes


def test_a_correction_note_inside_a_paragraph_gives_no_claim() -> None:
    # Before: "15 people were hurt", asserted, claimed by "version of this story" (0.79)
    for note in ("An earlier version of this story said 15 people were hurt.",
                 "11:52 GMT – Correction: An earlier entry said 15 people were treated by "
                 "paramedics."):
        claims = all_claims(f"Magen David Adom said 11 people were hurt. {note}")
        assert [c.text for c in claims] == ["11 people were hurt"]


def test_a_live_blog_stamp_inside_a_paragraph_is_not_in_the_claim() -> None:
    # Before: the claim began "09:42 GMT – Sirens …"
    claims = all_claims("Live updates. 09:42 GMT – Sirens sounded across central Israel, the "
                        "Israeli military said.")
    assert claim_with(claims, "Sirens").text == "Sirens sounded across central Israel"


def test_a_headline_claiming_an_attack_is_hedged_and_self_interested() -> None:
    # Before: asserted, with no reason (the content has no verb, so "claim" was not read as
    # distancing, nor as a claim of responsibility)
    claim = all_claims("Houthis claim missile strike on Israel's main airport")[0]
    assert claim.status == "unverified"
    assert {ReasonCode.HEDGE, ReasonCode.SELF_INTERESTED_SOURCE} <= {r.code for r in claim.reasons}
    # an act that is no attack stays as it was
    assert all_claims("Hurricane Milton claims 16 lives")[0].status == "asserted"


@pytest.mark.parametrize("text", [
    "The U.N. mission said it was alarmed.",
    "The U.N. mission said it was alarmed by the fighting in Tripoli.",
])
def test_a_reported_feeling_scores_under_the_cut(text: str) -> None:
    # Before: 0.78 and 0.87
    assert all(c.checkworthiness < 0.5 for c in all_claims(text))


def test_a_feeling_about_a_fact_keeps_its_score() -> None:
    for text in ("The U.N. said it was alarmed that 40 civilians were killed.",
                 "I am concerned about the fact that 10 percent of our manufacturing is "
                 "foreign-owned."):
        assert max(c.checkworthiness for c in all_claims(text)) > 0.5


def test_refuses_to_end_is_no_speech() -> None:
    # Before: the claim "end", by "insurgency in Mozambique's Cabo Delgado", cue "refuses"
    claims = all_claims("Why the insurgency in Mozambique's Cabo Delgado refuses to end.")
    assert all(c.claimant is None and c.checkworthiness < 0.5 for c in claims)
    assert all_claims("The senator refused to endorse Trump.")[0].text == "endorse Trump"


def test_declaring_force_majeure_is_an_act_not_speech() -> None:
    # Before: the company was the source of the toll of the attack (cue "declared")
    claims = all_claims("The company declared force majeure after an attack that killed dozens "
                        "of people.")
    assert all(c.attribution_cue is None for c in claims)


def test_asked_about_a_claim_is_no_claim() -> None:
    # Before: 'about the Ukrainian claim', cue "Asked", 0.52
    claims = all_claims("Asked about the Ukrainian claim, a Black Sea Fleet spokesman told RIA "
                        "that the landing ship was operating as normal.")
    assert claim_with(claims, "Ukrainian claim").checkworthiness < 0.5
    assert claim_with(claims, "landing ship").checkworthiness > 0.5


def test_a_note_on_similar_accounts_is_no_claim_and_no_antecedent() -> None:
    # Before: "Two other residents gave similar accounts …" was a claim (0.52), and the
    # verdict after it reached no claim and became a claim itself
    body = ("A local elder told The Associated Press that the strike killed at least 11 people. "
            "Two other residents gave similar accounts. The AP could not independently "
            "confirm their accounts.")
    claims = all_claims(body)
    assert [c.text for c in claims] == ["the strike killed at least 11 people"]
    assert ReasonCode.NOT_VERIFIED in {r.code for r in claims[0].reasons}


def test_a_plural_account_verdict_reaches_each_account() -> None:
    # Before: only the health worker's claim, the nearest, was not verified
    body = ("Two residents told Reuters that a drone struck the crowded market. A health worker "
            "said between 30 and 40 people had died. Reuters was unable to independently "
            "verify the accounts.")
    assert ReasonCode.NOT_VERIFIED in reason_codes(body, "drone struck")
    assert ReasonCode.NOT_VERIFIED in reason_codes(body, "30 and 40")


def test_nobody_able_to_verify_either_number_is_a_verdict() -> None:
    # Before: both counts asserted; the verdict an asserted sentence of its own
    body = ("The health ministry says six people were killed. Hospital staff in Abu Salim told "
            "me the figure was at least 20. Nobody has been able to verify either number.")
    claims = all_claims(body)
    for words in ("six people", "at least 20"):
        assert ReasonCode.NOT_VERIFIED in {r.code for r in claim_with(claims, words).reasons}
    assert not any(c.text.startswith("Nobody") for c in claims)


def test_verifying_what_happened_is_a_verdict_on_the_events_told() -> None:
    # Before: the ministry's claim stayed asserted and the verdict was a claim (0.73)
    body = ("Armenia's defence ministry said Azerbaijani forces had opened fire near Sotk on "
            "Tuesday, wounding one soldier. AFP could not independently verify what happened at "
            "the border on Tuesday.")
    claims = all_claims(body)
    assert claims[0].text.startswith("Azerbaijani forces")
    assert ReasonCode.NOT_VERIFIED in {r.code for r in claims[0].reasons}
    assert not any(c.text.startswith("AFP") for c in claims)


def test_neither_sides_account_of_the_attack_reaches_both_sides() -> None:
    # Before: neither side's claim was flagged; the verdict was a claim (0.72)
    body = ("Russia said it destroyed six drones. Ukraine said its drone hit a ship. Neither "
            "side's account of the attack could be independently verified.")
    for words in ("six drones", "hit a ship"):
        assert ReasonCode.NOT_VERIFIED in reason_codes(body, words)


@pytest.mark.parametrize(("text", "party"), [
    ("Ethiopia's government said its forces had killed more than 300 Fano fighters.",
     "ethiopia"),
    ("A Fano spokesman said the group's fighters had killed hundreds of government soldiers.",
     "fano"),
    ("U.S. Africa Command said no civilians were killed in its airstrike.", "united_states"),
    ("Islamic State said the group's fighters killed 25 soldiers.", "islamic_state"),
])
def test_new_parties_report_on_their_fighting(text: str, party: str) -> None:
    # Before: no party, asserted
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.party == party
    assert claim.claimant.self_interested and claim.status == "unverified"


def test_a_party_outlet_is_the_relay_not_the_party() -> None:
    # Before: via ['Houthis'] ("Al-Masirah" was an alias of the Houthis)
    claim = all_claims("Al-Masirah TV reported that Israeli jets struck the port, citing a local "
                       "health official.")[0]
    assert [r.name for r in claim.claimant.via] == ["Al-Masirah TV"]  # type: ignore[union-attr]


def test_the_black_sea_fleet_is_russian() -> None:
    # Before: party None
    claim = all_claims("A Black Sea Fleet spokesman said the landing ship was operating as "
                       "normal.")[0]
    assert claim.claimant is not None and claim.claimant.party == "russia"


def test_people_hurt_are_casualties() -> None:
    # Before: typed quantity only
    assert "casualty" in all_claims("Magen David Adom said 11 people were hurt.")[0].claim_types


def test_a_drone_damaging_a_ship_is_a_strike_over_the_cut() -> None:
    # Before: typed action only, 0.32
    claim = all_claims("Ukraine said its drone damaged a Russian landing ship.")[0]
    assert "strike" in claim.claim_types and claim.checkworthiness >= 0.5


@pytest.mark.parametrize(("text", "name"), [
    ("The Caspian Pipeline Consortium said its operations were not affected.",
     "Caspian Pipeline Consortium"),
    ("Magen David Adom said 11 people were hurt.", "Magen David Adom"),
])
def test_bodies_typed_persons_are_organisations(text: str, name: str) -> None:
    claimant = all_claims(text)[0].claimant
    assert claimant is not None and claimant.name == name
    assert claimant.entity_type == "organisation"


@pytest.mark.parametrize("text", [
    "He has relied on the 444 Brigade to do the fighting.",
    "A truce brokered by the U.N. in 2023 collapsed within weeks.",
])
def test_unit_names_and_years_are_no_counts(text: str) -> None:
    # Before: 444; "2023 collapsed within weeks" (2023 weeks)
    assert all(not c.quantities for c in all_claims(text))


def test_a_verb_is_no_modifier_of_a_unit() -> None:
    # Before: unit "attacks" in "An estimated 100,000 fled new attacks"
    quantity = all_claims("An estimated 100,000 fled new attacks in September.")[0].quantities[0]
    assert quantity.value == 100_000 and quantity.unit is None


def test_the_other_sides_count_ends_the_content() -> None:
    # Before: Armenia's claim ran on to "and Azerbaijan reported 80 of its troops dead"
    claims = all_claims("Armenia said 207 of its soldiers were killed and Azerbaijan reported "
                        "80 of its troops dead.")
    assert [c.text for c in claims] == ["207 of its soldiers were killed", "80 of its troops dead"]
    # a coordinated subject is no second speaker
    kept = all_claims("Officials compared what Trump and Lewandowski said about the incident.")
    assert kept[0].text == "what Trump and Lewandowski said about the incident"


def test_dismissing_reports_of_casualties_disputes_them() -> None:
    # Before: nothing disputed; the dismissal was a claim of its own (0.67)
    body = ("Residents said a drone strike killed 40 civilians at a market. A government "
            "spokesman dismissed reports of civilian casualties as propaganda.")
    claims = all_claims(body)
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, "40 civilians").reasons}
    assert len(claims) == 1


@pytest.mark.parametrize("text", [
    "A Black Sea Fleet spokesman said the landing ship was operating as normal.",
    "An Israeli air force official said the Nevatim base remained fully operational.",
    "Azerbaijan's defence ministry denied that, saying its units had not fired.",
])
def test_a_side_denying_its_losses_or_part_is_self_interested(text: str) -> None:
    # Before: not self-interested
    claimant = all_claims(text)[-1].claimant
    assert claimant is not None and claimant.self_interested
    assert not all_claims("The airline said its flights were operating as normal.")[
        0].claimant.self_interested  # type: ignore[union-attr]


def test_no_civilians_killed_and_civilians_among_the_dead_dispute_each_other() -> None:
    # Before: both asserted
    claims = all_claims("U.S. Africa Command said no civilians were killed in its airstrike. "
                        "Residents said several civilians were among the dead.")
    assert [c.status for c in claims] == ["disputed", "disputed"]
    kept = all_claims("The army said no civilians were killed. It said 12 militants died.")
    assert all(c.status != "disputed" for c in kept)


def test_an_answer_inside_a_paragraph_is_the_interviewees_to_the_next_question() -> None:
    # Before: "In reality, …" had no claimant (the outlet's own voice, 0.90)
    claims = all_claims("Q: Is that credible? A: That's his framing. In reality, he has relied "
                        "on the 444 Brigade to do the fighting. Q: And the SSA? A: Gone. "
                        "Separately, the UN said 12 people were killed.")
    assert claim_with(claims, "In reality").claimant.name == "interviewee"  # type: ignore[union-attr]
    assert claim_with(claims, "12 people").claimant.name == "UN"  # type: ignore[union-attr]


def test_a_post_sharing_it_is_the_source_not_what_it_shares() -> None:
    # Before: claimant "clip" (from "it")
    body = ('The clip shows artillery fire hitting hillside houses. One post sharing it said '
            '"Azerbaijan has broken the ceasefire again, 12 civilians are dead".')
    claimant = claim_with(all_claims(body), "ceasefire").claimant
    assert claimant is not None and claimant.name == "One post sharing it"


def test_people_the_reporter_spoke_to_are_the_source_not_the_place() -> None:
    # Before: claimant "Abu Salim", a person
    body = ("The health ministry says six people were killed, but hospital staff I spoke to in "
            "Abu Salim told me the figure was at least 20.")
    claimant = claim_with(all_claims(body), "at least 20").claimant
    assert claimant is not None and claimant.name.startswith("hospital staff")
