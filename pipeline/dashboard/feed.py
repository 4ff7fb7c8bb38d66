"""The dashboard's Kafka input: recent history from each topic, then live records.

Why aiokafka, not kafka-python in a thread: the dashboard is an aiohttp server, so an
asyncio consumer runs on the same event loop as the request handlers. Records reach the
state without locks or thread hand-offs, and shutdown is one task cancellation.

Why no consumer group: every dashboard should show *all* flagged claims. In a group,
two dashboards would split the partitions between them and each would show half. So the
consumer subscribes with ``group_id=None`` (aiokafka then assigns itself every partition
of the subscribed topics, and notices new partitions), commits nothing, and decides its
own start: on each newly seen partition it seeks to ``end - history`` (never before the
log start), which gives the page a bounded window of recent history, then reads on live.

Topics are subscribed only once they exist (checked with a metadata request for *all*
topics, which never auto-creates one), so starting the dashboard before the pipeline
cannot create topics with the wrong partition count.

Offsets already processed are remembered per partition; a record at or below one is
skipped. That makes any re-positioning aiokafka does on an assignment change harmless,
and compacted topics (whose offsets have holes) need no special case.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from pipeline.dashboard.state import FeedRecord, Role
from pipeline.kafka_security import aiokafka_security
from pipeline.settings import Settings

__all__ = ["KafkaFeed"]

log = logging.getLogger(__name__)

Sink = Callable[[list[FeedRecord]], None]


class KafkaFeed:
    """Reads the flagged, claims and articles topics and passes batches to ``sink``."""

    topic_check_s = 5.0
    stale_after_s = 30.0

    def __init__(self, settings: Settings, sink: Sink, *, history: int | None = None) -> None:
        self.settings = settings
        self.sink = sink
        self.history = settings.dashboard_history if history is None else history
        self.roles: dict[str, Role] = {
            settings.topic_flagged: "flagged",
            settings.topic_claims: "claims",
            settings.topic_articles: "articles",
        }
        self.consumed: Counter[str] = Counter()
        self.next_offset: dict[TopicPartition, int] = {}
        self.highwater: dict[TopicPartition, int] = {}
        self.subscribed: frozenset[str] = frozenset()
        self._missing_said: frozenset[str] = frozenset()
        self.connected = False
        self.last_poll = 0.0  # monotonic time of the last successful fetch round
        self.last_error: str | None = None
        self.caught_up = asyncio.Event()  # set once the history window has been read

    # -- status for /healthz and /metrics ----------------------------------------------

    def consuming(self) -> bool:
        """Connected, reading at least one topic, and the fetch loop is not stuck."""
        fresh = time.monotonic() - self.last_poll < self.stale_after_s
        return self.connected and bool(self.subscribed) and fresh

    def lag(self) -> dict[TopicPartition, int]:
        return {
            tp: max(0, self.highwater[tp] - offset)
            for tp, offset in self.next_offset.items()
            if tp in self.highwater
        }

    def status(self) -> dict[str, Any]:
        return {
            "connected": self.connected,
            "consuming": self.consuming(),
            "topics": sorted(self.subscribed),
            "waiting_for": sorted(set(self.roles) - self.subscribed),
            "partitions": len(self.next_offset),
            "lag": sum(self.lag().values()),
            "history_loaded": self.caught_up.is_set(),
            "last_error": self.last_error,
        }

    # -- the loop ----------------------------------------------------------------------

    async def run(self) -> None:
        """Consume until cancelled, reconnecting with back-off when the broker goes away."""
        backoff = 1.0
        while True:
            consumer = self._consumer()
            try:
                await _quietly_started(consumer)
                self.connected = True
                self.last_error = None
                backoff = 1.0
                log.info("dashboard feed connected to %s", self.settings.bootstrap_servers)
                await self._consume(consumer)
            except (KafkaError, OSError) as exc:
                name, text = type(exc).__name__, str(exc)
                self.last_error = text if text.startswith(name) else f"{name}: {text}"
                log.warning("dashboard feed: no Kafka broker answers at %s (%s); retrying in "
                            "%.0fs", self.settings.bootstrap_servers, self.last_error, backoff)
            except Exception as exc:  # a bug must not end the feed while the page looks alive
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.exception("dashboard feed failed; restarting in %.0fs", backoff)
            finally:
                self.connected = False
                self.subscribed = frozenset()
                await _stopped(consumer)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)

    def _consumer(self) -> AIOKafkaConsumer:
        return AIOKafkaConsumer(
            bootstrap_servers=self.settings.bootstrap_list(),
            client_id="claimwatch-dashboard",
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            metadata_max_age_ms=int(self.topic_check_s * 1000),
            request_timeout_ms=30_000,
            **aiokafka_security(self.settings),
        )

    async def _consume(self, consumer: AIOKafkaConsumer) -> None:
        next_check = 0.0
        known: set[TopicPartition] = set()
        while True:
            if time.monotonic() >= next_check:
                await self._follow_topics(consumer)
                next_check = time.monotonic() + self.topic_check_s
            if not self.subscribed:
                self.last_poll = time.monotonic()
                await asyncio.sleep(0.5)
                continue
            batch = await consumer.getmany(timeout_ms=500, max_records=2000)
            assignment = set(consumer.assignment())
            if assignment != known:
                await self._position(consumer, assignment)
                known = assignment
            records = self._accept(batch)
            self._note_highwater(consumer, assignment)
            if records:
                self.sink(records)
            self.last_poll = time.monotonic()
            if (
                not self.caught_up.is_set()
                and known
                and all(
                    self.next_offset.get(tp, 0) >= self.highwater.get(tp, 1 << 62) for tp in known
                )
            ):
                self.caught_up.set()

    async def _follow_topics(self, consumer: AIOKafkaConsumer) -> None:
        existing = await consumer.topics()
        present = frozenset(t for t in self.roles if t in existing)
        missing = frozenset(self.roles) - present
        if missing != self._missing_said:
            if missing:
                log.info("dashboard feed waiting for topic(s) %s", ", ".join(sorted(missing)))
            self._missing_said = missing
        if present == self.subscribed:
            return
        log.info("dashboard feed reading %s", ", ".join(sorted(present)) or "nothing yet")
        consumer.subscribe(topics=sorted(present))
        self.subscribed = present

    async def _position(self, consumer: AIOKafkaConsumer, assignment: set[TopicPartition]) -> None:
        """Start new partitions ``history`` records before their end; keep the others' place."""
        new = [tp for tp in assignment if tp not in self.next_offset]
        if new:
            begin = await consumer.beginning_offsets(new)
            end = await consumer.end_offsets(new)
            for tp in new:
                self.next_offset[tp] = max(begin[tp], end[tp] - self.history)
                self.highwater[tp] = end[tp]
        for tp in assignment:
            consumer.seek(tp, self.next_offset[tp])

    def _accept(self, batch: dict[TopicPartition, list[Any]]) -> list[FeedRecord]:
        records: list[FeedRecord] = []
        for tp, messages in batch.items():
            expected = self.next_offset.get(tp)
            role = self.roles.get(tp.topic)
            if expected is None or role is None:
                continue  # fetched before we positioned it; it will be read again
            for msg in messages:
                if msg.offset < expected:
                    continue
                expected = msg.offset + 1
                self.consumed[tp.topic] += 1
                # -1 means the producer set no time (old message format): use arrival time.
                stamp = msg.timestamp if msg.timestamp >= 0 else int(time.time() * 1000)
                records.append(
                    FeedRecord(role, tp.topic, tp.partition, msg.offset, stamp, msg.key, msg.value)
                )
            self.next_offset[tp] = expected
        return records

    def _note_highwater(self, consumer: AIOKafkaConsumer, assignment: set[TopicPartition]) -> None:
        for tp in assignment:
            high = consumer.highwater(tp)
            if high is not None:
                self.highwater[tp] = high


async def _quietly_started(consumer: AIOKafkaConsumer) -> None:
    """Start ``consumer`` with aiokafka's own error lines held back: while the broker is
    away the feed says so in one line a try, not three."""
    aiokafka_log = logging.getLogger("aiokafka")
    level = aiokafka_log.level
    aiokafka_log.setLevel(logging.CRITICAL)
    try:
        await consumer.start()
    finally:
        aiokafka_log.setLevel(level)


async def _stopped(consumer: AIOKafkaConsumer) -> None:
    """Stop a consumer whose broker may have gone away.

    After an outage aiokafka's ``stop()`` can raise ``CancelledError`` (its fetcher task was
    cancelled under it) or a Kafka error. Neither may end the feed: only a cancellation of
    the feed's own task goes through, else the dashboard would stop updating for good.
    """
    try:
        await consumer.stop()
    except asyncio.CancelledError:
        task = asyncio.current_task()
        if task is not None and task.cancelling():
            raise
        log.debug("dashboard feed: the old consumer was cancelled while stopping")
    except Exception as exc:  # the consumer is being thrown away: nothing to save
        log.debug("dashboard feed: stopping the old consumer failed: %s", exc)
