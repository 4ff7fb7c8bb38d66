"""Shares in words (pipeline.extract.proportions), alone and through find_quantities."""

from __future__ import annotations

import pytest

from pipeline.extract.proportions import find_proportions
from pipeline.extract.quantities import find_quantities


@pytest.mark.parametrize(("text", "share", "value", "qualifier"), [
    ("Nearly half the population depends on aid", "Nearly half", 0.5, "approximate"),
    ("one in five children is malnourished", "one in five", 0.2, "exact"),
    ("two thirds of homes were destroyed", "two thirds", 0.6667, "exact"),
    ("more than a quarter of the wells are dry", "more than a quarter", 0.25, "more_than"),
    ("as many as one in four votes were fraudulent", "as many as one in four", 0.25, "at_most"),
])
def test_a_share_in_words_is_a_fraction(text: str, share: str, value: float,
                                        qualifier: str) -> None:
    (found,) = find_quantities(text)
    assert (found.text, found.value, str(found.qualifier), found.unit) == (
        share, value, qualifier, "fraction")


@pytest.mark.parametrize("text", ["In half an hour it was over", "He was one in a million",
                                  "the second half of the year"])
def test_half_an_hour_and_one_in_a_million_are_no_shares(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit == "fraction"] == []


def test_a_range_of_percentages_is_one_range() -> None:
    (found,) = find_quantities("Between 60% and 70% of the population depends on food aid")
    assert (found.value, found.value_max, str(found.qualifier), found.unit) == (
        60.0, 70.0, "range", "%")


def test_a_third_system_is_an_ordinal_not_a_share() -> None:
    assert find_quantities("Berlin was considering sending a third system.") == []
    assert [q.value for q in find_quantities("A third of the homes were hit.")] == [0.3333]


def test_a_fifth_and_a_quarter_after_by_are_shares() -> None:
    # "a fifth" was no share word, and "fell by nearly a quarter," had no noun after it.
    found = find_quantities("Revenues fell by nearly a quarter, and about a fifth of exports "
                            "went to India.")
    assert [(q.text, q.value) for q in found] == [("nearly a quarter", 0.25),
                                                  ("about a fifth", 0.2)]


@pytest.mark.parametrize(("text", "quantity", "value"), [
    ("Myocarditis was reported in about 1 in 20,000 young men.", "about 1 in 20,000", 5e-05),
    ("The risk is one in 1,500 for people over 80.", "one in 1,500", 0.000667),
    ("One in 250 children is affected.", "One in 250", 0.004),
])
def test_one_in_a_large_number_keeps_its_thousands(text: str, quantity: str,
                                                   value: float) -> None:
    (found,) = find_proportions(text)
    assert (found.text, found.value) == (quantity, value)
