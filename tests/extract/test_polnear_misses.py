"""Attributions missed or misread in PolNeAR *train* articles (the error analysis of the
1.27.0 work), each reduced to a sentence of its own."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("text", "words", "source"), [
    ("Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him "
     "said.", "re-evaluating", "source close to him"),
    ("The talks failed, an aide close to them said.", "talks failed", "aide close to them"),
    ("A person close to her said the talks had failed.", "talks had failed",
     "person close to her"),
])
def test_a_source_close_to_a_pronoun_is_an_anonymous_source(
        text: str, words: str, source: str) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and claim.claimant.name == source
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_her_before_a_noun_is_a_possessive_not_the_end_of_the_source() -> None:
    text = "People familiar with her thinking say she now acknowledges that the plan would fail."
    claim = claim_with(all_claims(text), "acknowledges")
    assert claim.text.startswith("she now")
    assert claim.claimant is not None and claim.claimant.name == (
        "People familiar with her thinking")


@pytest.mark.parametrize("dash", ["--", "—"])
def test_a_relative_clause_between_dashes_is_not_part_of_the_speaker(dash: str) -> None:
    text = (f"Sen. John McCain {dash} who lost the 2008 election {dash} said the president "
            "had no plan.")
    claim = claim_with(all_claims(text), "no plan")
    assert claim.text == "the president had no plan"
    assert claim.claimant is not None and claim.claimant.name == "Sen. John McCain"


def test_a_typewriter_dash_is_a_dash() -> None:
    text = ("The Supreme Court justice -- who has been involved in a scuffle with the "
            "nominee -- said she regretted her remarks.")
    claim = claim_with(all_claims(text), "regretted")
    assert claim.text == "she regretted her remarks"
    assert claim.claimant is not None and claim.claimant.name == "Supreme Court justice"


@pytest.mark.parametrize("dash", ["--", "—"])
def test_a_participle_opening_a_dash_aside_speaks_for_the_subject_until_the_dash(
        dash: str) -> None:
    text = (f"Entering the debate, Rubio and Christie {dash} seeking breakout performances in "
            f"the New Hampshire primary {dash} faced increasing attacks from Bush.")
    claim = claim_with(all_claims(text), "breakout")
    assert claim.text == "breakout performances in the New Hampshire primary"
    assert claim.claimant is not None and claim.claimant.name == "Rubio and Christie"


def test_an_opening_participle_phrase_is_not_the_speaker() -> None:
    text = ("Facing criticism on Sunday, Mr. Trump said that Mr. Khan had no right to "
            "criticize him.")
    claim = claim_with(all_claims(text), "no right")
    assert claim.claimant is not None and claim.claimant.name == "Mr. Trump"


@pytest.mark.parametrize("text", [
    "Walking into the office, the senator said his campaign was closing strong.",
    "Arriving at the scene, police said there may be as many as three suspects.",
])
def test_the_subject_after_an_opening_participle_speaks(text: str) -> None:
    claim = all_claims(text)[-1]
    assert claim.claimant is not None and claim.claimant.name in ("senator", "police")


@pytest.mark.parametrize("text", [
    "Sanders said closed primaries deny many energized independents the right to vote.",
    "The law denies women the right to drive.",
])
def test_denying_someone_a_right_withholds_it_and_disputes_nothing(text: str) -> None:
    claims = all_claims(text)
    assert claims and all(c.status != "disputed" for c in claims)
    assert all(c.claimant is None or c.claimant.name != "primaries" for c in claims)


def test_denying_that_someone_had_a_right_is_still_a_denial() -> None:
    (claim,) = all_claims("He denied that he had the right to fire her.")
    assert claim.status == "disputed"
