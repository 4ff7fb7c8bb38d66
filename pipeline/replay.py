"""Reprocess a range of a topic, in either of the two ways Kafka users do it.

``rewind_group`` moves the worker group's committed offsets back, so the next worker start
reads the range again. Nothing is copied; it needs the workers stopped (Kafka refuses to
move the offsets of a group with live members, and so do we, with a clear message).

``republish`` copies the range's records, key and value untouched, onto the input topic.
The workers keep running and pick the copies up like new articles; use it to reprocess
from another topic (an archive, another cluster's mirror) or without stopping anything.

Both are idempotent downstream: the same article with the same extractor version yields
the same claim ids, and the claim topics are compacted by claim id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient, OffsetSpec, OffsetTimestamp

from pipeline.positions import StartAt, partitions_of, seek
from pipeline.publish import Publisher
from pipeline.settings import Settings

__all__ = ["ReplayRefused", "RewindResult", "live_members", "republish", "rewind_group"]


class ReplayRefused(RuntimeError):
    """The replay would be unsafe or cannot be done as asked."""


@dataclass(frozen=True)
class RewindResult:
    group: str
    topic: str
    offsets: dict[int, int]


def live_members(admin: KafkaAdminClient, group: str) -> list[str]:
    """Client ids of the group's live members (empty for an empty or unknown group)."""
    description = admin.describe_groups([group]).get(group, {})
    return [
        str(m.get("client_id") or m.get("member_id")) for m in description.get("members") or []
    ]


def rewind_group(settings: Settings, topic: str, start: StartAt, group: str | None = None) -> (
    RewindResult
):
    """Set ``group``'s committed offsets on ``topic`` to ``start``; refuse while it has members."""
    if start.latest:
        raise ReplayRefused("say where to replay from: --from-beginning, --since or --offsets")
    group = group or settings.worker_group
    admin = KafkaAdminClient(**settings.client_config(client_id="claimwatch-replay"))
    try:
        members = live_members(admin, group)
        if members:
            raise ReplayRefused(
                f"consumer group {group!r} has {len(members)} live member(s) "
                f"({', '.join(sorted(set(members)))}); stop its workers first, "
                "or use --republish to replay while they run"
            )
        probe = KafkaConsumer(**settings.client_config(client_id="claimwatch-replay"))
        try:
            parts = partitions_of(probe, topic)
        finally:
            probe.close()
        specs: dict[TopicPartition, object] = {}
        for tp in parts:
            if start.earliest:
                specs[tp] = OffsetSpec.EARLIEST
            elif start.since_ms is not None:
                specs[tp] = OffsetTimestamp(start.since_ms)
            elif tp.partition in start.offsets:
                specs[tp] = start.offsets[tp.partition]
        unknown = set(start.offsets) - {tp.partition for tp in parts}
        if unknown:
            raise ReplayRefused(f"topic {topic!r} has no partition(s) {sorted(unknown)}")
        result = admin.reset_group_offsets(group, specs)
        errors = {tp: r["error"] for tp, r in result.items() if r["error"].errno != 0}
        if errors:
            raise ReplayRefused(f"broker refused the new offsets: {errors}")
        return RewindResult(group, topic, {tp.partition: r["offset"] for tp, r in result.items()})
    finally:
        admin.close()


def republish(
    settings: Settings,
    source_topic: str,
    start: StartAt,
    target_topic: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Copy ``source_topic`` from ``start`` up to its current end onto the input topic.

    The end is fixed when the copy starts, so copying a topic onto itself terminates.
    ``on_progress(done, total)`` is called as records are copied. Returns the count copied.
    """
    if start.latest:
        raise ReplayRefused("say where to replay from: --from-beginning, --since or --offsets")
    consumer = KafkaConsumer(
        **settings.client_config(client_id="claimwatch-replay", group_id=None),
        enable_auto_commit=False,
    )
    copied = 0
    try:
        parts = seek(consumer, partitions_of(consumer, source_topic), start)
        ends = consumer.end_offsets(parts)
        remaining = {tp for tp in parts if consumer.position(tp) < ends[tp]}
        total = sum(max(0, ends[tp] - consumer.position(tp)) for tp in parts)
        with Publisher(settings, topic=target_topic) as publisher:
            while remaining:
                for tp, records in consumer.poll(timeout_ms=1000).items():
                    for record in records:
                        if record.offset >= ends[tp]:
                            remaining.discard(tp)
                            break
                        publisher.send_raw(record.key, record.value)
                        copied += 1
                    if consumer.position(tp) >= ends[tp]:
                        remaining.discard(tp)
                if on_progress:
                    on_progress(copied, total)
    finally:
        consumer.close()
    return copied
