"""How far a speech verb's content runs (:mod:`pipeline.extract.verb_content`), seen
through the attributions found."""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import find_attributions
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences
from tests.extract.claims import all_claims


def _contents(body: str, cue: str) -> list[str]:
    found = find_attributions(body, split_sentences(body), QuoteIndex(body))
    return [body[a.content[0] : a.content[1]] for a in found if body[a.cue[0] : a.cue[1]] == cue]


def test_a_stance_verb_s_object_ends_at_the_comma() -> None:
    assert _contents("Romney slams Trump, praises Clinton as a work horse.", "slams") == ["Trump"]
    assert _contents("He hired a pollster, having rejected the need for one.", "hired") == [
        "a pollster"]


def test_a_comma_inside_a_number_a_quotation_or_a_list_does_not_end_it() -> None:
    assert _contents("Donors backed a $449,400 limit for the committee.", "backed") == [
        "a $449,400 limit for the committee"]
    assert _contents("She praised him as “gifted, brave and kind” in May.", "praised") == [
        "him as “gifted, brave and kind” in May"]
    assert _contents("They questioned his tactics, his judgment and his decency.",
                     "questioned") == ["his tactics, his judgment and his decency"]


def test_a_speech_verb_s_clause_keeps_its_commas() -> None:
    assert _contents("The ministry said the town fell, and 40 soldiers were captured.",
                     "said") == ["the town fell, and 40 soldiers were captured"]


def test_a_relative_clause_s_content_ends_with_the_clause() -> None:
    body = "Barkley, who said he votes Democratic, said he likes Kasich."
    assert _contents(body, "said") == ["he votes Democratic", "he likes Kasich"]
    # a comma inside a quotation does not close it
    body = "Smith, who said “we won, and won big,” left early."
    assert _contents(body, "said") == ["“we won, and won big,”"]
    # nor does a comma inside a number
    body = "The experts, who said M23 was earning $800,000 a month, met on Monday."
    assert _contents(body, "said") == ["M23 was earning $800,000 a month"]


def test_a_naming_verb_s_quotation_closes_the_object() -> None:
    body = "Cruz called him a “moderate,” a subtle dig at a rival."
    assert _contents(body, "called") == ["him a “moderate,”"]
    # two adjectives before the noun are one object
    body = "She condemned the angry, divisive rhetoric of the campaign."
    assert _contents(body, "condemned") == ["the angry, divisive rhetoric of the campaign"]


def test_a_claims_reach_is_no_part_of_what_it_claims() -> None:
    (claim,) = all_claims(
        "A video claiming that COVID-19 vaccines have caused more than 17 million deaths "
        "worldwide has been viewed over 5 million times this week.")
    assert claim.text == "COVID-19 vaccines have caused more than 17 million deaths worldwide"
    assert [q.text for q in claim.quantities] == ["more than 17 million deaths"]


def test_the_one_blamed_is_no_content_when_a_saying_clause_follows() -> None:
    # Before: the claim was "the RSF", and the RSF's denial disputed that name.
    claims = all_claims("The Sudanese army blamed the RSF, saying the group had shelled the "
                        "convoy. The RSF denied involvement.")
    assert [(c.text, c.status) for c in claims if c.claimant is not None] == [
        ("the group had shelled the convoy", "disputed")]


@pytest.mark.parametrize("sentence", [
    "He stole £2 million, prosecutors said at his trial.",
    "He stole £2 million, prosecutors alleged on Monday at the opening of his trial.",
])
def test_where_a_tag_was_said_is_no_content_of_its_own(sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert claim.text == "He stole £2 million"
