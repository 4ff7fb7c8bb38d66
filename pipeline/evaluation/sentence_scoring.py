"""Scoring of sentence-level predictions: check-worthiness and uncertainty.

Definitions (the engine side is in :mod:`pipeline.evaluation.engine_runs`):

* Each gold sentence gets one :class:`SentencePrediction`: ``positive`` (the decision) and
  ``score`` (for ranking).
* ``precision``/``recall``/``f1`` are over the positive class, micro-averaged over all
  sentences; ``n`` is the number of sentences scored.
* ``ap`` is the average precision of the whole file ranked by descending score, ties kept
  in file order (a tie does not get the benefit of the doubt).
* ``map`` (only when some sentence has a ``group``) is the mean, over groups holding at
  least one positive, of the average precision of that group's sentences ranked by score;
  sentences without a group form one group of their own. Groups without any positive are
  left out, as their average precision is undefined.

>>> from pipeline.evaluation.datasets import LabelledSentence as S
>>> gold = [S("a", "x", True, "g1"), S("b", "y", False, "g1"), S("c", "z", True, "g2")]
>>> preds = [SentencePrediction("a", True, 0.9), SentencePrediction("b", True, 0.8),
...          SentencePrediction("c", False, 0.1)]
>>> s = score_sentences(gold, preds)
>>> (s.counts.tp, s.counts.fp, s.counts.fn, s.map)
(1, 1, 1, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.evaluation.datasets import LabelledSentence
from pipeline.evaluation.metrics import Counts, average_precision, binary_counts
from pipeline.models import ReasonCode

__all__ = [
    "UNCERTAIN_CODES",
    "SentencePrediction",
    "SentenceScore",
    "mean_average_precision",
    "score_sentences",
]

#: Reason codes that make a sentence "uncertain" (hedged or weasel-worded) in the
#: ``uncertain`` task. Disputes and corroboration concern a claim's standing, and
#: self-interested or single sources its sourcing, not the certainty of the wording.
UNCERTAIN_CODES = frozenset(
    {
        ReasonCode.HEDGE,
        ReasonCode.NOT_VERIFIED,
        ReasonCode.CONDITIONAL,
        ReasonCode.UNATTRIBUTED,
        ReasonCode.ANONYMOUS_SOURCE,
    }
)


@dataclass(frozen=True)
class SentencePrediction:
    id: str
    positive: bool
    score: float


@dataclass(frozen=True)
class SentenceScore:
    counts: Counts
    n: int
    ap: float
    map: float | None
    groups: int

    def summary(self) -> dict[str, Any]:
        """The figures, with ``None`` for those a slice leaves undefined: recall, F1 and AP
        without any positive item (a 0 there would read as a broken engine), precision
        without any positive decision."""
        c = self.counts
        positives, decided = c.tp + c.fn, c.tp + c.fp
        result: dict[str, Any] = {
            "precision": round(c.precision, 4) if decided else None,
            "recall": round(c.recall, 4) if positives else None,
            "f1": round(c.f1, 4) if positives else None,
            "n": self.n,
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
            "ap": round(self.ap, 4) if positives else None,
        }
        if not positives:
            result["note"] = ("no positive item among those scored, so recall, F1 and AP are "
                              "undefined (a file sorted by label: take a --fold K/N slice)")
        if self.map is not None:
            result["map"] = round(self.map, 4)
            result["groups"] = self.groups
        return result


def mean_average_precision(
    scores: Sequence[float], gold: Sequence[bool], groups: Sequence[str | None]
) -> tuple[float, int]:
    """Mean per-group average precision, and how many groups had a positive.

    >>> gold = [True, False, True, False]
    >>> mean_average_precision([0.9, 0.1, 0.2, 0.8], gold, ["a", "a", "b", "b"])
    (0.75, 2)
    """
    members: dict[str | None, list[int]] = {}
    for index, group in enumerate(groups):
        members.setdefault(group, []).append(index)
    values = [
        average_precision([scores[i] for i in indices], [gold[i] for i in indices])
        for indices in members.values()
        if any(gold[i] for i in indices)
    ]
    return (sum(values) / len(values) if values else 0.0), len(values)


def score_sentences(
    gold: Sequence[LabelledSentence], predictions: Sequence[SentencePrediction]
) -> SentenceScore:
    """Score predictions given in the same order as the gold sentences."""
    if len(gold) != len(predictions):
        raise ValueError(f"{len(predictions)} predictions for {len(gold)} sentences")
    for sentence, prediction in zip(gold, predictions, strict=True):
        if sentence.id != prediction.id:
            raise ValueError(f"prediction {prediction.id!r} is paired with {sentence.id!r}")
    labels = [s.label for s in gold]
    scores = [p.score for p in predictions]
    counts = binary_counts([p.positive for p in predictions], labels)
    grouped = any(s.group is not None for s in gold)
    mean_ap, groups = (
        mean_average_precision(scores, labels, [s.group for s in gold]) if grouped else (0.0, 0)
    )
    return SentenceScore(
        counts=counts,
        n=len(gold),
        ap=average_precision(scores, labels),
        map=mean_ap if grouped else None,
        groups=groups,
    )
