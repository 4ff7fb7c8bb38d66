"""Drafts: attributed contents, uncovered sentences, and the writer's own main clause."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


def test_the_writers_main_clause_before_a_report_is_a_claim_of_its_own() -> None:
    claims = all_claims("Tehran has seized at least five tankers since 2019, often in what "
                        "analysts describe as retaliation for US seizures of Iranian cargoes.")
    assert [(c.text, c.claimant is None) for c in claims] == [
        ("Tehran has seized at least five tankers since 2019", True),
        ("as retaliation for US seizures of Iranian cargoes", False)]


def test_the_writers_clause_runs_to_the_semicolon_before_a_report() -> None:
    claims = all_claims("Russian forces shelled Kherson overnight, killing three people; "
                        "Ukraine's air force said it shot down 20 drones.")
    assert claims[0].text == "Russian forces shelled Kherson overnight, killing three people"
    assert claims[0].claimant is None
    assert [q.text for q in claims[0].quantities] == ["three people"]


@pytest.mark.parametrize("body", [
    "On Monday, the ministry said 12 soldiers were killed.",  # an adverbial, no clause
    "After the strike, officials said 12 people died.",
    '"We will win," the general said, adding that reinforcements had arrived.',
])
def test_no_writers_clause_without_a_main_clause_of_the_writer(body: str) -> None:
    assert all(c.claimant is not None or c.attribution_cue is not None for c in all_claims(body))


def test_the_reader_of_a_communique_is_its_relay_and_he_is_the_reader() -> None:
    claims = all_claims("In a communiqué read by Colonel-Major Amadou Abdramane, the junta said it "
                        "had acted because of poor governance. He said President Mohamed Bazoum "
                        "was in good health.")
    first, second = claims
    assert [v.name for v in first.claimant.via] == ["Colonel-Major Amadou Abdramane"]
    assert second.claimant is not None
    assert second.claimant.name == "Colonel-Major Amadou Abdramane"


def test_quoted_by_in_the_passive_keeps_the_speaker_and_the_relay_apart() -> None:
    (claim,) = all_claims("Acting Kursk governor Pavel Lebedinsky was quoted by TASS as saying "
                          "there were no casualties.")
    assert claim.claimant is not None
    assert claim.claimant.name == "Acting Kursk governor Pavel Lebedinsky"
    assert [relay.name for relay in claim.claimant.via] == ["TASS"]


def test_the_writers_clause_after_a_semicolon_is_kept() -> None:
    # Before: the clause after the semicolon was in no claim at all.
    claims = all_claims("The department said payrolls rose by 303,000; it did not fall by "
                        "40,000 as some had feared.")
    assert [(c.text, c.claimant is None) for c in claims] == [
        ("payrolls rose by 303,000", False),
        ("it did not fall by 40,000 as some had feared", True)]


def test_the_writers_clause_after_an_according_to_source_is_kept() -> None:
    claims = all_claims("Roughly one in five homes in Malatya province still has no electricity, "
                        "according to the energy ministry, and dozens of villages remain cut off "
                        "by landslides.")
    assert [c.text for c in claims] == [
        "Roughly one in five homes in Malatya province still has no electricity",
        "dozens of villages remain cut off by landslides"]
    assert claims[1].claimant is None
