"""``claimwatch demo --once`` end to end on the test broker."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.settings import Settings


@pytest.mark.kafka
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


def test_demo_with_an_unreachable_remote_broker_fails_fast_and_clearly(unused_port: int) -> None:
    env = {**os.environ, "CLAIMWATCH_BOOTSTRAP_SERVERS": f"127.0.0.1:{unused_port}"}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--once"],
        env=env, text=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert f"no Kafka broker answers at 127.0.0.1:{unused_port}" in proc.stderr
