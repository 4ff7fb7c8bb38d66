"""Relay statements: who passed an earlier claim on, and from whom."""

from __future__ import annotations

from pipeline.extract.relays import find_relay


def test_relay() -> None:
    text = ("This development, announced by RIA Novosti with reference to the Russian Defense "
            "Ministry, underscores the fighting.")
    relay = find_relay(text, 3, offset=10)
    assert relay is not None and relay.sentence == 3 and relay.head == "development"
    assert text[relay.relay[0] - 10 : relay.relay[1] - 10] == "RIA Novosti"
    assert relay.origin is not None
    assert text[relay.origin[0] - 10 : relay.origin[1] - 10] == "the Russian Defense Ministry"
    assert find_relay("The bridge was built by engineers.", 0) is None
