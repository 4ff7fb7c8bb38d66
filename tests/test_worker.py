"""The worker: on the real broker, sample in, flagged claims out, bad messages to the DLQ;
and what it logs while it waits for partitions."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import time
from typing import Any

import pytest
from kafka import KafkaProducer
from kafka.errors import KafkaError

from pipeline.extract import extract
from pipeline.models import Article, Claim, DeadLetter
from pipeline.publish import Publisher
from pipeline.settings import Settings
from pipeline.worker import warn_until_ready
from tests.articles import sample_article
from tests.streams import quiet_for, read_until


def _claims(records: list[Any]) -> list[Claim]:
    return [Claim.from_json(r.value) for r in records]


def _has_sample_flags(records: list[Any]) -> bool:
    claims = _claims(records)
    return any("tank" in c.text for c in claims) and any("37 drones" in c.text for c in claims)


def test_the_silence_before_the_first_assignment_is_explained_once_then_ended(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="claimwatch.worker")
    timer, mark_ready = warn_until_ready("g", 60.0, after=0.01)
    timer.join(5)
    mark_ready()
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert messages[0].startswith("no partitions assigned after 0 s: group g is still rebal")
    assert messages[1] == "partitions assigned: group g has finished rebalancing"


def test_a_worker_ready_in_time_logs_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="claimwatch.worker")
    timer, mark_ready = warn_until_ready("g", 60.0, after=0.2)
    mark_ready()
    timer.join(5)
    assert [r for r in caplog.records if r.name == "claimwatch.worker"] == []


def test_sample_article_flagged_claims_arrive(
    kafka_settings: Settings, running_worker: Any
) -> None:
    article = sample_article()
    with Publisher(kafka_settings) as publisher:
        publisher.send(article).get(timeout=30)

    # Claims are keyed by id over several partitions, so they may arrive in any order: wait
    # for every flagged claim the engine finds (waiting for two of them raced the rest).
    wanted = {c.claim_id for c in extract(article).claims if c.flagged}
    flagged = _claims(read_until(kafka_settings, kafka_settings.topic_flagged,
                                 lambda recs: wanted <= {c.claim_id for c in _claims(recs)}))
    assert {c.claim_id for c in flagged} == wanted
    assert all(c.flagged and c.article_id == article.id for c in flagged)
    capture = next(c for c in flagged if "tank" in c.text and "ten" in c.text)
    assert capture.claimant is not None
    # the DPR's claim, relayed by the Russian Defense Ministry and then RIA Novosti
    chain = [capture.claimant.name, *(r.name for r in capture.claimant.via)]
    assert "Russian Defense Ministry" in chain and capture.claimant.via[0].name == "RIA Novosti"
    codes = {r.code for r in capture.reasons}
    assert {"not_verified", "self_interested_source"} <= codes
    drones = next(c for c in flagged if "37 drones" in c.text)
    assert drones.status == "unverified"
    # every span points into the article body
    for claim in flagged:
        assert article.body[claim.span.start:claim.span.end] == claim.span.text

    # the claims topic carries every claim the engine finds, the asserted ones too
    expected = {c.claim_id for c in extract(article).claims}
    everything = _claims(read_until(
        kafka_settings, kafka_settings.topic_claims,
        lambda recs: expected <= {c.claim_id for c in _claims(recs)},
    ))
    assert {c.claim_id for c in everything} == expected
    assert any(not c.flagged for c in everything)
    # the flagged topic holds exactly the flagged ones, none of the asserted
    assert wanted == {c.claim_id for c in everything if c.flagged}


def test_bad_messages_go_to_the_dlq_and_good_ones_still_flow(
    kafka_settings: Settings, running_worker: Any
) -> None:
    producer = KafkaProducer(**kafka_settings.client_config(acks="all"))
    try:
        producer.send(kafka_settings.topic_articles, key=b"bad-1", value=b"{not json")
        producer.send(kafka_settings.topic_articles, key=b"bad-2", value=b'{"id": "x"}')
        producer.send(kafka_settings.topic_articles, key=b"bad-3", value=b"\xff\xfe\x00")
        producer.flush()
    finally:
        producer.close()
    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)

    read_until(kafka_settings, kafka_settings.topic_flagged, _has_sample_flags)
    letters = [DeadLetter.from_json(r.value) for r in read_until(
        kafka_settings, kafka_settings.topic_dlq, lambda recs: len(recs) >= 3)]
    by_key = {d.key: d for d in letters}
    assert by_key["bad-1"].stage == "decode"
    assert by_key["bad-1"].payload() == b"{not json"
    assert by_key["bad-2"].stage == "validate" and "body: Field required" in by_key["bad-2"].error
    assert by_key["bad-3"].payload() == b"\xff\xfe\x00" and by_key["bad-3"].payload_text is None
    assert {d.source_topic for d in letters} == {kafka_settings.topic_articles}
    assert len({(d.partition, d.offset) for d in letters}) == 3
    # The log names the record by its key too (before: topic, partition and offset only),
    # in the line format of every other command (before: faust's "[time] [pid] [LEVEL]").
    log = running_worker.log_text()
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} WARNING claimwatch\.worker: "
                     r"dead letter: \S+\[\d+\]@\d+ key 'bad-2' \(validate\) body: Field required",
                     log, re.MULTILINE), log[-3000:]
    assert not re.search(r"^\[\d{4}-", log, re.MULTILINE), log[-3000:]


def test_an_article_whose_claims_the_broker_refuses_is_dead_lettered_and_the_stream_goes_on(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    from kafka.admin import KafkaAdminClient, NewTopic

    from tests.conftest import WorkerProcess

    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:  # a claims topic that refuses every claim record (each is well over 300 bytes)
        admin.create_topics([NewTopic(kafka_settings.topic_claims, 1, 1,
                                      topic_configs={"max.message.bytes": "300"})])
    finally:
        admin.close()
    worker = WorkerProcess(kafka_settings, tmp_path / "worker.log")
    try:
        worker.wait_ready()
        with Publisher(kafka_settings) as publisher:
            sent = publisher.send(sample_article()).get(timeout=30)
        producer = KafkaProducer(**kafka_settings.client_config(acks="all"))
        try:  # a later message is still read: the worker did not stop on the first
            producer.send(kafka_settings.topic_articles, key=b"bad-after", value=b"{oops")
            producer.flush()
        finally:
            producer.close()
        letters = [DeadLetter.from_json(r.value) for r in read_until(
            kafka_settings, kafka_settings.topic_dlq, lambda recs: len(recs) >= 2)]
        assert worker.proc.poll() is None
    finally:
        worker.stop()
    by_stage = {d.stage: d for d in letters}
    assert set(by_stage) == {"produce", "decode"}
    refused = by_stage["produce"]
    assert (refused.partition, refused.offset) == (sent.partition, sent.offset)
    assert Article.model_validate_json(refused.payload()).id == sample_article().id
    assert "MessageSizeTooLarge" in refused.error_type + refused.error
    assert by_stage["decode"].key == "bad-after"


def test_a_result_the_broker_refuses_stops_the_worker_without_committing(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    from kafka import TopicPartition
    from kafka.admin import KafkaAdminClient, NewTopic

    from tests.conftest import WorkerProcess

    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:  # a DLQ that refuses anything over 2 kB, so the dead letter below cannot be written
        # The broker creates no topic on first use (as in production): the articles topic too.
        admin.create_topics([NewTopic(kafka_settings.topic_dlq, 1, 1,
                                      topic_configs={"max.message.bytes": "2048"}),
                             NewTopic(kafka_settings.topic_articles, 1, 1)])
    finally:
        admin.close()
    producer = KafkaProducer(**kafka_settings.client_config(acks="all"))
    try:
        meta = producer.send(kafka_settings.topic_articles, key=b"big",
                             value=b"<" * 20_000, partition=0).get(timeout=30)
    finally:
        producer.close()

    worker = WorkerProcess(kafka_settings, tmp_path / "worker.log")
    try:
        assert worker.proc.wait(timeout=120) == 75
    finally:
        worker.stop()
    log = (tmp_path / "worker.log").read_text()
    assert f"could not write the results of {kafka_settings.topic_articles}[0]@{meta.offset}" in log

    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:
        committed = admin.list_group_offsets({kafka_settings.worker_group: None})
    finally:
        admin.close()
    done = committed.get(kafka_settings.worker_group, {}).get(
        TopicPartition(kafka_settings.topic_articles, 0))
    assert done is None or done.offset <= meta.offset  # the message will be read again


def test_a_stopped_worker_has_committed_every_article_it_wrote(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    """A graceful stop (SIGTERM, as Ctrl-C or a supervisor sends) leaves no written article
    uncommitted, so a restart does not write its claims again."""
    from kafka.admin import KafkaAdminClient

    from tests.conftest import WorkerProcess

    articles = [sample_article().model_copy(update={"id": f"stop-{i}"}) for i in range(12)]
    worker = WorkerProcess(kafka_settings, tmp_path / "worker.log")
    try:
        worker.wait_ready()
        with Publisher(kafka_settings) as publisher:
            for article in articles:
                publisher.send(article)
        wanted = {a.id for a in articles}
        read_until(kafka_settings, kafka_settings.topic_claims,
                   lambda recs: {c.article_id for c in _claims(recs)} >= wanted)
    finally:
        assert worker.stop() == 0

    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:
        committed = admin.list_group_offsets({kafka_settings.worker_group: None})
    finally:
        admin.close()
    offsets = committed.get(kafka_settings.worker_group, {})
    done = sum(meta.offset for tp, meta in offsets.items()
               if tp.topic == kafka_settings.topic_articles)
    assert done == len(articles)


def _publish_placed(settings: Settings, articles: list[Article]) -> dict[tuple[int, int], Article]:
    """Publish ``articles``; returns each one by the (partition, offset) it landed at."""
    with Publisher(settings) as publisher:
        futures = [(a, publisher.send(a)) for a in articles]
    return {(f.get(timeout=30).partition, f.get(timeout=30).offset): a for a, f in futures}


def _committed_ends(settings: Settings) -> dict[int, int]:
    """The worker group's committed offset on each articles partition it committed on."""
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(**settings.client_config())
    try:
        offsets = admin.list_group_offsets({settings.worker_group: None})
    finally:
        admin.close()
    return {tp.partition: meta.offset
            for tp, meta in offsets.get(settings.worker_group, {}).items()
            if tp.topic == settings.topic_articles and meta.offset > 0}


def _committed_articles_are_all_written(
    settings: Settings, placed: dict[tuple[int, int], Article]
) -> list[Article]:
    """Check every committed article has all its claims on the claims topic; return them."""
    from tests.streams import quiet_for

    ends = _committed_ends(settings)
    done = [a for (partition, offset), a in placed.items() if offset < ends.get(partition, 0)]
    written = {c.claim_id for c in _claims(quiet_for(settings, settings.topic_claims, 3.0))}
    for article in done:
        expected = {c.claim_id for c in extract(article).claims}
        assert expected and expected <= written, article.id
    return done


def test_a_worker_killed_mid_stream_committed_only_articles_whose_claims_are_all_written(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    """At least once with deliveries in flight: a worker killed outright (no graceful stop
    to finish them) has committed, through its periodic commits, only offsets of articles
    whose claims are all on the claims topic."""
    from tests.conftest import WorkerProcess

    articles = [sample_article().model_copy(update={"id": f"mid-{i}"}) for i in range(1000)]
    worker = WorkerProcess(kafka_settings, tmp_path / "worker.log")
    try:
        worker.wait_ready()
        placed = _publish_placed(kafka_settings, articles)
        deadline = time.monotonic() + 90
        while True:  # kill right after faust's first periodic commit
            assert time.monotonic() < deadline, "the worker committed nothing in 90 s"
            try:
                if _committed_ends(kafka_settings):
                    break
            except KafkaError:  # the group's coordinator may still be settling: ask again
                pass
            time.sleep(0.1)
    finally:
        worker.proc.kill()
        worker.proc.wait()
    done = _committed_articles_are_all_written(kafka_settings, placed)
    assert 0 < len(done) < len(articles)  # killed mid-stream, with a commit behind it


def test_a_worker_stopped_mid_stream_committed_only_articles_whose_claims_are_all_written(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    """A graceful stop (SIGTERM) with deliveries in flight: faust waits for their acks before
    its last commit, and every offset committed belongs to an article whose claims are all
    on the claims topic."""
    from tests.conftest import WorkerProcess

    articles = [sample_article().model_copy(update={"id": f"mid-{i}"}) for i in range(600)]
    worker = WorkerProcess(kafka_settings, tmp_path / "worker.log")
    try:
        worker.wait_ready()
        placed = _publish_placed(kafka_settings, articles)
        read_until(kafka_settings, kafka_settings.topic_claims,
                   lambda recs: len({c.article_id for c in _claims(recs)}) >= 10)
    finally:
        assert worker.stop() == 0  # stopped while most articles are still to come
    done = _committed_articles_are_all_written(kafka_settings, placed)
    assert 10 <= len(done) < len(articles)


def test_a_worker_waiting_for_a_killed_members_partitions_says_why(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    # Before: the next worker waited out the killed one's session (a minute) in silence.
    from tests.conftest import WorkerProcess

    killed = WorkerProcess(kafka_settings, tmp_path / "killed.log")
    try:
        killed.wait_ready()
    finally:
        killed.proc.kill()
        killed.proc.wait()
    waiting = WorkerProcess(kafka_settings, tmp_path / "waiting.log")
    try:
        assert waiting.wait_for_log("no partitions assigned after 15 s", 45), \
            waiting.log_text()[-3000:]
        assert "holds its partitions until its session times out (60 s)" in waiting.log_text()
        # Ctrl-C while the group still waits for the killed member: the stop would wait for
        # the rebalance (a new user's worker took 26 s); the deadline ends it, status 0
        stopped_at = time.monotonic()
        assert waiting.stop(grace=45) == 0
        assert "has not stopped 15 s after the signal" in waiting.log_text(), \
            f"stopped in {time.monotonic() - stopped_at:.0f} s: {waiting.log_text()[-3000:]}"
    finally:
        if waiting.proc.poll() is None:
            waiting.stop(grace=10)


def test_a_worker_beyond_the_partition_count_says_it_stays_idle(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    # Before: it logged that it was ready, and nothing about having no partition.
    from tests.conftest import WorkerProcess

    settings = kafka_settings.model_copy(update={"partitions": 1})
    first = WorkerProcess(settings, tmp_path / "first.log")
    second: WorkerProcess | None = None
    try:
        first.wait_ready()
        second = WorkerProcess(settings, tmp_path / "second.log")
        second.wait_ready()
        assert second.wait_for_log("no partition of", 30), second.log_text()[-3000:]
        assert "stays idle until a worker leaves" in second.log_text()
        assert "no partition of" not in first.log_text()
    finally:
        first.stop(grace=10)
        if second is not None:
            second.stop(grace=10)


_TOLL = ("Officials reportedly said 40 people were killed in the strike on the port, a figure "
         "that could not be independently verified.")
_REOPEN = "The governor said the port would reopen on Monday."


def test_a_corrected_article_retracts_the_claims_it_no_longer_yields(
    kafka_settings: Settings, running_worker: Any
) -> None:
    first = Article(id="upd-1", title="Port strike", body=f"{_TOLL} {_REOPEN}")
    second = Article(id="upd-1", title="Port strike (corrected)", body=_REOPEN)
    old = {c.claim_id for c in extract(first).claims}
    old_flagged = {c.claim_id for c in extract(first).claims if c.flagged}
    kept = {c.claim_id for c in extract(second).claims}
    gone = old - kept
    assert old_flagged and gone >= old_flagged  # the toll is the flagged claim, and it goes

    with Publisher(kafka_settings) as publisher:
        publisher.send(first).get(timeout=30)
    read_until(kafka_settings, kafka_settings.topic_flagged,
               lambda recs: old_flagged <= {r.key.decode() for r in recs})
    with Publisher(kafka_settings) as publisher:
        publisher.send(second).get(timeout=30)

    def deleted(recs: list[Any]) -> set[str]:
        return {r.key.decode() for r in recs if r.value is None}

    flagged = read_until(kafka_settings, kafka_settings.topic_flagged,
                         lambda recs: old_flagged <= deleted(recs))
    everything = read_until(kafka_settings, kafka_settings.topic_claims,
                            lambda recs: gone <= deleted(recs) and kept <= {
                                r.key.decode() for r in recs if r.value is not None})
    assert deleted(everything) == gone  # what the corrected body still says stays
    assert deleted(flagged) <= gone
    # the latest record of each id on the claims topic: exactly the corrected article's
    latest: dict[str, bytes | None] = {r.key.decode(): r.value for r in everything}
    assert {k for k, v in latest.items() if v is not None} == kept

    # a reader sees the retraction as one JSON line naming the claim
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "subscribe", "--from-beginning", "--idle-timeout", "5"],
        env={**os.environ, **kafka_settings.to_env()}, text=True, capture_output=True,
        timeout=120, stdin=subprocess.DEVNULL)
    lines = proc.stdout.splitlines()
    assert all(f'{{"deleted":"{key}"}}' in lines for key in old_flagged), proc.stderr


def test_what_an_article_wrote_survives_a_worker_restart(
    kafka_settings: Settings, tmp_path: Any
) -> None:
    """The table of what each article wrote is restored from its changelog topic, so a
    correction read by the next worker still retracts (as a reprocess with a new extractor
    version must, whose claim ids all differ)."""
    from tests.conftest import WorkerProcess

    first = Article(id="upd-2", body=f"{_TOLL} {_REOPEN}")
    second = Article(id="upd-2", body=_REOPEN)
    gone = {c.claim_id for c in extract(first).claims} - {
        c.claim_id for c in extract(second).claims}
    worker = WorkerProcess(kafka_settings, tmp_path / "first.log")
    try:
        worker.wait_ready()
        with Publisher(kafka_settings) as publisher:
            publisher.send(first).get(timeout=30)
        read_until(kafka_settings, kafka_settings.topic_claims,
                   lambda recs: gone <= {r.key.decode() for r in recs})
    finally:
        assert worker.stop() == 0
    worker = WorkerProcess(kafka_settings, tmp_path / "second.log")
    try:
        worker.wait_ready()
        with Publisher(kafka_settings) as publisher:
            publisher.send(second).get(timeout=30)
        read_until(kafka_settings, kafka_settings.topic_claims,
                   lambda recs: gone <= {r.key.decode() for r in recs if r.value is None})
    finally:
        assert worker.stop() == 0


def test_articles_sharing_a_message_key_do_not_retract_each_others_claims(
    kafka_settings: Settings, running_worker: Any
) -> None:
    # a producer keying by outlet: two articles, one key; each keeps its claims
    first = Article(id="outlet-a-1", body=_TOLL)
    second = Article(id="outlet-a-2", body=_REOPEN)
    with Publisher(kafka_settings) as publisher:
        publisher.send_raw(b"outlet-a", first.to_json()).get(timeout=30)
        publisher.send_raw(b"outlet-a", second.to_json()).get(timeout=30)
    wanted = {c.claim_id for a in (first, second) for c in extract(a).claims}
    records = read_until(kafka_settings, kafka_settings.topic_claims,
                         lambda recs: wanted <= {r.key.decode() for r in recs})
    records += quiet_for(kafka_settings, kafka_settings.topic_claims, 3.0)
    assert not any(r.value is None for r in records)
