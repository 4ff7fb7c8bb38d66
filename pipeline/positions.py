"""Where to start reading a topic: latest, earliest, a time, or explicit offsets.

Shared by ``subscribe`` and ``replay`` so both read positions the same way.

>>> parse_offsets("0:10, 2:5")
{0: 10, 2: 5}
>>> parse_since("2026-01-02T03:04:05Z")
1767323045000
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kafka import KafkaConsumer, TopicPartition

__all__ = ["StartAt", "parse_offsets", "parse_since", "partitions_of", "seek"]


@dataclass(frozen=True)
class StartAt:
    """A start position; exactly one kind is set (``latest`` when none is)."""

    earliest: bool = False
    since_ms: int | None = None
    offsets: dict[int, int] = field(default_factory=dict)

    @property
    def latest(self) -> bool:
        return not (self.earliest or self.since_ms is not None or self.offsets)

    def describe(self) -> str:
        if self.earliest:
            return "from the beginning"
        if self.since_ms is not None:
            return "since " + datetime.fromtimestamp(self.since_ms / 1000, UTC).isoformat()
        if self.offsets:
            return "from offsets " + ",".join(f"{p}:{o}" for p, o in sorted(self.offsets.items()))
        return "from now on"


def parse_since(text: str) -> int:
    """An ISO-8601 time (naive means UTC) as epoch milliseconds."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as err:
        raise ValueError(f"not an ISO-8601 time: {text!r} (e.g. 2026-11-24T10:00:00Z)") from err
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def parse_offsets(text: str) -> dict[int, int]:
    """``P:O,P:O`` as ``{partition: offset}``."""
    result: dict[int, int] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        p, sep, o = part.strip().partition(":")
        if not sep or not p.isdigit() or not o.isdigit():
            raise ValueError(f"bad offset {part.strip()!r}: use PARTITION:OFFSET, e.g. 0:42")
        result[int(p)] = int(o)
    if not result:
        raise ValueError("no offsets given: use PARTITION:OFFSET,... e.g. 0:42,1:0")
    return result


def partitions_of(consumer: KafkaConsumer, topic: str, wait: float = 10.0) -> list[TopicPartition]:
    """The topic's partitions; a clear error if it does not exist.

    Metadata for a topic created a moment ago can reach a client late (kafka-python then
    reports no partitions), so the lookup retries with fresh metadata for up to ``wait`` s.
    """
    deadline = time.monotonic() + wait
    while True:
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return [TopicPartition(topic, p) for p in sorted(parts)]
        if time.monotonic() >= deadline:
            raise LookupError(f"topic {topic!r} does not exist (or has no partitions yet)")
        consumer.topics()  # fetches the cluster's metadata afresh
        time.sleep(0.2)


def seek(consumer: KafkaConsumer, parts: list[TopicPartition], start: StartAt) -> list[Any]:
    """Assign ``parts`` and move to ``start``; returns the partitions actually read."""
    if start.offsets:
        unknown = set(start.offsets) - {tp.partition for tp in parts}
        if unknown:
            topic = parts[0].topic if parts else "the topic"
            raise ValueError(f"topic {topic!r} has no partition(s) {sorted(unknown)}")
        parts = [tp for tp in parts if tp.partition in start.offsets]
    consumer.assign(parts)
    if start.earliest:
        consumer.seek_to_beginning(*parts)
    elif start.since_ms is not None:
        found = consumer.offsets_for_times({tp: start.since_ms for tp in parts})
        ends = consumer.end_offsets(parts)
        for tp in parts:
            hit = found.get(tp)
            consumer.seek(tp, hit.offset if hit is not None else ends[tp])
    elif start.offsets:
        for tp in parts:
            consumer.seek(tp, start.offsets[tp.partition])
    else:
        consumer.seek_to_end(*parts)
    return parts
