"""Counting and scoring primitives shared by the scorers and the training commands.

>>> c = Counts(tp=3, fp=1, fn=3)
>>> (c.precision, c.recall, round(c.f1, 3))
(0.75, 0.5, 0.6)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Counts", "average_precision", "best_f1_threshold", "binary_counts"]


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives; the ratios are 0 when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def binary_counts(predicted: Sequence[bool], gold: Sequence[bool]) -> Counts:
    """Confusion counts of paired binary predictions and gold labels.

    >>> binary_counts([True, True, False, False], [True, False, True, False])
    Counts(tp=1, fp=1, fn=1)
    """
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predictions for {len(gold)} gold labels")
    tp = fp = fn = 0
    for p, g in zip(predicted, gold, strict=True):
        if p and g:
            tp += 1
        elif p:
            fp += 1
        elif g:
            fn += 1
    return Counts(tp, fp, fn)


def average_precision(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """Average precision of a ranking by descending score (ties keep input order).

    It is the mean, over the positives, of the precision at each positive's rank;
    0.0 when there is no positive.

    >>> average_precision([0.9, 0.8, 0.7], [True, False, True])
    0.8333333333333333
    """
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits = 0
    total = 0.0
    for rank, index in enumerate(order, start=1):
        if gold[index]:
            hits += 1
            total += hits / rank
    positives = sum(1 for g in gold if g)
    return total / positives if positives else 0.0


def best_f1_threshold(scores: Sequence[float], gold: Sequence[bool]) -> tuple[float, Counts]:
    """The threshold ``t`` maximising F1 of ``score >= t``, and the counts it gives.

    The threshold returned is halfway between the last accepted and first rejected score,
    so it does not sit on a training score.

    >>> t, c = best_f1_threshold([0.1, 0.4, 0.35, 0.8], [False, True, False, True])
    >>> round(t, 3), c
    (0.375, Counts(tp=2, fp=0, fn=0))
    """
    positives = sum(1 for g in gold if g)
    pairs = sorted(zip(scores, gold, strict=True), key=lambda pair: -pair[0])
    best_t = pairs[0][0] + 1.0 if pairs else 0.5
    best = Counts(0, 0, positives)
    tp = fp = 0
    for index, (score, label) in enumerate(pairs):
        if label:
            tp += 1
        else:
            fp += 1
        # Only cut between distinct scores: a threshold cannot split a tie.
        if index + 1 < len(pairs) and pairs[index + 1][0] == score:
            continue
        counts = Counts(tp, fp, positives - tp)
        if counts.f1 > best.f1:
            following = pairs[index + 1][0] if index + 1 < len(pairs) else score - 1.0
            best, best_t = counts, (score + following) / 2
    return best_t, best
