"""Articles and claims for dashboard tests, with spans computed from the article text.

The spans are found in the body (never typed in as numbers), so every offset the tests
rely on is true of the text.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kafka import KafkaProducer

from pipeline.models import (
    Article,
    Claim,
    Claimant,
    Reason,
    Relay,
    Span,
    claim_id_for,
)
from pipeline.settings import Settings
from pipeline.topics import ensure_topics

EXTRACTOR = "test-1"

SAMPLE_BODY = (
    "The Donetsk People's Republic has claimed that special units reportedly captured the crew "
    "of a tank and at least ten Ukrainian soldiers, according to the Russian Defense Ministry "
    "as quoted by RIA Novosti. However, the claim has yet to be independently verified. "
    "A local official said 37 drones were shot down in a single week, if confirmed. "
    "Kyiv denied that any positions were lost and said the figures may be an overstatement."
)

HOSTILE_BODY = (
    'Officials said <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=2"> '
    "were found, reportedly in a bunker. The report could not be confirmed."
)


def span_of(body: str, text: str, after: int = 0) -> Span:
    start = body.index(text, after)
    return Span(start=start, end=start + len(text), text=text)


def make_article(
    article_id: str = "a-tank",
    body: str = SAMPLE_BODY,
    *,
    title: str = "DPR claims capture of tank crew",
    outlet: str | None = "Example Wire",
    url: str | None = "https://news.example.org/tank",
) -> Article:
    return Article(
        id=article_id,
        title=title,
        body=body,
        outlet=outlet,
        url=url,
        published_at=datetime(2026, 9, 1, 8, 30, tzinfo=UTC),
    )


def make_claim(
    article: Article,
    sentence: str,
    text: str,
    *,
    status: str = "unverified",
    reasons: list[tuple[str, str]] | None = None,
    claimant: str | None = None,
    claimant_type: str = "unknown",
    via: list[str] | None = None,
    outlet: str | None = None,
    denied: bool = False,
) -> Claim:
    """A claim on ``text`` inside ``sentence``; reasons are ``(code, cue)`` found in the body."""
    body = article.body
    sentence_span = span_of(body, sentence)
    claim_span = span_of(body, text, sentence_span.start)
    who = None
    if claimant is not None:
        who = Claimant(
            name=claimant,
            entity_type=claimant_type,
            span=span_of(body, claimant) if claimant in body else None,
            via=[
                Relay(name=name, span=span_of(body, name) if name in body else None)
                for name in via or []
            ],
        )
    reason_list = []
    for code, cue in reasons or []:
        cue_span = (
            span_of(body, cue, sentence_span.start) if cue in body[sentence_span.start :] else None
        )
        reason_list.append(Reason(code=code, cue=cue, span=cue_span, explanation=f"{code} cue"))
    return Claim(
        claim_id=claim_id_for(article.id, EXTRACTOR, claim_span.start, claim_span.end),
        article_id=article.id,
        text=text,
        span=claim_span,
        sentence=sentence,
        sentence_span=sentence_span,
        claimant=who,
        denied=denied,
        checkworthiness=0.8,
        status=status,
        reasons=reason_list,
        flagged=status in ("unverified", "disputed", "unattributed"),
        extractor_version=EXTRACTOR,
        outlet=outlet if outlet is not None else article.outlet,
        article_url=article.url,
        article_title=article.title,
        published_at=article.published_at,
    )


def sample_claims(article: Article) -> list[Claim]:
    """Three flagged claims and one that is not, over :data:`SAMPLE_BODY`."""
    body = article.body
    first = body[: body.index("RIA Novosti.") + len("RIA Novosti.")]
    drones = "A local official said 37 drones were shot down in a single week, if confirmed."
    denial = body[body.index("Kyiv denied") :]
    ministry = "Russian Defense Ministry"
    return [
        make_claim(
            article, first, "special units reportedly captured the crew of a tank",
            reasons=[("hedge", "reportedly"), ("self_interested_source", ministry)],
            claimant=ministry, claimant_type="government", via=["RIA Novosti"],
        ),
        make_claim(
            article, drones, "37 drones were shot down", reasons=[("conditional", "if confirmed")],
            claimant="A local official", claimant_type="official",
        ),
        make_claim(
            article, denial, "any positions were lost", status="disputed",
            reasons=[("disputed", "may be an overstatement")], claimant="Kyiv", denied=True,
        ),
        make_claim(
            article, "However, the claim has yet to be independently verified.",
            "the claim has yet to be independently verified", status="asserted",
        ),
    ]  # fmt: skip


def hostile_claim(article: Article) -> Claim:
    """A flagged claim whose text, claimant and outlet are markup."""
    sentence = article.body[: article.body.index("bunker.") + len("bunker.")]
    return make_claim(
        article, sentence, "<script>window.__pwned = 1</script>",
        reasons=[("hedge", "reportedly")], claimant='<img src=x onerror="window.__pwned=3">',
        outlet="<b onmouseover=alert(1)>Evil Outlet</b>",
    )  # fmt: skip


def produce(settings: Settings, topic: str, records: list[tuple[str, bytes | None]]) -> None:
    """Send ``(key, value)`` records and wait until the broker has them all."""
    producer = KafkaProducer(**settings.client_config(acks="all"))
    try:
        futures = [producer.send(topic, key=k.encode(), value=v) for k, v in records]
        for future in futures:
            future.get(timeout=30)
    finally:
        producer.close()


def publish(settings: Settings, articles: list[Article], claims: list[Claim]) -> None:
    """Put articles and claims where the worker would: articles, claims, claims.flagged."""
    ensure_topics(settings)
    produce(settings, settings.topic_articles, [(a.id, a.to_json()) for a in articles])
    produce(settings, settings.topic_claims, [(c.claim_id, c.to_json()) for c in claims])
    flagged = [(c.claim_id, c.to_json()) for c in claims if c.flagged]
    produce(settings, settings.topic_flagged, flagged)
