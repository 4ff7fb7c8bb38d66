"""Speaker labels: headline and transcript labels, turns, labels before quotations."""

from __future__ import annotations

from pipeline.extract.labels import opens_with_label, transcript_turn
from pipeline.extract.segment import split_sentences
from tests.extract.claims import all_claims, claim_with


def test_a_turn_runs_on_after_a_first_sentence_with_its_own_verb() -> None:
    claims = all_claims("GEN. RYDER: I think we've degraded their capability. But we've taken "
                        "out more than 150 munitions.")
    last = claims[-1]
    assert "150 munitions" in last.text
    assert last.claimant is not None and last.claimant.name == "GEN. RYDER"


def test_a_turn_runs_on_after_a_bare_no() -> None:
    claims = all_claims("KIRBY: No. No U.S. ship was hit.")
    hit = next(c for c in claims if "ship" in c.text)
    assert hit.claimant is not None and hit.claimant.name == "KIRBY"


def test_fact_check_fields_and_questions_are_no_turns() -> None:
    sentences = split_sentences("CLAIM: Troops shot down a jet.\nVERDICT: False.")
    assert transcript_turn(sentences[0]) is None
    assert opens_with_label(sentences[1])
    assert transcript_turn(split_sentences("Q: Did it hit?")[0]) is None


def test_a_surname_in_capitals_opening_a_turn_is_a_person() -> None:
    claims = all_claims(
        "WHITFIELD: Arizona lost 40,000 manufacturing jobs in the last four years.\n\nRAMOS: "
        "That is simply not true, and he knows it. Manufacturing employment is up 6 percent.")
    assert [(c.claimant.name, c.claimant.entity_type) for c in claims if c.claimant] == [
        ("WHITFIELD", "person"), ("RAMOS", "person")]
    assert claims[0].status == "disputed"
    (known,) = all_claims("UNICEF: 40 children were killed in the strike.")
    assert known.claimant is not None and known.claimant.entity_type == "organisation"


def test_a_fact_check_heading_is_no_speaker() -> None:
    claims = all_claims("FACT CHECK: Did Canada ban cash withdrawals over $1,000?\n\n"
                        "VERDICT: False. No such law or regulation exists.")
    assert all(c.claimant is None for c in claims)


def test_in_an_interview_a_named_answer_is_the_speakers_to_the_end_of_its_paragraph() -> None:
    claims = all_claims("Dr Olena Kovalenko runs the burns unit in Kharkiv.\n\nQ: How many "
                        "patients are you treating?\n\nKovalenko: We have 74 patients in a unit "
                        "built for 30. Two of our nurses were injured.")
    nurses = claim_with(claims, "nurses were injured")
    assert nurses.claimant is not None and nurses.claimant.name == "Kovalenko"


def test_outside_an_interview_a_named_label_opens_no_turn() -> None:
    claims = all_claims("Paul Ryan: FBI decision defies explanation. Two nurses were injured.")
    assert claim_with(claims, "nurses were injured").claimant is None


def test_a_one_off_label_in_an_interview_opens_no_turn() -> None:
    claims = all_claims("Dr Olena Kovalenko runs the burns unit.\n\nQ: How many patients?\n\n"
                        "Kovalenko: We have 74 patients.\n\nDisclaimer: This interview has been "
                        "edited. Russian missiles destroyed the second wing in March.")
    assert claim_with(claims, "second wing").claimant is None
