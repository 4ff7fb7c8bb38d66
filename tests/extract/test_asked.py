"""The "asked" frame (pipeline.extract.asked): the question is the content."""

from __future__ import annotations

from pipeline.extract.asked import asked_clause, asked_opening
from pipeline.extract.attributed import Attribution
from pipeline.extract.attribution import find_attributions
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences
from pipeline.extract.tokens import tokenize


def _texts(body: str, att: Attribution | None) -> tuple[str, str | None]:
    assert att is not None
    source = None if att.source is None else body[att.source[0] : att.source[1]]
    return body[att.content[0] : att.content[1]], source


def _asked(body: str) -> list[tuple[str, str | None]]:
    found = find_attributions(body, split_sentences(body), QuoteIndex(body))
    return [_texts(body, a) for a in found if a.kind == "asked"]


def test_asked_frame_takes_the_question_as_content() -> None:
    assert _asked("Asked on Fox News who leads the party in his view, he said Ryan.") == [
        ("who leads the party in his view", None)]
    assert _asked("“You bet,” Christie said when asked whether he would issue a quarantine.") == [
        ("whether he would issue a quarantine", None)]
    assert _asked("Asked by Starnes if he believed it, Carson said no.") == [
        ("if he believed it", "Starnes")]
    # A quotation inside the question belongs to it.
    assert _asked("Asked if Sanders is “realistic enough,” 72 percent said yes.") == [
        ("if Sanders is “realistic enough,”", None)]
    assert _asked("Asked about her vote - a sore point - she smiled.") == [
        ("about her vote", None)]


def test_asked_frame_only_for_a_reduced_clause_with_a_question() -> None:
    # With a subject, "asked" is an ordinary speech verb.
    assert _asked("Trump asked whether the polls were rigged.") == []
    # Nothing asked: no content.
    assert _asked("He would serve if asked.") == []
    assert _asked("Asked, he declined.") == []


def test_an_asked_clause_is_never_the_main_speaker_s_content() -> None:
    for body in ("While asked about the war, Carson said, the troops would stay.",
                 "Being asked whether the war was over, Carson said no."):
        found = find_attributions(body, split_sentences(body), QuoteIndex(body))
        said = [a for a in found if body[a.cue[0] : a.cue[1]] == "said"]
        assert said, body
        assert all("asked" not in body[a.content[0] : a.content[1]] for a in said), body


def test_a_reduced_asked_clause_is_recognised() -> None:
    assert asked_clause("When asked about it, he smiled.", 0)
    assert not asked_clause("He asked about it.", 0)
    tokens = tokenize("Asked about it, he smiled.")
    assert asked_opening(tokens, 0)
