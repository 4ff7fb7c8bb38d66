"""Where a content ends before the writer's own words about it."""

from __future__ import annotations

import pytest

from pipeline.extract.content_tails import writers_tail
from pipeline.extract.quotes import QuoteIndex
from tests.extract.claims import all_claims


@pytest.mark.parametrize(("tail", "cut"), [
    (", but the army declined to comment.", True),
    ("; the toll could not be independently confirmed.", True),
    (", in a statement carried by state TV.", True),
    (", contradicting Tehran's account.", True),
    (", without addressing the report directly.", True),
    ("; and 30 were wounded.", False),  # a list of contents
    (", and 30 were wounded.", False),
])
def test_the_writers_words_after_a_content_are_no_part_of_it(tail: str, cut: bool) -> None:
    body = "He said 12 died" + tail
    end = writers_tail(body, 8, len(body), QuoteIndex(body))
    assert (body[8:end] == "12 died") is cut


def test_a_headline_ends_at_its_semicolon() -> None:
    body = "RSF SAYS IT SEIZED KEY TOWN; ARMY DENIES"
    assert writers_tail(body, 9, len(body), QuoteIndex(body), headline=True) == body.index(";")


def test_a_refusal_after_but_ends_the_content() -> None:
    (claim,) = all_claims("Qatar's foreign ministry spokesman, Majed al-Ansari, confirmed that "
                          "talks were taking place but declined to give details.")
    assert claim.text == "talks were taking place"


@pytest.mark.parametrize(("sentence", "content"), [
    ("Britain accused China of hacking the Electoral Commission and summoned China's "
     "ambassador.", "China of hacking the Electoral Commission"),
    ("Ukraine accused Russia of shelling the plant and called for an urgent inspection.",
     "Russia of shelling the plant"),
    ("The embassy denied hacking the commission and demanded an apology.",
     "hacking the commission"),
    # a relative clause's own verbs stay in it
    ("The opposition accused the president of protecting a minister who was later sanctioned "
     "and banned from travel.",
     "the president of protecting a minister who was later sanctioned and banned from travel"),
])
def test_the_speakers_next_act_after_a_gerund_content_is_no_part_of_it(
        sentence: str, content: str) -> None:
    assert next(c.text for c in all_claims(sentence)) == content


def test_the_markets_answer_is_the_writers_not_the_companys_claim() -> None:
    # Before: "…, sending its shares up 42% in early trading" was in the company's claim, and
    # "Drugmaker Veltrane Therapeutics" was a person
    (claim,) = all_claims("Drugmaker Veltrane Therapeutics said on Wednesday that its "
                          "experimental drug slowed cognitive decline by 31% in a trial, sending "
                          "its shares up 42% in early trading.")
    assert claim.text.endswith("in a trial")
    assert claim.claimant is not None and claim.claimant.entity_type == "organisation"
