"""Replays on the real broker yield the same claim ids, both ways."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import pytest
from kafka import KafkaAdminClient

from pipeline.models import Claim
from pipeline.positions import StartAt
from pipeline.publish import Publisher
from pipeline.replay import REPLAY_HEADER, ReplayRefused, live_members, republish, rewind_group
from pipeline.settings import Settings
from pipeline.topics import ensure_topics
from tests.articles import sample_article
from tests.streams import quiet_for, read_until

pytestmark = pytest.mark.kafka


def _ids(records: list[Any]) -> Counter[str]:
    return Counter(Claim.from_json(r.value).claim_id for r in records)


def _stopped(worker: Any, settings: Settings, timeout: float = 120.0) -> None:
    """Stop ``worker`` and wait until the broker no longer counts it in the group: a worker
    slow to stop on a busy machine is killed, and a killed member is only dropped when its
    session times out (a rewind rightly refuses until then)."""
    worker.stop()
    admin = KafkaAdminClient(**settings.client_config(client_id="claimwatch-test"))
    try:
        deadline = time.monotonic() + timeout
        while live_members(admin, settings.worker_group) and time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        admin.close()


def _first_pass(settings: Settings) -> Counter[str]:
    with Publisher(settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    read_until(settings, settings.topic_claims, lambda recs: len(recs) > 0)
    first = _ids(quiet_for(settings, settings.topic_claims, 5.0))
    assert first and set(first.values()) == {1}
    return first


def test_rewind_refuses_while_workers_run_then_reprocesses_with_same_ids(
    kafka_settings: Settings, worker_factory: Any
) -> None:
    worker = worker_factory()
    first = _first_pass(kafka_settings)

    with pytest.raises(ReplayRefused, match="live member"):
        rewind_group(kafka_settings, kafka_settings.topic_articles, StartAt(earliest=True))
    _stopped(worker, kafka_settings)

    result = rewind_group(kafka_settings, kafka_settings.topic_articles, StartAt(earliest=True))
    assert set(result.offsets.values()) == {0}
    worker_factory()
    again = _ids(read_until(
        kafka_settings, kafka_settings.topic_claims,
        lambda recs: sum(_ids(recs).values()) >= 2 * sum(first.values()), timeout=90))
    assert set(again) == set(first)
    assert set(again.values()) == {2}


def test_republish_copies_the_range_and_claims_keep_their_ids(
    kafka_settings: Settings, running_worker: Any
) -> None:
    first = _first_pass(kafka_settings)
    copied = republish(kafka_settings, kafka_settings.topic_articles, StartAt(earliest=True))
    assert copied == 1
    again = _ids(read_until(
        kafka_settings, kafka_settings.topic_claims,
        lambda recs: sum(_ids(recs).values()) >= 2 * sum(first.values())))
    assert set(again) == set(first)


def test_replay_needs_a_start(kafka_settings: Settings) -> None:
    with pytest.raises(ReplayRefused, match="from-beginning"):
        republish(kafka_settings, kafka_settings.topic_articles, StartAt())


def test_rewind_refuses_a_group_the_cluster_does_not_know(kafka_settings: Settings) -> None:
    from pipeline.topics import ensure_topics

    ensure_topics(kafka_settings)
    with pytest.raises(ReplayRefused, match=r"unknown to the cluster.*check --group"):
        rewind_group(kafka_settings, kafka_settings.topic_articles,
                     StartAt(earliest=True), group="claimwatch-wrokers")


def test_rewind_never_moves_a_group_past_articles_it_has_not_processed(
    kafka_settings: Settings, worker_factory: Any
) -> None:
    import time

    worker = worker_factory()
    _first_pass(kafka_settings)
    _stopped(worker, kafka_settings)
    article = sample_article()
    with Publisher(kafka_settings) as publisher:  # arrives while no worker runs
        meta = publisher.send(article.model_copy(update={"body": article.body + " More."})).get(
            timeout=30)

    later = StartAt(since_ms=int(time.time() * 1000) + 3_600_000)
    result = rewind_group(kafka_settings, kafka_settings.topic_articles, later)
    assert result.offsets[meta.partition] == meta.offset  # not meta.offset + 1 (the end)
    # and it says so: for --since too (before: only --offsets named the partitions kept, and
    # a time in the future claimed a rewind)
    assert meta.partition in result.kept and not result.moved
    ahead = StartAt(offsets={meta.partition: meta.offset + 1})
    result = rewind_group(kafka_settings, kafka_settings.topic_articles, ahead)
    assert result.offsets[meta.partition] == meta.offset


def test_a_sink_topic_is_never_copied_onto_the_input_topic(kafka_settings: Settings) -> None:
    for sink in (kafka_settings.topic_claims, kafka_settings.topic_flagged,
                 kafka_settings.topic_dlq):
        with pytest.raises(ReplayRefused, match="not articles"):
            republish(kafka_settings, sink, StartAt(earliest=True))


def test_replaying_the_same_range_twice_copies_the_originals_not_the_copies(
    kafka_settings: Settings,
) -> None:
    """Before, a second ``replay --since T --republish`` copied the first run's copies too,
    so the input topic grew 1 -> 2 -> 4."""
    ensure_topics(kafka_settings)
    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    assert republish(kafka_settings, kafka_settings.topic_articles, StartAt(earliest=True)) == 1
    assert republish(kafka_settings, kafka_settings.topic_articles, StartAt(earliest=True)) == 1
    records = read_until(kafka_settings, kafka_settings.topic_articles, lambda r: len(r) >= 3)
    assert len(quiet_for(kafka_settings, kafka_settings.topic_articles, 2.0)) == 3
    headers = [dict(r.headers) for r in records]
    assert headers[0] == {} and all(
        h[REPLAY_HEADER].startswith(f"{kafka_settings.topic_articles}/".encode())
        for h in headers[1:])


def test_the_progress_of_a_second_republish_counts_only_what_it_copies(
    kafka_settings: Settings,
) -> None:
    # Before: "copied 1/2", as if half had failed: the total counted the earlier copy
    ensure_topics(kafka_settings)
    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    republish(kafka_settings, kafka_settings.topic_articles, StartAt(earliest=True))
    seen: list[tuple[int, int]] = []
    copied = republish(kafka_settings, kafka_settings.topic_articles, StartAt(earliest=True),
                       on_progress=lambda done, total: seen.append((done, total)))
    assert copied == 1 and seen[-1] == (1, 1)
