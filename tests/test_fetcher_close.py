"""aiokafka's fetcher closes even when its fetch tasks were cancelled in their retry sleep."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka.consumer.fetcher import Fetcher

from pipeline.broker import LocalBroker
from pipeline.fetcher_close import patch_fetcher_close
from pipeline.settings import Settings
from tests.conftest import WorkerProcess


def _fetcher_with(pending: set[asyncio.Task[Any]]) -> Any:
    """A Fetcher with only what ``close`` touches: its main task, waiters, pending fetches."""
    fetcher: Any = Fetcher.__new__(Fetcher)
    fetcher._fetch_task = asyncio.ensure_future(asyncio.sleep(60))
    fetcher._fetch_waiters = set()
    fetcher._pending_tasks = pending
    return fetcher


async def _close_with_fetches_in_retry_sleep() -> list[asyncio.Task[Any]]:
    sleeping = [asyncio.ensure_future(asyncio.sleep(60)) for _ in range(3)]
    await asyncio.sleep(0)  # let them reach their sleep, as a fetch in its backoff does
    await _fetcher_with(set(sleeping)).close()
    return sleeping


@pytest.fixture
def patched() -> Iterator[None]:
    """``Fetcher.close`` patched for one test, then as it was (other tests use aiokafka)."""
    original = Fetcher.close
    patch_fetcher_close()
    try:
        yield
    finally:
        Fetcher.close = original  # type: ignore[method-assign]


def test_close_stops_every_fetch_task_cancelled_in_its_retry_sleep(patched: None) -> None:
    patch_fetcher_close()  # idempotent: the original close is wrapped once
    wrapped: Any = Fetcher.close
    assert not hasattr(wrapped.__wrapped__, "__wrapped__")
    tasks = asyncio.run(_close_with_fetches_in_retry_sleep())
    assert all(task.cancelled() for task in tasks)


def test_unpatched_close_raises_which_is_the_bug_being_fixed() -> None:
    original = getattr(Fetcher.close, "__wrapped__", Fetcher.close)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Fetcher, "close", original)
        with pytest.raises(asyncio.CancelledError):
            asyncio.run(_close_with_fetches_in_retry_sleep())


def test_close_in_a_finally_after_a_cancel_still_stops_every_fetch(patched: None) -> None:
    # mode closes the consumer in a finally of a task that may have been cancelled before:
    # that earlier request is no cancel of close() itself.
    async def scenario() -> list[asyncio.Task[Any]]:
        sleeping: list[asyncio.Task[Any]] = []

        async def stopping() -> None:
            try:
                await asyncio.sleep(60)
            except asyncio.CancelledError:
                pass  # swallowed, as older libraries do, without uncancel()
            finally:
                sleeping.extend(asyncio.ensure_future(asyncio.sleep(60)) for _ in range(3))
                await asyncio.sleep(0)
                await _fetcher_with(set(sleeping)).close()

        task = asyncio.ensure_future(stopping())
        await asyncio.sleep(0)
        task.cancel()
        await task
        return sleeping

    assert all(t.cancelled() for t in asyncio.run(scenario()))


def test_close_itself_cancelled_is_still_cancelled(patched: None) -> None:
    async def scenario() -> None:
        async def slow_to_stop() -> None:
            try:
                await asyncio.sleep(60)
            except asyncio.CancelledError:
                await asyncio.sleep(60)  # a fetch that takes its time to wind down

        fetch = asyncio.ensure_future(slow_to_stop())
        await asyncio.sleep(0)
        closing = asyncio.ensure_future(_fetcher_with({fetch}).close())
        await asyncio.sleep(0.05)
        closing.cancel()
        with pytest.raises(asyncio.CancelledError):
            await closing
        fetch.cancel()

    asyncio.run(scenario())


@pytest.mark.kafka
def test_a_worker_that_lost_its_broker_stops_at_once_on_ctrl_c(
    tmp_path: Path, unused_ports: Callable[[int], list[int]], kafka_jar_cache: Path
) -> None:
    # Before: the worker waited out mode's 60 s shutdown timeout and logged the consumer
    # thread's traceback as about a hundred WARNING lines.
    port, controller_port = unused_ports(2)
    settings = Settings(_env_file=None, home=tmp_path / "home", broker_port=port,
                        broker_controller_port=controller_port)
    broker = LocalBroker(settings, jar_root=kafka_jar_cache, die_with_parent=True)
    worker: WorkerProcess | None = None
    try:
        broker.start()
        worker = WorkerProcess(settings, tmp_path / "worker.log")
        worker.wait_ready()
        # faust's own line: partitions assigned, so the fetcher is running
        assert worker.wait_for_log("[^Worker]: Ready", 60), worker.log_text()[-3000:]
        broker.stop()
        assert worker.wait_for_log("Failed fetch messages", 30), worker.log_text()[-3000:]
        worker.proc.send_signal(signal.SIGINT)
        try:
            status = worker.proc.wait(30)
        except subprocess.TimeoutExpired:
            pytest.fail("worker still stopping 30 s after Ctrl-C:\n" + worker.log_text()[-3000:])
        log = worker.log_text()
        assert status == 0, log[-3000:]
        assert "Traceback" not in log and "Error while stopping child" not in log, log[-3000:]
    finally:
        if worker is not None:
            worker.stop(grace=5)
        broker.stop()
