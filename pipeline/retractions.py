"""What an article's earlier processing wrote that its latest one no longer does.

The sink topics are compacted by claim id, so writing a claim again replaces it; but a claim
an article no longer yields (its body was corrected, a new extractor splits it elsewhere, its
claim id carries another extractor version) would stay on them for good, and a claim no longer
flagged would stay on ``claims.flagged``. The worker keeps, per article key, the ids it wrote
last (a faust table, so the record is a compacted changelog topic on Kafka) and deletes
(tombstones) what the latest processing dropped.

>>> before = Published(claims=frozenset({"c-1", "c-2"}), flagged=frozenset({"c-1", "c-2"}))
>>> after = Published(claims=frozenset({"c-2", "c-3"}), flagged=frozenset({"c-3"}))
>>> retractions(before, after)
(['c-1'], ['c-2'])
>>> Published.from_bytes(after.to_bytes()) == after
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import orjson

from pipeline.models import Claim

__all__ = ["Published", "retractions"]


@dataclass(frozen=True, slots=True)
class Published:
    """The claim ids one processing of an article wrote, and which of them were flagged."""

    claims: frozenset[str] = frozenset()
    flagged: frozenset[str] = frozenset()

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> Published:
        written = list(claims)
        return cls(frozenset(c.claim_id for c in written),
                   frozenset(c.claim_id for c in written if c.flagged))

    def to_bytes(self) -> bytes:
        return orjson.dumps({"claims": sorted(self.claims), "flagged": sorted(self.flagged)})

    @classmethod
    def from_bytes(cls, raw: bytes | None) -> Published:
        """The record read back; nothing (or a record this version cannot read) is none."""
        if not raw:
            return cls()
        try:
            data = orjson.loads(raw)
            return cls(frozenset(map(str, data.get("claims", []))),
                       frozenset(map(str, data.get("flagged", []))))
        except (orjson.JSONDecodeError, AttributeError, TypeError):
            return cls()


def retractions(before: Published, after: Published) -> tuple[list[str], list[str]]:
    """(claim ids to delete from both sink topics, ids to delete from ``claims.flagged``
    only), each sorted: what ``before`` wrote and ``after`` does not."""
    gone = before.claims - after.claims
    unflagged = (before.flagged - after.flagged) - gone
    return sorted(gone), sorted(unflagged)
