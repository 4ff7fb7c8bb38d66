"""Per-minute series and breakdowns over held flagged claims."""

from __future__ import annotations

from pipeline.dashboard.stats import (
    MINUTE_MS,
    breakdown,
    by_claimant,
    by_outlet,
    by_reason,
    per_minute,
    status_counts,
)
from pipeline.models import Claim
from tests.dashboard.factories import make_article, make_claim, sample_claims


def _flagged() -> list[Claim]:
    return [c for c in sample_claims(make_article()) if c.flagged]


def test_per_minute_puts_each_claim_in_its_minute_and_drops_the_rest() -> None:
    unverified, _, disputed = _flagged()
    now = 10 * MINUTE_MS + 30_000
    held = [
        (10 * MINUTE_MS, unverified),  # start of the current minute
        (10 * MINUTE_MS + 59_999, unverified),  # end of it
        (9 * MINUTE_MS + 1, disputed),
        (8 * MINUTE_MS - 1, disputed),  # just before the 3-minute window
        (11 * MINUTE_MS, disputed),  # in the future
    ]
    rows = per_minute(held, now, minutes=3)
    assert [r["t"] for r in rows] == [8 * MINUTE_MS, 9 * MINUTE_MS, 10 * MINUTE_MS]
    assert [(r["unverified"], r["disputed"], r["unattributed"]) for r in rows] == [
        (0, 0, 0),
        (0, 1, 0),
        (2, 0, 0),
    ]


def test_breakdowns_count_claims_once_per_key_biggest_first() -> None:
    claims = _flagged()
    doubled = make_claim(
        make_article(),
        "A local official said 37 drones were shot down in a single week, if confirmed.",
        "37 drones",
        reasons=[("conditional", "if confirmed"), ("conditional", "if confirmed")],
        claimant="A local official",
    )
    held = [(0, c) for c in [*claims, doubled]]
    reasons = {r["key"]: r["count"] for r in by_reason(held)}
    assert reasons == {"conditional": 2, "hedge": 1, "self_interested_source": 1, "disputed": 1}
    labels = {r["key"]: r["label"] for r in by_reason(held)}
    assert labels["self_interested_source"] == "self-interested source"
    claimants = by_claimant(held)
    assert claimants[0] == {"key": "A local official", "label": "A local official", "count": 2}
    assert by_outlet(held) == [{"key": "Example Wire", "label": "Example Wire", "count": 4}]
    assert status_counts(held) == {"disputed": 1, "unattributed": 0, "unverified": 3}


def test_breakdown_folds_the_tail_into_other_and_ties_sort_by_name() -> None:
    claims = _flagged()
    held = [(0, c) for c in claims]
    rows = breakdown(held, lambda c: [c.claimant.name if c.claimant else "-"], top=2)
    assert [r["key"] for r in rows] == ["A local official", "Kyiv", None]
    assert rows[-1] == {"key": None, "label": "other (1)", "count": 1}
    assert sum(r["count"] for r in rows) == len(claims)


def test_missing_claimant_and_outlet_have_their_own_rows() -> None:
    article = make_article(outlet=None)
    bare = make_claim(article, "However, the claim has yet to be independently verified.",
                      "the claim", reasons=[])  # fmt: skip
    held = [(0, bare)]
    assert by_claimant(held)[0]["key"] == "(no claimant)"
    assert by_outlet(held)[0]["key"] == "(unknown outlet)"
    assert by_reason(held)[0]["key"] == "(none)"


def _bare(status: str = "unverified", outlet: str | None = None) -> Claim:
    article = make_article(outlet=outlet)
    sentence = "However, the claim has yet to be independently verified."
    return make_claim(article, sentence, "the claim", status=status)


def test_per_minute_buckets_start_on_the_minute_and_end_with_the_current_one() -> None:
    held = [(60_000, _bare("disputed")), (125_000, _bare())]
    rows = per_minute(held, 130_000, 3)
    assert [(r["t"], r["disputed"], r["unverified"]) for r in rows] == [
        (0, 0, 0),
        (60_000, 1, 0),
        (120_000, 0, 1),
    ]


def test_breakdown_keeps_the_top_keys_and_sums_the_rest_into_other() -> None:
    held = [(0, _bare(outlet=name)) for name in "BAB"]
    assert breakdown(held, lambda c: [c.outlet or ""], top=1) == [
        {"key": "B", "label": "B", "count": 2},
        {"key": None, "label": "other (1)", "count": 1},
    ]
