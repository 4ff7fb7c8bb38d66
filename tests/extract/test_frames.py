"""The fixed-word attribution frames on their own: passive and according to."""

from __future__ import annotations

from pipeline.extract.attributed import Attribution
from pipeline.extract.frames import according, passive
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences
from pipeline.extract.tokens import tokenize


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


def test_according_to_before_and_after_the_content() -> None:
    for body in ("According to the ministry, 37 drones were shot down.",
                 "37 drones were shot down, according to the ministry."):
        sentence = split_sentences(body)[0]
        tokens = tokenize(sentence.text, sentence.start)
        k = next(i for i, t in enumerate(tokens) if t.lower == "according")
        cue = (tokens[k].start, tokens[k + 1].end)
        made = according(body, sentence, tokens, k + 2, cue, QuoteIndex(body))
        assert _texts(body, made) == ("37 drones were shot down", "the ministry")
