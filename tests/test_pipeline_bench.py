"""The end-to-end benchmark runs on the real broker and reports consistent figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from kafka.admin import KafkaAdminClient

from pipeline import pipeline_bench
from pipeline.settings import Settings

pytestmark = pytest.mark.kafka


def test_bench_pipeline_reports_figures_for_every_article(kafka_settings: Settings) -> None:
    env = {**os.environ, **kafka_settings.to_env()}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "bench", "pipeline", "--articles", "5", "--runs", "1",
         "--json"],
        env=env, text=True, capture_output=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = orjson.loads(proc.stdout.splitlines()[-1])
    assert figures["articles"] == 5 and figures["workers"] == 1
    assert figures["claims_per_run"] > 0 and figures["claims_per_run"] % 5 == 0
    assert figures["end_to_end_articles_per_s"] > 0
    assert figures["latency_p95_ms"] >= figures["latency_median_ms"] >= 0
    assert figures["machine"]["cores"] >= 1
    # Before: faust's leader topic and the worker group were left behind by every run.
    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:
        left = [t for t in admin.list_topics() if t.startswith("bench-")]
        groups = [g["group_id"] for g in admin.list_groups() if g["group_id"].startswith("bench-")]
    finally:
        admin.close()
    assert left == [] and groups == []


def test_ctrl_c_while_workers_start_stops_every_worker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: an interrupt while waiting for the first worker left them all running.
    started: list[_Child] = []

    class _Child:
        log_path = tmp_path / "w.log"

        def __init__(self, *args: object, **kwargs: object) -> None:
            self.stopped = False
            started.append(self)

        def wait_for_log(self, message: str, timeout: float) -> bool:
            raise KeyboardInterrupt

        def terminate(self) -> None:
            pass

        def stop(self, timeout: float = 20.0) -> None:
            self.stopped = True

    monkeypatch.setattr(pipeline_bench, "ClaimwatchChild", _Child)
    with pytest.raises(KeyboardInterrupt):
        pipeline_bench._start_workers(Settings(_env_file=None), 3, tmp_path)
    assert len(started) == 3 and all(c.stopped for c in started)
