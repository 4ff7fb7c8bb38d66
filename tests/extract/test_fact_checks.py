"""Fact-check boxes: a rating line is a verdict on the claim it rates, not a claim."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


@pytest.mark.parametrize(("rating", "code"), [("VERDICT: False.", "disputed"),
                                              ("Rating: Mostly false", "disputed"),
                                              ("Our verdict: True.", "corroborated")])
def test_a_rating_is_a_reason_of_the_claim_it_rates(rating: str, code: str) -> None:
    claims = all_claims(f"CLAIM: A video shows RSF fighters shooting down an army jet.\n\n{rating}"
                        "\n\nThe clip was filmed in Syria in 2016.")
    jet = next(c for c in claims if "army jet" in c.text)
    assert code in {r.code for r in jet.reasons}
    assert not [c for c in claims if c.text.lower().startswith(("verdict", "rating", "our"))]
    assert not [c for c in claims if c.claimant is not None and c.claimant.name.lower() in (
        "claim", "verdict", "rating")]


def test_the_claim_label_is_no_part_of_the_claim() -> None:
    claims = all_claims("Claim: Ukraine lost 40 tanks near Bakhmut.\n\nVerdict: False.")
    assert [c.text for c in claims] == ["Ukraine lost 40 tanks near Bakhmut."]


def test_a_rating_without_a_known_word_is_left_alone() -> None:
    claims = all_claims("Ukraine lost 40 tanks near Bakhmut.\n\nVerdict: see below.")
    assert claims[0].status == "asserted"


def test_a_rating_rates_the_claim_made_as_a_claim_not_the_answer_after_it() -> None:
    # Before: "Verdict: False." disputed the military's answer, not the viral claim
    claims = all_claims("A viral post claimed the building was a hospital in Rafah bombed minutes "
                        "ago. The Israeli military said it was not aware of a strike in the "
                        "area.\n\nVerdict: False.")
    post = next(c for c in claims if c.text.startswith("the building was"))
    answer = next(c for c in claims if c.text.startswith("it was not aware"))
    assert post.status == "disputed" and answer.status != "disputed"
