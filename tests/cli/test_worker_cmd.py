"""`claimwatch worker` start-up checks (the stream itself is tested in tests/test_worker.py)."""

from __future__ import annotations

import os
import subprocess
import sys

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
