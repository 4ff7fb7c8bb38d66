"""``claimwatch subscribe`` and ``replay`` as a user runs them, on the real broker."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.models import Claim
from pipeline.publish import Publisher
from pipeline.settings import Settings
from pipeline.topics import ensure_topics
from tests.articles import sample_article
from tests.streams import read_until

pytestmark = pytest.mark.kafka


def _run(settings: Settings, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **settings.to_env()}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], env=env, text=True,
                          capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)


def test_subscribe_prints_flagged_claims_as_json_lines(
    kafka_settings: Settings, running_worker: Any
) -> None:
    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    n = len(read_until(kafka_settings, kafka_settings.topic_flagged, lambda r: len(r) >= 2))

    proc = _run(kafka_settings, "subscribe", "--from-beginning", "--max-messages", str(n),
                "--idle-timeout", "30")

    assert proc.returncode == 0, proc.stderr
    claims = [Claim.model_validate(orjson.loads(line)) for line in proc.stdout.splitlines()]
    assert len(claims) == n and all(c.flagged for c in claims)
    assert f"tailing {kafka_settings.topic_flagged} from the beginning" in proc.stderr
    assert f"{n} record(s) read" in proc.stderr

    pretty = _run(kafka_settings, "subscribe", "--from-beginning", "-n", "1", "--format", "pretty")
    assert pretty.stdout.startswith("[") and "reasons:" in pretty.stdout


def test_replay_command_refuses_rewind_while_worker_runs(
    kafka_settings: Settings, running_worker: Any
) -> None:
    proc = _run(kafka_settings, "replay", "--from-beginning")
    assert proc.returncode == 1
    assert "live member" in proc.stderr and "--republish" in proc.stderr

    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    proc = _run(kafka_settings, "replay", "--from-beginning", "--republish")
    assert proc.returncode == 0, proc.stderr
    assert orjson.loads(proc.stdout) == {"mode": "republish", "copied": 1}
    assert "copied 1/1" in proc.stderr
    records = read_until(kafka_settings, kafka_settings.topic_articles, lambda r: len(r) >= 2)
    assert records[0].value == records[1].value and records[0].key == records[1].key


def test_subscribe_unknown_topic_is_a_clear_error(kafka_settings: Settings) -> None:
    proc = _run(kafka_settings, "subscribe", "--topic", "no-such-topic-here", "-n", "1")
    assert proc.returncode == 1
    assert "topic 'no-such-topic-here' does not exist" in proc.stderr


def test_subscribe_refuses_a_limit_of_no_records() -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, ["subscribe", "-n", "0"])
    assert result.exit_code == 2
    assert "0 is not in the range x>=1" in result.output


def test_replay_command_rewinds_a_stopped_group(
    kafka_settings: Settings, worker_factory: Any
) -> None:
    worker = worker_factory()
    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    read_until(kafka_settings, kafka_settings.topic_claims, lambda r: len(r) >= 1)
    worker.stop()

    wrong = _run(kafka_settings, "replay", "--from-beginning", "--topic", "elsewhere")
    assert wrong.returncode == 2 and "use --republish" in wrong.stderr

    proc = _run(kafka_settings, "replay", "--from-beginning")
    assert proc.returncode == 0, proc.stderr
    result = orjson.loads(proc.stdout)
    assert result["mode"] == "rewind" and result["group"] == kafka_settings.worker_group
    assert result["offsets"] == {str(p): 0 for p in range(kafka_settings.partitions)}
    assert "start the workers to reprocess" in proc.stderr

    # never forward: the group is at 0, so asking for 5 keeps it there, and says so (before:
    # "rewound ... from offsets 0:5" while it stayed at 0)
    ahead = _run(kafka_settings, "replay", "--offsets", "0:5")
    assert ahead.returncode == 0, ahead.stderr
    assert orjson.loads(ahead.stdout)["offsets"] == {"0": 0}
    assert "nothing to reprocess" in ahead.stderr and "already at 0:0" in ahead.stderr
    assert "partition(s) 0 kept where the group was" in ahead.stderr


def test_replay_republish_names_a_missing_input_topic_at_once(kafka_settings: Settings) -> None:
    # Before: a minute of "Topic … not found" errors, then a hint about the broker address.
    ensure_topics(kafka_settings)
    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    missing = kafka_settings.model_copy(update={"topic_articles": "nosuch-input"})
    proc = _run(missing, "replay", "--topic", kafka_settings.topic_articles, "--offsets", "0:0",
                "--republish", timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith(
        "Error: topic 'nosuch-input' does not exist (the input topic the copies go to")
    both = _run(kafka_settings, "replay", "--from-beginning", "--republish", "--group", "g")
    assert both.returncode == 2 and "--group has no use with --republish" in both.stderr


def test_replay_progress_off_a_terminal_is_whole_lines(
    kafka_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # before: "\rcopied N/M" into a log file, and "interrupted" glued to the same line
    for key, value in kafka_settings.to_env().items():
        monkeypatch.setenv(key, value)
    ensure_topics(kafka_settings)
    with Publisher(kafka_settings) as publisher:
        publisher.send(sample_article()).get(timeout=30)
    result = CliRunner().invoke(main, ["replay", "--from-beginning", "--republish"])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.stderr
    assert result.stderr.splitlines()[-2:] == [
        "copied 1/1", f"republished 1 record(s) from {kafka_settings.topic_articles} "
        f"from the beginning onto {kafka_settings.topic_articles}"]


def test_replay_without_a_start_is_a_usage_error() -> None:
    # before: exit 1 with no usage line, after probing the broker
    result = CliRunner().invoke(main, ["replay", "--bootstrap-servers", "127.0.0.1:9"])
    assert result.exit_code == 2
    assert "Usage: " in result.stderr and "--from-beginning, --since or --offsets" in result.stderr


@pytest.mark.parametrize("topic", ["claims", "claims.flagged", "articles.dlq"])
def test_replaying_a_sink_topic_is_refused_with_what_to_replay_instead(
        topic: str, kafka_settings: Settings) -> None:
    # Before: "-t claims" without --republish suggested --republish, which then refused it.
    for extra in ([], ["--republish"]):
        result = CliRunner().invoke(main, ["replay", "-b", kafka_settings.bootstrap_servers,
                                           "-t", topic, "--from-beginning", *extra])
        assert result.exit_code == 2
        assert "not articles: nothing there can be reprocessed" in result.output
        assert "use --republish" not in result.output


def test_subscribe_started_with_sigint_ignored_still_stops_on_it(kafka_settings: Settings) -> None:
    # Before: `claimwatch subscribe &` from a script inherits SIGINT ignored and never stopped
    import signal
    import time

    from pipeline.topics import ensure_topics

    ensure_topics(kafka_settings)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "subscribe"], env={**os.environ,
                                                          **kafka_settings.to_env()},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        deadline = time.monotonic() + 60
        assert proc.stderr is not None
        while "tailing" not in proc.stderr.readline() and time.monotonic() < deadline:
            pass
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) in (0, 130)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
