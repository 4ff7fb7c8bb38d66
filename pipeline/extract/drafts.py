"""Claim drafts: one per attributed content and one per unattributed sentence.

A draft is the engine's mutable working record for one claim before it is scored and
frozen into a :class:`~pipeline.models.Claim`. This module builds drafts from
attributions (resolving each source and any in-sentence relay such as "citing X" or
"with reference to X") and adds a draft for every sentence no attribution covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.attribution import Attribution
from pipeline.extract.cues_discourse import citing_origin
from pipeline.extract.segment import Sentence, sentence_index_at
from pipeline.extract.sources import SourceInfo, SourceResolver
from pipeline.models import ClaimType, Quantity, Reason

__all__ = ["Draft", "build_drafts"]

Offsets = tuple[int, int]


@dataclass(slots=True)
class Draft:
    """Working state of one claim. ``relays`` are nearest to the reader first."""

    span: Offsets
    first: int
    last: int
    attribution: Attribution | None = None
    source: SourceInfo | None = None
    relays: list[SourceInfo] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    types: list[ClaimType] = field(default_factory=list)
    meta: bool = False
    score: float = 0.0
    stems: tuple[frozenset[str], frozenset[str]] | None = None
    tags: frozenset[str] = frozenset()

    def add_origin(self, origin: SourceInfo, relay: SourceInfo | None) -> None:
        """Record that the claim was passed on: ``relay`` (if any) got it from ``origin``."""
        if self.source is None:
            self.source = origin
            if relay is not None:
                self.relays.insert(0, relay)
            return
        names = {self.source.name, *(r.name for r in self.relays)}
        for item in (relay, origin):
            if item is not None and item.name not in names:
                self.relays.append(item)
                names.add(item.name)


def build_drafts(
    body: str,
    sentences: list[Sentence],
    attributions: list[Attribution],
    resolver: SourceResolver,
) -> list[Draft]:
    """Drafts in text order: attributed contents, then uncovered sentences."""
    drafts: list[Draft] = []
    covered: set[int] = set()
    for att in attributions:
        draft = Draft(att.content, att.sentence, att.last_sentence, attribution=att)
        if att.source is not None:
            speaker = resolver.resolve(att.source)
            draft.source = speaker
            origin_span = _relay_origin(body, sentences, att)
            if origin_span is not None:
                origin = resolver.remember(origin_span)
                draft.source = origin
                draft.relays = [speaker]
        drafts.append(draft)
        cue_sentence = sentence_index_at(sentences, att.cue[0], att.sentence)
        covered.update(range(att.sentence, att.last_sentence + 1))
        covered.add(cue_sentence)
    for sentence in sentences:
        if sentence.index not in covered:
            drafts.append(Draft((sentence.start, sentence.end), sentence.index, sentence.index))
    drafts.sort(key=lambda d: (d.span[0], d.span[1]))
    return drafts


def _relay_origin(body: str, sentences: list[Sentence], att: Attribution) -> Offsets | None:
    """``… said, citing X`` / ``… with reference to X``: where X is, if stated in-sentence."""
    sentence = sentences[sentence_index_at(sentences, att.cue[0], att.sentence)]
    start = min(att.cue[1], att.source[1] if att.source else att.cue[1]) - sentence.start
    origin = citing_origin(sentence.text, max(start, 0), sentence.start)
    if origin is None:
        return None
    if att.content[0] <= origin[0] < att.content[1]:
        return None  # "citing" inside the content belongs to the content
    return origin


