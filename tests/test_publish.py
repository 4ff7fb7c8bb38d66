"""Publishing on the real broker: keys, acks, and the documented rejection messages."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from kafka import KafkaConsumer

from pipeline.cli import main
from pipeline.models import Article
from pipeline.positions import partitions_of
from pipeline.settings import Settings
from pipeline.topics import ensure_topics
from tests.streams import read_until

pytestmark = pytest.mark.kafka


@pytest.fixture
def kafka_env(kafka_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The test broker's settings, also as CLAIMWATCH_* variables for in-process commands."""
    for key, value in kafka_settings.to_env().items():
        monkeypatch.setenv(key, value)
    return kafka_settings


def test_publish_command_sends_good_records_and_names_bad_ones(
    kafka_env: Settings, tmp_path: Path
) -> None:
    kafka_settings = kafka_env
    good = tmp_path / "good.txt"
    good.write_text("A headline\nOfficials said 12 people were hurt.", encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "j-1", "body": "Police said 3 cars burned."}\n{"id": "j-2"}\n')

    result = CliRunner().invoke(main, ["publish", str(good), str(batch), "--no-progress"])

    assert result.exit_code == 1, result.output
    assert f"{batch}:2: body: Field required" in result.stderr
    assert "sent 2, rejected 1" in result.stderr
    records = read_until(kafka_settings, kafka_settings.topic_articles, lambda r: len(r) >= 2)
    by_key = {r.key.decode(): Article.from_json(r.value) for r in records}
    assert by_key["j-1"].body == "Police said 3 cars burned."
    assert any(k.startswith("sha256-") for k in by_key)


def test_topics_are_created_with_explicit_partitions(kafka_settings: Settings) -> None:
    from kafka import KafkaConsumer

    created = ensure_topics(kafka_settings)
    assert kafka_settings.topic_articles in created
    assert ensure_topics(kafka_settings) == []
    consumer = KafkaConsumer(**kafka_settings.client_config())
    try:
        parts = partitions_of(consumer, kafka_settings.topic_claims)
        assert [p.partition for p in parts] == list(range(kafka_settings.partitions))
        assert [p.partition for p in partitions_of(consumer, kafka_settings.topic_dlq)] == [0]
    finally:
        consumer.close()


def test_publish_to_a_missing_topic_without_creating_it_fails_fast_with_one_line(
    kafka_settings: Settings, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("A headline\nOfficials said 12 people were hurt.", encoding="utf-8")
    topic = f"nosuch-{kafka_settings.topic_articles}"
    env = {**os.environ, **kafka_settings.to_env()}
    started = time.monotonic()
    # kafka-python's producer would retry the unknown topic for a minute, logging each try
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "publish", "--topic", topic, "--no-create-topics",
         str(article)],
        env=env, text=True, capture_output=True, timeout=40, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"Error: topic {topic!r} does not exist (create it, or drop --no-create-topics)"]
    assert time.monotonic() - started < 20


def test_publish_of_empty_stdin_is_an_error(kafka_settings: Settings) -> None:
    env = {**os.environ, **kafka_settings.to_env()}
    proc = subprocess.run([sys.executable, "-m", "pipeline", "publish", "-", "--no-progress"],
                          env=env, text=True, capture_output=True, timeout=60, input="")
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[-2:] == [
        "<stdin>: empty input: no article in it",
        f"sent 0, rejected 1 to {kafka_settings.topic_articles}"]


def test_an_article_too_large_is_rejected_and_the_rest_still_sent(
    kafka_env: Settings, tmp_path: Path
) -> None:
    # Before: kafka-python's MessageSizeTooLargeError ended the command at the big record,
    # so the records after it were never sent and no record was named.
    kafka_settings = kafka_env
    batch = tmp_path / "batch.jsonl"
    big = "Officials said the bridge fell. " * 60_000  # about 1.9 MB
    batch.write_text(
        '{"id": "s-1", "body": "Police said 3 cars burned."}\n'
        f'{{"id": "s-2", "body": "{big}"}}\n'
        '{"id": "s-3", "body": "Medics said 2 people were hurt."}\n', encoding="utf-8")

    result = CliRunner().invoke(main, ["publish", str(batch), "--no-progress"])

    assert result.exit_code == 1, result.output
    assert f"{batch}:2: article too large to publish" in result.stderr
    assert "sent 2, rejected 1" in result.stderr
    records = read_until(kafka_settings, kafka_settings.topic_articles, lambda r: len(r) >= 2)
    assert sorted(r.key.decode() for r in records) == ["s-1", "s-3"]


def test_ctrl_c_during_publish_prints_the_counts_and_exits_130(
    kafka_settings: Settings, tmp_path: Path
) -> None:
    # Before: "Aborted!" and exit status 1, with no word of the records already sent; and
    # the count could miss a record sent as Ctrl-C came.
    batch = tmp_path / "many.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for i in range(200_000):
            out.write(f'{{"id": "m-{i}", "body": "Police said {i} cars burned."}}\n')
    env = {**os.environ, **kafka_settings.to_env()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "publish", str(batch), "--progress"],
        env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL)
    try:
        read_until(kafka_settings, kafka_settings.topic_articles, lambda r: len(r) >= 1)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert out == ""  # the progress bar is drawn on stderr (before: a stray line on stdout)
    sent = int(re.search(r"^sent (\d+), rejected 0 to ", err, re.M).group(1))  # type: ignore[union-attr]
    assert f"interrupted: stopped after {batch}:" in err
    assert 0 < sent < 200_000
    consumer = KafkaConsumer(**kafka_settings.client_config())
    try:
        parts = partitions_of(consumer, kafka_settings.topic_articles)
        assert sum(consumer.end_offsets(parts).values()) == sent  # every record counted
    finally:
        consumer.close()


def test_a_stdin_stream_is_published_as_it_arrives_and_ctrl_c_keeps_what_was_read(
    kafka_settings: Settings,
) -> None:
    """``tail -f feed.jsonl | claimwatch publish -``: before, nothing was sent until the end
    of input, and Ctrl-C waited for the writer and then reported "sent 0"."""
    env = {**os.environ, **kafka_settings.to_env()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "publish", "-", "--no-progress"],
        env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        proc.stdin.write('{"id": "live-1", "body": "Police said two cars burned."}\n')
        proc.stdin.flush()  # the writer stays open, as tail -f does
        records = read_until(kafka_settings, kafka_settings.topic_articles,
                             lambda r: len(r) >= 1, timeout=60)
        assert [r.key.decode() for r in records] == ["live-1"]
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)  # communicate also closes stdin at the end
        assert out == ""
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "sent 1, rejected 0 to " in err
    assert "interrupted: stopped after <stdin>:1" in err


def test_progress_asked_for_off_a_terminal_is_plain_lines(
    kafka_env: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # before: --progress into a log file printed nothing (the bar needs a terminal)
    monkeypatch.setattr("pipeline.cli.publish_cmd._PLAIN_EVERY_S", 0.0)
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "p-1", "body": "Police said 3 cars burned."}\n'
                     '{"id": "p-2", "body": "Police said 4 cars burned."}\n')
    result = CliRunner().invoke(main, ["publish", str(batch), "--progress"])
    assert result.exit_code == 0, result.output
    assert f"publishing: 2 record(s) read, last {batch}:2" in result.stderr
    assert result.stdout == ""


def test_publish_names_the_articles_the_worker_will_skip_as_unsupported(
    kafka_env: Settings, tmp_path: Path
) -> None:
    # Before: sent silently; only the worker's own log said they were not extracted
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "en-1", "body": "Police said 3 cars burned in the city centre overnight."}\n'
        '{"id": "ru-1", "body": "Полиция сообщила, что ночью в центре города сгорели три '
        'машины."}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["publish", str(batch), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"{batch}:2: sent, but the worker will skip it as unsupported" in result.stderr
    assert f"{batch}:1:" not in result.stderr
