"""Aggregates over the flagged claims held: per-minute series and top-N breakdowns.

The server computes these (not the browser) so the figures are tested in Python and every
open page shows the same numbers. Inputs are ``(seen_ms, claim)`` pairs, where ``seen_ms``
is the Kafka timestamp of the first time a claim id was seen, so replays do not count twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pipeline.dashboard.views import reason_label
from pipeline.models import FLAGGED_STATUSES, Claim

__all__ = [
    "MINUTE_MS",
    "breakdown",
    "by_claimant",
    "by_outlet",
    "by_reason",
    "per_minute",
    "status_counts",
]

MINUTE_MS = 60_000
NO_CLAIMANT = "(no claimant)"
NO_OUTLET = "(unknown outlet)"
STATUSES = tuple(sorted(FLAGGED_STATUSES))

Seen = tuple[int, Claim]


def per_minute(held: Iterable[Seen], now_ms: int, minutes: int = 60) -> list[dict[str, Any]]:
    """Flagged claims per minute for the ``minutes`` up to ``now_ms``, split by status.

    Each bucket is ``{"t": minute start in ms, "<status>": count, ...}``; the last bucket
    holds the current minute. Claims outside the window are left out.
    """
    last = now_ms - now_ms % MINUTE_MS
    first = last - (minutes - 1) * MINUTE_MS
    buckets = [{"t": first + i * MINUTE_MS, **dict.fromkeys(STATUSES, 0)} for i in range(minutes)]
    for seen_ms, claim in held:
        if first <= seen_ms < last + MINUTE_MS and claim.status in STATUSES:
            buckets[(seen_ms - first) // MINUTE_MS][claim.status] += 1
    return buckets


def breakdown(
    held: Iterable[Seen], keys: Callable[[Claim], Sequence[str]], top: int = 8
) -> list[dict[str, Any]]:
    """Claims counted per key (a claim with two keys counts once under each), biggest first.

    Keys beyond ``top`` are summed into one ``other`` row so the total still adds up.
    """
    counts: dict[str, int] = {}
    for _, claim in held:
        for key in set(keys(claim)):
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    rows: list[dict[str, Any]] = [{"key": k, "label": k, "count": n} for k, n in ranked[:top]]
    rest = ranked[top:]
    if rest:
        rows.append(
            {"key": None, "label": f"other ({len(rest)})", "count": sum(n for _, n in rest)}
        )
    return rows


def by_reason(held: Iterable[Seen], top: int = 10) -> list[dict[str, Any]]:
    """Claims per reason code; labels are readable, keys stay the codes the filters use."""
    rows = breakdown(held, lambda c: [r.code for r in c.reasons] or ["(none)"], top)
    for row in rows:
        if row["key"] is not None and row["key"] != "(none)":
            row["label"] = reason_label(row["key"])
    return rows


def by_claimant(held: Iterable[Seen], top: int = 8) -> list[dict[str, Any]]:
    return breakdown(held, lambda c: [c.claimant.name if c.claimant else NO_CLAIMANT], top)


def by_outlet(held: Iterable[Seen], top: int = 8) -> list[dict[str, Any]]:
    return breakdown(held, lambda c: [c.outlet or NO_OUTLET], top)


def status_counts(held: Iterable[Seen]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for _, claim in held:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    return counts
