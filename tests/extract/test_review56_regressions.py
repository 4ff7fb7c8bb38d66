"""Regressions found in review 56 (a code review of the review-55 fixes), as tests.

Each sentence was handled right before those fixes and wrong with them.
"""

from __future__ import annotations

import pytest

from pipeline.models import ClaimType, ReasonCode
from tests.extract.claims import all_claims


def _codes(body: str, index: int = 0) -> set[ReasonCode]:
    return {r.code for r in all_claims(body)[index].reasons}


@pytest.mark.parametrize("body", [
    "Ukraine said Russia was behind the drone attack on the Kremenchuk refinery. Regional "
    "officials said three workers were injured. Russia denied involvement.",
    "Poland said Russian intelligence was behind the arson attack on a Warsaw shopping centre. "
    "Prosecutors said two suspects had been detained. Moscow denied involvement.",
    "Israel said Iran was responsible for the drone strike on the tanker. The ship's operator "
    "said no crew were hurt. Iran denied involvement.",
    "Ukraine's military said Russian forces blew up the Kakhovka dam. Thousands of residents "
    "were evacuated from flooded areas. Russia denied responsibility.",
    "Ukraine said Russia was behind the drone attack on the refinery. \"This is terrorism,\" "
    "Zelensky said. Russia denied involvement.",
    "Poland said Russia was behind a series of fires at shopping centres. Polish police arrested "
    "nine people. Moscow denied any role.",
    "Cohen said Trump directed the hush money payments. Trump's lawyer said Trump had nothing to "
    "do with the payments.",
    "Prosecutors said Adani executives bribed Indian officials. The Adani Group said Adani had "
    "nothing to do with the bribery scheme.",
    "Ukraine said Russian hackers were behind the cyberattack on Kyivstar. Moscow said Russia "
    "had nothing to do with the attacks.",
    "Germany said Russian agents were behind the sabotage of the railway. Russia has nothing to "
    "do with the incidents, the Russian embassy said.",
    "Ukraine said Russian saboteurs blew up the Nord Stream pipelines. Moscow said Russia had "
    "nothing to do with the explosions.",
    "Wagner chief Yevgeny Prigozhin said regular Russian troops had abandoned flanks north and "
    "south of Bakhmut, leaving his fighters exposed. Russia's defence ministry denied that its "
    "troops had abandoned the flanks.",
    "Hamas's armed wing said its fighters had captured several Israeli soldiers in Jabalia on "
    "Saturday. Hamas political official Osama Hamdan denied that fighters had captured soldiers.",
    "Russia's defence ministry said Russian forces had withdrawn from the village of Krynky on "
    "the left bank of the Dnipro. Kremlin spokesman Dmitry Peskov denied that Russian forces had "
    "withdrawn from Krynky.",
    "Israel's military said its troops had mistakenly killed three hostages in Shejaiya during a "
    "firefight. Netanyahu's office denied that troops had killed the hostages.",
    "Israel said Hamas had hidden weapons in the hospital. Hamas said the claims of weapons in "
    "the hospital were a pretext to attack it.",
])
def test_a_denial_after_details_or_of_a_plural_event_still_disputes(body: str) -> None:
    # "Russia denied involvement." after a detail of the event; "X had nothing to do with"
    # said for X by its own lawyer or company; "the attacks", "the explosions"; a same-side
    # denial of a long claim; "the claims of weapons in the hospital were a pretext"
    assert ReasonCode.DISPUTED in _codes(body)


@pytest.mark.parametrize("body", [
    "Hamas said 3 hostages were killed in an Israeli strike. Asked if the army had confirmed the "
    "deaths, a military spokesman declined to comment.",
    "Residents said a missile hit the fuel depot. Asked whether officials had confirmed the "
    "strike, the governor's office did not respond.",
    "Hamas said 3 hostages were killed in an Israeli strike. Even if Israel confirmed the "
    "deaths, it would not say how they died.",
    "Residents said a missile hit the power plant. It was unclear whether the Russian-installed "
    "administration in the occupied part of the region had confirmed the strike.",
    "Local officials said a drone hit an apartment block. It is unclear if the regional "
    "governor, who visited the site on Monday, confirmed the strike.",
])
def test_a_confirmation_inside_an_open_question_corroborates_nothing(body: str) -> None:
    assert all(r.code != ReasonCode.CORROBORATED for c in all_claims(body) for r in c.reasons)


@pytest.mark.parametrize("body", [
    "Russia's defence ministry said its forces killed 300 Ukrainian soldiers. The Kremlin said "
    "Putin held talks with Xi on the war. Reuters could not independently verify the battlefield "
    "reports.",
    "The army said it killed 40 militants in an air strike. The army said it had held talks with "
    "tribal elders in the region. Reuters could not independently verify the battlefield claims.",
    "The army said it killed 30 insurgents. The mayor said the town would reopen its schools on "
    "Monday. Reuters could not verify the battlefield reports.",
    "Russia said its forces destroyed 12 Ukrainian tanks. The central bank said market forces "
    "would set the rouble's rate. The battlefield reports could not be independently verified.",
    "Russia's defence ministry said it shot down 20 Ukrainian drones. The Kremlin said Putin "
    "would attend a summit in the city of Kazan. Reuters could not verify the battlefield "
    "reports.",
    "Ukraine said its forces had advanced 2 km near Bakhmut. Zelensky said the government would "
    "raise its price controls. Reuters could not verify the battlefield reports.",
    "The ministry said 20 people were killed in the strike. The ministry said three hospitals "
    "had run out of fuel. Reuters could not verify the casualty figures.",
    "Hamas said 30 people were killed. The UN said aid convoys were missing their delivery "
    "deadlines. Reuters could not independently verify the reports of casualties.",
    "The rebels said they had seized the airport. The government said the economy grew 3% last "
    "year. Reuters could not verify the battlefield accounts.",
    "The rebels said they had captured the town. The army said it had killed dozens of rebels. "
    "The government said the economy grew 3% last year. Reuters could not verify the battlefield "
    "accounts.",
])
def test_a_scoped_verdict_reaches_no_talks_markets_or_economy(body: str) -> None:
    claims = all_claims(body)
    flagged = [c for c in claims if ReasonCode.NOT_VERIFIED in {r.code for r in c.reasons}]
    assert not any(c.text.startswith(("Putin", "it had held", "the town would", "market",
                                      "Putin would", "the government would", "three hospitals",
                                      "aid convoys", "the economy")) for c in flagged)


@pytest.mark.parametrize("body", [
    "The toll rose to 45, police said.",
    "Rescuers said the toll climbed to 41 on Tuesday.",
    "The toll stood at 17, the fire service said.",
    "Police put the toll at 30.",
    "Officials said the toll has risen to 26.",
])
def test_a_toll_is_a_count_of_the_dead(body: str) -> None:
    assert ClaimType.CASUALTY in all_claims(body)[0].claim_types


@pytest.mark.parametrize("body", [
    "A Western diplomat with a wide range of contacts in Damascus who spoke on condition of "
    "anonymity said the army was preparing an offensive.",
    "An official with a range of contacts in the rebel movement who spoke on condition of "
    "anonymity said the talks had collapsed.",
])
def test_a_contact_network_does_not_name_an_anonymous_source(body: str) -> None:
    assert ReasonCode.ANONYMOUS_SOURCE in _codes(body)


def test_allegations_called_a_pretext_are_disputed() -> None:
    body = "Russia said Kyiv's allegations of war crimes were a pretext for more Western weapons."
    alleged = next(c for c in all_claims(body) if c.text.startswith("of war crimes"))
    assert ReasonCode.DISPUTED in {r.code for r in alleged.reasons}
