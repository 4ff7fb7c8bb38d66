"""Defects found by review 51 (war reports written for the review)."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


def test_a_city_administration_is_not_the_side_of_an_earlier_military_source() -> None:
    text = ("Russian forces have reportedly advanced into the outskirts of Pokrovsk, according to "
            "Russian military bloggers. Serhii Dobriak, head of the Pokrovsk city military "
            "administration, said Russian shelling killed two civilians overnight.")
    claim = claim_with(all_claims(text), "shelling")
    assert claim.claimant is not None and claim.claimant.party != "russia"


@pytest.mark.parametrize(("text", "side"), [
    ("Burkina Faso's ruling junta said more than 80 assailants had been neutralised.",
     "burkina_faso"),
    ("A spokesman for the Khortytsia group of forces said Russian assault groups had suffered "
     "heavy losses.", "ukraine"),
])
def test_a_ruling_junta_and_a_ukrainian_group_of_forces_have_their_sides(
        text: str, side: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.party == side
    assert claim.claimant.self_interested


def test_a_denial_s_that_clause_is_its_object_not_a_later_anaphor() -> None:
    text = ("Residents said the strike came without warning. Hamas denied that any of its "
            "fighters had been in the house and called the strike a massacre.")
    claim = claim_with(all_claims(text), "without warning")
    assert "disputed" not in {r.code for r in claim.reasons}


def test_that_as_a_determiner_after_a_verdict_still_names_its_object() -> None:
    text = ("The ministry said the economy would grow 4% this year. Analysts questioned that "
            "projection.")
    claim = claim_with(all_claims(text), "grow 4%")
    assert "disputed" in {r.code for r in claim.reasons}


def test_the_claim_that_names_the_claim_it_means() -> None:
    text = ("Houthi spokesman Yahya Saree said the vessel had been directly hit and was at risk "
            "of sinking. He also claimed the group had shot down a US drone. The claim that the "
            "vessel was at risk of sinking could not be independently verified.")
    claims = all_claims(text)
    assert "not_verified" in {r.code for r in claim_with(claims, "risk of sinking").reasons}
    assert "not_verified" not in {r.code for r in claim_with(claims, "US drone").reasons}


def test_the_loss_of_a_village_is_its_capture() -> None:
    text = ("Russia's defence ministry claimed its forces had captured the village of Krasne. "
            "Ukraine's military did not confirm the loss of the village.")
    assert "not_verified" in {r.code for r in claim_with(all_claims(text), "Krasne").reasons}


def test_two_things_not_verified_are_both_linked() -> None:
    text = ("At least 40 civilians were killed when the RSF shelled a market, a local activist "
            "group said. The group posted video it said showed bodies. Reuters could not "
            "independently verify the footage or the toll.")
    claims = all_claims(text)
    assert "not_verified" in {r.code for r in claim_with(claims, "40 civilians").reasons}
    footage = next(c for c in claims if c.text == "showed bodies")
    assert "not_verified" in {r.code for r in footage.reasons}


def test_cited_by_an_agency_set_off_by_commas_is_a_relay() -> None:
    text = ("Russia's Defense Ministry, cited by the state news agency TASS, said its troops had "
            "destroyed a Ukrainian HIMARS launcher.")
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.party == "russia"
    assert [r.name for r in claim.claimant.via] == ["state news agency TASS"]
