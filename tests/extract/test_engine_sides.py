"""A party to the conflict reporting its own gains or the enemy's losses is self-interested,
whatever the tense of the report."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("sentence", "words"), [
    ("Russia's defence ministry said Ukraine has lost 1,200 soldiers over the past day.",
     "has lost 1,200"),
    ("Russia's defence ministry says it has captured Pokrovsk.", "captured Pokrovsk"),
    ("The RSF said it had taken control of El Fasher.", "taken control"),
])
def test_perfect_tense_gains_and_losses_are_self_interested(sentence: str, words: str) -> None:
    claim = claim_with(all_claims(sentence), words)
    assert "self_interested_source" in {r.code for r in claim.reasons}
    assert claim.status == "unverified"


def test_a_capture_credited_to_the_enemy_is_not_self_interested() -> None:
    claim = claim_with(all_claims("Ukraine's army said Russia captured the village of "
                                  "Kurylivka."), "Kurylivka")
    assert "self_interested_source" not in {r.code for r in claim.reasons}


def test_a_named_leader_and_a_junta_speak_for_their_side() -> None:
    claims = all_claims("Abdul Malik al-Houthi said the group had struck a tanker. Myanmar's "
                        "military junta said it killed 30 rebels.")
    parties = [c.claimant.party if c.claimant else None for c in claims]
    assert parties == ["houthis", "myanmar_junta"]


def test_a_name_with_particles_is_a_person() -> None:
    from pipeline.extract.entity_types import classify
    assert classify("Osama bin Laden").value == "person"
    assert classify("Abdul Malik al-Houthi").value == "person"


@pytest.mark.parametrize("sentence", [
    "The Israeli military said no civilians were harmed in the strike.",
    "The RSF said all of the dead were armed combatants.",
    "Russia said it struck only military targets in Kyiv.",
])
def test_a_side_clearing_its_own_conduct_is_self_interested(sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert "self_interested_source" in {r.code for r in claim.reasons}


def test_a_neutral_source_clearing_nobody_is_not() -> None:
    (claim,) = all_claims("The WHO said no civilians were harmed.")
    assert claim.status == "asserted"


@pytest.mark.parametrize("sentence", [
    "The army said it had shot down 12 drones overnight.",
    "The military said its forces destroyed three tanks near the border.",
    "A spokesman for the rebel militia said its fighters killed 20 soldiers.",
])
def test_an_armed_force_of_no_known_side_crediting_itself_is_self_interested(
        sentence: str) -> None:
    # Whichever side it is on, an army reporting its own success is a party to the fighting.
    (claim,) = all_claims(sentence)
    reasons = [r for r in claim.reasons if r.code == "self_interested_source"]
    assert len(reasons) == 1 and "own" in reasons[0].explanation
    assert claim.status == "unverified"


@pytest.mark.parametrize("sentence", [
    "The army said it had lost 12 soldiers overnight.",
    "The army said the rebels destroyed three of its tanks.",
    "The agency said it had counted 12 drones overnight.",
])
def test_an_armed_force_reporting_its_losses_or_a_civilian_body_is_not(sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert "self_interested_source" not in {r.code for r in claim.reasons}


@pytest.mark.parametrize("sentence", [
    "Russia's Defence Ministry said that none of its aircraft had been damaged in the drone "
    "attack on the airfield.",
    "Myanmar's military said its troops remained in full control of the town of Kyauktaw.",
])
def test_a_side_denying_its_losses_or_holding_ground_is_self_interested(sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert "self_interested_source" in {r.code for r in claim.reasons}


def test_the_arakan_army_is_its_own_party() -> None:
    (claim,) = all_claims("The Arakan Army said its fighters had captured Kyauktaw.")
    assert claim.claimant is not None and claim.claimant.name == "Arakan Army"
    assert claim.claimant.party == "myanmar_resistance"


def test_an_armed_party_attacking_is_an_act_not_a_statement() -> None:
    # "The Houthis" are armed by the parties file, not by their words.
    claims = all_claims("The Houthis have attacked more than 100 ships, according to U.S. "
                        "military figures.")
    assert [c.text for c in claims] == ["The Houthis have attacked more than 100 ships"]
    assert claims[0].claimant is not None and claims[0].claimant.name.endswith("figures")


@pytest.mark.parametrize("sentence", [
    "Ukraine's General Staff said it had repelled 14 assaults near Pokrovsk.",
    "The Russian Defence Ministry said it had destroyed five unmanned boats.",
    "The Israeli military said it struck a Hamas command centre inside the hospital.",
    "Police said they had killed four gunmen.",
    "The RSF said their fighters had killed 40 soldiers.",
])
def test_repelled_assaults_boats_command_centres_and_police_are_words_of_war(
        sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert "self_interested_source" in {r.code for r in claim.reasons}, sentence


def test_a_side_admitting_losses_named_with_its_is_not_self_interested() -> None:
    (claim,) = all_claims("The Russian Defence Ministry said two of its soldiers were killed.")
    assert "self_interested_source" not in {r.code for r in claim.reasons}
    (other,) = all_claims("Russia said Ukrainian troops and their commanders were killed.")
    assert "self_interested_source" in {r.code for r in other.reasons}


@pytest.mark.parametrize(("sentence", "side"), [
    ("The Indian Army said it destroyed seven Pakistani bunkers.", "india"),
    ("The China Coast Guard said it had expelled the Philippine vessels.", "china"),
    ("Armenia's Defence Ministry said its units destroyed two Azerbaijani drones.", "armenia"),
    ("Baku said its forces had destroyed an Armenian ammunition depot.", "azerbaijan"),
])
def test_the_parties_file_covers_kashmir_the_south_china_sea_and_the_caucasus(
        sentence: str, side: str) -> None:
    (claim,) = all_claims(sentence)
    assert claim.claimant is not None and claim.claimant.party == side


@pytest.mark.parametrize(
    "body",
    ["Ukraine's health ministry said 300 Ukrainians were killed in the strikes.",
     "Gaza's Health Ministry says more than 55,000 Palestinians have been killed."],
)
def test_a_party_counting_its_own_peoples_dead_is_not_self_interested(body: str) -> None:
    (claim,) = all_claims(body)
    assert "self_interested_source" not in {r.code for r in claim.reasons}


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A negation turns a success into a failure and a loss into holding ground: "had
        # not been able to intercept" had read as an interception, "his forces" had no side.
        ("The Ukrainian air force said its air defences had not been able to intercept the "
         "missile.", False),
        ("The Ukrainian commander said his forces had not lost a single position in the last "
         "month.", True),
        ("Russia's Defence Ministry said its troops had never retreated from the town.", True),
    ],
)
def test_a_negated_outcome_reverses_who_it_serves(body: str, flagged: bool) -> None:
    (claim,) = all_claims(body)
    assert ("self_interested_source" in {r.code for r in claim.reasons}) is flagged


@pytest.mark.parametrize(
    "body",
    [
        # "is losing" had been no loss, and a commander's side was read only from his name,
        # not from the apposition after it.
        "Russia's defence ministry said Ukraine is losing several hundred troops a day.",
        "Brig. Gen. Oleksandr Tarnavskyi, the commander of Ukraine's eastern group, said his "
        "forces had destroyed more than 300 Russian armoured vehicles.",
    ],
)
def test_losing_and_a_commander_named_with_his_side_are_self_interested(body: str) -> None:
    (claim,) = all_claims(body)
    assert "self_interested_source" in {r.code for r in claim.reasons}


def test_a_junta_crediting_its_forces_is_an_armed_party() -> None:
    # "The junta" had been no armed body of any type, so its claim stayed asserted.
    (claim,) = all_claims("The junta said its forces had killed 31 terrorists and had lost no "
                          "soldiers.")
    assert claim.claimant is not None and claim.claimant.entity_type == "military"
    assert "self_interested_source" in {r.code for r in claim.reasons}


def test_its_spokesman_named_after_a_comma_speaks_for_its_side() -> None:
    # "Its spokesman, Khine Thu Kha," had no party, so the enemy's surrender he announced
    # was not the Arakan Army's self-interested claim.
    claims = all_claims("The Arakan Army said it had captured a battalion headquarters. Its "
                        "spokesman, Khine Thu Kha, said more than 300 junta soldiers had "
                        "surrendered.")
    surrender = claim_with(claims, "surrendered")
    assert surrender.claimant is not None and surrender.claimant.party == "myanmar_resistance"


@pytest.mark.parametrize(("body", "words", "party"), [
    ("Myanmar's military government said its troops were advancing. The junta said the air "
     "force had killed 40 PDF fighters.", "40 PDF fighters", "myanmar_junta"),
    ("Iran's Revolutionary Guards said they had seized a tanker. Earlier this month, the "
     "Guards said they had seized two smaller vessels.", "two smaller vessels", "iran"),
])
def test_a_short_re_mention_keeps_the_side_named_before(body: str, words: str,
                                                        party: str) -> None:
    claim = claim_with(all_claims(body), words)
    assert claim.claimant is not None and claim.claimant.party == party
    assert "self_interested_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("sentence", "words"), [
    ("Russian Finance Minister Anton Siluanov said Russia had adapted successfully to the "
     "sanctions.", "adapted successfully"),
    ("Kremlin spokesman Dmitry Peskov said the Russian economy had proved resilient.",
     "proved resilient"),
])
def test_a_party_praising_its_own_side_is_self_interested(sentence: str, words: str) -> None:
    claim = claim_with(all_claims(sentence), words)
    assert "self_interested_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("sentence", "words"), [
    # Praise of the other side, or of nobody's side, serves no party.
    ("Kremlin spokesman Dmitry Peskov said the Ukrainian economy had proved resilient.",
     "proved resilient"),
    ("The statistics office said the economy had proved resilient.", "proved resilient"),
    ("Kremlin spokesman Dmitry Peskov said Russia had not adapted successfully.",
     "adapted successfully"),
    # A measured record is a statistic, of which a ministry is the usual source.
    ("Kremlin spokesman Dmitry Peskov said Russian exports to Asia had reached record levels.",
     "record levels"),
])
def test_praise_of_another_side_or_none_is_not_self_interested(sentence: str,
                                                               words: str) -> None:
    claim = claim_with(all_claims(sentence), words)
    assert "self_interested_source" not in {r.code for r in claim.reasons}



@pytest.mark.parametrize(("sentence", "words"), [
    ("The army said it had struck an oil refinery.", "oil refinery"),
    ("The army said it had destroyed a tunnel shaft.", "tunnel shaft"),
    ("The army said it had hit a power plant.", "power plant"),
    ("The army said it had taken the town.", "taken the town"),
])
def test_a_force_crediting_itself_with_a_strike_or_capture_is_self_interested(
        sentence: str, words: str) -> None:
    claim = claim_with(all_claims(sentence), words)
    assert "self_interested_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("sentence", "words"), [
    # no armed source, or the force's own loss
    ("The company said it had hit a production record.", "production record"),
    ("The army said a drone had struck its oil refinery.", "oil refinery"),
])
def test_a_strike_without_a_force_crediting_itself_is_not(sentence: str, words: str) -> None:
    claim = claim_with(all_claims(sentence), words)
    assert "self_interested_source" not in {r.code for r in claim.reasons}


def test_an_army_spokesman_speaks_for_the_army_named_before() -> None:
    claims = all_claims("The Sudanese Armed Forces denied losing the town. Army spokesman Nabil "
                        "Abdallah said the paramilitaries had lost dozens of fighters.")
    claim = claim_with(claims, "dozens of fighters")
    assert claim.claimant is not None and claim.claimant.party == "sudan_saf"
    assert "self_interested_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("body", "words", "name"), [
    ("MSF said its team had received 87 wounded patients. The charity said at least nine "
     "patients had died.", "nine patients", "MSF"),
    ("AFAD said 2,870 people had been killed. The agency said about 5,600 buildings had "
     "collapsed.", "5,600 buildings", "AFAD"),
])
def test_the_charity_and_the_agency_are_the_organisation_heard_last(body: str, words: str,
                                                                    name: str) -> None:
    claim = claim_with(all_claims(body), words)
    assert claim.claimant is not None and claim.claimant.name == name


@pytest.mark.parametrize(("sentence", "words"), [
    ("The Israeli military said three senior Hezbollah commanders were among those killed.",
     "among those killed"),
    ("A Ukrainian military source said drones damaged two bombers.", "damaged two bombers"),
    ("A Ukrainian security source said drones destroyed two bombers.", "destroyed two bombers"),
])
def test_enemy_dead_among_the_killed_damage_and_security_sources(sentence: str,
                                                                 words: str) -> None:
    claim = claim_with(all_claims(sentence), words)
    assert "self_interested_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("body", "flagged"), [
    # Nameless dead in a party's own report are its own (a party names the enemy's dead)
    ("The Israeli military said two soldiers had been killed in southern Gaza.", False),
    ("The governor of Russia's Belgorod region, Vyacheslav Gladkov, said shelling had killed "
     "two civilians.", False),
    ("Ukraine's Interior Ministry said a missile strike had killed two civilians in Odesa.", False),
    ("An air strike on a hospital in Rakhine state killed at least 31 people, a spokesman for "
     "the Arakan Army said.", False),
    ("Russia's defence ministry said 300 enemy soldiers were killed.", True),
    ("Russia's defence ministry said 37 drones were shot down overnight.", True),
    ("The Russian defence ministry said troops destroyed three tanks.", True),
])
def test_nameless_victims_in_a_partys_report_are_not_its_success(body: str, flagged: bool) -> None:
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.self_interested is flagged


@pytest.mark.parametrize(("body", "party"), [
    ("Palestinian President Mahmoud Abbas said Israeli forces had killed 12 people in Jenin.",
     "palestinian_authority"),
    ("The Palestinian Authority's foreign ministry said 12 people were killed in the strike.",
     "palestinian_authority"),
    ("Philippe Lazzarini, the head of the UN agency for Palestinian refugees, said 200 staff "
     "had been killed.", None),
])
def test_the_palestinian_authority_and_a_un_agency_are_not_hamas(
        body: str, party: str | None) -> None:
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.party == party


def test_ukraines_military_intelligence_is_not_its_security_service() -> None:
    claims = all_claims("The SBU said its drones had hit a refinery. Separately, the HUR said it "
                        "had sunk a patrol boat.")
    assert [c.claimant and c.claimant.name for c in claims] == [
        "Security Service of Ukraine", "Defence Intelligence of Ukraine"]


def test_the_arakan_armys_spokesman_under_either_spelling_is_on_its_side() -> None:
    claims = all_claims("Khaing Thukha, the group's spokesman, said two bombs were dropped.")
    assert [c.claimant and c.claimant.party for c in claims] == ["myanmar_resistance"]


def test_the_enclaves_health_ministry_is_gazas() -> None:
    (claim,) = all_claims("The enclave's Health Ministry said 47 Palestinians had been killed.")
    assert claim.claimant is not None and claim.claimant.name == "Gaza Health Ministry"


@pytest.mark.parametrize(("sentence", "words"), [
    ("A Ukrainian brigade stated that Russian forces lost 14 armored vehicles near Udachne.",
     "14 armored vehicles"),
    ("Russia's 155th Marine Brigade said it had captured two villages.", "two villages"),
    ("Russian officials say their troops have taken Chasiv Yar.", "Chasiv Yar"),
])
def test_a_unit_of_a_side_and_a_place_taken_are_self_interested(sentence: str,
                                                                 words: str) -> None:
    # Before: "brigade" named no side's body, and "have taken Chasiv Yar" no capture.
    claim = claim_with(all_claims(sentence), words)
    assert claim.claimant is not None and claim.claimant.self_interested
    assert claim.status == "unverified"


def test_a_unit_described_by_where_it_operates_keeps_its_side() -> None:
    # Before: the claimant was "Pokrovsk direction", of no side.
    claim = claim_with(all_claims(
        "A Ukrainian brigade operating in the Pokrovsk direction stated that Russian forces "
        "lost 14 armored vehicles near Udachne."), "14 armored vehicles")
    assert claim.claimant is not None
    assert claim.claimant.name == "Ukrainian brigade operating in the Pokrovsk direction"
    assert claim.claimant.party == "ukraine" and claim.claimant.self_interested


def test_its_president_belongs_to_the_body_heard_last_even_one_of_no_side() -> None:
    # Before: "Its president" skipped the rights group (no side) and took the army's side.
    claims = all_claims("The Congolese army puts the toll at 18. CEPADHO, a rights group, "
                        "said at least 61 bodies had been recovered. Its president, Omar "
                        "Kavota, said the figure was far higher.")
    claim = claim_with(claims, "far higher")
    assert claim.claimant is not None and claim.claimant.name == "Omar Kavota"
    assert claim.claimant.party is None
