from __future__ import annotations

import math
import random

import pytest

from pipeline.training.logistic import fit_platt, linear_score, prune_rare, train_logistic


def test_training_separates_classes_and_is_reproducible() -> None:
    rng = random.Random(1)
    examples, labels = [], []
    for _ in range(200):
        label = rng.random() < 0.5
        word = "good" if label else "bad"
        noise = rng.choice(["x", "y", "z"])
        examples.append(["b", word, noise])
        labels.append(label)
    first = train_logistic(examples, labels, epochs=3, seed=7)
    second = train_logistic(examples, labels, epochs=3, seed=7)
    assert first == second
    assert linear_score(first, ["b", "good"]) > 0 > linear_score(first, ["b", "bad"])
    assert abs(first["x"]) < abs(first["good"])


def test_training_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        train_logistic([["a"]], [True, False])


def test_prune_rare_counts_examples_not_occurrences() -> None:
    pruned = prune_rare([["a", "a", "b"], ["a", "c"], ["b"]], min_count=2)
    assert pruned == [["a", "a", "b"], ["a"], ["b"]]


def test_platt_recovers_a_known_sigmoid() -> None:
    rng = random.Random(0)
    scores = [rng.gauss(-1.0, 3.0) for _ in range(5000)]
    labels = [rng.random() < 1.0 / (1.0 + math.exp(-(0.6 * s - 0.4))) for s in scores]
    a, b = fit_platt(scores, labels)
    assert a == pytest.approx(0.6, abs=0.06)
    assert b == pytest.approx(-0.4, abs=0.1)


def test_platt_stays_finite_on_separable_scores() -> None:
    a, b = fit_platt([-30.0, -20.0, 20.0, 30.0], [False, False, True, True])
    assert math.isfinite(a) and math.isfinite(b) and a > 0
