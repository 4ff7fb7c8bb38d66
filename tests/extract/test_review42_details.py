"""Details from review 42's news texts (types, hedges, quantities): each test failed before
its fix."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities
from tests.extract.claims import all_claims


@pytest.mark.parametrize("name", ["National Cyber Security Centre", "Carter Center"])
def test_a_centre_is_an_organisation_not_a_person(name: str) -> None:
    (claim,) = all_claims(f"The {name} said the vote was flawed.")
    assert claim.claimant is not None and claim.claimant.entity_type == "organisation"


def test_appeared_consistent_with_hedges() -> None:
    (claim,) = all_claims("Engineers said the damage appeared consistent with overtopping "
                          "rather than an explosion.")
    assert [r.cue for r in claim.reasons if r.code == "hedge"] == ["appeared consistent with"]


@pytest.mark.parametrize("text", [
    "the Sergei Kotov, a Project 22160 patrol vessel",
    "China launched a Type 055 destroyer",
    "a Project 636 submarine",
])
def test_a_class_designation_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("it would pay C$12 million in fines", "CAD", 12_000_000.0),
    ("it could cost between A$200 million and A$350 million", "AUD", 200_000_000.0),
    ("a fine of HK$5 million", "HKD", 5_000_000.0),
    ("a fine of $5 million", "USD", 5_000_000.0),
])
def test_dollars_of_other_countries_are_amounts(text: str, unit: str, value: float) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.unit, quantity.value) == (unit, value)


@pytest.mark.parametrize(("text", "content"), [
    ("The prosecutor's office said in October it was closely monitoring the situation.",
     "it was closely monitoring the situation"),
    ("The ministry said in March it had recovered 19 bodies.", "it had recovered 19 bodies"),
])
def test_when_it_was_said_is_no_part_of_the_claim(text: str, content: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text == content


def test_a_tally_over_days_of_fighting_has_its_period() -> None:
    (quantity,) = find_quantities("its fighters had killed 47 Malian soldiers near the town over "
                                  "three days of fighting")
    assert (quantity.value, quantity.unit, quantity.period) == (47.0, "soldiers", "over three days")


def test_a_statement_released_through_a_media_arm_is_no_part_of_the_claim() -> None:
    (claim,) = all_claims("JNIM said in a statement released through its al-Zallaqa media arm "
                          "that its fighters had killed 47 Malian soldiers.")
    assert claim.text == "its fighters had killed 47 Malian soldiers"


def test_which_reported_citing_officials_has_them_as_its_origin() -> None:
    claims = all_claims("The figure was disputed by Foreign Policy magazine, which reported, "
                        "citing two senior U.S. defence officials, that a count found no jets "
                        "missing.")
    claim = next(c for c in claims if c.text.startswith("a count"))
    assert claim.claimant is not None and claim.claimant.entity_type == "anonymous"
    assert [v.name for v in claim.claimant.via] == ["Foreign Policy magazine"]
