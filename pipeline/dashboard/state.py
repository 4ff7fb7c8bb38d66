"""Everything the dashboard knows, kept bounded: flagged claims, totals, article bodies.

The Kafka feed hands raw records to :meth:`DashboardState.apply`; it returns the feed
changes to push to open pages. Claims are keyed by ``claim_id``, so a replayed claim
replaces the one held (keeping the place and first-seen time it had) and never appears
twice. Each store is an insertion- or access-ordered dict trimmed to a fixed size, so a
long-running dashboard does not grow without limit.
"""

from __future__ import annotations

import logging
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson
from pydantic import ValidationError

from pipeline.dashboard import stats
from pipeline.dashboard.views import article_view, claim_view
from pipeline.models import Article, Claim

__all__ = ["DashboardState", "FeedChange", "FeedRecord", "HeldClaim", "Role"]

log = logging.getLogger(__name__)

Role = Literal["flagged", "claims", "articles"]


@dataclass(frozen=True)
class FeedRecord:
    """One Kafka record as the feed delivers it; ``role`` says which topic it came from."""

    role: Role
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None


@dataclass
class HeldClaim:
    """A flagged claim with when it was first and last seen.

    Its page view is built only when first asked for and kept as JSON bytes until the
    claim changes: snapshots and events reuse it, and bytes cost the garbage collector
    nothing, where thousands of nested dicts would be rescanned again and again.
    """

    claim: Claim
    seen_ms: int
    updated_ms: int
    seq: int
    revisions: int = 1
    _json: bytes | None = field(default=None, repr=False)

    def view(self) -> dict[str, Any]:
        return claim_view(
            self.claim,
            seen_ms=self.seen_ms,
            updated_ms=self.updated_ms,
            revisions=self.revisions,
            seq=self.seq,
        )

    def view_json(self) -> orjson.Fragment:
        """The view, serialised once; ``orjson.dumps`` embeds it as it is."""
        if self._json is None:
            self._json = orjson.dumps(self.view())
        return orjson.Fragment(self._json)

    def changed(self) -> None:
        self._json = None


@dataclass(frozen=True)
class FeedChange:
    """``upsert`` carries the held claim (its view is built on demand); ``remove`` an id."""

    kind: Literal["upsert", "remove"]
    claim_id: str
    held: HeldClaim | None = None


@dataclass
class _Totals:
    """Distinct claim ids seen on the claims topic (bounded) and how many are flagged."""

    capacity: int
    flagged_by_id: OrderedDict[str, bool] = field(default_factory=OrderedDict)
    flagged: int = 0

    def remove(self, claim_id: str) -> None:
        self.flagged -= self.flagged_by_id.pop(claim_id, False)

    def add(self, claim: Claim) -> None:
        self.flagged -= self.flagged_by_id.pop(claim.claim_id, False)
        self.flagged_by_id[claim.claim_id] = claim.flagged
        self.flagged += claim.flagged
        while len(self.flagged_by_id) > self.capacity:
            _, was_flagged = self.flagged_by_id.popitem(last=False)
            self.flagged -= was_flagged


class DashboardState:
    """The dashboard's memory. Not thread-safe: the feed and the server share one event loop."""

    def __init__(
        self,
        *,
        capacity: int = 5000,
        article_capacity: int = 1000,
        article_chars: int = 50_000_000,
        totals_capacity: int = 200_000,
    ) -> None:
        self.capacity = capacity
        self.article_capacity = article_capacity
        self.article_chars = article_chars
        self._held: OrderedDict[str, HeldClaim] = OrderedDict()
        self._articles: OrderedDict[str, Article] = OrderedDict()
        self._article_chars = 0
        self._article_claims: OrderedDict[str, dict[str, tuple[int, Claim]]] = OrderedDict()
        # claim id -> when it was retracted / taken off claims.flagged (bounded)
        self._retracted: OrderedDict[str, int] = OrderedDict()
        self._unflagged: OrderedDict[str, int] = OrderedDict()
        self._articles_seen: OrderedDict[str, None] = OrderedDict()
        self._totals = _Totals(totals_capacity)
        self._seq = 0
        self.decode_errors: Counter[str] = Counter()
        self.version = 0  # bumped on every change; the stats ticker compares it

    # -- input -------------------------------------------------------------------------

    def apply(self, records: Iterable[FeedRecord]) -> list[FeedChange]:
        """Take records in; return the feed changes open pages should get (last one per id)."""
        changes: dict[str, FeedChange] = {}
        for record in records:
            change = self._apply_one(record)
            if change is not None:
                changes.pop(change.claim_id, None)  # keep arrival order of the latest
                changes[change.claim_id] = change
        return list(changes.values())

    def _apply_one(self, record: FeedRecord) -> FeedChange | None:
        self.version += 1
        if record.value is None:  # a tombstone: the key's record was deleted
            return self._tombstone(record)
        try:
            if record.role == "articles":
                self._add_article(Article.from_json(record.value))
                return None
            claim = Claim.from_json(record.value)
        except (ValidationError, ValueError) as exc:
            self.decode_errors[record.topic] += 1
            log.warning(
                "skipping undecodable record %s[%d]@%d: %s",
                record.topic, record.partition, record.offset, _first_line(exc),
            )  # fmt: skip
            return None
        # The three topics are read side by side, so a claim's tombstone may come before an
        # older record of it from another topic: that record must not bring it back.
        stamp = record.timestamp_ms
        if self._retracted.get(claim.claim_id, -1) >= stamp:
            return None
        self._index_article_claim(claim, stamp)
        if record.role == "claims":
            self._totals.add(claim)
            return None
        if self._unflagged.get(claim.claim_id, -1) >= stamp:
            return None
        return self._upsert(claim, stamp)

    def _tombstone(self, record: FeedRecord) -> FeedChange | None:
        key = record.key.decode("utf-8", "replace") if record.key else None
        if record.role == "claims" and key is not None:
            # a claim its article no longer yields (the worker retracted it): out of the
            # totals and of its article's view
            _remember(self._retracted, key, record.timestamp_ms, self._totals.capacity)
            self._totals.remove(key)
            for claims in self._article_claims.values():
                if claims.pop(key, None) is not None:
                    break
        if record.role == "flagged" and key is not None:
            _remember(self._unflagged, key, record.timestamp_ms, self._totals.capacity)
            if key in self._held:
                del self._held[key]
                return FeedChange("remove", key)
        return None

    def _upsert(self, claim: Claim, timestamp_ms: int) -> FeedChange:
        held = self._held.get(claim.claim_id)
        if held is None:
            self._seq += 1
            held = HeldClaim(claim, timestamp_ms, timestamp_ms, self._seq)
            self._held[claim.claim_id] = held
            while len(self._held) > self.capacity:
                self._held.popitem(last=False)
        else:
            held.claim = claim
            held.updated_ms = max(held.updated_ms, timestamp_ms)
            held.revisions += 1
            held.changed()
        return FeedChange("upsert", claim.claim_id, held)

    def _add_article(self, article: Article) -> None:
        old = self._articles.pop(article.id, None)
        if old is not None:
            self._article_chars -= len(old.body)
        self._articles[article.id] = article
        self._article_chars += len(article.body)
        while self._articles and (
            len(self._articles) > self.article_capacity or self._article_chars > self.article_chars
        ):
            _, evicted = self._articles.popitem(last=False)
            self._article_chars -= len(evicted.body)
        self._articles_seen.pop(article.id, None)
        self._articles_seen[article.id] = None
        while len(self._articles_seen) > self._totals.capacity:
            self._articles_seen.popitem(last=False)

    def _index_article_claim(self, claim: Claim, stamp: int) -> None:
        claims = self._article_claims.pop(claim.article_id, None) or {}
        held = claims.get(claim.claim_id)
        if held is None or held[0] <= stamp:  # (not an older record read after a newer one)
            claims[claim.claim_id] = (stamp, claim)
        self._article_claims[claim.article_id] = claims
        while len(self._article_claims) > self.article_capacity:
            self._article_claims.popitem(last=False)

    # -- output ------------------------------------------------------------------------

    def claims(self) -> list[HeldClaim]:
        return list(self._held.values())

    def snapshot(self, limit: int, now_ms: int) -> dict[str, Any]:
        """The newest ``limit`` flagged claims (by first-seen time) and the current stats.

        Claims come as pre-serialised ``orjson.Fragment`` objects: pass the result to
        ``orjson.dumps``.
        """
        newest = sorted(self._held.values(), key=lambda h: (h.seen_ms, h.seq), reverse=True)
        return {
            "claims": [h.view_json() for h in newest[:limit]],
            "stats": self.stats(now_ms),
        }

    def stats(self, now_ms: int) -> dict[str, Any]:
        seen = [(h.seen_ms, h.claim) for h in self._held.values()]
        return {
            "now_ms": now_ms,
            "held": len(seen),
            "by_status": stats.status_counts(seen),
            "per_minute": stats.per_minute(seen, now_ms),
            "by_reason": stats.by_reason(seen),
            "by_claimant": stats.by_claimant(seen),
            "by_outlet": stats.by_outlet(seen),
            "totals": {
                "claims": len(self._totals.flagged_by_id),
                "flagged": self._totals.flagged,
                "articles": len(self._articles_seen),
            },
        }

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The article view, or ``None`` when neither the article nor any claim of it is held."""
        article = self._articles.get(article_id)
        claims = self._article_claims.get(article_id, {})
        if article is None and not claims:
            return None
        if article is not None:
            self._articles.move_to_end(article_id)  # reading keeps a body in the LRU
        return article_view(article_id, article, (claim for _, claim in claims.values()))

    def counts(self) -> dict[str, int]:
        """Sizes for the metrics endpoint."""
        return {
            "claims_held": len(self._held),
            "articles_held": len(self._articles),
            "article_chars_held": self._article_chars,
            "claims_totalled": len(self._totals.flagged_by_id),
        }


def _remember(seen: OrderedDict[str, int], key: str, stamp: int, capacity: int) -> None:
    seen.pop(key, None)
    seen[key] = stamp
    while len(seen) > capacity:
        seen.popitem(last=False)


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError) and exc.errors():
        # ("1 validation error for Article" alone says nothing of what is wrong)
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or exc.title
        return f"{where}: {first['msg']}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
