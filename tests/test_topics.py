"""Topic creation and growth against the real broker (`claimwatch topics`)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.settings import Settings
from pipeline.topics import ensure_topics, grow_partitions, match_changelog, partition_counts


def _topics_cmd(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **settings.to_env()}
    return subprocess.run([sys.executable, "-m", "pipeline", "topics", *args], env=env,
                          text=True, capture_output=True, timeout=120, stdin=subprocess.DEVNULL)


def test_topics_shows_the_real_partition_count_and_grows_only_when_asked(
    kafka_settings: Settings,
) -> None:
    ensure_topics(kafka_settings)  # with the default 3 partitions
    more = kafka_settings.model_copy(update={"partitions": 5})

    proc = _topics_cmd(more)
    assert proc.returncode == 0, proc.stderr
    assert f"{more.topic_articles}\tpartitions=3\texists" in proc.stdout.splitlines()
    assert "fewer than the 5 configured" in proc.stderr and "--grow" in proc.stderr

    proc = _topics_cmd(more, "--grow")
    assert proc.returncode == 0, proc.stderr
    assert f"{more.topic_articles}\tpartitions=5\tgrown" in proc.stdout.splitlines()
    assert f"{more.topic_dlq}\tpartitions=1\texists" in proc.stdout.splitlines()  # stays at 1
    assert "fewer than" not in proc.stderr
    counts = partition_counts(more, [more.topic_articles, more.topic_claims, more.topic_dlq])
    assert counts == {more.topic_articles: 5, more.topic_claims: 5, more.topic_dlq: 1}
    assert grow_partitions(more) == {}  # nothing left to grow


def _changelog_of(settings: Settings, partitions: int) -> str:
    """Claimwatch's topics, and the worker group's changelog topic made by hand."""
    from kafka.admin import KafkaAdminClient, NewTopic

    ensure_topics(settings)
    changelog = f"{settings.worker_group}-published-claims-changelog"
    admin = KafkaAdminClient(**settings.client_config())
    try:
        admin.create_topics([NewTopic(changelog, partitions, 1)])
    finally:
        admin.close()
    return changelog


def test_the_workers_changelog_grows_with_the_articles_topic(kafka_settings: Settings) -> None:
    changelog = _changelog_of(kafka_settings, partitions=1)  # articles: 3 partitions
    assert match_changelog(kafka_settings, "published-claims") == 3
    assert partition_counts(kafka_settings, [changelog]) == {changelog: 3}
    # no changelog yet (a new group): nothing is made, the count is the articles topic's
    other = kafka_settings.model_copy(update={"worker_group": "fresh-group"})
    assert match_changelog(other, "published-claims") == 3
    assert partition_counts(other, ["fresh-group-published-claims-changelog"]) == {}


def test_a_topic_the_first_listing_missed_is_still_counted(
    kafka_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Metadata of a topic created a moment ago may lag: the listing is asked again."""
    from kafka.admin import KafkaAdminClient

    ensure_topics(kafka_settings)
    real = KafkaAdminClient.list_topics
    calls = {"n": 0}

    def lagging(self: KafkaAdminClient) -> list[str]:
        calls["n"] += 1
        names = real(self)
        return [n for n in names if n != kafka_settings.topic_dlq] if calls["n"] == 1 else names

    monkeypatch.setattr(KafkaAdminClient, "list_topics", lagging)
    assert partition_counts(kafka_settings, [kafka_settings.topic_dlq]) == {
        kafka_settings.topic_dlq: 1}


def test_a_replication_factor_above_the_cluster_size_is_named_as_such(
    kafka_settings: Settings,
) -> None:
    # Before: a 900-character protocol dump that blamed the connection settings
    proc = _topics_cmd(kafka_settings.model_copy(update={"replication_factor": 3}))
    assert proc.returncode == 1
    assert "CLAIMWATCH_REPLICATION_FACTOR=3 but the cluster" in proc.stderr
    assert "has 1 broker(s)" in proc.stderr and "CreateTopicsRequest" not in proc.stderr


def test_a_changelog_grown_meanwhile_by_another_worker_is_no_error(
    kafka_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kafka.admin import KafkaAdminClient
    from kafka.errors import InvalidPartitionsError

    _changelog_of(kafka_settings, partitions=1)

    def raced(self: KafkaAdminClient, *args: object, **kwargs: object) -> None:
        raise InvalidPartitionsError("Topic already has 3 partitions.")

    monkeypatch.setattr(KafkaAdminClient, "create_partitions", raced)
    assert match_changelog(kafka_settings) == 3


def test_a_changelog_with_more_partitions_than_the_articles_is_named(
    kafka_settings: Settings,
) -> None:
    _changelog_of(kafka_settings, partitions=5)  # articles: 3 partitions
    with pytest.raises(ValueError, match="has 5 partitions"):
        match_changelog(kafka_settings)
