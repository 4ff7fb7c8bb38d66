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
    ("Russia said Ukraine attacked a power plant in Kursk.", False),
    # a promise or a concession reports no outcome; a claimed past one still does
    ("Hamas agreed to release 50 prisoners.", False),
    ("The Russian army said it would free 30 prisoners of war.", False),
    ("Russia claimed to have killed 50 Ukrainian soldiers.", True),
    ("The Russian army said it would have destroyed 30 Ukrainian tanks by now.", True),
])
def test_own_attacks_and_enemy_losses_serve_the_speaker(text: str, interested: bool) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.self_interested is interested
