"""Acks in offset order per partition, whatever order the deliveries finish in.

The worker extracts the next article while the broker is still acknowledging the records of
earlier ones, so deliveries finish out of order. faust commits acked offsets only up to a
gap, but its gap check has holes (a gap of one at the head, or any gap right after a
partition was reassigned, commits past an unacked message). Acking each partition's events
strictly in the order they were read keeps the acked offsets one contiguous run, so no
commit can pass an article whose records are not all written. (One case stays faust's: a
message it skips itself during a rebalance, which it acks on its own.)

>>> import asyncio
>>> acked = []
>>> async def ack(event):
...     acked.append(event)
>>> async def demo():
...     order = AckInOrder(ack)
...     first, second = order.track("p0", "e1"), order.track("p0", "e2")
...     await order.finish(second)  # e2's records are written first: e1 still blocks it
...     await order.finish(first)
...     return order.unacked
>>> asyncio.run(demo()), acked
(0, ['e1', 'e2'])
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any

__all__ = ["AckInOrder", "Slot"]


@dataclass(eq=False)
class Slot:
    """One event waiting for its records; acked once it and every earlier one are done."""

    key: Hashable
    event: Any
    done: bool = False


class AckInOrder:
    """Per-key (per partition) queues of events, acked from the head while done."""

    def __init__(self, ack: Callable[[Any], Awaitable[Any]]) -> None:
        self._ack = ack
        self._queues: dict[Hashable, deque[Slot]] = {}
        self._unacked = 0
        self._lock = asyncio.Lock()

    @property
    def unacked(self) -> int:
        """Events read but not acked yet (done or not)."""
        return self._unacked

    def track(self, key: Hashable, event: Any) -> Slot:
        """Note an event in read order; call :meth:`finish` with the slot when it is done."""
        slot = Slot(key, event)
        self._queues.setdefault(key, deque()).append(slot)
        self._unacked += 1
        return slot

    async def finish(self, slot: Slot) -> None:
        """Mark ``slot`` done, then ack its partition's done events from the head on."""
        slot.done = True
        queue = self._queues[slot.key]
        # One finisher at a time: were ``ack`` to yield, a second finisher could otherwise ack
        # a later event before the first one's ack completed.
        async with self._lock:
            while queue and queue[0].done:
                # Acked before it leaves the queue: should ``ack`` raise, the event is still
                # tracked as unacked rather than forgotten.
                await self._ack(queue[0].event)
                queue.popleft()
                self._unacked -= 1
