"""Tail a topic: every record from a start position on, until stopped or a limit is hit.

The subscriber assigns itself all partitions instead of joining a consumer group, so any
number of people can tail the same topic without taking records from each other or from
the dashboard.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from kafka import KafkaConsumer

from pipeline.models import Claim
from pipeline.positions import StartAt, partitions_of, seek
from pipeline.settings import Settings

__all__ = ["Limits", "format_pretty", "tail"]


@dataclass(frozen=True)
class Limits:
    """When a tail stops by itself: after ``max_messages``, or ``idle_timeout`` s of quiet."""

    max_messages: int | None = None
    idle_timeout: float | None = None


def tail(
    settings: Settings,
    topic: str,
    start: StartAt,
    limits: Limits = Limits(),
    stop: threading.Event | None = None,
    heartbeat: bool = False,
) -> Iterator[Any]:
    """Yield kafka-python ``ConsumerRecord``s of ``topic`` from ``start`` on.

    With ``heartbeat``, also yield ``None`` after each quiet poll (a quarter second), so a
    caller can keep its own clock without a thread.
    """
    consumer = KafkaConsumer(
        **settings.client_config(client_id="claimwatch-subscribe", group_id=None),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    try:
        seek(consumer, partitions_of(consumer, topic), start)
        seen = 0
        last = time.monotonic()
        while not (stop and stop.is_set()):
            batches = consumer.poll(timeout_ms=250)
            for records in batches.values():
                for record in records:
                    yield record
                    seen += 1
                    if limits.max_messages is not None and seen >= limits.max_messages:
                        return
            if batches:
                last = time.monotonic()
                continue
            if limits.idle_timeout is not None and time.monotonic() - last > limits.idle_timeout:
                return
            if heartbeat:
                yield None
    finally:
        consumer.close()


def format_pretty(value: bytes) -> str:
    """A claim as one readable line (other records as indented JSON)."""
    try:
        claim = Claim.from_json(value)
    except ValueError:
        try:
            return orjson.dumps(orjson.loads(value), option=orjson.OPT_INDENT_2).decode()
        except orjson.JSONDecodeError:
            return value.decode("utf-8", "replace")
    # "(no claimant)", not "(unattributed)": that is a status, and "[disputed] (unattributed)"
    # read as two verdicts
    who = claim.claimant.name if claim.claimant else "(no claimant)"
    if claim.claimant and claim.claimant.via:
        who += " via " + ", ".join(r.name for r in claim.claimant.via)
    if claim.denied:  # the text is what the claimant denies, not what it asserts
        who += " (denies)"
    reasons = "; ".join(f'{r.code} "{r.cue}"' for r in claim.reasons) or "-"
    return (
        f"[{claim.status}] {who}: {claim.text}\n"
        f"    reasons: {reasons}\n"
        f"    article: {claim.article_id}  claim: {claim.claim_id}  "
        f"score: {claim.checkworthiness:.2f}"
    )
