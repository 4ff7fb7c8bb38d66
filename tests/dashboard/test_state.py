"""The dashboard's memory: replays update in place, every store stays bounded."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from pipeline.dashboard.state import DashboardState, FeedRecord, Role
from pipeline.models import Article, Claim
from tests.dashboard.factories import make_article, sample_claims

_offsets = iter(range(1_000_000))


def rec(role: Role, key: str, value: bytes | None, ts: int = 1000) -> FeedRecord:
    return FeedRecord(role, f"topic-{role}", 0, next(_offsets), ts, key.encode(), value)


def as_json(value: Any) -> Any:
    """What the page receives (views are pre-serialised fragments)."""
    return orjson.loads(orjson.dumps(value))


def flagged_claims() -> list[Claim]:
    return [c for c in sample_claims(make_article()) if c.flagged]


def test_flagged_claims_become_feed_upserts_with_their_first_seen_time() -> None:
    state = DashboardState()
    claims = flagged_claims()
    changes = state.apply(
        [rec("flagged", c.claim_id, c.to_json(), ts=100 + i) for i, c in enumerate(claims)]
    )
    assert [c.claim_id for c in changes] == [c.claim_id for c in claims]
    assert all(c.kind == "upsert" and c.held is not None for c in changes)
    assert [h.seen_ms for h in state.claims()] == [100, 101, 102]


def test_a_replay_updates_in_place_and_never_duplicates() -> None:
    state = DashboardState()
    claims = flagged_claims()
    state.apply([rec("flagged", c.claim_id, c.to_json(), ts=100) for c in claims])
    changed = claims[0].model_copy(update={"checkworthiness": 0.99})
    changes = state.apply(
        [rec("flagged", c.claim_id, c.to_json(), ts=900) for c in [changed, *claims[1:]]]
    )
    assert len(state.claims()) == len(claims)
    assert [h.claim.claim_id for h in state.claims()] == [c.claim_id for c in claims]  # same order
    first = state.claims()[0]
    assert (first.seen_ms, first.updated_ms, first.revisions) == (100, 900, 2)
    assert first.claim.checkworthiness == 0.99
    assert as_json(first.view_json())["checkworthiness"] == 0.99  # the cached view was renewed
    assert len(changes) == len(claims)
    snapshot = as_json(state.snapshot(limit=100, now_ms=1000))
    assert sorted(v["claim_id"] for v in snapshot["claims"]) == sorted(c.claim_id for c in claims)


def test_one_batch_yields_one_change_per_claim_the_latest() -> None:
    state = DashboardState()
    claim = flagged_claims()[0]
    newer = claim.model_copy(update={"checkworthiness": 0.1})
    changes = state.apply(
        [
            rec("flagged", claim.claim_id, claim.to_json()),
            rec("flagged", claim.claim_id, newer.to_json()),
        ]
    )
    assert len(changes) == 1
    assert changes[0].held is not None
    assert as_json(changes[0].held.view_json())["checkworthiness"] == 0.1


def test_capacity_evicts_the_oldest_claims() -> None:
    state = DashboardState(capacity=2)
    claims = flagged_claims()
    state.apply([rec("flagged", c.claim_id, c.to_json()) for c in claims])
    assert [h.claim.claim_id for h in state.claims()] == [c.claim_id for c in claims[1:]]
    assert state.counts()["claims_held"] == 2


def test_a_tombstone_removes_a_flagged_claim() -> None:
    state = DashboardState()
    claim = flagged_claims()[0]
    state.apply([rec("flagged", claim.claim_id, claim.to_json())])
    changes = state.apply([rec("flagged", claim.claim_id, None)])
    assert [(c.kind, c.claim_id) for c in changes] == [("remove", claim.claim_id)]
    assert state.claims() == []
    assert state.apply([rec("flagged", "unknown", None)]) == []


def test_undecodable_records_are_counted_and_skipped() -> None:
    state = DashboardState()
    changes = state.apply(
        [
            rec("flagged", "x", b"not json"),
            rec("claims", "y", b'{"claim_id": 1}'),
            rec("articles", "z", b"[]"),
        ]
    )
    assert changes == []
    assert state.decode_errors == {"topic-flagged": 1, "topic-claims": 1, "topic-articles": 1}


def test_totals_count_distinct_claims_and_flags_across_replays() -> None:
    state = DashboardState()
    claims = sample_claims(make_article())
    for _ in range(2):  # a replay of the claims topic
        state.apply([rec("claims", c.claim_id, c.to_json()) for c in claims])
    totals = state.stats(now_ms=0)["totals"]
    assert totals["claims"] == len(claims)
    assert totals["flagged"] == sum(c.flagged for c in claims)
    unflagged = claims[0].model_copy(update={"flagged": False, "status": "corroborated"})
    state.apply([rec("claims", unflagged.claim_id, unflagged.to_json())])
    assert state.stats(now_ms=0)["totals"]["flagged"] == sum(c.flagged for c in claims) - 1


def test_totals_are_bounded_and_stay_consistent_when_evicting() -> None:
    state = DashboardState(totals_capacity=2)
    claims = sample_claims(make_article())  # flagged, flagged, flagged, not flagged
    state.apply([rec("claims", c.claim_id, c.to_json()) for c in claims])
    totals = state.stats(now_ms=0)["totals"]
    assert totals["claims"] == 2
    assert totals["flagged"] == sum(c.flagged for c in claims[-2:])


def _article(i: int, size: int = 10) -> Article:
    return make_article(f"a{i}", "x" * size)


def test_article_bodies_are_an_lru_bounded_by_count_and_characters() -> None:
    state = DashboardState(article_capacity=2, article_chars=25)
    state.apply([rec("articles", f"a{i}", _article(i).to_json()) for i in range(2)])
    assert state.article("a0") is not None  # reading a0 makes a1 the least recently used
    state.apply([rec("articles", "a2", _article(2).to_json())])
    assert state.article("a1") is None
    assert state.article("a0") is not None and state.article("a2") is not None
    state.apply([rec("articles", "a3", _article(3, size=20).to_json())])
    counts = state.counts()
    assert counts["article_chars_held"] <= 25
    assert state.article("a3") is not None
    assert state.stats(now_ms=0)["totals"]["articles"] == 4


def test_article_view_joins_the_body_with_claims_from_both_topics() -> None:
    state = DashboardState()
    article = make_article()
    claims = sample_claims(article)
    assert state.article(article.id) is None
    state.apply([rec("flagged", claims[0].claim_id, claims[0].to_json())])
    without_body = state.article(article.id)
    assert without_body is not None and without_body["available"] is False
    state.apply([rec("articles", article.id, article.to_json())])
    state.apply([rec("claims", c.claim_id, c.to_json()) for c in claims])
    view = state.article(article.id)
    assert view is not None and view["available"] is True
    assert sorted(c["claim_id"] for c in view["claims"]) == sorted(c.claim_id for c in claims)


def test_snapshot_holds_the_newest_claims_first_up_to_the_limit() -> None:
    state = DashboardState()
    claims = flagged_claims()
    state.apply(
        [rec("flagged", c.claim_id, c.to_json(), ts=100 * (i + 1)) for i, c in enumerate(claims)]
    )
    snap = as_json(state.snapshot(limit=2, now_ms=400))
    assert [v["claim_id"] for v in snap["claims"]] == [claims[2].claim_id, claims[1].claim_id]
    assert snap["stats"]["held"] == 3
    assert sum(r["unverified"] + r["disputed"] for r in snap["stats"]["per_minute"]) == 3


def test_an_invalid_article_is_skipped_with_its_reason(caplog: pytest.LogCaptureFixture) -> None:
    # Before: the warning said only "1 validation error for Article".
    state = DashboardState()
    state.apply([rec("articles", "z", b'{"id": "a"}')])
    (message,) = [r.getMessage() for r in caplog.records if "undecodable" in r.getMessage()]
    assert message.endswith("body: Field required")


def test_a_tombstone_on_the_claims_topic_leaves_the_totals_and_the_article_view() -> None:
    # the worker retracts a claim its corrected article no longer yields
    state = DashboardState()
    article = make_article()
    claims = sample_claims(article)
    state.apply([rec("articles", article.id, article.to_json()),
                 *(rec("claims", c.claim_id, c.to_json()) for c in claims)])
    gone = next(c for c in claims if c.flagged)
    before = state.counts()["claims_totalled"]
    state.apply([rec("claims", gone.claim_id, None), rec("flagged", gone.claim_id, None)])
    assert state.counts()["claims_totalled"] == before - 1
    view = state.article(article.id)
    assert view is not None
    assert gone.claim_id not in orjson.dumps(view).decode()


def test_an_older_record_read_after_a_tombstone_does_not_bring_the_claim_back() -> None:
    # the topics are read side by side: claims' records (tombstone included) may all come
    # before the older flagged record of the same claim
    state = DashboardState()
    article = make_article()
    gone = flagged_claims()[0]
    state.apply([rec("articles", article.id, article.to_json()),
                 rec("claims", gone.claim_id, gone.to_json(), ts=100),
                 rec("claims", gone.claim_id, None, ts=200)])
    changes = state.apply([rec("flagged", gone.claim_id, gone.to_json(), ts=100),
                           rec("flagged", gone.claim_id, None, ts=200)])
    assert state.claims() == [] and all(c.kind != "upsert" for c in changes)
    view = state.article(article.id)
    assert view is not None and gone.claim_id not in orjson.dumps(view).decode()


def test_an_unflagged_claim_keeps_its_newer_record_in_the_article_view() -> None:
    state = DashboardState()
    article = make_article()
    claim = flagged_claims()[0]
    newer = claim.model_copy(update={"flagged": False, "status": "asserted", "reasons": []})
    state.apply([rec("articles", article.id, article.to_json()),
                 rec("claims", claim.claim_id, newer.to_json(), ts=200),
                 rec("flagged", claim.claim_id, claim.to_json(), ts=100),
                 rec("flagged", claim.claim_id, None, ts=200)])
    assert state.claims() == []
    view = as_json(state.article(article.id))
    (shown,) = [c for c in view["claims"] if c["claim_id"] == claim.claim_id]
    assert shown["status"] == "asserted"
