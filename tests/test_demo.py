"""The demo's own parts that need no broker."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from pathlib import Path

import pytest

from pipeline.dashboard.runner import SERVING_MESSAGE
from pipeline.demo import _child, _Interrupt, _WorkerNotes
from pipeline.settings import Settings


def test_kafka_client_noise_after_a_stop_is_dropped_and_the_rest_kept(
        caplog: pytest.LogCaptureFixture) -> None:
    # (an earlier test's command may have left the "kafka" logger at CRITICAL)
    caplog.set_level(logging.DEBUG, logger="kafka")
    interrupt = _Interrupt()
    with ExitStack() as stack:
        interrupt.install(stack)  # caplog's handler is one of the root logger's
        logging.getLogger("kafka.cluster").error("before the stop")
        interrupt.event.set()  # what the signal handler does on Ctrl-C
        logging.getLogger("kafka.cluster").error("Metadata refresh: failed Cancelled")
        logging.getLogger("pipeline.demo").error("still shown")
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["before the stop", "still shown"]


def test_the_dashboard_child_reports_ready_at_any_log_level(
        tmp_path: Path, unused_port: int) -> None:
    # Before: at --log-level WARNING the child never logged "serving at", so the demo said
    # the dashboard did not start although it served.
    settings = Settings(_env_file=None, home=tmp_path, log_level="WARNING",
                        dashboard_port=unused_port)
    child = _child(["dashboard"], settings, tmp_path / "dashboard.log")
    try:
        assert child.wait_for_log(SERVING_MESSAGE, timeout=60.0)
    finally:
        child.stop(20.0)


def test_the_workers_warnings_are_relayed_once_each_and_its_other_lines_not() -> None:
    # Was: a demo whose worker waited for a rebalance showed nothing for up to a minute; the
    # reason was only in demo-worker.log
    said: list[str] = []
    notes = _WorkerNotes(said.append)
    log = ("2026-12-08 05:00:00,001 INFO claimwatch.worker: claimwatch worker starting\n"
           "2026-12-08 05:00:15,002 WARNING claimwatch.worker: no partitions assigned after "
           "15 s: group g is still rebalancing\n"
           "2026-12-08 05:00:16,000 WARNING aiokafka.consumer: heartbeat failed\n"
           "2026-12-08 05:00:40,000 INFO claimwatch.worker: partitions assig")
    notes.say_new(log)
    notes.say_new(log + "ned: group g has finished rebalancing\n")
    assert said == ["worker: no partitions assigned after 15 s: group g is still rebalancing",
                    "worker: partitions assigned: group g has finished rebalancing"]
