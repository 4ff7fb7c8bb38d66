"""Defects from review 44's news texts (a border clash, rival claims of an assassination, a
prison break, an oil-field capture, inflation figures, a vaccine rumour): each test failed
before its fix."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with
from tests.extract.claims import reason_codes as _codes


@pytest.mark.parametrize("text", [
    "A spokesperson for South Sudan's government said its exports were continuing normally.",
    "South Sudan's army said it had killed 20 rebels.",
])
def test_south_sudan_is_not_sudan(text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.party is None


def test_india_and_china_are_adversaries() -> None:
    (claim,) = all_claims("The Indian army said at least 20 Chinese soldiers had been wounded.")
    assert claim.claimant is not None and claim.claimant.self_interested


def test_a_sahel_junta_has_its_countrys_side_and_contradicts_the_jihadists() -> None:
    text = ("JNIM said its fighters had captured the town of Boni. Mali's junta said its forces "
            "were still holding Boni.")
    junta = claim_with(all_claims(text), "still holding").claimant
    assert junta is not None and junta.party == "mali"
    assert "disputed" in _codes(text, "captured")


@pytest.mark.parametrize(("text", "interested"), [
    ("Al-Shabaab said its fighters had carried out the assassination.", True),
    ("Hamas denied that it had carried out the attack.", False),
    ("The government said they were behind the bombing.", False),
    ("Hamas said it was behind the bombing.", True),
    ("Ukraine's army said its troops had pushed back Russian forces near Pokrovsk.", True),
    ("The company said it had carried out the audit.", False),
])
def test_claims_of_an_act_and_successes_in_other_words_serve_the_speaker(
        text: str, interested: bool) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.self_interested is interested


@pytest.mark.parametrize(("text", "words"), [
    ('India said its troops had killed 20 Chinese soldiers. A Chinese spokesman said the Indian '
     'account was "full of lies".', "20 Chinese"),
    ("Russia said it had shot down 40 drones. Kyiv said the Russian account was a fabrication.",
     "40 drones"),
    ("Israel said it had killed 50 militants. Hamas said the Israeli account was absurd.",
     "50 militants"),
    ("Russia said it had shot down 40 drones. Kyiv said the Russian account did not reflect "
     "reality.", "40 drones"),
])
def test_everyday_rebuttals_dispute(text: str, words: str) -> None:
    assert "disputed" in _codes(text, words)


def test_a_forecast_in_a_reuters_poll_is_no_source() -> None:
    claims = all_claims("TurkStat said consumer prices rose 5.03% month-on-month, below the 5.3% "
                        "expected in a Reuters poll of 12 economists. Annual inflation was 44.4% "
                        "in December, it said.")
    assert {c.claimant.name for c in claims if c.claimant is not None} == {"TurkStat"}


@pytest.mark.parametrize(("text", "interested"), [
    ("The army said the assault had been repelled and that most of the escapees had been "
     "recaptured.", True),
    ("The army said soldiers had killed 12 militants.", True),
    ("The army said soldiers injured in the attack had been flown to the capital.", False),
    ("The Nigerian army said soldiers had killed 85 civilians by mistake.", False),
    ("The rebels said security forces had killed 30 villagers.", False),
    ("The army said soldiers had been killed in the ambush.", False),
    ("Witnesses said police had shot dead two protesters.", False),
])
def test_an_unnamed_force_reporting_its_own_men_s_success_serves_itself(
        text: str, interested: bool) -> None:
    claimant = all_claims(text)[0].claimant
    assert claimant is not None and claimant.self_interested is interested


def test_she_is_not_a_spokesman_and_he_is_not_economists() -> None:
    claims = all_claims(
        "Clementine Nkweta-Salami, the UN's top aid official, said the attack was outrageous. "
        "The army spokesman said RSF fighters had looted the convoy. She said 40 aid workers had "
        "been killed. Economists said the true rate was much higher. Central Bank Governor "
        "Fatih Karahan said disinflation was on track. He said inflation would fall to 24%.")
    she = claim_with(claims, "40 aid workers").claimant
    he = claim_with(claims, "24%").claimant
    assert she is not None and she.name == "Clementine Nkweta-Salami"
    assert he is not None and he.name == "Central Bank Governor Fatih Karahan"


@pytest.mark.parametrize(("text", "meant", "other"), [
    ("A local official said at least 200 prisoners had escaped. Human Rights Watch said in a "
     "report that Malian forces had killed civilians. The army rejected the report.",
     "killed civilians", "200 prisoners"),
    ("The RSF said army drones had struck the convoy. The group said 11 civilians had been "
     "killed. Sudan's army rejected the accusation.", "army drones", "11 civilians"),
    ("The ministry said 40 people died. Local doctors said the real toll was much higher.",
     "40 people", "real toll"),
    ("The army said 43 inmates had escaped. A local official said the number of escapees was "
     "far higher.", "43 inmates", "number of escapees"),
])
def test_the_claim_rejected_or_raised_is_the_one_meant(text: str, meant: str, other: str
                                                       ) -> None:
    assert "disputed" in _codes(text, meant)
    assert "disputed" not in _codes(text, other)


def test_a_higher_figure_in_another_month_disputes_nothing() -> None:
    text = ("The agency said 40 attacks were recorded in April. The number of attacks was "
            "higher in May.")
    assert all(c.status != "disputed" for c in all_claims(text))


def test_a_person_standing_before_a_scene_is_the_speaker_and_the_scene_hedges_nothing() -> None:
    (claim,) = all_claims("An RSF commander standing in front of what appeared to be oil "
                          "facilities said his troops had captured Heglig.")
    assert claim.claimant is not None and claim.claimant.party == "sudan_rsf"
    assert "hedge" not in {r.code for r in claim.reasons}


def test_a_surname_that_is_a_place_is_still_the_person() -> None:
    claims = all_claims('Police spokesman Abdifatah Aden said two gunmen killed the colonel. "We '
                        'have arrested three suspects," Aden said.')
    assert all(c.claimant is not None and c.claimant.party is None for c in claims)


@pytest.mark.parametrize("text", [
    "Hamas said Israeli guards were responsible for the torture of prisoners.",
    "Sudan's army said RSF fighters had ambushed the aid convoy and stolen its cargo.",
])
def test_abuses_in_other_words_serve_the_accuser(text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.self_interested


def test_the_data_showed_as_a_tag_corroborates_nothing() -> None:
    text = ("Opposition lawmakers accused the government of manipulating the data. Rents rose "
            "4.7% in January alone, the data showed.")
    assert "corroborated" not in _codes(text, "manipulating")


def test_an_organisations_claim_or_report_before_a_verb_is_a_noun() -> None:
    claims = all_claims("SITE Intelligence Group said the Islamic State claim appeared to be "
                        "opportunistic. A UN report released last year said al-Shabaab had killed "
                        "more than 60 officials.")
    assert [c.text for c in claims] == [
        "the Islamic State claim appeared to be opportunistic",
        "al-Shabaab had killed more than 60 officials"]


def test_fees_estimated_at_a_sum_are_no_speaker() -> None:
    (claim,) = all_claims("The field earns Khartoum transit fees estimated at more than $400 "
                          "million a year, according to industry analysts.")
    assert claim.claimant is not None and claim.claimant.name == "industry analysts"


@pytest.mark.parametrize("text", ["The UN estimated at least 300 people had died.",
                                  "Analysts estimated at most 40 fighters were left."])
def test_estimated_at_least_reports_a_count(text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.text.startswith("at ")


def test_an_organisation_named_with_to_and_a_verb_is_one_name() -> None:
    claims = all_claims("The Committee to Protect Journalists said she was the third journalist "
                        "to die in custody this year.")
    assert claims[0].claimant is not None
    assert claims[0].claimant.name == "Committee to Protect Journalists"
    assert claims[0].claimant.entity_type == "organisation"


def test_maintained_positions_reports_nothing() -> None:
    (claim,) = all_claims("The army said troops had maintained their positions near the river.")
    assert claim.text == "troops had maintained their positions near the river"


def test_after_survivors_told_is_no_part_of_the_denied_content() -> None:
    claims = all_claims("The coast guard denied on Wednesday that it had towed the boat back, "
                        "after survivors told a rights group that officers had pulled it for "
                        "hours.")
    assert claim_with(claims, "towed").text == "it had towed the boat back"
