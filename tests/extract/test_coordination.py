"""A second speech verb coordinated with the first."""

from __future__ import annotations

from pipeline.extract.attribution import find_attributions
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences
from tests.extract.claims import all_claims


def _atts(body: str) -> list[tuple[str, str | None, str]]:
    found = find_attributions(body, split_sentences(body), QuoteIndex(body))
    return [(body[a.content[0] : a.content[1]],
             None if a.source is None else body[a.source[0] : a.source[1]], a.kind)
            for a in found]


def test_the_second_verb_reuses_the_first_speaker() -> None:
    assert _atts("The bloc condemned the coup and said it would hold a summit.") == [
        ("the coup", "The bloc", "source_first"),
        ("it would hold a summit", "The bloc", "coordinated")]


def test_a_personal_verb_after_a_nested_report_is_the_outer_speakers() -> None:
    found = _atts("A diplomat said information suggested the talks had stalled, but cautioned "
                  "that this could change.")
    assert ("this could change", "A diplomat", "coordinated") in found


def test_a_permission_is_no_second_report() -> None:
    found = _atts("He said he was detained and had not been allowed to call his family.")
    assert all(kind != "coordinated" for _, _, kind in found)


def test_a_coordinated_verb_inside_a_quotation_is_part_of_it() -> None:
    # Before: the claim was cut at 'the Chinese ships "deliberately rammed' and "blocked"
    # became a second speech verb.
    (claim,) = all_claims('The army said that the Chinese ships "deliberately rammed and '
                          'blocked" the Unaiza May 4 as it attempted to deliver food.')
    assert claim.text.endswith("as it attempted to deliver food")


def test_a_second_verb_that_acts_is_no_second_report() -> None:
    claims = all_claims("The International Atomic Energy Agency said its team had been informed "
                        "of the incident and was seeking access to the building.")
    assert [c.attribution_cue and c.attribution_cue.text for c in claims] == ["said"]


def test_a_request_inside_the_first_content_does_not_take_the_second_verb() -> None:
    body = ("His lawyer, Peter Omondi, said the athlete would ask for his B sample to be tested "
            "and suggested the A sample may have been contaminated during transport.")
    claims = all_claims(body)
    assert {c.claimant.name for c in claims if c.claimant is not None} == {"Peter Omondi"}
    assert any(c.text == "the A sample may have been contaminated during transport"
               for c in claims)


def test_an_armed_act_after_armed_subject_inside_the_content_is_no_second_report() -> None:
    # Before: "attacked herders" was a second report of the police, cut from the first
    (claim,) = all_claims("Police said gunmen crossed the border before dawn and attacked "
                          "herders near the border post.")
    assert claim.text.endswith("attacked herders near the border post")
