"""Scoring of predicted attributions (who says what) against gold attribution spans.

Definitions (the engine side is in :mod:`pipeline.evaluation.engine_runs`):

* Predicted attributions are the engine's claims that have a claimant or an attribution
  cue; each gives the claim's content span and the claimant's mention span (or none: a
  claim attributed by "reportedly" or "appears to" names nobody).
* Gold attributions are those with a content span that holds text: an empty or blank
  span (0.5% of PolNeAR train, where the annotation lost its offsets) has nothing a
  prediction could overlap, so it is no content.
* Content match: a prediction and a gold attribution match when their content spans
  overlap by at least half the length of the shorter of the two. Matching is one-to-one
  and greedy: pairs are taken best first, by overlap over the longer span, then by
  overlap, then in text order.
* Content precision = matched / predicted, recall = matched / gold.
* Source correct (for a matched pair): the predicted mention overlaps the gold source span
  by at least one character, or both are absent.
* ``source_accuracy``: share of matched pairs whose source is correct.
* ``source_precision``/``recall``/``f1``: detection of source mentions on their own,
  content aside: the distinct predicted mention spans against the distinct gold source
  spans, matched one-to-one by any overlap (largest overlap first).
* Joint: a prediction is right when it matches gold content and its source is correct;
  joint precision = right / predicted, recall = right / gold. The top-level
  ``precision``/``recall``/``f1`` are the joint ones.

All counts are summed over articles (micro-averaged).

>>> from pipeline.evaluation.datasets import GoldAttribution, GoldSpan
>>> gold = [GoldAttribution(GoldSpan(0, 5, "Smith"), None, GoldSpan(11, 30, "x" * 19))]
>>> pred = [PredictedAttribution(content=(11, 28), source=(0, 5))]
>>> s = score_article(gold, pred)
>>> (s.content.tp, s.joint.tp, s.source.tp)
(1, 1, 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.evaluation.datasets import GoldAttribution, GoldSpan
from pipeline.evaluation.metrics import Counts

__all__ = [
    "AttributionScore",
    "PredictedAttribution",
    "match_contents",
    "score_article",
    "score_articles",
]

Range = tuple[int, int]


@dataclass(frozen=True)
class PredictedAttribution:
    content: Range
    source: Range | None


@dataclass(frozen=True)
class AttributionScore:
    content: Counts
    joint: Counts
    source: Counts
    matched: int = 0
    source_correct: int = 0

    def __add__(self, other: AttributionScore) -> AttributionScore:
        return AttributionScore(
            self.content + other.content,
            self.joint + other.joint,
            self.source + other.source,
            self.matched + other.matched,
            self.source_correct + other.source_correct,
        )

    @property
    def source_accuracy(self) -> float:
        return self.source_correct / self.matched if self.matched else 0.0

    def summary(self) -> dict[str, Any]:
        def r(value: float) -> float:
            return round(value, 4)

        return {
            "precision": r(self.joint.precision),
            "recall": r(self.joint.recall),
            "f1": r(self.joint.f1),
            "content_precision": r(self.content.precision),
            "content_recall": r(self.content.recall),
            "content_f1": r(self.content.f1),
            "source_precision": r(self.source.precision),
            "source_recall": r(self.source.recall),
            "source_f1": r(self.source.f1),
            "source_accuracy": r(self.source_accuracy),
            "joint_precision": r(self.joint.precision),
            "joint_recall": r(self.joint.recall),
            "joint_f1": r(self.joint.f1),
            "predicted": self.content.tp + self.content.fp,
            "gold": self.content.tp + self.content.fn,
            "matched": self.matched,
        }


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _length(span: Range) -> int:
    return max(span[1] - span[0], 0)


def match_contents(predicted: Sequence[Range], gold: Sequence[Range]) -> list[tuple[int, int]]:
    """One-to-one greedy matching of content spans; returns (predicted, gold) index pairs.

    >>> match_contents([(0, 10), (12, 20)], [(0, 8), (30, 40)])
    [(0, 0)]
    """
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = _overlap(p, g)
            shorter = min(_length(p), _length(g))
            if shared > 0 and 2 * shared >= shorter:
                quality = shared / max(_length(p), _length(g))
                candidates.append((-quality, -shared, i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _source_detection(predicted: Sequence[Range | None], gold: Sequence[GoldSpan | None]) -> Counts:
    mentions = sorted({s for s in predicted if s is not None})
    sources = sorted({(g.start, g.end) for g in gold if g is not None})
    candidates = sorted(
        (-_overlap(m, s), i, j)
        for i, m in enumerate(mentions)
        for j, s in enumerate(sources)
        if _overlap(m, s) > 0
    )
    used_m: set[int] = set()
    used_s: set[int] = set()
    for _, i, j in candidates:
        if i not in used_m and j not in used_s:
            used_m.add(i)
            used_s.add(j)
    return Counts(len(used_m), len(mentions) - len(used_m), len(sources) - len(used_s))


def score_article(
    gold: Sequence[GoldAttribution], predicted: Sequence[PredictedAttribution]
) -> AttributionScore:
    """Counts for one article (see the module docstring for the definitions)."""
    with_content = [g for g in gold if g.content is not None and g.content.text.strip()
                    and g.content.end > g.content.start]
    gold_ranges = [(g.content.start, g.content.end) for g in with_content if g.content]
    pairs = match_contents([p.content for p in predicted], gold_ranges)
    correct = 0
    for i, j in pairs:
        mention, gold_source = predicted[i].source, with_content[j].source
        if mention is None and gold_source is None:
            correct += 1
        elif mention is not None and gold_source is not None:
            correct += _overlap(mention, (gold_source.start, gold_source.end)) > 0
    content = Counts(len(pairs), len(predicted) - len(pairs), len(gold_ranges) - len(pairs))
    joint = Counts(correct, len(predicted) - correct, len(gold_ranges) - correct)
    source = _source_detection([p.source for p in predicted], [g.source for g in with_content])
    return AttributionScore(content, joint, source, len(pairs), correct)


def score_articles(
    gold: Sequence[Sequence[GoldAttribution]],
    predicted: Sequence[Sequence[PredictedAttribution]],
) -> AttributionScore:
    """Counts summed over articles given in the same order."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(predicted)} predicted articles for {len(gold)} gold articles")
    total = AttributionScore(Counts(), Counts(), Counts())
    for g, p in zip(gold, predicted, strict=True):
        total = total + score_article(g, p)
    return total
