"""What the page receives: claims and articles as JSON with their highlights pre-cut.

Offsets in a Claim refer to ``Article.body``. For the feed, they are shifted into the
claim's sentence; for the article view they are used as they are. Either way a span is
only trusted when the text under it matches, so a bad offset cannot mislabel words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.dashboard.highlight import Mark, locate, segment
from pipeline.models import Article, Claim, Span

__all__ = ["article_view", "claim_marks", "claim_view", "reason_label"]

_REASON_LABELS = {
    "not_verified": "not verified",
    "conditional": "conditional",
    "hedge": "hedged",
    "anonymous_source": "anonymous source",
    "self_interested_source": "self-interested source",
    "disputed": "disputed",
    "single_source": "single source",
    "unattributed": "unattributed",
    "corroborated": "corroborated",
}


def reason_label(code: str) -> str:
    """A reason code as people read it.

    >>> reason_label("anonymous_source")
    'anonymous source'
    """
    return _REASON_LABELS.get(code, code.replace("_", " "))


def claim_marks(claim: Claim, text: str, offset: int) -> list[Mark]:
    """The highlights of one claim inside ``text``, which starts at body offset ``offset``."""
    flagged_kind = "flagged" if claim.flagged else "claim"
    wanted: list[tuple[Span | None, str, str, str]] = [
        (claim.span, claim.text, flagged_kind, f"claim ({claim.status})"),
    ]
    if claim.claimant is not None:
        who = claim.claimant
        wanted.append((who.span, who.span.text if who.span else who.name, "source", "claimant"))
        for relay in who.via:
            if relay.span is not None:
                wanted.append((relay.span, relay.span.text, "source", "relayed by"))
    if claim.attribution_cue is not None:
        said = claim.attribution_cue  # the words that attribute it: "said", "reportedly"
        wanted.append((said, said.text, "source", "attributed by"))
    for quantity in claim.quantities:
        wanted.append((quantity.span, quantity.span.text, "number", "quantity"))
    for reason in claim.reasons:
        cue_text = reason.span.text if reason.span else reason.cue
        wanted.append((reason.span, cue_text, "cue", reason_label(reason.code)))
    marks: list[Mark] = []
    for span, words, kind, label in wanted:
        hint = span.start - offset if span is not None else None
        found = locate(text, words, hint)
        if found is not None:
            marks.append(Mark(found[0], found[1], kind, label, claim.claim_id))
    return marks


def claim_view(
    claim: Claim, *, seen_ms: int, updated_ms: int, revisions: int, seq: int
) -> dict[str, Any]:
    """A flagged claim for the feed: the record, when it was seen, its sentence pre-cut."""
    view = claim.model_dump(mode="json")
    view["seen_ms"] = seen_ms
    view["updated_ms"] = updated_ms
    view["revisions"] = revisions
    view["seq"] = seq
    view["article_url"] = safe_url(claim.article_url)
    view["sentence_segments"] = segment(
        claim.sentence, claim_marks(claim, claim.sentence, claim.sentence_span.start)
    )
    return view


def article_view(
    article_id: str, article: Article | None, claims: Iterable[Claim]
) -> dict[str, Any]:
    """An article with every claim, source, number and cue span highlighted in its body.

    Without the article (not read yet, or evicted) the claims still come back, so the
    page can say what is known.
    """
    ordered = sorted(claims, key=lambda c: (c.span.start, c.span.end, c.claim_id))
    out: dict[str, Any] = {
        "article_id": article_id,
        "available": article is not None,
        "claims": [
            {
                "claim_id": c.claim_id,
                "text": c.text,
                "status": c.status,
                "flagged": c.flagged,
                "claimant": c.claimant.name if c.claimant else None,
                "denied": c.denied,
                "reasons": [{"code": r.code, "cue": r.cue} for r in c.reasons],
            }
            for c in ordered
        ],
    }
    if article is None:
        first = ordered[0] if ordered else None
        out["meta"] = {
            "title": first.article_title if first else None,
            "outlet": first.outlet if first else None,
            "url": safe_url(first.article_url) if first else None,
        }
        out["segments"] = []
        return out
    marks = [m for c in ordered for m in claim_marks(c, article.body, 0)]
    out["meta"] = {
        "title": article.title,
        "outlet": article.outlet,
        "url": safe_url(article.url),
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "authors": article.authors,
        "language": article.language,
        "chars": len(article.body),
    }
    out["segments"] = segment(article.body, marks)
    return out


def safe_url(url: str | None) -> str | None:
    """Only web links reach the page; a ``javascript:`` URL from the stream becomes nothing.

    >>> safe_url("https://example.org/a"), safe_url("javascript:alert(1)")
    ('https://example.org/a', None)
    """
    if url is None:
        return None
    lowered = url.strip().lower()
    return url.strip() if lowered.startswith(("http://", "https://")) else None
