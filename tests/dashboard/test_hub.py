"""Fan-out of events: every subscriber gets each frame; a slow one is cut off, not waited for."""

from __future__ import annotations

import asyncio

import orjson

from pipeline.dashboard.hub import CLOSE, Hub, encode_event


def test_every_subscriber_gets_every_frame_in_order() -> None:
    async def run() -> None:
        hub = Hub()
        subs = [hub.subscribe() for _ in range(3)]
        hub.publish("claims", [{"claim_id": "a"}])
        hub.publish("stats", {"held": 1})
        assert hub.clients == 3
        for sub in subs:
            assert sub.queue.get_nowait() == encode_event("claims", [{"claim_id": "a"}])
            assert sub.queue.get_nowait() == encode_event("stats", {"held": 1})
        hub.unsubscribe(subs[0])
        assert hub.clients == 2

    asyncio.run(run())


def test_a_subscriber_that_falls_behind_is_dropped_with_a_close_frame() -> None:
    async def run() -> None:
        hub = Hub(queue_size=2)
        slow, fast = hub.subscribe(), hub.subscribe()
        for i in range(3):
            hub.publish("claims", [i])
            fast.queue.get_nowait()
        assert slow.dropped and not fast.dropped
        assert hub.clients == 1 and hub.dropped == 1
        assert slow.queue.get_nowait() == CLOSE
        assert slow.queue.empty()

    asyncio.run(run())


def test_close_all_ends_every_stream_without_counting_drops() -> None:
    async def run() -> None:
        hub = Hub()
        subs = [hub.subscribe() for _ in range(2)]
        hub.close_all()
        assert hub.clients == 0 and hub.dropped == 0
        assert [s.queue.get_nowait() for s in subs] == [CLOSE, CLOSE]

    asyncio.run(run())


def test_event_data_is_one_line_even_with_newlines_in_the_text() -> None:
    frame = encode_event("claims", [{"text": "line one\nline two\r\n"}])
    head, data, *rest = frame.split(b"\n")
    assert head == b"event: claims"
    assert orjson.loads(data.removeprefix(b"data: ")) == [{"text": "line one\nline two\r\n"}]
    assert rest == [b"", b""]
