"""Fan-out of Server-Sent Events to every open page.

Each event is encoded once and queued to every subscriber. A page that cannot keep up
(its queue is full) is dropped rather than slowing the others down or growing memory;
its browser reconnects by itself and gets a fresh snapshot, so nothing is lost for good.

>>> hub = Hub()
>>> sub = hub.subscribe()
>>> hub.publish("claims", [{"claim_id": "c-1"}])
>>> sub.queue.get_nowait()
b'event: claims\\ndata: [{"claim_id":"c-1"}]\\n\\n'
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import orjson

__all__ = ["CLOSE", "Hub", "Subscriber", "encode_event"]

#: Queued to a subscriber to tell its stream to end.
CLOSE = b""


def encode_event(event: str, data: Any) -> bytes:
    """One SSE frame. orjson never emits a raw newline, so ``data`` stays one line."""
    return b"event: " + event.encode("ascii") + b"\ndata: " + orjson.dumps(data) + b"\n\n"


@dataclass(eq=False)
class Subscriber:
    queue: asyncio.Queue[bytes]
    dropped: bool = False


class Hub:
    def __init__(self, queue_size: int = 256) -> None:
        self.queue_size = queue_size
        self._subscribers: set[Subscriber] = set()
        self.dropped = 0  # subscribers cut off for falling behind, for the metrics

    @property
    def clients(self) -> int:
        return len(self._subscribers)

    def subscribe(self) -> Subscriber:
        sub = Subscriber(asyncio.Queue(self.queue_size))
        self._subscribers.add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        self._subscribers.discard(sub)

    def publish(self, event: str, data: Any) -> None:
        frame = encode_event(event, data)
        for sub in list(self._subscribers):
            try:
                sub.queue.put_nowait(frame)
            except asyncio.QueueFull:
                self._drop(sub)

    def close_all(self) -> None:
        """End every stream (on shutdown), so no request handler is left waiting."""
        for sub in list(self._subscribers):
            self._drop(sub, slow=False)

    def _drop(self, sub: Subscriber, *, slow: bool = True) -> None:
        self._subscribers.discard(sub)
        sub.dropped = slow
        self.dropped += slow
        while not sub.queue.empty():  # what it missed comes back with the next snapshot
            sub.queue.get_nowait()
        sub.queue.put_nowait(CLOSE)
