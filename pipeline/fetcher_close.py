"""A fix for aiokafka's ``Fetcher.close``, which fails when the broker has gone away.

While its broker is unreachable, aiokafka (0.14.0, the newest release) keeps fetch tasks
sleeping in their retry backoff. ``Fetcher.close`` cancels each one and awaits it, but a
task cancelled during that sleep raises ``CancelledError``, which ``close`` does not catch.
The error ends the faust consumer thread before it reports that it stopped, so a worker
stopped with Ctrl-C after losing its broker waited out mode's 60 s shutdown timeout and
logged the thread's traceback as about a hundred WARNING lines.

:func:`patch_fetcher_close` wraps ``close`` so that a cancelled fetch task counts as
stopped. The wrapper still raises ``CancelledError`` when it is ``close`` itself that is
being cancelled.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import Any

from aiokafka.consumer.fetcher import Fetcher

__all__ = ["patch_fetcher_close"]

_PATCHED = "_claimwatch_tolerates_cancelled_fetches"


def _tolerant(close: Callable[[Any], Awaitable[None]]) -> Callable[[Any], Awaitable[None]]:
    @functools.wraps(close)
    async def tolerant_close(self: Any) -> None:
        pending = list(self._pending_tasks)
        current = asyncio.current_task()
        # cancel requests already made of this task (close() may run in a finally after
        # one): only a new one means that close() itself is being cancelled
        before = current.cancelling() if current is not None else 0
        try:
            await close(self)
        except asyncio.CancelledError:
            # A fetch task was cancelled in its retry sleep, or close() itself was: either
            # way stop the fetch tasks close() had not reached yet, as it does the main one.
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            if current is not None and current.cancelling() > before:
                raise

    setattr(tolerant_close, _PATCHED, True)
    return tolerant_close


def patch_fetcher_close() -> None:
    """Make ``aiokafka``'s ``Fetcher.close`` tolerate cancelled fetch tasks (idempotent)."""
    if not getattr(Fetcher.close, _PATCHED, False):
        Fetcher.close = _tolerant(Fetcher.close)
