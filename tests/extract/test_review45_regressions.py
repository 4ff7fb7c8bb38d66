"""Misfires of the later 1.26.0 rules, found by a second code review (review 45): each must
stay as it was before them."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize("text", [
    "The army said soldiers injured in the attack had been flown to the capital.",
    "The army said soldiers had died when their vehicle hit a landmine.",
    "The Nigerian army said soldiers had killed 85 civilians by mistake.",
    "The Ukrainian military said it had evacuated 40 injured civilians from Pokrovsk.",
    "The Israeli military said its troops had mistakenly shot dead three Israeli hostages in "
    "Gaza.",
    "The Russian defence ministry said a Russian general was blown up by a bomb in Moscow.",
    "Hamas denied that it had carried out the attack.",
    "The government said they were behind the bombing.",
    "Police said they had carried out a controlled explosion on a suspicious package near the "
    "station.",
])
def test_losses_admissions_denials_and_routine_acts_serve_nobody(text: str) -> None:
    claimant = all_claims(text)[0].claimant
    assert claimant is not None and not claimant.self_interested


@pytest.mark.parametrize(("text", "side"), [
    ("The new Ukrainian defence minister said Russian forces had lost 300 soldiers.", "ukraine"),
    ("The Russian-backed junta in Mali said its forces had killed 40 militants.", None),
])
def test_a_lower_case_new_keeps_the_side_and_a_backer_gives_none(text: str, side: str | None
                                                                  ) -> None:
    claimant = all_claims(text)[0].claimant
    assert claimant is not None and claimant.party == side


def test_an_adversary_dismissing_that_account_answers_the_claim_not_a_bystander() -> None:
    text = ("The RSF claimed it had taken full control of El Fasher. Residents reached by phone "
            "said fighting continued in the city. The army dismissed that account.")
    claims = all_claims(text)
    assert "disputed" in {r.code for r in claim_with(claims, "full control").reasons}
    assert "disputed" not in {r.code for r in claim_with(claims, "fighting continued").reasons}


def test_an_inquiry_conducted_into_killings_claims_no_act() -> None:
    # (review 46: "conducted" made investigators claim responsibility)
    claimant = all_claims("The UN said it had conducted an inquiry into the killings.")[0].claimant
    assert claimant is not None and not claimant.self_interested
