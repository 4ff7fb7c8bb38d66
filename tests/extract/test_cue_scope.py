"""Whether a sentence cue applies to a claim (pipeline.extract.cue_scope), in whole texts."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


@pytest.mark.parametrize(("body", "unattributed"), [
    ("The village was described by residents as deserted.", False),  # the agent is named
    ("The army will cut 2,000 troops, according to a report in The Washington Post.", False),
    ("The army will cut 2,000 troops, according to one report.", True),
    ('"Many were held in some unknown location," a relative said.', False),  # his own words
    ("Some have the goal of ending the war.", True),
])
def test_a_weasel_cue_counts_only_where_nobody_identifiable_is_named(
        body: str, unattributed: bool) -> None:
    claim = max(all_claims(body), key=lambda c: c.checkworthiness)
    assert ("unattributed" in {r.code for r in claim.reasons}) is unattributed


def test_a_hedge_in_the_source_phrase_qualifies_the_source_not_the_claim() -> None:
    claim = max(all_claims("The alleged captives said they had been beaten."),
                key=lambda c: c.checkworthiness)
    assert "hedge" not in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("body", "unattributed"), [
    ("Scientists at the London School of Hygiene and Tropical Medicine estimated that the toll "
     "was higher.", False),
    ("Experts from several universities said the toll was higher.", True),
])
def test_people_of_a_named_institution_are_attributed(body: str, unattributed: bool) -> None:
    claim = max(all_claims(body), key=lambda c: c.checkworthiness)
    assert ("unattributed" in {r.code for r in claim.reasons}) is unattributed


def test_critics_of_a_named_person_are_still_unnamed() -> None:
    claim = max(all_claims("Critics of Ahmadinejad said the election had been rigged."),
                key=lambda c: c.checkworthiness)
    assert "unattributed" in {r.code for r in claim.reasons}


def test_a_weasel_word_in_a_relative_clause_about_a_named_source_is_about_it() -> None:
    (claim,) = all_claims("DeepState, whose maps are widely used by analysts, said Russian troops "
                          "had not entered the station.")
    assert claim.status == "asserted"


@pytest.mark.parametrize(("text", "words"), [
    ("One former lifter, who asked not to be named, told the BBC she had been warned about the "
     "test by a coach who said he had information from the top.", "she had been warned"),
    ("The defence will argue that Okafor did not know about the payments, Mr Reddy said.",
     "Okafor did not know"),
])
def test_one_unnamed_person_or_a_named_arguer_is_no_weasel(text: str, words: str) -> None:
    claim = next(c for c in all_claims(text) if c.text.startswith(words))
    assert "unattributed" not in {r.code for r in claim.reasons}


def test_critics_arguing_are_still_weasels() -> None:
    (claim,) = all_claims("Critics argue that the vote was rigged.")
    assert claim.status == "unattributed"


@pytest.mark.parametrize("text", [
    "Explosions were reported in Kyiv overnight.",
    "Heavy fighting was reported near the town of Chasiv Yar.",
])
def test_an_agentless_passive_report_is_unattributed(text: str) -> None:
    # Before: asserted, as if the outlet had seen the explosions itself
    (claim,) = all_claims(text)
    assert [(r.code, r.cue) for r in claim.reasons][:1] == [
        ("unattributed", text.split(" reported")[0].split()[-1] + " reported")]


def test_a_named_sources_own_passive_count_is_not_hearsay() -> None:
    # Before: "No casualties have been reported, the governor said" was unattributed
    for text in ("No casualties were reported, the governor said.",
                 "No casualties have been reported, the governor said."):
        claim = next(c for c in all_claims(text) if c.text.startswith("No casualties"))
        assert claim.claimant is not None and claim.claimant.name == "governor"
        assert "unattributed" not in {r.code for r in claim.reasons}


def test_a_thing_reported_in_some_form_is_no_report_of_hearsay() -> None:
    claims = all_claims("Fire tests in the UK are reported in the form of test results.")
    assert all("unattributed" not in {r.code for r in c.reasons} for c in claims)


def test_a_sources_own_evidence_inside_its_claim_corroborates_nothing() -> None:
    # Before: the think tank's claim was "corroborated" by its own "satellite images showed"
    (claim,) = all_claims("The think tank said satellite images showed at least 140 tanks at "
                          "a base near the border.")
    assert claim.status == "asserted"
    assert "corroborated" not in {r.code for r in claim.reasons}


def test_what_a_video_purports_to_show_does_not_hedge_a_finding_about_it() -> None:
    # Before: AFP's finding was hedged by "purporting to"
    (claim,) = all_claims("A video purporting to show a hospital in Rafah burning after an "
                          "Israeli air strike was filmed in 2019 in Syria, AFP found.")
    assert claim.status == "asserted"
    (posted,) = all_claims("Activists posted a video purporting to show the strike.")
    assert "hedge" in {r.code for r in posted.reasons}


def test_reports_a_named_source_speaks_about_are_no_weasel_of_its_own() -> None:
    # Before: the UN's statement was "unattributed" by its own subject "Many reports"
    (claim,) = all_claims("Many reports of casualties from the shelled districts could not yet "
                          "be corroborated, the UN human rights office said.")
    assert "unattributed" not in {r.code for r in claim.reasons}
    (weasel,) = all_claims("Many reports say the town has fallen.")
    assert "unattributed" in {r.code for r in weasel.reasons}
