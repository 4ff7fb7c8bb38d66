"""What a reprocessed article retracts: pure, no broker."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.models import Article
from pipeline.retractions import Published, retractions

_FLAGGED = ("Officials reportedly said 40 people were killed in the strike on the port, a "
            "figure that could not be independently verified.")
_PLAIN = "The governor said the port would reopen on Monday."


def test_a_corrected_body_retracts_the_claims_it_no_longer_yields() -> None:
    first = Published.of(extract(Article(id="a", body=f"{_FLAGGED} {_PLAIN}")).claims)
    second = Published.of(extract(Article(id="a", body=_PLAIN)).claims)
    gone, unflagged = retractions(first, second)
    assert gone and set(gone) <= first.claims and not set(gone) & second.claims
    assert set(gone) >= first.flagged  # the retracted toll was the flagged claim
    assert unflagged == []


def test_the_same_article_again_retracts_nothing() -> None:
    claims = extract(Article(id="a", body=f"{_FLAGGED} {_PLAIN}")).claims
    assert retractions(Published.of(claims), Published.of(claims)) == ([], [])


def test_a_claim_no_longer_flagged_leaves_only_the_flagged_topic() -> None:
    before = Published(frozenset({"c-1"}), frozenset({"c-1"}))
    after = Published(frozenset({"c-1"}), frozenset())
    assert retractions(before, after) == ([], ["c-1"])


def test_an_unreadable_record_counts_as_nothing_written() -> None:
    assert Published.from_bytes(b"not json") == Published()
    assert Published.from_bytes(b"[1, 2]") == Published()
    assert Published.from_bytes(None) == Published()
