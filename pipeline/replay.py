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

import time
from collections.abc import Callable
from dataclasses import dataclass

from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient, OffsetSpec
from kafka.errors import KafkaError

from pipeline.positions import StartAt, partitions_of, seek
from pipeline.publish import Publisher
from pipeline.settings import Settings

__all__ = ["REPLAY_HEADER", "ReplayRefused", "RewindResult", "live_members", "republish",
           "rewind_group"]


class ReplayRefused(RuntimeError):
    """The replay would be unsafe or cannot be done as asked."""


@dataclass(frozen=True)
class RewindResult:
    group: str
    topic: str
    offsets: dict[int, int]
    #: Partitions left where the group was, behind the offset asked (never moved forward).
    kept: tuple[int, ...] = ()
    #: Whether any partition moved back (False: nothing will be reprocessed).
    moved: bool = True


def live_members(admin: KafkaAdminClient, group: str, attempts: int = 10) -> list[str]:
    """Client ids of the group's live members (empty for an empty or unknown group).

    A fresh broker answers "coordinator not available" until its offsets topic exists;
    that and other retriable errors are retried for a few seconds.
    """
    for attempt in range(attempts):
        try:
            description = admin.describe_groups([group]).get(group, {})
            break
        except KafkaError as err:
            if not err.retriable or attempt == attempts - 1:
                raise
            time.sleep(0.5)
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
        if group != settings.worker_group and group not in _known_groups(admin):
            raise ReplayRefused(
                f"consumer group {group!r} is unknown to the cluster (the workers' group is "
                f"{settings.worker_group!r}); check --group"
            )
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
            unknown = set(start.offsets) - {tp.partition for tp in parts}
            if unknown:
                raise ReplayRefused(f"topic {topic!r} has no partition(s) {sorted(unknown)}")
            specs: dict[TopicPartition, object] = {}
            kept: tuple[int, ...] = ()
            moved = True
            if start.earliest:
                specs = {tp: OffsetSpec.EARLIEST for tp in parts}
            else:
                targets, kept, moved = _never_forward(admin, probe, group, parts, start)
                specs = dict(targets)
        finally:
            probe.close()
        result = admin.reset_group_offsets(group, specs)
        errors = {tp: r["error"] for tp, r in result.items() if r["error"].errno != 0}
        if errors:
            raise ReplayRefused(f"broker refused the new offsets: {errors}")
        return RewindResult(group, topic, {tp.partition: r["offset"] for tp, r in result.items()},
                            kept, moved)
    finally:
        admin.close()


def _known_groups(admin: KafkaAdminClient) -> set[str]:
    return {g["group_id"] for g in admin.list_groups()}


def _never_forward(
    admin: KafkaAdminClient, probe: KafkaConsumer, group: str, parts: list[TopicPartition],
    start: StartAt,
) -> tuple[dict[TopicPartition, int], tuple[int, ...], bool]:
    """Target offsets for ``--since``/``--offsets``, never past what the group has done;
    the partitions kept behind the offset asked; and whether any partition moves back.

    Moving a group forward would skip articles it has not processed yet (a worker that
    was behind when stopped); a replay only ever moves back.
    """
    ends = probe.end_offsets(parts)
    if start.since_ms is not None:
        found = probe.offsets_for_times({tp: start.since_ms for tp in parts})
        wanted = {tp: (found[tp].offset if found.get(tp) else ends[tp]) for tp in parts}
    else:
        wanted = {tp: start.offsets[tp.partition] for tp in parts if tp.partition in start.offsets}
    committed = admin.list_group_offsets({group: list(wanted)}).get(group, {})
    result = {}
    kept: list[int] = []
    moved = False
    for tp, offset in wanted.items():
        done = committed.get(tp)
        if done is None or done.offset < 0:  # nothing done there yet: read from the offset
            result[tp] = offset
            moved = moved or offset < ends[tp]
            continue
        result[tp] = min(offset, done.offset)
        if done.offset < offset:
            kept.append(tp.partition)
        moved = moved or offset < done.offset
    return result, tuple(sorted(kept)), moved


#: Header on every copy ``republish`` makes: where the original is (``topic/partition/offset``).
REPLAY_HEADER = "claimwatch-replay-of"


def _is_copy(headers: list[tuple[str, bytes]] | None) -> bool:
    return any(name == REPLAY_HEADER for name, _ in headers or ())


def republish(
    settings: Settings,
    source_topic: str,
    start: StartAt,
    target_topic: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Copy ``source_topic`` from ``start`` up to its current end onto the input topic.

    The end is fixed when the copy starts, so copying a topic onto itself terminates. Each
    copy carries :data:`REPLAY_HEADER`; copying a topic onto itself skips earlier copies, so
    running the same replay twice copies the originals twice, not the copies again. A
    claimwatch sink topic (claims, flagged claims, dead letters) holds no articles and is
    refused.
    ``on_progress(done, total)`` is called as records are copied. Returns the count copied.
    """
    if start.latest:
        raise ReplayRefused("say where to replay from: --from-beginning, --since or --offsets")
    sinks = {settings.topic_claims: "claims", settings.topic_flagged: "flagged claims",
             settings.topic_dlq: "dead letters"}
    if source_topic in sinks:
        raise ReplayRefused(
            f"{source_topic!r} holds {sinks[source_topic]}, not articles: copied onto the input "
            "topic every record would become a dead letter; replay the articles topic (or an "
            "archive of it) instead")
    consumer = KafkaConsumer(
        **settings.client_config(client_id="claimwatch-replay", group_id=None),
        enable_auto_commit=False,
        isolation_level="read_committed",  # never copy records of aborted transactions
    )
    futures = []
    try:
        parts = seek(consumer, partitions_of(consumer, source_topic), start)
        ends = consumer.end_offsets(parts)
        total = sum(max(0, ends[tp] - consumer.position(tp)) for tp in parts)
        remaining = set(parts)
        skipped = 0  # earlier copies, left out of the total as they are met
        target = target_topic or settings.topic_articles
        with Publisher(settings, topic=target_topic) as publisher:
            while remaining:
                for tp, records in consumer.poll(timeout_ms=1000).items():
                    for record in records:
                        if record.offset >= ends[tp]:
                            continue
                        if source_topic == target and _is_copy(record.headers):
                            skipped += 1
                            continue  # (a copy of an earlier replay is replayed as its original)
                        where = f"{source_topic}/{tp.partition}/{record.offset}".encode()
                        futures.append(publisher.send_raw(record.key, record.value,
                                                          [(REPLAY_HEADER, where)]))
                # a partition may end in control records that no poll ever returns
                remaining = {tp for tp in remaining if consumer.position(tp) < ends[tp]}
                if on_progress:
                    on_progress(len(futures), total - skipped)
            publisher.flush()
        failed = 0
        for future in futures:
            try:
                future.get(timeout=60)
            except KafkaError:
                failed += 1
        if failed:
            raise ReplayRefused(f"{failed} of {len(futures)} copied record(s) were not "
                                "acknowledged by the broker; run the replay again")
    finally:
        consumer.close()
    return len(futures)
