"""``claimwatch demo --once`` end to end on the test broker."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.settings import Settings

pytestmark = pytest.mark.kafka


def test_demo_once_prints_flagged_claims_and_stops_its_children(kafka_settings: Settings) -> None:
    env = {**os.environ, **kafka_settings.to_env()}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--once", "--no-dashboard", "--timeout", "150"],
        env=env, text=True, capture_output=True, timeout=240, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "37 drones" in proc.stdout
    assert "[unverified]" in proc.stdout or "[disputed]" in proc.stdout
    assert "published 4 article(s)" in proc.stderr
    assert "stopping the worker" in proc.stderr
    worker_log = kafka_settings.home / "logs" / "demo-worker.log"
    assert worker_log.exists()
