from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.checkworthy import (
    MODEL_FORMAT,
    MODEL_PATH,
    CheckworthyModel,
    checkworthiness,
    default_model,
    sentence_features,
)


def test_features_fold_numbers_and_mark_sentence_ends() -> None:
    features = sentence_features("Taxes rose 3.5 percent in 1999.")
    assert features.count("0") == 2
    assert ("<s>", "taxes") in features
    assert ("0", "</s>") in features
    assert {"b", "h:num", "h:year", "h:qty", "h:nums2"} <= set(features)


def test_features_count_capitals_after_the_first_word() -> None:
    assert "h:caps2" in sentence_features("Yesterday Senator Smith spoke and I listened.")
    assert "h:caps0" in sentence_features("I think so.")


def test_features_mark_questions_trailing_off_and_first_person() -> None:
    assert {"h:q", "h:first0"} <= set(sentence_features("We did what?"))
    assert "h:trunc" in sentence_features("And then he --")
    assert "h:trunc" not in sentence_features("And then he left.")


def test_curly_apostrophes_read_as_straight_ones() -> None:
    assert "don't" in sentence_features("I don’t know.")


def test_score_is_a_monotone_calibration_of_the_raw_score() -> None:
    model = CheckworthyModel(weights={"b": -1.0, "tax": 2.0, "hello": -3.0, ("tax", "is"): 0.5},
                             scale=2.0, shift=0.5)
    tax, hello = model.score("Tax is up."), model.score("Hello there.")
    assert 0.0 <= hello < 0.5 < tax <= 1.0
    assert model.raw_score("Tax is up.") == pytest.approx(1.5)
    assert model.score("tax tax tax") > tax


def test_model_round_trips_through_its_file(tmp_path: Path) -> None:
    model = CheckworthyModel(weights={"b": 0.25, ("x", "y"): -1.5}, scale=0.5, shift=-0.1,
                             metadata={"seed": 0})
    path = tmp_path / "m.json"
    model.save(path)
    assert '"x y":-1.5' in path.read_text()
    assert CheckworthyModel.load(path) == model
    assert CheckworthyModel.load(path).score("X y.") < model.score("b")


def test_loading_rejects_another_format() -> None:
    with pytest.raises(ValueError, match="format"):
        CheckworthyModel.from_dict({"format": "other", "calibration": {}, "weights": {}})


def test_bundled_model_is_small_and_says_where_its_data_came_from() -> None:
    # about 129k weights (2.8 MB of JSON, some 40 MB in memory): small beside any neural model
    assert MODEL_PATH.stat().st_size < 4_000_000
    model = default_model()
    assert model.to_dict()["format"] == MODEL_FORMAT
    meta = model.metadata or {}
    assert "CheckThat! 2024" in meta["data"]["origin"]
    assert meta["data"]["file"] == "checkworthy_ct24_train.jsonl"
    assert meta["settings"]["seed"] == 0
    assert 0.0 < meta["held_out"]["f1"] <= 1.0


@pytest.mark.parametrize(
    ("claim", "chatter"),
    [
        ("Unemployment went up by 2 million people in 1982.", "Thank you very much."),
        ("The deficit has tripled since 2001.", "I think we need to work together."),
        ("He voted against the minimum wage 14 times.", "What do you mean by that?"),
    ],
)
def test_bundled_model_ranks_factual_claims_above_chatter(claim: str, chatter: str) -> None:
    assert checkworthiness(claim) > 0.5 > checkworthiness(chatter)
