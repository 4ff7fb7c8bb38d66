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
