"""The scoring of antecedents: how well an earlier claim fits an anaphor."""

from __future__ import annotations

from pipeline.extract.antecedent_scores import antecedent_score, relative_head
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


def test_a_relative_head_is_the_noun_before_a_pronoun_speaker() -> None:
    body = "Rebels posted a video that they say shows the downed helicopter."
    assert body[relative_head(body, body.index("they")):].startswith("video that they")


def test_no_relative_head_after_a_conjunction_or_a_named_speaker() -> None:
    body = "The army said and it claims the town fell."
    assert relative_head(body, body.index("it claims")) == body.index("it claims")
    named = "The army published images Kyiv says show the launcher."
    assert relative_head(named, named.index("Kyiv")) == named.index("Kyiv")
