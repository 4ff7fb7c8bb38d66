"""The demo's own parts that need no broker."""

from __future__ import annotations

import logging
from contextlib import ExitStack

import pytest

from pipeline.demo import _Interrupt


def test_kafka_client_noise_after_a_stop_is_dropped_and_the_rest_kept(
        caplog: pytest.LogCaptureFixture) -> None:
    interrupt = _Interrupt()
    with ExitStack() as stack:
        interrupt.install(stack)  # caplog's handler is one of the root logger's
        logging.getLogger("kafka.cluster").error("before the stop")
        interrupt.event.set()  # what the signal handler does on Ctrl-C
        logging.getLogger("kafka.cluster").error("Metadata refresh: failed Cancelled")
        logging.getLogger("pipeline.demo").error("still shown")
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["before the stop", "still shown"]
