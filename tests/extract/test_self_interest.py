"""Which party sources report the fighting in their own favour."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


@pytest.mark.parametrize(("text", "interested"), [
    ("Yemen's Houthi militia said it had attacked an oil tanker in the Red Sea.", True),
    ("Russia said a Ukrainian sabotage group had been destroyed near the border.", True),
    ("Viktor Hnatyuk, a Ukrainian army spokesman, estimated Russian losses at around 300 "
     "killed and wounded per day.", True),
    ("Colonel Arvid Sten, a spokesman for the Ukrainian general staff, said two of his "
     "soldiers had been lightly wounded by drone fire near the dam.", False),
    ("Russia said Ukraine attacked a military airfield in Kursk.", False),
    # a promise or a concession reports no outcome; a claimed past one still does
    ("Hamas agreed to release 50 prisoners.", False),
    ("The Russian army said it would free 30 prisoners of war.", False),
    ("Russia claimed to have killed 50 Ukrainian soldiers.", True),
    ("The Russian army said it would have destroyed 30 Ukrainian tanks by now.", True),
])
def test_own_attacks_and_enemy_losses_serve_the_speaker(text: str, interested: bool) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.self_interested is interested


@pytest.mark.parametrize(("text", "interested"), [
    # a party blaming its enemy for harm to protected people or places, or for an abuse
    ("Ukraine's military said Russian forces shelled a hospital in Kherson, killing three "
     "civilians.", True),
    ("The Port Sudan-based government said the RSF had killed 200 civilians in El Fasher.",
     True),
    ("Ukrainian ombudsman Dmytro Lubinets said Russia had tortured 90% of the prisoners.",
     True),
    ("The Israeli military said Hamas fired rockets from a school compound.", True),
    ("The Israeli military said Hamas used civilians as human shields.", True),
    # people at large, aid sites, towns and the grid they live on are protected too
    ("Russia said Ukraine attacked a power plant in Kursk.", True),
    ("Yevgeny Balitsky, the Russian-installed governor of Zaporizhzhia, said Ukrainian "
     "shelling had cut power to several towns.", True),
    ("Hamas accused Israel of killing 30 people at an aid site.", True),
    ("Ukraine's air force said Russia launched 40 drones overnight and that three people were "
     "killed.", True),
    # a party with one enemy means it by "the army"
    ("The RSF accused the army of using residents as human shields.", True),
    # the enemy's gains or plain deeds are no blame, and an unnamed perpetrator is no enemy
    ("Ukraine's General Staff said Russian forces had captured the village of Novoselivka.",
     False),
    ("Ukraine's air force said Russia launched 40 drones overnight.", False),
    ("Ukraine's military said a strike on a hospital in Kherson killed three civilians.",
     False),
    # its own side harming them is no blame of the enemy
    ("Russia's Defense Ministry said Russian forces had evacuated 200 civilians.", False),
])
def test_blaming_the_enemy_for_harm_to_civilians_serves_the_speaker(text: str,
                                                                   interested: bool) -> None:
    # Before: all of these were no self-interest, as the enemy is the subject.
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.self_interested is interested


@pytest.mark.parametrize(("text", "name", "side"), [
    ("Saree said the group had shot down a U.S. drone over Marib.", "Houthis", "houthis"),
    ("Moskalkova said 150 prisoners had been returned.", "Tatyana Moskalkova", "russia"),
    ("The Port Sudan-based government said its forces had retaken the refinery.",
     "Sudanese government", "sudan_saf"),
    ("Captain Ibrahim Traoré said the army had killed 50 terrorists.",
     "Burkina Faso government", "burkina_faso"),
    ("Konashenkov said Russian forces had destroyed 12 HIMARS launchers.",
     "Russian Defense Ministry", "russia"),
])
def test_spokespeople_and_leaders_of_the_parties_file(text: str, name: str, side: str) -> None:
    # Before: none of these names was in the parties file, so none was a party's source.
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.party is not None
    assert (claim.claimant.name, claim.claimant.party) == (name, side)
    assert claim.claimant.self_interested


def test_a_second_that_clause_with_the_speakers_own_success_serves_it() -> None:
    # Before: the claim's first subject, the enemy launching drones, decided alone.
    (claim,) = all_claims("Ukraine's air force said Russia launched 87 drones overnight and "
                          "that air defences shot down 71 of them.")
    assert claim.claimant is not None and claim.claimant.self_interested


@pytest.mark.parametrize("text", [
    "Ukraine's General Staff said Russian forces had captured the village of Novoselivka and "
    "that fighting continued.",
    "Ukraine's air force said Russia launched 40 drones overnight and that three soldiers were "
    "killed.",
    "Ukraine's General Staff said Russian forces had captured the village, and that two "
    "soldiers were wounded.",
])
def test_a_second_that_clause_of_no_side_serves_nobody(text: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and not claim.claimant.self_interested


@pytest.mark.parametrize(("body", "interested"), [
    # the opening phrase names the side that suffered: its own dead serve no side
    ("On the Israeli side, 22 soldiers and 25 civilians have been killed, the Israeli army "
     "says.", False),
    ("On the Lebanese side, 40 Hezbollah fighters were killed, the Israeli army said.", True),
    ("In the south, Israeli forces destroyed 12 Hezbollah launchers, the Israeli army said.",
     True),
])
def test_an_opening_phrase_is_no_subject(body: str, interested: bool) -> None:
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.self_interested is interested


@pytest.mark.parametrize(("before", "interested"), [
    ("the Houthis had targeted the tanker with ballistic missiles", True),
    ("the group supports Gaza", False),  # no attack claimed just before: no outcome of it
])
def test_the_outcome_of_an_attack_just_claimed_serves_the_same_side(
        before: str, interested: bool) -> None:
    claims = all_claims(f"Military spokesman Yahya Saree said {before}. He said the vessel was "
                        "sinking.")
    sinking = claims[-1]
    assert sinking.text == "the vessel was sinking"
    assert sinking.claimant is not None and sinking.claimant.self_interested is interested


@pytest.mark.parametrize("body", [
    "Armenia's Defence Ministry raised its toll to six soldiers killed.",
    "Armenia's Defence Ministry raised its death toll to six soldiers.",
])
def test_a_side_raising_its_own_toll_is_no_self_interest(body: str) -> None:
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.party == "armenia"
    assert "self_interested_source" not in {r.code for r in claim.reasons}


@pytest.mark.parametrize("sentence", [
    "Ukraine said it had destroyed a Russian S-400 system in Crimea.",  # the enemy named
    "Moscow said it had destroyed 50 HIMARS launchers.",  # a weapon is a word of war
])
def test_a_party_reporting_a_strike_on_its_enemys_weapons_serves_itself(sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert "self_interested_source" in {r.code for r in claim.reasons}


def test_a_party_hitting_its_own_target_is_no_strike_on_an_enemy() -> None:
    (claim,) = all_claims("Russia said it had hit its inflation target.")
    assert "self_interested_source" not in {r.code for r in claim.reasons}


@pytest.mark.parametrize("text", [
    # a participle phrase describing the enemy's weapons is not the clause's verb
    "Ukraine's air force said 76 of the 112 Russian drones launched overnight were shot down.",
    "Russia's defence ministry said 40 Ukrainian drones launched at Crimea were destroyed.",
    # the enemy's attack, then the speaker's interceptions in an "of which" clause
    "Ukraine's air force said Russia had launched 112 Shahed-type drones overnight, of which "
    "76 were shot down or jammed.",
    "The Ukrainian air force said Russia fired 40 missiles overnight, 31 of which were "
    "intercepted.",
    "Russia's defence ministry said Ukraine had launched 30 drones, all of which were "
    "destroyed.",
])
def test_interception_counts_serve_the_speaker(text: str) -> None:
    # Before: the enemy ("Russia had launched", "drones launched") read as the subject
    # doing something, so these came out asserted with no self-interest.
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.self_interested


@pytest.mark.parametrize("text", [
    "Ukraine's air force said Russia had launched 112 drones, of which 20 hit targets in Kyiv.",
    "Russia claimed 40 drones were destroyed.",
])
def test_what_the_enemy_achieved_or_claimed_is_no_interception(text: str) -> None:
    claims = all_claims(text)
    assert claims and not any(c.claimant is not None and c.claimant.self_interested and (
        c.claimant.party == "ukraine") for c in claims)
