"""The Kafka feed against the real broker: history window, live records, topic discovery."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from kafka.admin import KafkaAdminClient

from pipeline.broker import LocalBroker
from pipeline.dashboard.feed import KafkaFeed
from pipeline.dashboard.state import FeedRecord
from pipeline.settings import Settings
from pipeline.topics import ensure_topics
from tests.dashboard.factories import produce


async def until(condition: Callable[[], bool], what: str, timeout: float = 45.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


def one_partition(settings: Settings) -> Settings:
    return settings.model_copy(update={"partitions": 1})


@pytest.mark.kafka
def test_reads_the_last_n_per_partition_then_follows_live(kafka_settings: Settings) -> None:
    settings = one_partition(kafka_settings)
    ensure_topics(settings)
    produce(settings, settings.topic_flagged, [(f"k{i}", f"v{i}".encode()) for i in range(10)])
    produce(settings, settings.topic_articles, [("a0", b"article")])
    got: list[FeedRecord] = []

    async def run() -> KafkaFeed:
        feed = KafkaFeed(settings, got.extend, history=3)
        task = asyncio.create_task(feed.run())
        try:
            await until(feed.caught_up.is_set, "the history window")
            await until(lambda: len(got) >= 4, "history records")
            assert feed.consuming()
            await asyncio.to_thread(
                produce, settings, settings.topic_flagged, [("k10", b"v10"), ("k11", None)]
            )
            await until(lambda: len(got) >= 6, "live records")
            await asyncio.sleep(1)  # nothing else may arrive
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        return feed

    feed = asyncio.run(run())
    flagged = [r for r in got if r.topic == settings.topic_flagged]
    assert [r.offset for r in flagged] == [7, 8, 9, 10, 11]
    assert [r.value for r in flagged] == [b"v7", b"v8", b"v9", b"v10", None]
    assert all(r.role == "flagged" and r.key is not None and r.timestamp_ms > 0 for r in flagged)
    assert [(r.role, r.value) for r in got if r.topic == settings.topic_articles] == [
        ("articles", b"article")
    ]
    assert feed.consumed[settings.topic_flagged] == 5
    assert sum(feed.lag().values()) == 0


@pytest.mark.kafka
def test_history_zero_shows_only_new_records(kafka_settings: Settings) -> None:
    settings = one_partition(kafka_settings)
    ensure_topics(settings)
    produce(settings, settings.topic_flagged, [("old", b"old")])
    got: list[FeedRecord] = []

    async def run() -> None:
        feed = KafkaFeed(settings, got.extend, history=0)
        task = asyncio.create_task(feed.run())
        try:
            await until(feed.caught_up.is_set, "positioning")
            await asyncio.to_thread(produce, settings, settings.topic_flagged, [("new", b"new")])
            await until(lambda: bool(got), "the new record")
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    asyncio.run(run())
    assert [r.value for r in got] == [b"new"]


@pytest.mark.kafka
def test_waits_for_topics_without_creating_them_then_picks_them_up(
    kafka_settings: Settings,
) -> None:
    settings = one_partition(kafka_settings)
    got: list[FeedRecord] = []

    def topics() -> set[str]:
        admin = KafkaAdminClient(**settings.client_config())
        try:
            return set(admin.list_topics())
        finally:
            admin.close()

    async def run() -> None:
        feed = KafkaFeed(settings, got.extend)
        feed.topic_check_s = 0.5
        task = asyncio.create_task(feed.run())
        try:
            await until(lambda: feed.connected, "a connection")
            await asyncio.sleep(2)  # several topic checks
            assert not feed.consuming()
            assert feed.status()["waiting_for"] == sorted(
                [settings.topic_flagged, settings.topic_claims, settings.topic_articles]
            )
            assert not {settings.topic_flagged, settings.topic_claims} & await asyncio.to_thread(
                topics
            )
            await asyncio.to_thread(ensure_topics, settings)
            await asyncio.to_thread(produce, settings, settings.topic_claims, [("c", b"claim")])
            await until(lambda: bool(got), "a record on a topic created after start")
            await until(feed.consuming, "consuming")
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    asyncio.run(run())
    assert [(r.role, r.value) for r in got] == [("claims", b"claim")]


@pytest.mark.kafka
def test_a_failing_sink_restarts_the_feed_instead_of_ending_it(
    kafka_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    settings = one_partition(kafka_settings)
    ensure_topics(settings)
    produce(settings, settings.topic_claims, [("c0", b"claim-0")])
    got: list[FeedRecord] = []
    failures: list[int] = []

    def sink(records: list[FeedRecord]) -> None:
        if not failures:
            failures.append(len(records))
            raise RuntimeError("sink bug")
        got.extend(records)

    async def run() -> None:
        feed = KafkaFeed(settings, sink)
        task = asyncio.create_task(feed.run())
        try:
            await until(lambda: bool(failures), "the failing first batch")
            await asyncio.to_thread(produce, settings, settings.topic_claims, [("c1", b"claim-1")])
            await until(lambda: any(r.value == b"claim-1" for r in got), "records after it")
            assert not task.done()
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    asyncio.run(run())
    assert failures == [1]
    assert any(r.message.startswith("dashboard feed failed") and r.exc_info
               for r in caplog.records)
    assert [r.value for r in got] == [b"claim-1"]  # the batch the sink failed on is skipped


def test_an_unreachable_broker_is_reported_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(_env_file=None, bootstrap_servers="127.0.0.1:9")  # nothing listens there

    async def run() -> KafkaFeed:
        feed = KafkaFeed(settings, lambda records: None)
        task = asyncio.create_task(feed.run())
        try:
            await until(lambda: feed.last_error is not None, "the connection error", timeout=60)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        return feed

    feed = asyncio.run(run())
    assert not feed.consuming()
    assert feed.status()["connected"] is False
    # one line a try, as the worker's (before: aiokafka's own ERROR line too, and the
    # error's name twice)
    assert [r.name for r in caplog.records if r.levelno >= 30] == ["pipeline.dashboard.feed"]
    (line,) = [r.getMessage() for r in caplog.records if r.levelno >= 30]
    assert line.startswith("dashboard feed: no Kafka broker answers at 127.0.0.1:9 (")
    assert line.count("KafkaConnectionError") == 1


@pytest.mark.kafka
def test_the_feed_comes_back_after_its_broker_restarts(
    tmp_path: Path, unused_ports: Callable[[int], list[int]], kafka_jar_cache: Path
) -> None:
    """A private broker is stopped under a live feed and started again: the feed must
    reconnect and deliver what is produced afterwards (it used to end for good when
    aiokafka's stop() raised CancelledError after the outage)."""
    ports = unused_ports(2)
    home = Settings(_env_file=None, home=tmp_path / "home", broker_port=ports[0],
                    broker_controller_port=ports[1], partitions=1)
    broker = LocalBroker(home, jar_root=kafka_jar_cache, die_with_parent=True)
    got: list[FeedRecord] = []
    try:
        settings = home.model_copy(update={"bootstrap_servers": broker.start().status.bootstrap})
        ensure_topics(settings)
        produce(settings, settings.topic_claims, [("c0", b"before")])

        async def run() -> None:
            feed = KafkaFeed(settings, got.extend)
            task = asyncio.create_task(feed.run())
            try:
                await until(lambda: [r.value for r in got] == [b"before"], "the first record")
                await asyncio.to_thread(broker.stop)
                await until(lambda: not feed.consuming(), "the feed noticing the outage", 90)
                await asyncio.sleep(8)  # long enough for the fetcher to fail against nothing
                await asyncio.to_thread(broker.start)
                await until(feed.consuming, "the feed reconnecting", 120)
                await asyncio.to_thread(produce, settings, settings.topic_claims,
                                        [("c1", b"after")])
                await until(lambda: b"after" in [r.value for r in got], "a record after it", 60)
                assert not task.done()
            finally:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

        asyncio.run(run())
    finally:
        broker.stop()
    assert [r.value for r in got].count(b"after") == 1
