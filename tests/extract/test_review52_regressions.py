"""Misfires of the last 1.27.0 rules, found by a code review (review 52): each must stay as it
was before them."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with, reason_codes


@pytest.mark.parametrize(("text", "words", "code"), [
    ("Russian bloggers posted a video of a burning tank. Reuters could not confirm that the "
     "video was authentic.", "burning tank", "not_verified"),
    ("Hamas said 25 people were killed. The BBC has not verified that the figures are "
     "accurate.", "25 people", "not_verified"),
    ("The Houthis said they had hit a US warship. The Pentagon denied that the attack had "
     "taken place.", "US warship", "disputed"),
])
def test_an_anaphor_inside_the_that_clause_is_still_the_object(
        text: str, words: str, code: str) -> None:
    assert code in reason_codes(text, words)


@pytest.mark.parametrize(("text", "side"), [
    ("The Ukrainian military said it repelled an assault. \"The enemy lost 50 men,\" said a "
     "spokesman for the Ukrainian army's Eastern group.", "ukraine"),
    ("Israeli police said the attacker was shot. \"The terrorist was neutralised,\" said a "
     "spokeswoman for the Jerusalem district police.", "israel"),
])
def test_a_spokesman_for_a_named_unit_keeps_its_side(text: str, side: str) -> None:
    claim = all_claims(text)[-1]
    assert claim.claimant is not None and claim.claimant.party == side


def test_he_himself_is_no_opening_name() -> None:
    text = ("Zelensky said the troops would hold the line. He himself visited the front on "
            "Tuesday. \"The enemy is exhausted,\" he said.")
    claim = claim_with(all_claims(text), "exhausted")
    assert claim.claimant is not None and claim.claimant.name == "Volodymyr Zelensky"


def test_the_claim_that_in_other_words_still_finds_its_claim() -> None:
    text = ("Russian bloggers said Ukrainian troops had left Krynky. The claim that Ukrainian "
            "forces had withdrawn could not be verified.")
    assert "not_verified" in reason_codes(text, "Krynky")


def test_a_report_called_false_does_not_dispute_a_claim_that_says_otherwise() -> None:
    text = ("The Kremlin said Putin would attend the summit. The report that Putin will skip "
            "the summit is false, Peskov said.")
    assert "disputed" not in reason_codes(text, "attend")


def test_a_second_anaphor_opening_a_clause_is_no_object() -> None:
    text = ("Kyiv said it had recaptured the village. Kyiv denied the capture and the claim was "
            "also rejected by analysts.")
    assert "disputed" not in reason_codes(text, "recaptured")
