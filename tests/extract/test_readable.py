"""Character references decoded and wrapped lines joined; spans at the body's own offsets."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.extract.engine import MAX_BODY_CHARS
from pipeline.extract.readable import decode_entities, join_wrapped_lines
from pipeline.models import Article
from tests.extract.claims import all_claims, claim_with


def _check_offsets(body: str) -> None:
    for claim in all_claims(body):
        assert body[claim.span.start : claim.span.end] == claim.span.text == claim.text
        assert body[claim.sentence_span.start : claim.sentence_span.end] == claim.sentence
        for quantity in claim.quantities:
            assert body[quantity.span.start : quantity.span.end] == quantity.text
        for reason in claim.reasons:
            if reason.span is not None:
                assert body[reason.span.start : reason.span.end] == reason.cue
        if claim.claimant is not None and claim.claimant.span is not None:
            span = claim.claimant.span
            assert body[span.start : span.end] == span.text


def test_a_possessive_written_as_a_reference_keeps_the_side() -> None:
    body = ("Russia&#8217;s Defence Ministry said 41 Ukrainian drones were destroyed overnight. "
            "Ukraine&rsquo;s air force said 78 Russian drones were shot down.\n\n"
            "Reuters could not independently verify either side&#x2019;s claims.")
    claims = all_claims(body)
    russian = claim_with(claims, "41 Ukrainian drones")
    assert russian.claimant is not None and russian.claimant.party == "russia"
    assert russian.claimant.span is not None
    assert russian.claimant.span.text == "Russia&#8217;s Defence Ministry"
    assert {"not_verified", "self_interested_source"} <= {r.code for r in russian.reasons}
    ukrainian = claim_with(claims, "78 Russian drones")
    assert ukrainian.claimant is not None and ukrainian.claimant.party == "ukraine"
    _check_offsets(body)


def test_quotation_marks_and_spaces_written_as_references() -> None:
    body = ("&quot;The enemy launched 14 drones at the region,&quot; Governor Oleksandr "
            "Prokudin wrote on Telegram. Residents said the blast could be heard more than "
            "20&nbsp;km away.")
    claims = all_claims(body)
    quoted = claim_with(claims, "14 drones")
    assert quoted.claimant is not None and quoted.claimant.name == "Governor Oleksandr Prokudin"
    distance = claim_with(claims, "blast")
    assert distance.text.endswith("km away")
    assert [(q.value, q.unit) for q in distance.quantities] == [(20.0, "km")]
    _check_offsets(body)


def test_text_without_references_is_left_alone() -> None:
    assert decode_entities("AT&T said R&D spending rose.") is None
    assert decode_entities("no ampersand") is None
    assert decode_entities("&unknownname; stays") is None


def test_a_hard_wrapped_paragraph_is_read_as_one_sentence() -> None:
    body = ("Myanmar military air strikes killed at least 27\r\n"
            "civilians in the Sagaing region, including nine children, the\r\n"
            "Assistance Association for Political Prisoners (AAPP) said on Monday.\r\n")
    claims = all_claims(body)
    assert len(claims) == 1 and claims[0].claimant is not None
    assert claims[0].claimant.name.startswith("Assistance Association")
    assert [(q.value, q.qualifier, q.unit) for q in claims[0].quantities][:1] == [
        (27.0, "at_least", "civilians")]
    _check_offsets(body)


def test_lines_that_are_not_wrapped_stay_apart() -> None:
    headlines = ("Historic Climate Change Agreement Adopted In Paris Today\n"
                 "The Paris Climate Agreement Is One Huge Step For Mankind\n"
                 "Speaking with One Voice to Solve the Climate Crisis Now\n")
    assert join_wrapped_lines(headlines) is None
    items = ("The ministry listed the losses it said it had inflicted:\n"
             "- 12 tanks and 20 armoured vehicles destroyed near the river\n"
             "- 3 helicopters shot down over the eastern part of the region\n")
    assert join_wrapped_lines(items) is None
    ended = ("The governor said two people were wounded in the overnight attack.\n"
             "The army said it had shot down 14 drones over the region.\n")
    assert join_wrapped_lines(ended) is None


def test_a_line_ending_on_a_word_no_sentence_ends_on_runs_on() -> None:
    body = "Local residents said at\nleast 20 people had died in Kani.\n"
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.name == "Local residents"
    assert [(q.value, q.qualifier) for q in claim.quantities] == [(20.0, "at_least")]
    _check_offsets(body)


def test_a_huge_scraped_body_is_decoded_only_as_far_as_it_is_read() -> None:
    body = "Russia&#8217;s army said 40 drones were downed. " * 8000  # about 400,000 chars
    result = extract(Article(id="big", body=body))
    assert result.note == (f"only the first {MAX_BODY_CHARS} of {len(body)} characters were "
                           "analysed")
    claim = result.claims[0]
    assert body[claim.span.start : claim.span.end] == claim.text
