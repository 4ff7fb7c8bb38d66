from __future__ import annotations

import pytest

from pipeline.evaluation.datasets import LabelledSentence
from pipeline.evaluation.sentence_scoring import (
    UNCERTAIN_CODES,
    SentencePrediction,
    mean_average_precision,
    score_sentences,
)
from pipeline.models import ReasonCode


def _gold(labels: list[bool], groups: list[str | None] | None = None) -> list[LabelledSentence]:
    groups = groups or [None] * len(labels)
    pairs = enumerate(zip(labels, groups, strict=True))
    return [LabelledSentence(f"s{i}", "t", y, g) for i, (y, g) in pairs]


def _pred(decisions: list[bool], scores: list[float]) -> list[SentencePrediction]:
    pairs = enumerate(zip(decisions, scores, strict=True))
    return [SentencePrediction(f"s{i}", d, s) for i, (d, s) in pairs]


def test_counts_and_ratios() -> None:
    score = score_sentences(
        _gold([True, True, False, False]), _pred([True, False, True, False], [0.9, 0.2, 0.8, 0.1])
    )
    summary = score.summary()
    assert (summary["tp"], summary["fp"], summary["fn"], summary["n"]) == (1, 1, 1, 4)
    assert summary["precision"] == summary["recall"] == summary["f1"] == 0.5
    assert "map" not in summary


def test_a_slice_without_positives_reports_undefined_figures_not_zeros() -> None:
    # Was: precision, recall, F1 and AP all 0.0, which reads as a broken engine
    summary = score_sentences(_gold([False, False]), _pred([True, False], [0.9, 0.1])).summary()
    assert (summary["precision"], summary["recall"], summary["f1"], summary["ap"]) == (
        0.0, None, None, None)
    assert "--fold" in summary["note"]


def test_no_positive_decision_leaves_precision_undefined() -> None:
    summary = score_sentences(_gold([True, False]), _pred([False, False], [0.1, 0.1])).summary()
    assert (summary["precision"], summary["recall"], summary["f1"]) == (None, 0.0, 0.0)
    assert "note" not in summary


def test_whole_file_average_precision() -> None:
    score = score_sentences(_gold([False, True]), _pred([False, False], [0.9, 0.1]))
    assert score.ap == pytest.approx(0.5)


def test_map_only_over_groups_with_a_positive() -> None:
    gold = _gold([True, False, False, True, False], ["a", "a", "b", "c", "c"])
    preds = _pred([True] * 5, [0.1, 0.9, 0.5, 0.9, 0.1])
    score = score_sentences(gold, preds)
    assert score.groups == 2  # group "b" has no positive
    assert score.map == pytest.approx((0.5 + 1.0) / 2)
    assert score.summary()["map"] == pytest.approx(0.75)


def test_sentences_without_group_form_their_own_group() -> None:
    value, groups = mean_average_precision([0.2, 0.9, 0.5], [True, False, True], ["g", None, None])
    assert groups == 2
    assert value == pytest.approx((1.0 + 0.5) / 2)


def test_predictions_must_pair_with_gold() -> None:
    with pytest.raises(ValueError, match="paired"):
        score_sentences(_gold([True]), [SentencePrediction("other", True, 1.0)])
    with pytest.raises(ValueError, match="predictions for"):
        score_sentences(_gold([True, False]), _pred([True], [1.0]))


def test_uncertain_codes_are_the_documented_ones() -> None:
    assert {c.value for c in UNCERTAIN_CODES} == {
        "hedge", "not_verified", "conditional", "unattributed", "anonymous_source"
    }
    assert ReasonCode.DISPUTED not in UNCERTAIN_CODES
