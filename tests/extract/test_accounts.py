"""Whose account an anaphor means: a speaker's whole account, or each side's."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


def test_her_account_is_everything_she_just_said() -> None:
    claims = all_claims("She said the blast tore through the east wing. \"There were no soldiers "
                        "here,\" she said. She said two nurses were among the dead. Her account "
                        "could not be independently verified.")
    assert len(claims) == 3
    assert all("not_verified" in {r.code for r in c.reasons} for c in claims)


def test_her_account_stops_at_another_speakers_claim() -> None:
    claims = all_claims("She said the blast tore through the east wing. The army said no strike "
                        "took place. She said two nurses were among the dead. Her account could "
                        "not be independently verified.")
    marked = [c.text for c in claims if "not_verified" in {r.code for r in c.reasons}]
    assert marked == ["two nurses were among the dead"]


def test_the_conflicting_accounts_are_each_sides_last_claim() -> None:
    claims = all_claims("The RSF said it had overrun the garrison. The army said the garrison "
                        "remained under its control. The conflicting accounts could not be "
                        "reconciled.")
    assert [c.status for c in claims] == ["unverified", "unverified"]


@pytest.mark.parametrize("last", [
    "It was not possible to establish independently which side fired first.",
    "It was unclear who fired first.",
    "It could not be independently established which side was responsible.",
])
def test_which_side_could_not_be_established_reaches_both_accounts(last: str) -> None:
    claims = all_claims("The Russian Defence Ministry said Ukrainian troops fired first. Kyiv "
                        f"said Russian forces started the shelling. {last}")
    assert len(claims) == 2
    assert all("not_verified" in {r.code for r in c.reasons} for c in claims)


def test_an_open_question_about_something_else_reaches_nothing() -> None:
    claims = all_claims("Police said the suspect fled. It was unclear who called the police.")
    assert all("not_verified" not in {r.code for r in c.reasons} for c in claims)


def test_either_sides_account_is_the_one_sides_claims_when_the_other_only_answered() -> None:
    # Before: the second clause's "either side's account" was read as the first clause's
    # subject, and with one side's claims only, it reached none.
    claims = all_claims(
        "The Israeli military said it had carried out a strike on a Hamas command centre "
        "inside the school compound.\n\nHamas rejected the allegation. The group said the "
        "claim was a blatant lie.\n\nThe army gave no evidence for its assertion, and the BBC "
        "could not independently verify either side's account.")
    cues = {r.cue for r in claim_with(claims, "command centre").reasons
            if r.code == "not_verified"}
    assert "could not independently verify" in cues
