from __future__ import annotations

import pytest

from pipeline.evaluation.attribution_scoring import (
    PredictedAttribution,
    match_contents,
    score_article,
    score_articles,
)
from pipeline.evaluation.datasets import GoldAttribution, GoldSpan


def _gold(content: tuple[int, int], source: tuple[int, int] | None) -> GoldAttribution:
    return GoldAttribution(
        source=None if source is None else GoldSpan(source[0], source[1], "s"),
        cue=None,
        content=GoldSpan(content[0], content[1], "c"),
    )


def test_match_needs_half_of_the_shorter_span() -> None:
    assert match_contents([(0, 10)], [(5, 30)]) == [(0, 0)]  # 5 of the shorter 10
    assert match_contents([(0, 10)], [(6, 30)]) == []  # 4 of 10


def test_matching_is_one_to_one_and_best_first() -> None:
    # Both predictions qualify for gold 0; the closer one wins and the other stays unmatched.
    assert match_contents([(0, 20), (0, 11)], [(0, 10)]) == [(1, 0)]
    assert match_contents([(0, 10)], [(0, 10), (0, 9)]) == [(0, 0)]


def test_content_source_and_joint_counts() -> None:
    gold = [
        _gold((100, 150), (80, 90)),  # matched, source right
        _gold((200, 260), (170, 180)),  # matched, source wrong
        _gold((300, 340), None),  # matched, both sources absent: right
        _gold((400, 450), (380, 390)),  # missed
    ]
    predicted = [
        PredictedAttribution((100, 148), (80, 85)),
        PredictedAttribution((205, 260), (160, 165)),
        PredictedAttribution((300, 340), None),
        PredictedAttribution((600, 650), (590, 595)),  # nothing to match
    ]
    score = score_article(gold, predicted)
    assert (score.content.tp, score.content.fp, score.content.fn) == (3, 1, 1)
    assert (score.joint.tp, score.joint.fp, score.joint.fn) == (2, 2, 2)
    assert score.source_accuracy == pytest.approx(2 / 3)
    # Mentions (80,85) and (160,165) and (590,595) against sources 80-90, 170-180, 380-390.
    assert (score.source.tp, score.source.fp, score.source.fn) == (1, 2, 2)
    summary = score.summary()
    assert summary["f1"] == summary["joint_f1"] == pytest.approx(0.5)
    assert summary["content_f1"] == pytest.approx(0.75)


def test_gold_without_content_is_ignored() -> None:
    gold = [GoldAttribution(GoldSpan(0, 3, "She"), GoldSpan(4, 8, "said"), None)]
    score = score_article(gold, [])
    assert (score.content.tp, score.content.fp, score.content.fn) == (0, 0, 0)


def test_gold_with_an_empty_or_blank_content_is_ignored() -> None:
    # PolNeAR has a few contents whose offsets were lost: nothing could overlap them.
    gold = [
        GoldAttribution(GoldSpan(0, 3, "She"), GoldSpan(4, 8, "said"), GoldSpan(9, 9, "")),
        GoldAttribution(GoldSpan(0, 3, "She"), GoldSpan(4, 8, "said"), GoldSpan(9, 11, "  ")),
        _gold((20, 30), (12, 15)),
    ]
    score = score_article(gold, [])
    assert (score.content.tp, score.content.fp, score.content.fn) == (0, 0, 1)
    assert score.source.fn == 1


def test_articles_are_summed() -> None:
    gold = [[_gold((0, 10), (20, 25))], [_gold((0, 10), None)]]
    predicted = [[PredictedAttribution((0, 10), (20, 25))], []]
    total = score_articles(gold, predicted)
    assert (total.joint.tp, total.joint.fn, total.content.fn) == (1, 1, 1)
    with pytest.raises(ValueError):
        score_articles(gold, predicted[:1])
