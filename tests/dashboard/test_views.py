"""Claim and article views: spans shifted into sentences, verified against the text."""

from __future__ import annotations

from pipeline.dashboard.views import article_view, claim_view, reason_label, safe_url
from pipeline.models import Claim, Span
from tests.dashboard.factories import make_article, sample_claims


def _marked(pieces: list[dict[str, object]], kind: str) -> list[str]:
    return [p["text"] for p in pieces if any(m["kind"] == kind for m in p["marks"])]  # type: ignore[union-attr,index]


def test_claim_view_highlights_cue_claimant_and_claim_inside_the_sentence() -> None:
    claim = sample_claims(make_article())[0]
    view = claim_view(claim, seen_ms=5, updated_ms=7, revisions=2, seq=3)
    pieces = view["sentence_segments"]
    assert "".join(p["text"] for p in pieces) == claim.sentence
    cues = _marked(pieces, "cue")
    assert "reportedly" in cues
    assert "Russian Defense Ministry" in cues
    assert "RIA Novosti" in _marked(pieces, "source")
    assert "".join(_marked(pieces, "flagged")) == claim.text
    assert (view["seen_ms"], view["updated_ms"], view["revisions"], view["seq"]) == (5, 7, 2, 3)
    assert view["claim_id"] == claim.claim_id


def test_the_attribution_cue_is_marked_with_the_source() -> None:
    claim = sample_claims(make_article())[0]
    at = claim.sentence.index("reportedly")
    cue = Span(start=claim.sentence_span.start + at, end=claim.sentence_span.start + at + 10,
               text="reportedly")
    pieces = claim_view(claim.model_copy(update={"attribution_cue": cue}), seen_ms=0,
                        updated_ms=0, revisions=1, seq=1)["sentence_segments"]
    assert "reportedly" in _marked(pieces, "source")
    plain = claim_view(claim, seen_ms=0, updated_ms=0, revisions=1, seq=1)["sentence_segments"]
    assert "reportedly" not in _marked(plain, "source")


def test_wrong_offsets_fall_back_to_finding_the_words() -> None:
    claim = sample_claims(make_article())[1]
    reason = claim.reasons[0]
    shifted = reason.model_copy(
        update={"span": Span(start=0, end=len(reason.cue), text=reason.cue)}
    )
    broken = claim.model_copy(update={"reasons": [shifted]})
    pieces = claim_view(broken, seen_ms=0, updated_ms=0, revisions=1, seq=1)["sentence_segments"]
    assert _marked(pieces, "cue") == [reason.cue]


def test_a_cue_that_is_not_in_the_sentence_is_not_highlighted() -> None:
    claim = sample_claims(make_article())[1]
    data = claim.model_dump(mode="json")
    data["reasons"][0]["cue"] = "nowhere to be found"
    data["reasons"][0]["span"] = None
    pieces = claim_view(Claim.model_validate(data), seen_ms=0, updated_ms=0, revisions=1, seq=1)[
        "sentence_segments"
    ]
    assert _marked(pieces, "cue") == []


def test_article_view_marks_every_claim_and_cue_in_the_body() -> None:
    article = make_article()
    claims = sample_claims(article)
    view = article_view(article.id, article, reversed(claims))
    pieces = view["segments"]
    assert view["available"] is True
    assert "".join(p["text"] for p in pieces) == article.body
    for claim in claims:
        kind = "flagged" if claim.flagged else "claim"
        covered = [
            p["text"]
            for p in pieces
            if any(m["kind"] == kind and m.get("ref") == claim.claim_id for m in p["marks"])
        ]
        assert "".join(covered) == claim.text
    cues = set(_marked(pieces, "cue"))
    assert {"reportedly", "if confirmed", "may be an overstatement"} <= cues
    # claims come back in body order whatever order they were given in
    starts = [
        next(c for c in claims if c.claim_id == v["claim_id"]).span.start for v in view["claims"]
    ]
    assert starts == sorted(starts)


def test_article_view_without_the_body_still_lists_claims() -> None:
    article = make_article()
    claims = sample_claims(article)
    view = article_view(article.id, None, claims)
    assert view["available"] is False
    assert view["segments"] == []
    assert view["meta"]["title"] == article.title
    assert len(view["claims"]) == len(claims)


def test_only_web_links_survive() -> None:
    assert safe_url(" https://x.org/a ") == "https://x.org/a"
    assert safe_url("HTTP://x.org") == "HTTP://x.org"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,<b>") is None
    assert safe_url(None) is None
    claim = sample_claims(make_article(url="javascript:alert(1)"))[0]
    assert claim_view(claim, seen_ms=0, updated_ms=0, revisions=1, seq=1)["article_url"] is None


def test_reason_labels_are_readable() -> None:
    assert reason_label("self_interested_source") == "self-interested source"
    assert reason_label("brand_new_code") == "brand new code"
