"""Regressions found in review 57 (a code review of the review-56 fixes), as tests."""

from __future__ import annotations

import pytest

from pipeline.models import ClaimType, ReasonCode
from tests.extract.claims import all_claims


def _codes(body: str, index: int = 0) -> set[ReasonCode]:
    return {r.code for r in all_claims(body)[index].reasons}


@pytest.mark.parametrize("body", [
    "Ukraine said Russian forces shelled a hospital in Kherson, killing two people. Moldovan "
    "officials said an explosion damaged a radio tower in Transnistria. Russia denied "
    "involvement.",
    "Israel said Iran supplied drones to the Houthis. The U.S. Navy said a tanker was struck by "
    "a missile in the Gulf of Oman. Iran denied involvement.",
    "Kyiv accused Moscow of deporting Ukrainian children. Police in London said a warehouse fire "
    "was started by arsonists. Moscow denied involvement.",
    "Poland said Russia was behind the arson attack on a Warsaw shopping centre. Separately, "
    "Lithuanian officials said a fire broke out at an IKEA store in Vilnius. Russia denied "
    "involvement.",
    "Poland said Russia was behind the arson attack on a Warsaw shopping centre. Meanwhile, "
    "Lithuanian officials said a fire broke out at an IKEA store in Vilnius. Russia denied "
    "involvement.",
    "Poland said Russia was behind the arson attack on a Warsaw shopping centre. Separately, a "
    "fire broke out at an IKEA store in Vilnius, Lithuanian officials said. Russia denied "
    "involvement.",
    "Kyiv said Russian agents set fire to the warehouse. Russia's embassy said Moscow had "
    "nothing to do with the firefighters' delay.",
    "Ukraine said Russia was behind the cyberattack. A Kremlin spokesman said Putin had nothing "
    "to do with the campaigners' arrests.",
    "Russia's defence ministry said its forces had struck energy facilities in the Kharkiv "
    "region overnight. Kremlin spokesman Dmitry Peskov denied that Moscow was targeting civilian "
    "energy facilities in the region.",
    "Ukraine's military said its forces shot down 20 drones over the south of the country. "
    "Zelensky's office denied that power had been cut in the south of the country.",
])
def test_a_denial_answers_no_older_or_other_claim(body: str) -> None:
    # a bare "denied involvement." after another incident; "nothing to do with the
    # firefighters' delay"; a same-side denial sharing only places and facilities
    assert ReasonCode.DISPUTED not in _codes(body)


@pytest.mark.parametrize("body", [
    "Residents said a drone hit the power plant. Officials would not say if anyone was hurt in "
    "the attack on the plant but the regional governor later confirmed the strike.",
    "Residents said a drone hit the power plant. If anything the damage was worse than reported "
    "and the governor confirmed the strike.",
    "Residents said a drone hit the power plant. Officials who asked if they could remain "
    "anonymous confirmed the strike.",
])
def test_a_confirmation_after_an_open_question_still_corroborates(body: str) -> None:
    assert ReasonCode.CORROBORATED in _codes(body)


@pytest.mark.parametrize("body", [
    "Officials said 12 people lost their lives in the strike. Reuters could not independently "
    "verify the casualty figures.",
    "The Russian-installed governor said 14 people were slain in the shelling. Reuters could not "
    "verify the reports of casualties.",
])
def test_deaths_in_other_words_are_in_a_casualty_verdicts_scope(body: str) -> None:
    assert ReasonCode.NOT_VERIFIED in _codes(body)


@pytest.mark.parametrize("body", [
    "Police said a bridge collapse in Genoa killed 43 people.",
    "Officials said the bridge collapse killed 12 people, and the toll rose to 14 on Monday.",
    "Ukraine said a Russian strike on the Antonivskyi bridge killed 4 people.",
    "Police said 12 people died when the tunnel collapsed.",
])
def test_deaths_at_bridges_and_tunnels_are_casualties(body: str) -> None:
    assert ClaimType.CASUALTY in all_claims(body)[0].claim_types
