"""The writer's guess at what a speaker meant (", apparently referring to X"), after what the
speaker said: no part of the speaker's claim, and its hedge is not on it."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize("text", [
    "“This ad is horrific,” Henry said, likely referring to Trump's first TV ad.",
    "“This ad is horrific,” Henry said, apparently referring to Trump's first TV ad.",
])
def test_a_quotation_ends_before_an_adverb_and_its_participle(text: str) -> None:
    # Before: the quotation's claim ran on over "Henry said, likely referring to …"
    claim = claim_with(all_claims(text), "horrific")
    assert claim.text == "“This ad is horrific,”"
    assert claim.claimant is not None and claim.claimant.name == "Henry"


def test_a_clause_ends_before_referring_to() -> None:
    text = "The ministry said the strike killed 12 people, apparently referring to the attack."
    assert claim_with(all_claims(text), "strike").text == "the strike killed 12 people"


def test_the_writers_hedge_on_an_allusion_is_not_on_the_quotation() -> None:
    claim = claim_with(all_claims(
        "“We will respond,” the minister said, apparently alluding to the sanctions."), "respond")
    assert claim.status == "asserted" and not claim.reasons


def test_a_hedged_participle_inside_the_claim_still_hedges_it() -> None:
    claim = claim_with(all_claims(
        "The army said the village was retaken, reportedly killing dozens of fighters."),
        "retaken")
    assert claim.status == "unverified"
    assert [r.cue for r in claim.reasons if r.code == "hedge"] == ["reportedly"]
