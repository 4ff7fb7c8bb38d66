"""Relay statements: who passed an earlier claim on, and from whom."""

from __future__ import annotations

import pytest

from pipeline.extract.relays import find_relay
from tests.extract.claims import all_claims


def test_relay() -> None:
    text = ("This development, announced by RIA Novosti with reference to the Russian Defense "
            "Ministry, underscores the fighting.")
    relay = find_relay(text, 3, offset=10)
    assert relay is not None and relay.sentence == 3 and relay.head == "development"
    assert text[relay.relay[0] - 10 : relay.relay[1] - 10] == "RIA Novosti"
    assert relay.origin is not None
    assert text[relay.origin[0] - 10 : relay.origin[1] - 10] == "the Russian Defense Ministry"
    assert find_relay("The bridge was built by engineers.", 0) is None


def test_which_in_turn_cited_is_no_speaker_called_turn() -> None:
    claims = all_claims("TASS reported that border guards had eliminated a sabotage group, citing "
                        "the Defence Ministry, which in turn cited the region's acting governor.")
    assert all(c.claimant is None or c.claimant.name != "turn" for c in claims)
    assert [c.text for c in claims if c.checkworthiness >= 0.5] == [
        "border guards had eliminated a sabotage group"]


@pytest.mark.parametrize("body", [
    "Russian drones struck an energy facility overnight, regional governor Volodymyr Artiukh "
    "said on Telegram, according to Ukrainska Pravda.",
    "Russian drones struck an energy facility overnight, the governor said, according to the "
    "Kyiv Independent.",
])
def test_a_tag_after_the_content_then_according_to_an_outlet_is_relayed(body: str) -> None:
    shown = [c for c in all_claims(body) if c.checkworthiness >= 0.5]
    assert len(shown) == 1 and shown[0].text == "Russian drones struck an energy facility overnight"
    claimant = shown[0].claimant
    assert claimant is not None and "governor" in claimant.name
    assert [(v.name, v.entity_type) for v in claimant.via] == [
        (body.rsplit("according to ", 1)[1].rstrip(".").removeprefix("the "), "media")]


def test_a_ministry_s_briefing_cited_is_no_relay_nor_the_claim_disputed() -> None:
    body = ("Russia's Defence Ministry said its air defences had destroyed 11 of the drones over "
            "the region, RIA Novosti reported, citing the ministry's daily briefing. Ukraine's "
            "General Staff gave a different account.")
    claims = all_claims(body)
    drones = max((c for c in claims if "11 of the drones" in c.text),
                 key=lambda c: c.checkworthiness)
    assert drones.claimant is not None
    assert [r.name for r in drones.claimant.via] == ["RIA Novosti"]
    assert drones.status == "disputed"
    briefing = next(c for c in claims if c.text == "the ministry's daily briefing")
    assert briefing.status != "disputed"


@pytest.mark.parametrize(("sentence", "via"), [
    ("A source in HUR told Ukrainska Pravda the ship had been seriously damaged.",
     ["Ukrainska Pravda"]),
    ("Zelensky told the BBC that the ship had been damaged.", ["BBC"]),
    ("Zelensky told Macron that the ship had been damaged.", []),  # a person, no outlet
])
def test_an_outlet_a_speaker_told_passes_the_claim_on(sentence: str, via: list[str]) -> None:
    (claim,) = all_claims(sentence)
    assert claim.claimant is not None and [r.name for r in claim.claimant.via] == via


def test_a_relay_inside_an_opening_according_to_is_that_sentences_source() -> None:
    # Before: "relayed by the NGO" became the relay of the group's claim the sentence before
    assert find_relay("According to the survivors' accounts relayed by the NGO, the boat left "
                      "Zuwara with about 64 people on board.", 1) is None
    claims = all_claims("The group said its rescue ship picked up 23 survivors. According to the "
                        "survivors' accounts relayed by the NGO, the boat left Zuwara with about "
                        "64 people on board.")
    rescue = next(c for c in claims if c.text.startswith("its rescue ship"))
    assert rescue.claimant is not None and rescue.claimant.via == []
