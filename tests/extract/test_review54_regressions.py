"""Regressions found in review 54 (a code review of the review-53 rules), as tests.

Each case went wrong with one of those rules and right before them; each test fails
without its fix.
"""

from __future__ import annotations

import pytest

from pipeline.models import ReasonCode
from tests.extract.claims import all_claims, claim_with


def _interested(body: str) -> bool:
    claimant = all_claims(body)[0].claimant
    return claimant is not None and claimant.self_interested


@pytest.mark.parametrize(("body", "interested"), [
    # a time adverb then a subordinate clause: no reduced relative
    ("Ukraine's military said Russian troops advanced overnight after defenders were "
     "overwhelmed.", False),
    ("The Israeli military said its jets struck overnight after rockets were fired from Gaza.",
     True),
    # "of which … were destroyed" counts interceptions only after a launch
    ("Ukraine's military said Russian forces attacked 15 Ukrainian tanks, of which 9 were "
     "destroyed.", False),
    # places that locate the fighting, military crews, people as troops, veto power, and
    # the speaker's own people unharmed are no blame
    ("Ukraine's military said Russian troops attacked near the villages of Robotyne and "
     "Verbove.", False),
    ("Ukraine's military said Russia shot down a Ukrainian jet, killing both crew members.",
     False),
    ("Ukraine's military said Russia used about 2,000 people in the failed assault on "
     "Avdiivka.", False),
    ("Ukraine's foreign ministry said Russia used its veto power to block the U.N. resolution.",
     False),
    ("Israel's military said Hezbollah fired 30 rockets at northern Israel and no Israelis "
     "were hurt.", False),
])
def test_self_interest_edges(body: str, interested: bool) -> None:
    assert _interested(body) is interested


@pytest.mark.parametrize("body", [
    "Wagner chief Yevgeny Prigozhin said Russian forces had lost positions near Bakhmut. "
    "Russia's defence ministry denied that Russian forces had lost positions near Bakhmut.",
    "Israeli Prime Minister Benjamin Netanyahu's office said the military had approved the "
    "plan. The Israeli military denied that it had approved the plan.",
])
def test_a_denial_repeating_its_own_sides_claim_still_disputes_it(body: str) -> None:
    first = all_claims(body)[0]
    assert ReasonCode.DISPUTED in {r.code for r in first.reasons}


@pytest.mark.parametrize("body", [
    "Russia's defence ministry published a video that it said showed its troops raising a flag "
    "in the village. Reuters was able to confirm the video's location but not when it was "
    "filmed.",
    "Russia's defence ministry published a video that it said showed its troops raising a flag "
    "in the village. Reuters was able to confirm the exact location of the video.",
    "Ukraine's military said it destroyed a Russian tank. It was not immediately clear whether "
    "Reuters was able to confirm the strike.",
])
def test_no_corroboration_from_a_pictures_place_or_an_open_question(body: str) -> None:
    assert all(r.code != ReasonCode.CORROBORATED for c in all_claims(body) for r in c.reasons)


def test_losing_control_is_no_anaphor() -> None:
    body = ("Ukraine's military said air defences shot down 30 drones. The Kremlin denied losing "
            "control of the airspace over Moscow.")
    claims = all_claims(body)
    drones = claim_with(claims, "30 drones")
    assert ReasonCode.DISPUTED not in {r.code for r in drones.reasons}
    assert any("losing control" in c.text for c in claims)


def test_citing_officials_who_said_keeps_the_relay() -> None:
    body = ("At least 30 people were killed, Reuters reported, citing officials who said the toll "
            "could rise.")
    rise = next(c for c in all_claims(body) if c.text == "the toll could rise")
    assert rise.claimant is not None and [v.name for v in rise.claimant.via] == ["Reuters"]


def test_information_from_sources_close_to_an_investigation_is_anonymous() -> None:
    body = ("Information from a number of sources close to the investigation suggested the plane "
            "was shot down.")
    (claim,) = all_claims(body)
    assert ReasonCode.ANONYMOUS_SOURCE in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("body", "kind"), [
    ("The head of Haiti's anti-gang police unit said 40 gang members were killed.", "official"),
    ("A spokesman for the anti-gang unit said five officers were wounded.", "official"),
])
def test_anti_gang_units_are_no_gangs(body: str, kind: str) -> None:
    claimant = all_claims(body)[0].claimant
    assert claimant is not None and claimant.entity_type == kind


def test_a_coast_guard_posts_updates() -> None:
    body = ("The Philippine coast guard posts regular updates, and said Chinese vessels fired "
            "water cannon at a supply boat.")
    fired = claim_with(all_claims(body), "water cannon")
    assert fired.claimant is not None and fired.claimant.party == "philippines"


def test_almost_certain_death_is_no_hedge() -> None:
    body = ("Rescuers said the trapped miners faced almost certain death, and 12 bodies had been "
            "recovered.")
    assert all(r.code != ReasonCode.HEDGE for c in all_claims(body) for r in c.reasons)
