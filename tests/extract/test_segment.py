"""Sentence segmentation: boundaries, abbreviations, quotes, datelines, lists, offsets."""

from __future__ import annotations

import pytest

from pipeline.extract.segment import MAX_SENTENCE_CHARS, split_sentences


def _texts(body: str) -> list[str]:
    sentences = split_sentences(body)
    for s in sentences:
        assert body[s.start : s.end] == s.text
    return [s.text for s in sentences]


def test_simple_sentences() -> None:
    assert _texts("One fell. Two rose! Three? Four.") == ["One fell.", "Two rose!", "Three?",
                                                         "Four."]


@pytest.mark.parametrize(
    "body",
    [
        "Mr. Smith met Sen. Jones and Gov. Brown on Tuesday.",
        "Donald J. Trump spoke to U.S. troops in Washington, D.C. on Monday.",
        "The vote was on Jan. 5 and again on Feb. 12 last year.",
        "He lives at No. 10 Downing Street.",
    ],
)
def test_abbreviations_do_not_split(body: str) -> None:
    assert _texts(body) == [body]


def test_ambiguous_abbreviation_splits_before_an_opener() -> None:
    assert _texts("He moved to the U.S. The move was hard.") == [
        "He moved to the U.S.", "The move was hard."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    body = "He said: “We won.” Then he left. ‘It’s over,’ she said. ''Fine.'' He agreed."
    assert _texts(body) == ["He said: “We won.”", "Then he left.", "‘It’s over,’ she said.",
                            "''Fine.''", "He agreed."]


def test_question_inside_quote_followed_by_lower_case_continues() -> None:
    assert _texts("“Why now?” he asked. Nobody knew.") == ["“Why now?” he asked.",
                                                           "Nobody knew."]


def test_paragraphs_and_newlines() -> None:
    sentences = split_sentences("First para.\n\nSecond para line one\nline two.")
    assert [s.text for s in sentences] == ["First para.", "Second para line one", "line two."]
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    assert [s.index for s in sentences] == [0, 1, 2]


def test_dateline_is_not_part_of_the_sentence() -> None:
    assert _texts("KYIV, Ukraine (AP) — Officials said the bridge fell.") == [
        "Officials said the bridge fell."]
    assert _texts("WASHINGTON — Sen. Chuck Grassley spoke.") == ["Sen. Chuck Grassley spoke."]
    assert _texts("ABU DHABI/MOSCOW, Feb 11 (AP) - Russia and Ukraine swapped prisoners.") == [
        "Russia and Ukraine swapped prisoners."]


def test_list_markers_are_stripped() -> None:
    assert _texts("Key points:\n- Ten soldiers were captured\n2. A tank was hit\n• Drones") == [
        "Key points:", "Ten soldiers were captured", "A tank was hit", "Drones"]


def test_long_run_on_text_is_cut() -> None:
    body = "word " * 2000
    sentences = split_sentences(body)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_blank_and_punctuation_only_text() -> None:
    assert split_sentences("   \n\n ... !!! ") == []


@pytest.mark.parametrize(("text", "count"), [
    ("The spokesman wrote on X. He said the rebels had seized weapons.", 2),
    ("The ministry said in a post on X. The rebels had seized 40 rifles, he said.", 2),
    ("Zelenskiy wrote on X. “We will respond,” he said.", 2),
    ("John X. Smith said so.", 1),
])
def test_the_platform_x_ends_a_sentence_an_initial_does_not(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_live_blog_stamps_in_other_styles_are_stripped() -> None:
    body = ("2h ago Energy Minister Herman Halushchenko said power facilities were hit.\n\n"
            "Updated 3:12 p.m. ET The death toll in Dnipro has risen to seven, the governor "
            "said.\n\nPosted at 12:15 Ukrenergo said it had cut power to consumers.\n\n45 min ago")
    texts = [s.text for s in split_sentences(body)]
    assert texts == ["Energy Minister Herman Halushchenko said power facilities were hit.",
                     "The death toll in Dnipro has risen to seven, the governor said.",
                     "Ukrenergo said it had cut power to consumers."]
