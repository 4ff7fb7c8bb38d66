"""Acks in offset order per partition (pipeline.ack_order), without a broker."""

from __future__ import annotations

import asyncio
import contextlib
import random

from pipeline.ack_order import AckInOrder


def _run(finish_order: list[int], keys: list[str]) -> tuple[list[int], int]:
    acked: list[int] = []

    async def ack(event: int) -> None:
        await asyncio.sleep(0)  # an ack that yields must not reorder the acks either
        acked.append(event)

    async def main() -> int:
        order = AckInOrder(ack)
        slots = [order.track(keys[i], i) for i in range(len(keys))]
        await asyncio.gather(*(order.finish(slots[i]) for i in finish_order))
        return order.unacked

    return acked, asyncio.run(main())


def test_each_partition_is_acked_in_read_order_whatever_finishes_first() -> None:
    keys = ["p0", "p1", "p0", "p1", "p0"]
    acked, unacked = _run([4, 3, 2, 1, 0], keys)
    assert unacked == 0 and sorted(acked) == [0, 1, 2, 3, 4]
    for key in ("p0", "p1"):
        mine = [e for e in acked if keys[e] == key]
        assert mine == sorted(mine)


def test_an_unfinished_event_holds_back_the_acks_after_it_in_its_partition_only() -> None:
    acked: list[int] = []

    async def ack(event: int) -> None:
        acked.append(event)

    async def main() -> int:
        order = AckInOrder(ack)
        slow, later, other = order.track("p0", 0), order.track("p0", 1), order.track("p1", 2)
        await order.finish(later)
        await order.finish(other)
        assert acked == [2] and order.unacked == 2  # 1 waits for 0; p1 is not held back
        await order.finish(slow)
        return order.unacked

    assert asyncio.run(main()) == 0
    assert acked == [2, 0, 1]


def test_random_finish_orders_keep_every_partition_in_order() -> None:
    rng = random.Random(7)
    for _ in range(200):
        keys = [rng.choice("abc") for _ in range(rng.randint(1, 30))]
        finish = list(range(len(keys)))
        rng.shuffle(finish)
        acked, unacked = _run(finish, keys)
        assert unacked == 0 and sorted(acked) == list(range(len(keys)))
        for key in set(keys):
            mine = [e for e in acked if keys[e] == key]
            assert mine == sorted(mine)


def test_faust_alone_would_commit_past_an_unacked_article() -> None:
    """Why AckInOrder exists: faust's next commit offset skips a gap of one at the head of
    the acked offsets, and any gap while nothing was committed yet (after an assignment).
    Should a faust release close these holes, this test fails and the class may go."""
    from types import SimpleNamespace

    from faust.transport.consumer import Consumer
    from faust.types import TP
    from intervaltree import IntervalTree

    tp = TP("articles", 0)

    def next_commit(committed: int | None, acked: list[int]) -> int | None:
        consumer = SimpleNamespace(_acked={tp: list(acked)}, _gap={tp: IntervalTree()},
                                   _committed_offset={tp: committed},
                                   _acked_index={tp: set(acked)})
        result: int | None = Consumer._new_offset(consumer, tp)
        return result

    assert next_commit(31, [32, 33]) == 34  # offset 31 was read but never acked
    assert next_commit(None, [5, 6]) == 7  # offsets 0-4 were read but never acked
    assert next_commit(31, [33, 34]) is None  # a wider gap is respected


def test_an_ack_that_waits_does_not_let_a_later_event_overtake_it() -> None:
    acked: list[int] = []

    async def ack(event: int) -> None:
        await asyncio.sleep(0.02 if event == 0 else 0)  # the first ack is slow
        acked.append(event)

    async def main() -> None:
        order = AckInOrder(ack)
        first, second = order.track("p0", 0), order.track("p0", 1)
        await asyncio.gather(order.finish(first), order.finish(second))

    asyncio.run(main())
    assert acked == [0, 1]


def test_an_ack_that_raises_leaves_its_event_unacked_and_tracked() -> None:
    calls: list[int] = []

    async def ack(event: int) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("broker gone")

    async def main() -> tuple[int, int]:
        order = AckInOrder(ack)
        slot = order.track("p0", 0)
        with contextlib.suppress(RuntimeError):
            await order.finish(slot)
        before = order.unacked
        await order.finish(order.track("p0", 1))  # the next finish acks 0 again, then 1
        return before, order.unacked

    assert asyncio.run(main()) == (1, 0)
    assert calls == [0, 0, 1]
