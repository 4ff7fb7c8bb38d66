"""Defects found by review 47 (news texts written for the review), each reduced to a case."""

from __future__ import annotations

import pytest

from pipeline.extract.anonymity import is_anonymous
from pipeline.extract.contradictions import same_subject
from pipeline.extract.drafts import Draft
from tests.extract.claims import all_claims, claim_with, reason_codes


@pytest.mark.parametrize("mention", [
    "A senior Remain source", "a law enforcement source", "union sources",
])
def test_a_source_described_by_any_words_is_anonymous(mention: str) -> None:
    assert is_anonymous(mention)


@pytest.mark.parametrize("mention", ["the sources", "The source", "an open source"])
def test_a_bare_or_open_source_is_not_a_described_source(mention: str) -> None:
    assert not is_anonymous(mention)


def test_a_described_source_makes_the_claim_unverified() -> None:
    text = "Others may have been involved, a law enforcement source told the Tribune."
    assert "anonymous_source" in reason_codes(text, "involved")


@pytest.mark.parametrize("text", [
    "An MNDAA statement issued on Monday said its forces still held all positions around "
    "Lashio.",
    "A statement issued late on Monday said its forces still held all positions around "
    "Lashio.",
])
def test_a_statement_issued_at_a_time_is_the_speaker(text: str) -> None:
    claim = claim_with(all_claims(text), "held all positions")
    assert claim.text == "its forces still held all positions around Lashio"
    assert claim.claimant is not None and "statement" in claim.claimant.name
    assert claim.claimant.name != "late"


@pytest.mark.parametrize(("text", "words"), [
    ("Andrew Dilnot said the figure did not take account of the rebate. Vote Leave rejected "
     "the criticism.", "rebate"),
    ("Some residents accused the government of reacting too slowly. The government rejected "
     "the criticism.", "too slowly"),
])
def test_rejecting_the_criticism_disputes_it(text: str, words: str) -> None:
    assert "disputed" in reason_codes(text, words)


@pytest.mark.parametrize("verdict", ["a work of fiction", "a smear"])
def test_more_verdicts_dispute(verdict: str) -> None:
    text = f"The minister said 40 rebels were killed. The rebels said the claim was {verdict}."
    assert "disputed" in reason_codes(text, "40 rebels")


@pytest.mark.parametrize("text", [
    "Ukraine war live: Kyiv hit by drones - Monday",
    "LIVE: Gaza updates - Thursday",
    "Kyiv hit by drones - Monday, 4 March",
])
def test_a_live_page_s_day_is_no_source(text: str) -> None:
    assert all(c.claimant is None for c in all_claims(text))


def test_a_dash_credit_still_names_its_source() -> None:
    (claim,) = all_claims("Russia lost 500 troops overnight - Ukrainian military")
    assert claim.claimant is not None and claim.claimant.party == "ukraine"


def test_a_shared_demonym_is_no_shared_place() -> None:
    # two claims sharing only "Russian" (and "forces") are not about the same thing
    text = ('The Russian Ministry of Defense (MoD) claimed that Russian troops "liberated" '
            "Stepove and Berdychi on March 2. Ukrainian Tavriisk Group of Forces Spokesperson "
            "Dmytro Lykhovyi stated that Ukrainian forces repelled 28 Russian assaults in the "
            "Avdiivka direction over the past day.")
    claims = all_claims(text)
    one, other = claim_with(claims, "repelled"), claim_with(claims, "Stepove")
    assert "disputed" not in {r.code for r in one.reasons}
    assert "disputed" not in {r.code for r in other.reasons}


def test_same_subject_still_sees_a_shared_place() -> None:
    body = "Russian troops took Stepove. Ukrainian troops still hold Stepove."
    one, other = Draft(span=(0, 27), first=0, last=0), Draft(span=(28, 64), first=1, last=1)
    assert same_subject(body, one, other)


def test_a_un_agency_for_a_people_is_on_no_side() -> None:
    text = ("Only 40 aid trucks entered Gaza on Wednesday, the UN's Palestinian refugee agency "
            "UNRWA said.")
    claim = claim_with(all_claims(text), "aid trucks")
    assert claim.claimant is not None and claim.claimant.party is None


@pytest.mark.parametrize("paper", ["the indictment", "the lawsuit", "a criminal complaint"])
def test_what_a_charging_paper_says_is_an_allegation(paper: str) -> None:
    text = f"According to {paper}, Okafor steered 23 contracts to firms owned by his relatives."
    claim = claim_with(all_claims(text), "steered")
    assert claim.status == "unverified" and "hedge" in {r.code for r in claim.reasons}


def test_a_court_report_is_no_allegation() -> None:
    claim = claim_with(all_claims("According to the report, Okafor steered 23 contracts."),
                       "steered")
    assert "hedge" not in {r.code for r in claim.reasons}


def test_denying_the_charges_disputes_what_the_indictment_says() -> None:
    text = ("According to the indictment, Okafor steered 23 contracts to firms owned by his "
            "brother-in-law. His lawyer said Okafor denies the charges.")
    assert "disputed" in reason_codes(text, "steered")
