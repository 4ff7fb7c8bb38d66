"""Reasons from the source: self-interest, distancing verbs (pipeline.extract.source_reasons)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.models import Article
from tests.extract.claims import all_claims, claim_with
from tests.extract.claims import all_claims as _claims


def test_self_interest_needs_a_combat_outcome_in_the_party_s_favour() -> None:
    body = ("The Russian Defense Ministry said its forces destroyed 12 tanks. "
            "The Russian Defense Ministry said Ukrainian forces shot down 37 drones. "
            "The Russian Defense Ministry said the weather was cold.")
    claims = _claims(body)
    codes = [{r.code for r in c.reasons} for c in claims]
    assert "self_interested_source" in codes[0]
    assert "self_interested_source" not in codes[1]
    assert "self_interested_source" not in codes[2]


def test_the_enemy_as_patient_of_an_event_noun_still_serves_the_party() -> None:
    body = ("The DPR claimed the capture of Ukrainian soldiers near Avdiivka. "
            "The DPR said Ukrainian soldiers captured a tank.")
    first, second = _claims(body)
    assert "self_interested_source" in {r.code for r in first.reasons}
    assert "self_interested_source" not in {r.code for r in second.reasons}


def test_an_event_noun_with_an_agent_or_the_party_s_own_loss_is_no_self_interest() -> None:
    body = ("The Ukrainian General Staff said the capture of Soledar by Russian troops was "
            "complete. The Russian Defense Ministry said the destruction of Russian tanks near "
            "Bakhmut was a mistake.")
    claims = _claims(body)
    assert len(claims) == 2
    for claim in claims:
        assert "self_interested_source" not in {r.code for r in claim.reasons}, claim.text


@pytest.mark.parametrize(("body", "hedged"), [
    ("Moscow claims its forces captured the village of Robotyne.", True),
    ("The ministry alleges Ukrainian saboteurs blew up the bridge.", True),
    ("The group claims responsibility for the attack on the depot.", False),  # an act
    ("Hurricane Milton claims 16 lives in Florida.", False),
    ("Russia claims Crimea as its own territory.", False),
    ("The ministry said its forces captured the village of Robotyne.", False),
])
def test_a_distancing_speech_verb_is_a_hedge(body: str, hedged: bool) -> None:
    (claim,) = _claims(body)
    verbs = {r.cue for r in claim.reasons if r.code == "hedge"}
    assert bool(verbs & {"claims", "alleges"}) is hedged, verbs


@pytest.mark.parametrize(("body", "serves"), [
    # the speaker's own side acts ("its", "it"), even with the enemy named in the object
    ("Russia's Defence Ministry said its forces had destroyed 37 Ukrainian drones.", True),
    ("Ukraine's air force said it had shot down 30 of 35 Russian drones overnight.", True),
    # the enemy suffers: passive, or a verb of loss
    ("Russia's Defence Ministry said 300 Ukrainian soldiers were killed in the past day.", True),
    ("Russia's Defence Ministry said Ukrainian forces lost 300 soldiers in the past day.", True),
    ("Ukraine's General Staff said Russia lost 1,200 troops in the past day.", True),
    # a capital or country name alone speaks for its side
    ("Moscow claims its forces captured the village of Robotyne.", True),
    ("Kyiv said 300 Russian soldiers were killed in the past day.", True),
    ("Moscow said its forces lost two helicopters near Kupiansk.", False),
    ("Moscow said Russia lost two helicopters near Kupiansk.", False),
    ("Moscow said Ukraine shot down two Russian jets over Bakhmut.", False),
    # outcome words outside the fighting
    ("Iran said its inflation rate fell to 30 percent in October.", False),
    ("Ukraine said its grain exports hit a record in October.", False),
    # the speaker's own loss, or the enemy credited with a success
    ("The Russian Defense Ministry said its forces lost two helicopters near Kupiansk.", False),
    ("The Russian Defense Ministry said 12 Russian tanks were destroyed by Ukrainian drones.",
     False),
    # the speaker's own side suffers, in the passive, with or without the agent
    ("Russia's Defence Ministry said its air defences had been destroyed near Belgorod.", False),
    ("Russia's Defence Ministry said its positions were shelled by Ukrainian drones.", False),
    ("Ukraine's General Staff said our positions were overrun near Pokrovsk.", False),
    # "were able to", "were successful in": what the side did, not what it suffered
    ("Russia's Defence Ministry said its forces were able to destroy 12 Ukrainian tanks.", True),
    ("Ukraine's General Staff said our troops were successful in destroying 12 Russian tanks.",
     True),
    ("Russia's Defence Ministry said Ukrainian units were able to destroy 3 Russian tanks.",
     False),
])
def test_self_interest_follows_the_subject_of_the_claim(body: str, serves: bool) -> None:
    (claim,) = _claims(body)
    assert ("self_interested_source" in {r.code for r in claim.reasons}) is serves, claim.text


def test_a_capture_outside_the_war_is_no_self_interest() -> None:
    (claim,) = _claims("Ukraine's interior ministry said police had captured a suspect in the "
                       "murder of a journalist.")
    assert "self_interested_source" not in {r.code for r in claim.reasons}


def test_a_claim_relayed_by_an_anonymous_source_is_flagged_anonymous() -> None:
    body = ("The main state hospital in Antakya said it had received more than 900 bodies since "
            "Monday, according to a doctor there who spoke on condition of anonymity.")
    (claim,) = extract(Article(id="a", body=body)).claims  # at the default cut
    assert claim.text == "it had received more than 900 bodies since Monday"
    assert "anonymous_source" in {r.code for r in claim.reasons}
    assert claim.status == "unverified"


@pytest.mark.parametrize(("text", "content", "code", "cue"), [
    ("Trump falsely claimed on Monday that millions of noncitizens voted in the 2020 election.",
     "millions of noncitizens voted in the 2020 election", "disputed", "falsely"),
    ("Kennedy has repeatedly and falsely said that vaccines cause autism.",
     "vaccines cause autism", "disputed", "falsely"),
    ("Benning repeated the baseless claim that thousands of dead people voted in Fulton County.",
     "thousands of dead people voted in Fulton County", "disputed", "baseless"),
    ("Trump said, without evidence, that 2 million illegal votes were cast.",
     "2 million illegal votes were cast", "not_verified", "without evidence"),
    ("Musk claimed without providing any evidence that the agency had lost $50 billion.",
     "the agency had lost $50 billion", "not_verified", "without providing any evidence"),
])
def test_the_outlets_own_verdict_in_the_frame(text: str, content: str, code: str,
                                               cue: str) -> None:
    (claim,) = _claims(text)
    assert claim.text == content
    assert [r.cue for r in claim.reasons if r.code == code] == [cue]


def test_a_claim_named_by_a_noun_after_repeated_is_one_claim() -> None:
    text = "Trump repeated his claim that Hunter Biden had been paid millions by Chinese firms."
    (claim,) = _claims(text)
    assert claim.text == "Hunter Biden had been paid millions by Chinese firms"
    assert claim.claimant is not None and claim.claimant.name == "Trump"


def test_a_body_keeps_the_side_a_relay_showed_when_it_speaks_again() -> None:
    # Before: "The ministry" had no side, and its count of enemy losses was asserted
    claims = all_claims("Russian forces have taken control of the village, RIA Novosti "
                        "reported, citing the Defence Ministry. The ministry said Ukrainian "
                        "forces had lost 290 servicemen and three tanks in the area.")
    losses = claim_with(claims, "290 servicemen")
    assert losses.claimant is not None and losses.claimant.party == "russia"
    assert losses.status == "unverified" and losses.claimant.self_interested
    # a UN agency a state outlet cites takes no side from it
    claims = all_claims("Aid convoys were blocked, TASS reported, citing the World Health "
                        "Organization. The World Health Organization said 40 trucks had "
                        "been turned back.")
    trucks = claim_with(claims, "40 trucks")
    assert trucks.claimant is not None and trucks.claimant.party is None


def test_an_accusation_by_a_named_source_is_hedged() -> None:
    # Before: "Prosecutors accuse X of taking bribes" was asserted, unlike "allege that"
    (claim,) = _claims("Prosecutors accuse Whitcombe of taking $400,000 in bribes from a "
                       "contractor.")
    assert claim.status == "unverified"
    assert ("hedge", "accuse") in [(r.code, r.cue) for r in claim.reasons]


@pytest.mark.parametrize("body", [
    "The LockBit ransomware group claimed responsibility for the attack on Tuesday.",
    "A previously unknown group calling itself Cyber Front claimed credit for the outage.",
])
def test_a_claim_of_responsibility_serves_the_claimant(body: str) -> None:
    (claim,) = _claims(body)
    assert claim.claimant is not None and claim.claimant.self_interested
    assert "self_interested_source" in {r.code for r in claim.reasons}
    assert claim.status == "unverified"


def test_taking_responsibility_in_a_plain_statement_is_no_self_interest() -> None:
    (claim,) = _claims("The ministry said it took full responsibility for the delays.")
    assert "self_interested_source" not in {r.code for r in claim.reasons}


def test_a_spokesman_of_a_body_named_before_speaks_for_its_side() -> None:
    body = ("Ukraine's General Staff said the plant had been a legitimate target. \"We strike only "
            "military targets,\" General Staff spokesman Andriy Kovalyov said.")
    claim = claim_with(all_claims(body), "We strike")
    assert claim.claimant is not None and claim.claimant.party == "ukraine"
