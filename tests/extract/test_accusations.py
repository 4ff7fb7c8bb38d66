"""A denial of "the allegations" answers the claims made against the denier."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


def _disputed(text: str) -> list[str]:
    return [c.text for c in all_claims(text) if c.status == "disputed"]


def test_a_denial_of_the_allegations_disputes_only_the_claims_against_the_denier() -> None:
    text = ("Moldovan officials accused Moscow of funding the campaign. Researchers said Russian "
            "agents made the video. Meta said it had removed the video. TikTok said it had taken "
            "down 300 copies. Russia denies the allegations.")
    assert _disputed(text) == ["Moscow of funding the campaign", "Russian agents made the video"]


def test_with_no_claim_against_the_denier_only_the_best_fit_is_disputed() -> None:
    text = ("Researchers said the video was fake. Meta said it had removed the video. TikTok "
            "said it had taken down 300 copies. Russia denies the allegations.")
    assert len(_disputed(text)) == 1


def test_a_denial_of_the_accusation_answers_the_claim_made_as_one() -> None:
    text = ("The army said it had repelled the attack, killing 300 RSF fighters. The committee "
            "accused the RSF of executing 17 men. The RSF denied the accusation.")
    assert _disputed(text) == ["the RSF of executing 17 men"]


def test_rejecting_the_accusation_or_any_involvement_disputes_the_claim_against_the_denier(
) -> None:
    # "the accusation" scored no fit without an accusing verb, and "any involvement" none
    # at all: Poland's claim stayed asserted.
    for denial in ("Russia rejected the accusation.", "Russia denied the accusation.",
                   "Russia denied any involvement."):
        text = f"Poland said Russian hackers were behind the cyberattack. {denial}"
        assert _disputed(text) == ["Russian hackers were behind the cyberattack"]


def test_a_capital_denying_involvement_answers_the_claim_naming_its_side() -> None:
    text = ("Officials said the dam was destroyed by an explosion. Ukraine said Russian forces "
            "blew it up. Moscow denied any involvement.")
    assert _disputed(text) == ["Russian forces blew it up"]


@pytest.mark.parametrize(("body", "disputed"), [
    # a side denying its loss answers the enemy's capture, whatever the place is called
    ("The RSF said it had captured El Nahud. The group added that 200 soldiers had been killed. "
     "The army denied losing the town.", "it had captured El Nahud"),
    # a side denying an act answers the claim that names it doing it
    ("Moldovan officials said Russia had spent 100 million euros on vote-buying. Moscow denies "
     "interfering.", "Russia had spent 100 million euros on vote-buying"),
])
def test_a_denied_act_answers_the_claim_against_the_denier(body: str, disputed: str) -> None:
    claims = all_claims(body)
    assert [c.text for c in claims if c.status == "disputed" and not c.denied] == [disputed]


def test_a_denial_of_involvement_disputes_the_accusation_that_follows() -> None:
    # Before: disputed only with the sentences the other way round.
    claims = all_claims("A spokesman for the RSF, al-Fateh Qureshi, denied any involvement in "
                        "the attack. The Sudanese government blamed the RSF for the attack.")
    blamed = next(c for c in claims if c.attribution_cue and c.attribution_cue.text == "blamed")
    assert blamed.status == "disputed"
    assert any("denied it before" in r.explanation for r in blamed.reasons)
    # an accusation of somebody else is not answered
    other = all_claims("The RSF denied any involvement in the attack. The government blamed "
                       "local militias for the attack.")
    assert all(c.status != "disputed" for c in other if c.attribution_cue
               and c.attribution_cue.text == "blamed")


def test_a_denial_answers_the_accusation_naming_the_denier_only() -> None:
    claims = all_claims("M23 spokesman Lawrence Kanyuka accused the army of shelling densely "
                        "populated areas. Kinshasa and UN experts have accused Rwanda of backing "
                        "M23. Rwanda denies the allegations.")
    # (an accusation is hedged: "accused" keeps the outlet's distance, so "unverified")
    assert [c.status for c in claims] == ["unverified", "disputed"]


def test_an_attribution_of_the_attack_is_one_of_the_accusations_denied() -> None:
    text = ("A hacking group linked to Chinese state intelligence breached the networks of three "
            "U.S. telecom providers, according to researchers. Mandiant said it attributed the "
            "intrusions to a group it tracks as UNC5807. China's foreign ministry rejected the "
            'accusations as "groundless".')
    assert _disputed(text) == [
        "A hacking group linked to Chinese state intelligence breached the networks of three "
        "U.S. telecom providers",
        "it attributed the intrusions to a group it tracks as UNC5807"]


def test_having_nothing_to_do_with_it_denies_the_accusation() -> None:
    text = ('President Salome Zourabichvili called the vote a "Russian special operation". The '
            "Kremlin said it had nothing to do with the election.")
    assert _disputed(text) == ['the vote a "Russian special operation"']


def test_rejecting_the_allegations_reaches_what_was_allegedly_done() -> None:
    claims = all_claims("A federation official allegedly accepted payments from coaches to warn "
                        "athletes of drug tests, according to documents seen by the BBC. Sources "
                        "said six lifters had been tipped off. The federation said it "
                        "categorically rejects the allegations.")
    assert claims[0].status == "disputed"


def test_a_bare_denial_of_involvement_disputes_no_neutral_report_of_the_attack() -> None:
    # Before: "Ukraine denied any involvement." disputed the IAEA's report of the strike
    claims = all_claims("The IAEA said a drone struck a training centre at the plant. "
                        "Ukraine denied any involvement.")
    strike = next(c for c in claims if c.text == "a drone struck a training centre at the plant")
    assert strike.status == "asserted"


def test_a_denial_of_involvement_disputes_every_claim_that_names_the_denier() -> None:
    # Before: only Russia's blame was disputed, not the management's "a Ukrainian drone"
    claims = all_claims("Russia blamed Ukraine for the attack. The Russian-installed management "
                        "of the plant said a Ukrainian drone had dropped an explosive device. "
                        "Ukraine denied any involvement.")
    drone = next(c for c in claims if c.text.startswith("a Ukrainian drone"))
    blame = next(c for c in claims if c.text.startswith("Ukraine for the attack"))
    assert drone.status == "disputed" and blame.status == "disputed"
