"""Members of a group of sources heard before: "one of them", "the second official"."""

from __future__ import annotations

import pytest

from pipeline.extract.group_members import group_member
from pipeline.extract.source_info import SourceInfo
from pipeline.models import EntityType
from tests.extract.claims import all_claims, claim_with


def test_a_mention_of_no_group_member_is_none() -> None:
    body = "One official said X. The ministry said Y."
    first = SourceInfo("One official", EntityType.ANONYMOUS, (0, 12), True, None)
    assert group_member(body, [first], (21, 33)) is None
    assert group_member("One of them said Y.", [], (0, 11)) is None  # no group heard yet


@pytest.mark.parametrize(("second", "name"), [
    ("The second official said they arrived in April.", "second official"),
    ("The other said they arrived in April.", "other official"),
])
def test_a_second_anonymous_source_is_not_the_first(second: str, name: str) -> None:
    # Before: "The second official" was taken for "One official" (two accounts, one person)
    # and "The other said" had no source at all.
    claims = all_claims("One official said the missiles were part of a package. " + second)
    april = claim_with(claims, "April")
    assert april.claimant is not None and april.claimant.name == name
    assert "anonymous_source" in {r.code for r in april.reasons}


def test_a_bare_one_after_an_anonymous_group_is_one_of_them() -> None:
    claims = all_claims("Two residents, who declined to be named, said they had helped pull "
                        "bodies from the rubble. One said he counted about 30 bodies.")
    claim = claim_with(claims, "30 bodies")
    assert claim.claimant is not None and claim.claimant.name == "Two residents"
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_a_member_with_an_apposition_is_still_the_groups_unnamed_member() -> None:
    claims = all_claims("Russia has moved its submarines, according to two people familiar with "
                        "the matter. The move began in the spring, one of the people said. The "
                        "second person, a Western intelligence official, said the relocation was "
                        "largely complete.")
    complete = claim_with(claims, "largely complete")
    assert complete.claimant is not None and complete.claimant.entity_type == "anonymous"
    assert "anonymous_source" in {r.code for r in complete.reasons}
