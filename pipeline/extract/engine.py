"""The claim extraction engine: an Article in, typed Claims out.

Stages (each its own module): language check → sentences and quotations → attributions
→ drafts (one per attributed content or unattributed sentence; verdicts on a nominal claim
folded into it) → quantities and claim
types → sentence cues, discourse links and relays, source checks → status → check-worthiness
→ :class:`~pipeline.models.Claim` records. Pure Python, no I/O beyond the packaged data
files, deterministic.

>>> from pipeline.models import Article
>>> art = Article(id="a1", body="Officials said 12 soldiers were reportedly killed in the strike.")
>>> result = extract(art, threshold=0.0)
>>> c = result.claims[0]
>>> c.text, c.claimant.name, c.status
('12 soldiers were reportedly killed in the strike', 'Officials', 'unverified')
>>> [r.code for r in c.reasons]
['hedge', 'single_source']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from pipeline.extract.attribution import find_attributions
from pipeline.extract.checkworthy import checkworthiness
from pipeline.extract.claimtypes import TypeIndex, types_from_tags
from pipeline.extract.contradictions import (
    called_false,
    contradicting_sides,
    contradicting_speakers,
    no_evidence_for,
    understated,
)
from pipeline.extract.drafts import Draft, build_drafts, denies
from pipeline.extract.fact_checks import rate_checked_claims
from pipeline.extract.language import english_problem
from pipeline.extract.omissions import mark_sourcing_notes
from pipeline.extract.page_furniture import is_correction_note
from pipeline.extract.parties import PartyRegistry, default_parties, load_parties
from pipeline.extract.quantities import find_quantities
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.readable import readable_body
from pipeline.extract.reasons import attach_discourse, attach_sentence_cues
from pipeline.extract.segment import Sentence, split_sentences
from pipeline.extract.source_reasons import add_single_source, attach_source_reasons
from pipeline.extract.sources import SourceResolver
from pipeline.extract.status import decide, is_flagged
from pipeline.extract.tolls import contradicting_counts
from pipeline.extract.uncertainty import find_uncertainty_cues
from pipeline.extract.verdicts import fold_verdicts
from pipeline.extract.worthiness import ASKED_CAP, combined_checkworthiness
from pipeline.models import Article, Claim, Claimant, Reason, Relay, Span, claim_id_for

__all__ = [
    "DEFAULT_THRESHOLD",
    "EXTRACTOR_VERSION",
    "MAX_BODY_CHARS",
    "ExtractionResult",
    "extract",
    "make_extractor",
]

#: Bump when output for the same article may change: it is part of every claim id.
_RELAYED_CAP = 0.3  # under the default cut: see Draft.relays_whole
EXTRACTOR_VERSION = "1.30.0"
#: Minimum check-worthiness of an emitted claim when the caller gives none.
DEFAULT_THRESHOLD = 0.5
#: Only this much of a body is analysed: it bounds the time one message can take (news
#: articles are far shorter; anything longer is a data dump).
MAX_BODY_CHARS = 200_000


@dataclass(frozen=True)
class ExtractionResult:
    """What :func:`extract` found; ``supported`` False means the article was not processed."""

    claims: list[Claim]
    supported: bool
    language: str
    note: str | None
    sentences: int

    @property
    def flagged(self) -> list[Claim]:
        return [c for c in self.claims if c.flagged]


def extract(
    article: Article,
    *,
    threshold: float | None = None,
    parties: PartyRegistry | None = None,
) -> ExtractionResult:
    """Extract the claims of one article (see the module docstring for the stages).

    ``threshold`` is the minimum check-worthiness of an emitted claim (None: 0.5; 0.0:
    every candidate). ``parties`` replaces the packaged parties registry
    (:func:`pipeline.extract.parties.load_parties`).
    """
    decoded = readable_body(article.body[:MAX_BODY_CHARS])
    if decoded is not None:  # "Russia&#8217;s" read as "Russia’s", wrapped lines joined
        found = extract(article.model_copy(update={"body": decoded.text}), threshold=threshold,
                        parties=parties)
        note = _truncated(len(article.body)) or found.note
        return replace(found, claims=[decoded.restore(c, article.body) for c in found.claims],
                       note=note)
    full = article.body
    body = full[:MAX_BODY_CHARS]
    language = article.language
    problem = english_problem(language, body)
    if problem is not None:
        return ExtractionResult([], False, language, f"not extracted: {problem}", 0)
    cut = DEFAULT_THRESHOLD if threshold is None else threshold
    registry = parties or default_parties()
    sentences = split_sentences(body)
    quotes = QuoteIndex(body)
    # ("… An earlier version of this story said 15 were hurt.": withdrawn, no claim)
    attributions = [a for a in find_attributions(body, sentences, quotes)
                    if not is_correction_note(sentences[a.sentence].text)]
    resolver = SourceResolver(body, registry, quotes)
    drafts = fold_verdicts(body, build_drafts(body, sentences, attributions, resolver))
    drafts = rate_checked_claims(body, sentences, drafts)
    mark_sourcing_notes(sentences, drafts)
    typer = TypeIndex(body)
    quantities = find_quantities(body)
    starts = [q.span.start for q in quantities]
    for draft in drafts:
        start, end = draft.span
        # Quantities are in text order: those starting inside the span are one slice of them.
        i = bisect_left(starts, start)
        inside = quantities[i : bisect_left(starts, end, lo=i)]
        draft.quantities = [q for q in inside if q.span.end <= end]
        draft.tags = typer.tags(start, end)
        draft.types = types_from_tags(draft.tags, bool(draft.quantities), draft.source is not None)
    attach_sentence_cues(body, sentences, drafts, find_uncertainty_cues)
    attach_discourse(body, sentences, drafts, resolver, typer)
    attach_source_reasons(body, drafts, registry)
    called_false(body, drafts)
    no_evidence_for(body, drafts)
    contradicting_sides(body, drafts, registry)
    contradicting_speakers(body, drafts)
    understated(body, drafts)
    contradicting_counts(body, drafts)

    claims: list[Claim] = []
    context_scores: dict[tuple[int, int], float] = {}  # several claims share a sentence
    for draft in drafts:
        if draft.meta and (draft.anaphoric or draft.attribution is None
                           or draft.attribution.source is None):
            continue  # a statement about another claim is a claim only when somebody makes it
        scored, cue = _scored_text(body, draft)
        around = _sentence_span(body, sentences, draft)
        context = None  # a claim that is its whole sentence needs no second look at it
        if scored.strip() != around.text.strip():
            key = (around.start, around.end)
            if key not in context_scores:
                context_scores[key] = checkworthiness(around.text)
            context = context_scores[key]
        draft.score = combined_checkworthiness(
            scored, draft, cue, context, body[draft.span[0] : draft.span[1]])
        if draft.relays_whole:
            draft.score = min(draft.score, _RELAYED_CAP)  # the nested claim stands for it
        asked = draft.attribution is not None and _ASKED.search(
            body, draft.span[0], draft.span[1] + 1) is not None
        if asked and draft.attribution is not None and (
                draft.attribution.kind == "label" or _QUESTION.match(body, draft.span[0])):
            # "Q: Is it true that …?", "“Is it true …?” the moderator asked": nothing asserted
            # (but "Do you know that we've laid a $10 trillion debt …?" asserts the debt)
            draft.score = min(draft.score, ASKED_CAP)
        if draft.score < cut:
            continue
        claims.append(_to_claim(article, draft, around))
    note = _truncated(len(full)) or (None if claims else "no claims above the threshold")
    return ExtractionResult(claims, True, language, note, len(sentences))


_ASKED = re.compile(r"\?[\s\"”’']*\Z")
_QUESTION = re.compile(r"[\s\"“‘']*(?:is|are|was|were|do|does|did|can|could|will|would|should"
                       r"|has|have|had|why|what|where|when|who|whom|how|which)\b", re.IGNORECASE)


def _truncated(length: int) -> str | None:
    """The note for a body longer than what is analysed."""
    if length <= MAX_BODY_CHARS:
        return None
    return f"only the first {MAX_BODY_CHARS} of {length} characters were analysed"


def make_extractor(
    *, threshold: float | None = None, parties_path: Path | str | None = None
) -> Callable[[Article], ExtractionResult]:
    """An ``extract`` bound to a threshold and a parties file, loaded once.

    This is how a caller that has Settings (the worker) passes them in: the engine itself
    reads no configuration.
    """
    registry = load_parties(parties_path) if parties_path is not None else None
    return partial(extract, threshold=threshold, parties=registry)


def _sentence_span(body: str, sentences: list[Sentence], draft: Draft) -> Span:
    """The sentence(s) a claim sits in; a quotation may span several."""
    start = min(sentences[draft.first].start, draft.span[0])
    end = max(sentences[draft.last].end, draft.span[1])
    return Span(start=start, end=end, text=body[start:end])


def _claimant(body: str, draft: Draft) -> Claimant | None:
    source = draft.source
    if source is None:
        return None
    interested = any(r.code == "self_interested_source" for r in draft.reasons)
    return Claimant(
        name=source.name,
        entity_type=source.entity_type,
        span=_span(body, source.mention),
        via=[Relay(name=r.name, entity_type=r.entity_type, span=_span(body, r.mention))
             for r in draft.relays],
        self_interested=interested,
        party=source.party.side if source.party is not None else (
            next((r.party.side for r in draft.relays if r.party is not None), None)),
    )


def _span(body: str, offsets: tuple[int, int]) -> Span:
    return Span(start=offsets[0], end=offsets[1], text=body[offsets[0] : offsets[1]])


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    seen: set[tuple[str, int | None]] = set()
    out: list[Reason] = []
    for reason in reasons:
        key = (str(reason.code), reason.span.start if reason.span else None)
        if key not in seen:
            seen.add(key)
            out.append(reason)
    return out


_NEAR_SOURCE = 40  # characters between a source and its verb: an apposition at most
# Frames whose source is another clause's ("… and said X", "…, adding that X"): scoring it
# would score that clause's claim too.
_REUSED_SOURCE = frozenset({"coordinated", "participle"})


def _scored_text(body: str, draft: Draft) -> tuple[str, str]:
    """The text whose check-worthiness is the claim's, and the words that attribute it: from
    the source and verb to the end of the content ("the ministry said 12 soldiers died",
    "Romney slams Trump", "72 percent said yes"), as the model was trained on whole
    statements and the object or the "yes" alone is no claim. A content before its verb
    ("“…,” the ministry said") is scored alone.
    """
    att = draft.attribution
    if att is None:
        return body[draft.span[0] : draft.span[1]], ""
    cue = body[att.cue[0] : att.cue[1]]
    begin = min(draft.span[0], att.cue[0])
    if att.source is not None and att.kind not in _REUSED_SOURCE and (
            0 <= att.cue[0] - att.source[1] <= _NEAR_SOURCE):
        begin = min(begin, att.source[0])
    elif begin == att.cue[0] and _OPEN_QUESTION.match(body, draft.span[0]) and (
            neg := _NEGATION_BEFORE.search(body, max(0, begin - 24), begin)) is not None:
        begin = neg.start()  # "…, but did not say whether …": the question is left open
    return body[begin : draft.span[1]], cue


_OPEN_QUESTION = re.compile(r"(?:(?:to|for|in|from|by|with|of|on|at)\s+)?(?:exactly\s+|precisely"
                            r"\s+)?(?:whether|if|how|why|who|whom|whose|what|when|where|which)\b",
                            re.IGNORECASE)
_NEGATION_BEFORE = re.compile(r"\b(?:(?:did|does|do|has|have|had)\s+not|never|(?:did|does|do"
                              r"|has|have|had)n['’]t)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _to_claim(article: Article, draft: Draft, sentence_span: Span) -> Claim:
    body = article.body
    reasons = _dedupe(draft.reasons)
    status = decide(reasons)
    flagged = is_flagged(status)
    if flagged:
        known = len(draft.reasons)
        add_single_source(body, draft)
        if len(draft.reasons) != known:
            reasons = _dedupe(draft.reasons)
    start, end = draft.span
    text = body[start:end]
    return Claim(
        claim_id=claim_id_for(article.id, EXTRACTOR_VERSION, start, end),
        article_id=article.id,
        text=text,
        span=Span(start=start, end=end, text=text),
        sentence=sentence_span.text,
        sentence_span=sentence_span,
        claim_types=draft.types,
        claimant=_claimant(body, draft),
        attribution_cue=_span(body, draft.attribution.cue) if draft.attribution else None,
        denied=denies(body, draft),
        quantities=draft.quantities,
        checkworthiness=round(min(max(draft.score, 0.0), 1.0), 4),
        status=status,
        reasons=reasons,
        flagged=flagged,
        extractor_version=EXTRACTOR_VERSION,
        outlet=article.outlet,
        article_url=article.url,
        article_title=article.title or None,
        published_at=article.published_at,
    )
