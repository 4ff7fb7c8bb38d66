"""Misfires of later 1.27.0 rules, found by a code review (review 50): each must stay as it
was before them."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("text", "source"), [
    ("Kherson: Russian Troops Withdraw, Kremlin Says", "Kremlin"),
    ("Gaza: Hamas rejects the latest ceasefire proposal as unacceptable", "Hamas"),
    ("Iowa: Trump Says He Will Win the State by Double Digits", "Trump"),
])
def test_a_place_label_does_not_take_the_line_s_speaker(text: str, source: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.name == source


def test_no_evidence_for_its_claim_keeps_the_claim_s_speaker() -> None:
    text = "Russia offered no evidence for its claim that Ukraine was preparing a dirty bomb."
    claim = claim_with(all_claims(text), "dirty bomb")
    assert claim.claimant is not None and claim.claimant.name == "Russia"


@pytest.mark.parametrize("text", [
    "Zelensky called the strike last night a war crime.",
    "Putin called the attack last week an act of terrorism.",
])
def test_calling_something_a_name_at_a_time_is_speech(text: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.attribution_cue is not None
    assert claim.attribution_cue.text == "called"


@pytest.mark.parametrize("text", ["Washington Post Staff Writer", "Kyiv Post Staff Writers",
                                  "Islamic State Claims Responsibility"])
def test_a_byline_or_a_short_title_is_no_attribution(text: str) -> None:
    assert all(c.claimant is None for c in all_claims(text))


@pytest.mark.parametrize("text", [
    "The prosecutor in charge of the indictment said the case was strong.",
    "A spokesman for the plaintiffs in the lawsuit said they were pleased with the ruling.",
    "Officials familiar with the complaint said it concerned a phone call.",
])
def test_someone_described_by_a_legal_paper_is_no_paper(text: str) -> None:
    assert "hedge" not in {r.code for r in all_claims(text)[0].reasons}


def test_a_place_with_two_spellings_keeps_its_side() -> None:
    claim = all_claims("Officials in Kyiv/Kiev said the capital was hit by 20 missiles.")[0]
    assert claim.claimant is not None and claim.claimant.party == "ukraine"


def test_though_without_a_closing_quotation_goes_on_with_what_was_said() -> None:
    text = ("The general said Russian forces would attack Kharkiv again, though they were "
            "running low on artillery shells.")
    assert all_claims(text)[0].text.endswith("artillery shells")


@pytest.mark.parametrize(("text", "source"), [
    ("According to a Democratic strategist, Joe Trippi, Clinton will win Ohio.", "Joe Trippi"),
    ("Russian troops shelled the town, said a Ukrainian lawmaker, Oleksiy Goncharenko.",
     "Ukrainian lawmaker, Oleksiy Goncharenko"),
])
def test_a_described_person_named_after_the_description_is_named(text: str, source: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.name == source
    assert claim.claimant.entity_type != "anonymous"
