"""Mentions that hide who the source is (pipeline.extract.anonymity), in whole texts."""

from __future__ import annotations

import pytest

from pipeline.extract.anonymity import is_anonymous
from tests.extract.claims import all_claims


@pytest.mark.parametrize("mention", [
    "sources in the General Staff",
    "a source at the ministry",
    "three people who had seen the memo",
    "two officials who have read the draft",
])
def test_sources_inside_a_body_or_known_by_what_they_saw_are_anonymous(mention: str) -> None:
    assert is_anonymous(mention)


@pytest.mark.parametrize("mention", ["the General Staff", "The general, who had seen the report"])
def test_a_body_or_a_described_person_is_not_anonymous(mention: str) -> None:
    assert not is_anonymous(mention)


@pytest.mark.parametrize(("body", "origin", "relay"), [
    ("The memo was sent to the White House last week, The New York Times reported, citing "
     "two U.S. officials.", "two U.S. officials", "New York Times"),
    ("The memo recommends closing two bases, Reuters reported, citing two European officials.",
     "two European officials", "Reuters"),
    ("The memo recommends closing two bases, the Post reported, citing three people who had "
     "seen it.", "three people who had seen it", "Post"),
    ("The plant housed an ammunition depot, Ukrainska Pravda reported, citing sources in the "
     "General Staff.", "sources in the General Staff", "Ukrainska Pravda"),
])
def test_an_outlet_citing_unnamed_people_relays_an_anonymous_claim(
        body: str, origin: str, relay: str) -> None:
    claim = max(all_claims(body), key=lambda c: c.checkworthiness)
    assert claim.claimant is not None and claim.claimant.name == origin
    assert [r.name for r in claim.claimant.via] == [relay]
    assert "anonymous_source" in {r.code for r in claim.reasons}
    assert claim.status == "unverified"


def test_people_who_saw_a_document_speak_not_the_document() -> None:
    (claim,) = all_claims("Three people who had seen the memo said it recommended closing two "
                          "bases.")
    assert claim.claimant is not None
    assert claim.claimant.name == "Three people who had seen the memo"
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_declining_to_give_a_name_after_the_tag_makes_an_unnamed_source_anonymous() -> None:
    # Before: "one man" was an unknown source, not anonymous
    (claim,) = [c for c in all_claims('"There were only patients and doctors here," one man '
                                      'told Reuters, declining to give his name.')
                if c.text.startswith('"There')]
    assert claim.claimant is not None and claim.claimant.entity_type == "anonymous"
    assert "anonymous_source" in {r.code for r in claim.reasons}
