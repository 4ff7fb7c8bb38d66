from __future__ import annotations

import pytest

from pipeline.evaluation.metrics import Counts, average_precision, best_f1_threshold, binary_counts


def test_counts_ratios_and_sum() -> None:
    counts = Counts(tp=2, fp=2, fn=0) + Counts(tp=0, fp=0, fn=2)
    assert counts == Counts(2, 2, 2)
    assert (counts.precision, counts.recall, counts.f1) == (0.5, 0.5, 0.5)


def test_empty_counts_score_zero_not_error() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)


def test_binary_counts_rejects_unpaired_lists() -> None:
    with pytest.raises(ValueError):
        binary_counts([True], [True, False])


def test_average_precision_of_perfect_and_inverted_rankings() -> None:
    assert average_precision([3.0, 2.0, 1.0], [True, True, False]) == 1.0
    assert average_precision([1.0, 2.0, 3.0], [True, False, False]) == pytest.approx(1 / 3)
    assert average_precision([1.0, 2.0], [False, False]) == 0.0


def test_best_threshold_never_splits_ties() -> None:
    threshold, counts = best_f1_threshold([0.5, 0.5, 0.2], [True, False, False])
    assert 0.2 < threshold <= 0.5
    assert counts == Counts(tp=1, fp=1, fn=0)
