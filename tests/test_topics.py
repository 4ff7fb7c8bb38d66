"""Topic creation and growth against the real broker (`claimwatch topics`)."""

from __future__ import annotations

import os
import subprocess
import sys

from pipeline.settings import Settings
from pipeline.topics import ensure_topics, grow_partitions, partition_counts


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
