"""The engine's claims for a text, every candidate kept, and a lookup by their words."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.models import Article, Claim


def all_claims(body: str) -> list[Claim]:
    """Every claim the engine finds in ``body`` (threshold 0: nothing cut by score)."""
    return extract(Article(id="t", body=body), threshold=0.0).claims


def claim_with(claims: list[Claim], words: str) -> Claim:
    """The first claim whose text holds ``words``."""
    return next(c for c in claims if words in c.text)


def reason_codes(body: str, words: str) -> set[str]:
    """The reason codes of the first claim in ``body`` whose text holds ``words``."""
    return {r.code for r in claim_with(all_claims(body), words).reasons}
