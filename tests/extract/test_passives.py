"""Passive attribution frames (pipeline.extract.passives): "X was reported by Y", "X was
accused by Y of Z", and agentless passives."""

from __future__ import annotations

import pytest

from pipeline.extract.attributed import Attribution
from pipeline.extract.passives import passive
from pipeline.extract.segment import split_sentences
from pipeline.extract.tokens import tokenize
from tests.extract.claims import all_claims


def _texts(body: str, att: Attribution | None) -> tuple[str, str | None]:
    assert att is not None
    source = None if att.source is None else body[att.source[0] : att.source[1]]
    return body[att.content[0] : att.content[1]], source


def test_passive_needs_an_auxiliary_and_an_agent() -> None:
    body = "The strike on the bridge was claimed by the Ukrainian military, officials said."
    sentence = split_sentences(body)[0]
    tokens = tokenize(sentence.text, sentence.start)
    k = next(i for i, t in enumerate(tokens) if t.lower == "claimed")
    made = passive(body, sentence, tokens, k, (tokens[k].start, tokens[k].end))
    assert _texts(body, made) == ("The strike on the bridge", "the Ukrainian military")

    body = "The figure, announced by RIA Novosti, was high."
    sentence = split_sentences(body)[0]
    tokens = tokenize(sentence.text, sentence.start)
    k = next(i for i, t in enumerate(tokens) if t.lower == "announced")
    assert passive(body, sentence, tokens, k, (tokens[k].start, tokens[k].end)) is None


def test_few_have_been_confirmed_by_x_is_the_writers_check_not_xs_claim() -> None:
    claims = all_claims("The group has claimed dozens of such attacks, but few have been "
                        "confirmed by the U.S. military.")
    assert [(c.text, c.claimant and c.claimant.name) for c in claims] == [
        ("dozens of such attacks", "group")]


def test_still_believed_to_is_a_passive_with_no_believer() -> None:
    # Before: "still" hid the auxiliary, so "thousands of bodies" became who believed it.
    (claim,) = all_claims("Rescuers stopped because thousands of bodies were still believed "
                          "to be buried under rubble.")
    assert claim.claimant is None and "hedge" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("body", "content", "source"), [
    ("The strike was blamed by Kyiv on Russian forces.",
     "The strike was blamed by Kyiv on Russian forces", "Kyiv"),
    ("The village was described by residents as deserted.",
     "The village was described by residents as deserted", "residents"),
])
def test_a_passive_agent_s_words_hold_the_complement(body: str, content: str,
                                                     source: str) -> None:
    (claim,) = all_claims(body)
    assert claim.text == content
    assert claim.claimant is not None and claim.claimant.name == source


def test_a_named_passive_agent_makes_no_unattributed_reason() -> None:
    (claim,) = all_claims("The village was described by residents as deserted.")
    assert "unattributed" not in {r.code for r in claim.reasons}
