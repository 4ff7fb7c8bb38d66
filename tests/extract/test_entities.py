"""HTML character references: read decoded, reported at the body's own offsets."""

from __future__ import annotations

from pipeline.extract.entities import decode_entities
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
