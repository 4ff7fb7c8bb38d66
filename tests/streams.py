"""Reading topics back in tests, with a deadline instead of a hang."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pipeline.positions import StartAt
from pipeline.settings import Settings
from pipeline.subscribe import tail


def read_until(
    settings: Settings,
    topic: str,
    done: Callable[[list[Any]], bool],
    timeout: float = 60.0,
) -> list[Any]:
    """All records of ``topic`` from the beginning, once ``done(records)`` holds.

    Fails the test with what was read when the deadline passes first.
    """
    got: list[Any] = []
    deadline = time.monotonic() + timeout
    for record in tail(settings, topic, StartAt(earliest=True), heartbeat=True):
        if record is not None:
            got.append(record)
        if done(got):
            return got
        if time.monotonic() > deadline:
            break
    raise AssertionError(f"timed out after {timeout}s on {topic}; read {len(got)} record(s)")


def quiet_for(settings: Settings, topic: str, seconds: float) -> list[Any]:
    """Everything on ``topic`` once it has had no new record for ``seconds``."""
    got: list[Any] = []
    last = time.monotonic()
    for record in tail(settings, topic, StartAt(earliest=True), heartbeat=True):
        if record is not None:
            got.append(record)
            last = time.monotonic()
        elif time.monotonic() - last > seconds:
            return got
    return got
