"""Entity types of source mentions, and which mentions hide who the source is."""

from __future__ import annotations

import pytest

from pipeline.extract.described_names import described_person
from pipeline.extract.entity_types import classify, is_anonymous
from pipeline.models import EntityType
from tests.extract.claims import all_claims


@pytest.mark.parametrize(("mention", "anonymous"), [
    ("A Western diplomat", True),
    ("two officials based in Kyiv", True),
    # someone at the scene the report does not name (before: typed unknown, no reason given)
    ("A doctor at the hospital", True),
    ("a nurse", True),
    ("two aid workers", True),
    ("Dr. Ahmed Salem", False),
    ("The ministry", False),
])
def test_an_unnamed_person_is_an_anonymous_source(mention: str, anonymous: bool) -> None:
    assert is_anonymous(mention) is anonymous
    assert (classify(mention) is EntityType.ANONYMOUS) is anonymous


@pytest.mark.parametrize(("mention", "kind"), [
    ("Ukrainska Pravda", EntityType.MEDIA),
    ("the Kyiv Independent", EntityType.MEDIA),
    ("SANA", EntityType.MEDIA),
    ("Sana Khan", EntityType.PERSON),  # a name, not the Syrian agency
])
def test_outlets_of_the_war_zones_are_media(mention: str, kind: EntityType) -> None:
    assert classify(mention) is kind


@pytest.mark.parametrize(("mention", "kind"), [
    ("Ukrenergo, the national grid operator", EntityType.ORGANISATION),
    ("the plant operator Energoatom", EntityType.ORGANISATION),
    ("a drone operator", EntityType.UNKNOWN),  # a person's trade, no company
])
def test_an_operator_of_a_network_or_plant_is_a_company(mention: str, kind: EntityType) -> None:
    # Before: "Ukrenergo, the national grid operator" was a person.
    assert classify(mention) is kind


@pytest.mark.parametrize("mention", ["Detective Inspector Sarah Holm", "The commission's chairman"])
def test_police_and_board_titles_are_officials(mention: str) -> None:
    assert classify(mention) == EntityType.OFFICIAL


@pytest.mark.parametrize("mention", [
    # Before: none of these was anonymous, so their claims were asserted
    "One executive, speaking on background,", "Company insiders", "One senior executive",
    "Three current and former employees",
])
def test_unnamed_people_inside_a_company_are_anonymous(mention: str) -> None:
    assert is_anonymous(mention)
    assert classify(mention) is EntityType.ANONYMOUS


@pytest.mark.parametrize(("text", "name", "kind"), [
    # Before: "noon Interior Minister …"; hydrologists and meteorologists people; a U.S.
    # Attorney a person; "Halcyon's head of research" a document, with the name dropped
    ("By noon Interior Minister Davor Bozinovic said 300 people had left.",
     "Interior Minister Davor Bozinovic", "official"),
    ("Hydrologists warned that the river could peak on Sunday at 9 metres.", "Hydrologists",
     "expert"),
    ("U.S. Attorney Erin Castellano said investigators had traced at least 27 payments.",
     "U.S. Attorney Erin Castellano", "official"),
    ('"The stolen files include 40,000 Social Security numbers," said Halcyon\'s head of '
     'research, Priya Nandakumar.', "Priya Nandakumar", "official"),
])
def test_claimant_names_and_kinds_in_wire_copy(text: str, name: str, kind: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None
    assert (claim.claimant.name, claim.claimant.entity_type) == (name, kind)


@pytest.mark.parametrize(("mention", "kind"), [
    ("Priya Lal, a partner at law firm Hallam & Webb", "expert"),
    ("Athletics Integrity Unit", "organisation"),
    ("memo, signed by Deputy Defense Secretary Mark Whitlow", "document"),
    ("the army unit", "military"),
    ("Jane Doe, a partner at Deloitte", "expert"),
    ("her partner at the time", "unknown"),
])
def test_the_head_of_a_mention_types_it_not_a_word_after_it(mention: str, kind: str) -> None:
    assert classify(mention) == kind


def test_a_chief_economist_is_an_expert_and_a_head_of_marine_an_official() -> None:
    assert described_person("Ian Shepherdson, chief economist at Pantheon Macroeconomics") == (
        "Ian Shepherdson", "expert")
    assert described_person("Clara Dunmore, head of marine at Halcyon Risk") == (
        "Clara Dunmore", "official")


def test_a_specialist_at_a_university_is_an_expert_and_she_is_that_expert() -> None:
    # Before: typed organisation (from "University"), so "She" went back to the chief executive
    claims = all_claims("Chief executive Mark Hollis called the results a turning point. Dr. "
                        "Priya Raman, a neurologist at Johns Hopkins University who was not "
                        "involved in the study, said the effect was small. She said drugs in "
                        "the same class had been linked to brain swelling.")
    swelling = next(c for c in claims if c.text.endswith("linked to brain swelling"))
    assert swelling.claimant is not None
    assert (swelling.claimant.name, swelling.claimant.entity_type) == (
        "Dr. Priya Raman", EntityType.EXPERT)
