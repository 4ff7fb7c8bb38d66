"""`claimwatch worker` start-up checks (the stream itself is tested in tests/test_worker.py)."""

from __future__ import annotations

import os
import subprocess
import sys
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
