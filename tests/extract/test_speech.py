"""Speech-verb frames in :mod:`pipeline.extract.speech`: how far a stance verb's object runs."""

from __future__ import annotations

from pipeline.extract.attribution import find_attributions
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences


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


def test_a_naming_verb_s_quotation_closes_the_object() -> None:
    body = "Cruz called him a “moderate,” a subtle dig at a rival."
    assert _contents(body, "called") == ["him a “moderate,”"]
    # two adjectives before the noun are one object
    body = "She condemned the angry, divisive rhetoric of the campaign."
    assert _contents(body, "condemned") == ["the angry, divisive rhetoric of the campaign"]


def test_a_poll_is_a_source_but_a_time_after_the_polls_is_not() -> None:
    body = "Clinton leads Trump by 9 points in a new CNN poll."
    assert _contents(body, "in") == ["Clinton leads Trump by 9 points"]
    body = "Sanders led by 9 points in the day after polls closed in Iowa."
    assert _contents(body, "in") == []


def test_speaking_anonymously_and_pledged_delegates_report_nothing() -> None:
    assert _contents("She spoke to the newspaper on the condition of anonymity.", "spoke") == []
    assert _contents("An official spoke anonymously because of the talks.", "spoke") == []
    assert _contents("She won 20 pledged delegates in the state.", "pledged") == []
    assert _contents("He pledged to cut taxes.", "pledged") == ["to cut taxes"]
