"""`claimwatch worker` start-up checks (the stream itself is tested in tests/test_worker.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.settings import Settings


def test_worker_without_topics_and_no_create_topics_is_a_clear_error(
    kafka_settings: Settings,
) -> None:
    env = {**os.environ, **kafka_settings.to_env()}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "worker", "--no-create-topics"],
        env=env, text=True, capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert f"topic(s) {kafka_settings.topic_articles}, " in proc.stderr
    assert "run `claimwatch topics`" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_bad_parties_file_stops_the_worker_before_it_touches_kafka(tmp_path: Path) -> None:
    parties = tmp_path / "parties.json"
    parties.write_text("[]")
    # nothing listens on port 1: the check must come before any connection attempt
    env = {**os.environ, "CLAIMWATCH_PARTIES_FILE": str(parties),
           "CLAIMWATCH_BOOTSTRAP_SERVERS": "127.0.0.1:1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "worker"],
        env=env, text=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert f"CLAIMWATCH_PARTIES_FILE: {parties}: not a claimwatch-parties/1 file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_worker_waits_for_its_broker_saying_so_and_stops_cleanly_on_ctrl_c(
    unused_port: int, tmp_path: Path
) -> None:
    env = {**os.environ, "CLAIMWATCH_BOOTSTRAP_SERVERS": f"127.0.0.1:{unused_port}"}
    err = tmp_path / "stderr.txt"
    with err.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "worker"],
            env=env, stdout=subprocess.DEVNULL, stderr=stderr, stdin=subprocess.DEVNULL,
        )
    waiting = (f"no Kafka broker answers at 127.0.0.1:{unused_port} (nothing listens there: "
               "Connection refused); retrying in 2s")
    try:
        deadline = time.monotonic() + 30
        while waiting not in err.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, err.read_text()
            time.sleep(0.2)
        assert waiting in err.read_text()
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    text = err.read_text()
    assert code == 0, text  # as a running worker stopped by Ctrl-C
    assert "Aborted!" not in text and "Traceback" not in text
    assert not [line for line in text.splitlines() if " kafka." in line], text


def test_a_group_faust_cannot_name_topics_after_is_a_usage_error() -> None:
    # Before: a faust traceback (InvalidTopicError on "bad group-__assignor-__leader").
    proc = subprocess.run([sys.executable, "-m", "pipeline", "worker", "--group", "bad group"],
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "'bad group' cannot be a worker group" in proc.stderr
