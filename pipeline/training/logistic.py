"""Sparse binary logistic regression in pure Python, small enough for sentence data.

Examples are lists of hashable features (a feature listed twice counts twice). Training
is AdaGrad stochastic gradient descent with L2, in an order fixed by the seed, so a run
is reproducible.
``fit_platt`` fits the two-parameter sigmoid that calibrates raw scores.

>>> xs = [["b", "good"], ["b", "bad"], ["b", "good", "fine"], ["b", "bad", "awful"]]
>>> w = train_logistic(xs, [True, False, True, False], epochs=20)
>>> linear_score(w, ["b", "good"]) > 0 > linear_score(w, ["b", "bad"])
True
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from pipeline.extract.checkworthy import sigmoid

__all__ = ["fit_platt", "linear_score", "prune_rare", "train_logistic"]

K = TypeVar("K", bound=Hashable)


def linear_score(weights: dict[K, float], features: Sequence[K]) -> float:
    get = weights.get
    return sum(get(feature, 0.0) for feature in features)


def prune_rare(examples: Sequence[Sequence[K]], min_count: int) -> list[list[K]]:
    """Drop features seen in fewer than ``min_count`` examples (they mostly memorise noise)."""
    counts: Counter[K] = Counter(feature for example in examples for feature in set(example))
    return [[f for f in example if counts[f] >= min_count] for example in examples]


def train_logistic(
    examples: Sequence[Sequence[K]],
    labels: Sequence[bool],
    *,
    epochs: int = 5,
    learning_rate: float = 0.3,
    l2: float = 1e-5,
    seed: int = 0,
    progress: Callable[[int], None] | None = None,
) -> dict[K, float]:
    """Weights minimising log-loss + ``l2``·‖w‖² over binary feature lists."""
    if len(examples) != len(labels):
        raise ValueError("examples and labels differ in length")
    weights: dict[K, float] = {}
    squared: dict[K, float] = {}
    order = list(range(len(examples)))
    shuffler = random.Random(seed)
    for epoch in range(epochs):
        shuffler.shuffle(order)
        for index in order:
            features = examples[index]
            error = sigmoid(linear_score(weights, features)) - (1.0 if labels[index] else 0.0)
            for feature in features:
                weight = weights.get(feature, 0.0)
                gradient = error + l2 * weight
                accumulated = squared.get(feature, 1e-8) + gradient * gradient
                squared[feature] = accumulated
                weights[feature] = weight - learning_rate * gradient / math.sqrt(accumulated)
        if progress is not None:
            progress(epoch + 1)
    return weights


def _log_loss(scores: Sequence[float], targets: Sequence[float], a: float, b: float) -> float:
    total = 0.0
    for score, target in zip(scores, targets, strict=True):
        z = a * score + b
        # log(1 + e^z) - t*z, written so large |z| does not overflow.
        total += (z if z > 0 else 0.0) + math.log1p(math.exp(-abs(z))) - target * z
    return total


def fit_platt(
    scores: Sequence[float], labels: Sequence[bool], iterations: int = 100
) -> tuple[float, float]:
    """``(a, b)`` so that ``sigmoid(a * score + b)`` is a calibrated probability.

    Newton's method with step halving, from Platt's (1999) starting point and with his
    smoothed targets, so separable data does not diverge.

    >>> a, b = fit_platt([-2.0, -1.0, 1.0, 2.0, 0.5, -0.5], [False, False, True, True, False, True])
    >>> a > 0
    True
    """
    positives = sum(1 for label in labels if label)
    negatives = len(labels) - positives
    high = (positives + 1.0) / (positives + 2.0)
    low = 1.0 / (negatives + 2.0)
    targets = [high if label else low for label in labels]
    a, b = 0.0, math.log((positives + 1.0) / (negatives + 1.0))
    loss = _log_loss(scores, targets, a, b)
    for _ in range(iterations):
        g_a = g_b = 0.0
        h_aa = h_ab = h_bb = 1e-12
        for score, target in zip(scores, targets, strict=True):
            p = sigmoid(a * score + b)
            d = p - target
            v = p * (1.0 - p)
            g_a += d * score
            g_b += d
            h_aa += v * score * score
            h_ab += v * score
            h_bb += v
        det = h_aa * h_bb - h_ab * h_ab
        if det <= 0:
            break
        step_a = (h_bb * g_a - h_ab * g_b) / det
        step_b = (h_aa * g_b - h_ab * g_a) / det
        fraction = 1.0
        while fraction > 1e-6:
            new_a, new_b = a - fraction * step_a, b - fraction * step_b
            new_loss = _log_loss(scores, targets, new_a, new_b)
            if new_loss <= loss:
                break
            fraction /= 2.0
        else:
            break
        converged = loss - new_loss < 1e-9 * max(1.0, loss)
        a, b, loss = new_a, new_b, new_loss
        if converged:
            break
    return a, b
