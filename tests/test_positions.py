"""Parsing start positions."""

from __future__ import annotations

import pytest

from pipeline.positions import StartAt, parse_offsets, parse_since


def test_parse_offsets_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="PARTITION:OFFSET"):
        parse_offsets("0-10")
    with pytest.raises(ValueError, match="no offsets"):
        parse_offsets(" , ")


def test_naive_time_is_utc() -> None:
    assert parse_since("2026-01-01T00:00:00") == parse_since("2026-01-01T00:00:00+00:00")
    assert parse_since("2026-01-01T01:00:00+01:00") == parse_since("2026-01-01T00:00:00Z")
    with pytest.raises(ValueError, match="ISO-8601"):
        parse_since("yesterday")


def test_start_at_describes_itself() -> None:
    assert StartAt().latest
    assert StartAt(earliest=True).describe() == "from the beginning"
    assert StartAt(offsets={1: 5, 0: 2}).describe() == "from offsets 0:2,1:5"


def test_an_unknown_partition_names_its_topic() -> None:
    from kafka.structs import TopicPartition

    from pipeline.positions import seek

    class _Consumer:  # seek refuses before it touches the consumer
        def assign(self, parts: object) -> None:
            raise AssertionError("assigned")

    with pytest.raises(ValueError, match="topic 'articles' has no partition"):
        seek(_Consumer(), [TopicPartition("articles", 0)],  # type: ignore[arg-type]
             StartAt(offsets={7: 0}))
