"""The end-to-end benchmark runs on the real broker and reports consistent figures."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest
from kafka.admin import KafkaAdminClient

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
