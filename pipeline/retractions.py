"""What an article's earlier processing wrote that its latest one no longer does.

The sink topics are compacted by claim id, so writing a claim again replaces it; but a claim
an article no longer yields (its body was corrected, a new extractor splits it elsewhere, its
claim id carries another extractor version) would stay on them for good, and a claim no longer
flagged would stay on ``claims.flagged``. The worker keeps, per article id, the ids it wrote
last (a faust table, so the record is a compacted changelog topic on Kafka) and deletes
(tombstones) what the latest processing dropped.

The record also keeps the ids it is retracting: the worker may stop after the record is
written and before every tombstone is, and then reads the article again (its offset was
not committed); the ids are retracted again then, as deleting twice is harmless. The next
processing after that forgets them.

>>> before = Published(claims=frozenset({"c-1", "c-2"}), flagged=frozenset({"c-1", "c-2"}))
>>> after = Published(claims=frozenset({"c-2", "c-3"}), flagged=frozenset({"c-3"}))
>>> gone, unflagged = retractions(before, after)
>>> gone, unflagged
(['c-1'], ['c-2'])
>>> record = after.retracting(gone, unflagged)
>>> retractions(record, after)  # the same article again, as after a crash: once more
(['c-1'], ['c-2'])
>>> Published.from_bytes(record.to_bytes()) == record
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
    #: retracted by this processing (from both topics, from ``claims.flagged`` only)
    gone: frozenset[str] = frozenset()
    unflagged: frozenset[str] = frozenset()

    def retracting(self, gone: Iterable[str], unflagged: Iterable[str]) -> Published:
        """This record, with the ids its processing retracts."""
        return Published(self.claims, self.flagged, frozenset(gone), frozenset(unflagged))

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> Published:
        written = list(claims)
        return cls(frozenset(c.claim_id for c in written),
                   frozenset(c.claim_id for c in written if c.flagged))

    def to_bytes(self) -> bytes:
        return orjson.dumps({"claims": sorted(self.claims), "flagged": sorted(self.flagged),
                             "gone": sorted(self.gone), "unflagged": sorted(self.unflagged)})

    @classmethod
    def from_bytes(cls, raw: bytes | None) -> Published:
        """The record read back; nothing (or a record this version cannot read) is none."""
        if not raw:
            return cls()
        try:
            data = orjson.loads(raw)
            return cls(*(frozenset(map(str, data.get(name, [])))
                         for name in ("claims", "flagged", "gone", "unflagged")))
        except (orjson.JSONDecodeError, AttributeError, TypeError):
            return cls()


def retractions(before: Published, after: Published) -> tuple[list[str], list[str]]:
    """(claim ids to delete from both sink topics, ids to delete from ``claims.flagged``
    only), each sorted: what ``before`` wrote, or was retracting, and ``after`` does not."""
    gone = (before.claims | before.gone) - after.claims
    unflagged = ((before.flagged | before.unflagged) - after.flagged) - gone
    return sorted(gone), sorted(unflagged)
