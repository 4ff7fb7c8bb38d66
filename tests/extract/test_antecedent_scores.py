"""The scoring of antecedents: how well an earlier claim fits an anaphor."""

from __future__ import annotations

from pipeline.extract.antecedent_scores import antecedent_score
from pipeline.extract.stems import stem, word_stems


def test_antecedent_score_prefers_shared_words_and_quantities() -> None:
    capture = word_stems("special units captured the crew of a tank")
    other = word_stems("the weather was cold")
    keys = (stem("capture"),)
    kwargs = {"attributed": True, "claim_cue": "", "has_quantity": False, "distance": 1}
    assert antecedent_score("capture", keys, capture, **kwargs) > antecedent_score(
        "capture", keys, other, **kwargs)
    figure = dict(kwargs, has_quantity=True)
    assert antecedent_score("figure", (), other, **figure) > antecedent_score(
        "figure", (), other, **kwargs)
    claimed = dict(kwargs, claim_cue="claimed")
    assert antecedent_score("claim", (), other, **claimed) > antecedent_score(
        "claim", (), other, **kwargs)
