"""Roles a source is named by."""

from __future__ import annotations

from pipeline.extract.parties import default_parties
from pipeline.extract.source_roles import (
    body_named_before,
    interviewee_before,
    role_before,
    turn_speaker,
)


def test_role_before_a_name() -> None:
    assert role_before("The RSF's spokesman, Al-Fateh Qurashi", 21) == "The RSF's spokesman"
    assert role_before("After meeting the minister, Smith said", 28) is None


def test_a_role_speaks_for_the_body_its_head_word_names() -> None:
    saf = default_parties().match("Sudanese Armed Forces")
    earlier = [("The Sudanese Armed Forces", saf)]
    assert body_named_before("Army spokesman Nabil Abdallah", earlier) == saf
    assert body_named_before("Nabil Abdallah", earlier) is None  # no role, no body
    assert body_named_before("Police spokesman Ali Musa", earlier) is None  # another body


def test_the_interviewee_is_the_last_person_spoken_to() -> None:
    body = "We spoke to Olena Kovalenko. Later we talked with Petro Shevchenko. A: Yes."
    span = interviewee_before(body, body.index("A:"))
    assert span is not None and body[span[0] : span[1]] == "Petro Shevchenko"
    assert interviewee_before("A: Yes.", 0) is None


def test_a_role_of_the_body_in_the_possessive_names_that_body() -> None:
    # Before: "the army's" was no body word, so the Indian spokesman spoke for no side.
    india = default_parties().match("India's army")
    earlier = [("India's army", india)]
    assert body_named_before("A spokesman for the army's Northern Command", earlier) == india


def test_a_transcript_turn_label_but_not_the_questioner() -> None:
    body = "Q: Did it hit?\nKIRBY: No U.S. ship was hit."
    assert turn_speaker(body, body.index("Did")) is None
    span = turn_speaker(body, body.index("No U.S."))
    assert span is not None and body[span[0] : span[1]] == "KIRBY"
    assert turn_speaker("The army said so.", 5) is None
