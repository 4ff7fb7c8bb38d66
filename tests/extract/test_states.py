"""Countries and capitals that stand for their governments (pipeline.extract.states)."""

from __future__ import annotations

import pytest

from pipeline.extract.sources import classify
from pipeline.extract.states import names_a_state
from pipeline.models import EntityType
from tests.extract.claims import all_claims


@pytest.mark.parametrize(("words", "state"), [
    (["Minsk"], True), (["Warsaw"], True), (["Mexico", "City"], True), (["Iran"], True),
    (["UK"], True), (["Anatoly", "Glaz"], False), (["the", "ministry"], False),
])
def test_names_a_state(words: list[str], state: bool) -> None:
    assert names_a_state(words) is state


def test_a_capital_is_its_government_and_no_he() -> None:
    # Before: "Minsk" was a person, and "He" then took it up instead of the spokesman
    assert classify("Minsk") is EntityType.GOVERNMENT
    claims = all_claims('Foreign Ministry spokesman Anatoly Glaz said Minsk would respond '
                        '"symmetrically." He denied that the state had any role in bringing '
                        'migrants to the country.')
    denial = next(c for c in claims if c.denied)
    assert denial.claimant is not None and denial.claimant.name.endswith("Anatoly Glaz")


def test_a_capital_that_is_a_first_name_stays_a_person() -> None:
    # Review: "Sofia said" became a government
    assert not names_a_state(["Sofia"]) and not names_a_state(["Santiago"])
