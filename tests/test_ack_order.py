"""Acks in offset order per partition (pipeline.ack_order), without a broker."""

from __future__ import annotations

import asyncio
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
