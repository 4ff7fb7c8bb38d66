"""Sides and self-interest in wire copy, from review 42's news texts: each test failed before
its fix."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("text", "words", "side"), [
    # a modifier between the country and "government" cut the mention to "government"
    ("Sudan's army-aligned government said the RSF had looted 40 aid trucks.", "looted",
     "sudan_saf"),
    ("Yemen's internationally recognised government said Houthi fighters had shelled a "
     "hospital.", "shelled", "yemen_government"),
    # "Congolese" names the state's side when it qualifies an official body
    ("Congolese authorities said M23 rebels had executed 52 civilians.", "executed", "drc"),
    # a bare spokesperson right after a party's body speaks for it
    ("The Russian Defence Ministry denied the report. A spokesperson said Russian forces had "
     "shot down 20 drones.", "shot down", "russia"),
])
def test_the_speaker_has_its_side_and_serves_it(text: str, words: str, side: str) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and claim.claimant.party == side
    assert claim.claimant.self_interested and claim.status == "unverified"


@pytest.mark.parametrize(("text", "words"), [
    ("Congolese rebels said the army had executed 52 civilians.", "executed"),
    ("Kremlin spokesman Dmitry Peskov said the talks failed. A spokesman said Russian forces "
     "had shot down 20 drones.", "shot down"),  # the last source is a person: whose is unsaid
])
def test_no_side_where_the_words_do_not_give_one(text: str, words: str) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and claim.claimant.party is None


@pytest.mark.parametrize(("text", "words"), [
    ("M23 spokesman Lawrence Kanyuka said the victims had been killed by the Congolese army.",
     "victims"),
    ("Ukraine's General Staff said Russian forces had used chemical weapons near Avdiivka.",
     "chemical"),
])
def test_blaming_the_enemy_for_an_abuse_serves_the_accuser(text: str, words: str) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and claim.claimant.self_interested


@pytest.mark.parametrize(("text", "words"), [
    ("The Ukrainian General Staff said the brigade had lost 40 soldiers.", "brigade"),
    ("A Russian military blogger said the unit had lost about 80 men.", "unit"),
    ("The Russian Defence Ministry said Moscow no longer had any chemical weapons.", "chemical"),
])
def test_a_sides_own_losses_and_denials_do_not_serve_it(text: str, words: str) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and not claim.claimant.self_interested


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # Before: "it" went to the speaker of the sentence before (the enemy's ministry)
    ("Gaza's Health Ministry said 20 people were killed. The Israeli military struck a "
     "building it said was used by Hamas militants.", "Hamas militants", "Israel Defense Forces"),
    ("The commission said the hack was serious. The Treasury sanctioned a company it says "
     "served as a front for the group.", "front", "Treasury"),
])
def test_it_said_after_an_act_on_a_thing_is_the_actors(text: str, words: str, speaker: str
                                                       ) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and claim.claimant.name == speaker


@pytest.mark.parametrize("text", [
    "An al Qaeda-linked group said on Monday it had killed dozens of Russian mercenaries.",
    "An Islamist militant group said it had killed 30 Nigerian soldiers.",
])
def test_an_armed_group_the_parties_file_does_not_name_reports_its_own_success(
        text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.self_interested


def test_a_blogger_writing_on_a_channel_speaks_with_his_side() -> None:
    # Before: "writing" made "A Russian" the speaker of "Grey Zone, said the unit had lost …"
    (claim,) = all_claims("A Russian military blogger, writing on the Telegram channel Grey "
                          "Zone, said the unit had lost about 80 men.")
    assert claim.text == "the unit had lost about 80 men"
    assert claim.claimant is not None and claim.claimant.party == "russia"


def test_ranks_are_military_and_he_takes_up_the_officer() -> None:
    claims = all_claims(
        "Pakistan released a video of a blindfolded man. Air Vice Marshal R.G.K. Kapoor said a "
        "MiG-21 had shot down an F-16, showing reporters what he said were fragments of a "
        "missile. Rear Admiral John Kirby said the ship had been damaged.")
    kapoor = claim_with(claims, "MiG-21").claimant
    assert kapoor is not None and kapoor.entity_type == "military"
    fragments = claim_with(claims, "fragments").claimant
    assert fragments is not None and fragments.name == "Air Vice Marshal R.G.K. Kapoor"
    kirby = claim_with(claims, "damaged").claimant
    assert kirby is not None and kirby.entity_type == "military"
