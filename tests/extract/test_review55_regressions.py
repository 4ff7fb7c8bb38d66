"""Regressions found in review 55 (a code review of the later review-53 rules), as tests.

Each sentence was handled right before those rules and wrong with them; each test fails
without its fix.
"""

from __future__ import annotations

import pytest

from pipeline.models import ClaimType, ReasonCode
from tests.extract.claims import all_claims


def _codes(body: str, index: int = 0) -> set[ReasonCode]:
    return {r.code for r in all_claims(body)[index].reasons}


@pytest.mark.parametrize("body", [
    "Ukraine's military said a Russian drone hit a bus in Kherson, injuring 12 passengers. The "
    "reports of casualties could not be independently verified.",
    "Paramedics said 11 people were taken to hospital with burns. The casualty figures could not "
    "be independently verified.",
    "Ukraine's military said Russian forces shelled the village, wounding three civilians. Local "
    "officials said two people died in hospital. The reports of casualties could not be "
    "independently verified.",
    "The army said its troops were holding the line near Chasiv Yar and had pushed Russian "
    "forces back. Reuters could not independently verify the battlefield reports.",
    "The army said the town remained under its control. The rebels said they had surrounded it. "
    "The battlefield claims could not be independently verified.",
])
def test_a_scoped_verdict_still_reaches_injuries_and_front_lines(body: str) -> None:
    # injuries, "taken to hospital", "holding the line", "under its control" are in scope
    assert ReasonCode.NOT_VERIFIED in _codes(body)


@pytest.mark.parametrize("body", [
    "Ukraine said Russian forces had struck a grain terminal in Odesa. Peskov said politics had "
    "nothing to do with the decision to quit the grain deal.",
    "Ukraine's military said Russian drones had hit a power plant in Kharkiv. The Kremlin said "
    "sanctions have nothing to do with the talks.",
    "Biden said Putin was responsible for Navalny's death. The Kremlin said Biden had nothing to "
    "do with the investigation.",
    "Israel said Hamas fighters had infiltrated the hospital. Hamas said Israel had nothing to "
    "do with the ceasefire talks collapsing.",
    "Ukraine said Putin had ordered the strike on the children's hospital. The Kremlin said "
    "Putin had nothing to do with the grain deal's collapse.",
    "Ukraine's general staff said Ukrainian forces had repelled 30 Russian attacks near "
    "Pokrovsk. Zelensky denied that Ukrainian forces were retreating from Pokrovsk.",
    "Israel's military said its troops had killed 20 Hamas militants in Rafah. Netanyahu's "
    "office denied that Israeli troops had withdrawn from Rafah.",
    "Russia's defence ministry said Russian forces had captured the village of Krasnohorivka. "
    "Peskov denied that Russian forces were preparing a new offensive near the village.",
    "Ukraine's military said Russian forces shelled Kherson overnight, killing two civilians. "
    "Separately, a fire destroyed a warehouse in Warsaw on Sunday. Russia has denied involvement.",
    "The army said militants had attacked a checkpoint. The opposition said the attack was a "
    "pretext to impose martial law.",
    "Israel's military said it had launched a ground operation in Jenin to root out militants. "
    "Palestinian officials said the operation was a pretext to expand settlements.",
])
def test_no_dispute_from_an_unrelated_denial(body: str) -> None:
    # lower-case or other sides' "X had nothing to do with", a denial by the same side that
    # does not repeat the claim, a bare "denied involvement." after another event, and an
    # event called "a pretext" dispute nothing said before
    assert ReasonCode.DISPUTED not in _codes(body)


@pytest.mark.parametrize("body", [
    "Local officials said a Russian missile hit a school in Kharkiv. It was unclear how many "
    "people were inside, but the regional governor later confirmed the strike.",
    "Ukraine's military said it destroyed a Russian ammunition depot in Crimea. Asked whether "
    "the depot had been hit, a Russian-installed official confirmed the strike.",
    "Hamas said its fighters had killed three Israeli soldiers in Rafah. The Israeli military, "
    "which usually says if its soldiers die, later confirmed the deaths.",
    "Residents said the dam had burst overnight. Ukraine's emergency ministry, which has been "
    "unclear on the cause, confirmed the reports.",
])
def test_a_real_confirmation_after_whether_or_if_elsewhere(body: str) -> None:
    assert any(ReasonCode.CORROBORATED in {r.code for r in c.reasons} for c in all_claims(body))


def test_a_monitor_with_a_network_of_sources_is_named() -> None:
    body = ("The Syrian Observatory for Human Rights, a Britain-based monitor with a network of "
            "sources inside Syria, said 89 people had been killed.")
    assert ReasonCode.ANONYMOUS_SOURCE not in _codes(body)


@pytest.mark.parametrize("body", [
    "Ukraine's military said Russian forces shelled 20 towns and villages in Sumy region "
    "overnight.",
    "Israel's military said Hamas fired rockets at towns in southern Israel.",
    'The Sudanese army said the RSF attacked villages in North Darfur, killing dozens.',
    "Ukraine's military said Russian troops fired on a crowd waiting for aid.",
    'The Philippine coast guard said Chinese vessels fired water cannon at Filipino seafarers.',
])
def test_attacks_on_towns_villages_crowds_and_seafarers_are_blame(body: str) -> None:
    claimant = all_claims(body)[0].claimant
    assert claimant is not None and claimant.self_interested


@pytest.mark.parametrize(("body", "words"), [
    ("The ministry said inflation slowed in May, while wages rose faster than economists had "
     "said.", "than economists"),
    ("The court said the law was valid, while a separate ruling it said would follow in June was "
     "pending.", "was pending"),
    ("The report said most respondents backed the plan, while those who said they were undecided "
     "rose to 20%.", "rose to 20%"),
])
def test_a_while_clause_with_a_said_inside_it_is_content(body: str, words: str) -> None:
    assert words in all_claims(body)[0].text


@pytest.mark.parametrize("body", [
    'The Port Authority said the toll rose to $17 for cars crossing the George Washington Bridge.',
    "The transport ministry said the toll at the Dartford crossing would rise to 3 pounds next "
    "year.",
])
def test_road_tolls_are_no_casualties(body: str) -> None:
    assert ClaimType.CASUALTY not in all_claims(body)[0].claim_types


@pytest.mark.parametrize(("body", "unit"), [
    ('Regulators said there were 15 near misses involving passenger jets last year.', "misses"),
    ('The company said it had appointed 2 outside directors to its board.', "directors"),
])
def test_near_and_outside_as_adjectives_keep_the_unit(body: str, unit: str) -> None:
    assert unit in [q.unit for c in all_claims(body) for q in c.quantities]


def test_the_rebels_tolls_are_not_the_armys_count_of_its_own_dead() -> None:
    body = ("The army said 12 soldiers died. The rebels said they killed 50 soldiers. The army "
            "said rebels killed 8 civilians in a village. Reuters could not verify the rebels' "
            "tolls.")
    died = next(c for c in all_claims(body) if c.text == "12 soldiers died")
    assert ReasonCode.NOT_VERIFIED not in {r.code for r in died.reasons}
