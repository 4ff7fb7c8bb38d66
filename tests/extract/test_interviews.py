"""Interview transcripts: "A:" is the person interviewed for the whole answer, "Q:" the
interviewer."""

from __future__ import annotations

from tests.extract.claims import all_claims, claim_with

_BODY = ("Reuters spoke to Bo Aung Naing, a commander of the People's Defence Force, by video "
         "link.\n\nQ: Your forces say they took 20 outposts. Is that right?\n\nA: Twenty-three "
         "outposts. We captured 140 soldiers.\n\nQ: What about the airport?\n\nA: We hold it. "
         "The junta lost two jets there.")


def test_every_sentence_of_an_answer_is_the_interviewees() -> None:
    claims = {c.text: c for c in all_claims(_BODY)}
    for text in ("Twenty-three outposts", "We captured 140 soldiers.", "We hold it",
                 "The junta lost two jets there."):
        claimant = claims[text].claimant
        assert claimant is not None and claimant.name == "Bo Aung Naing", text


def test_the_questions_are_the_interviewers() -> None:
    claims = {c.text: c for c in all_claims(_BODY)}
    claimant = claims["What about the airport"].claimant
    assert claimant is not None and claimant.name == "interviewer"


def test_a_transcript_speakers_turn_goes_on_to_the_paragraphs_end() -> None:
    claims = all_claims("MARCHENKO: Good afternoon. This morning our naval drones struck a "
                        "Russian patrol ship near Novorossiysk.")
    assert [c.claimant.name if c.claimant else None for c in claims] == ["MARCHENKO"] * 2


def test_a_question_asked_in_a_q_line_asserts_nothing() -> None:
    claims = all_claims("Q: Is it true that Russia has moved additional troops to the "
                        "Zaporizhzhia direction?\n\nA: Yes.")
    question = next(c for c in claims if c.text.startswith("Is it true"))
    assert question.checkworthiness < 0.5


def test_questions_put_by_a_moderator_are_under_the_cut() -> None:
    body = ("MODERATOR: Mr. Whitfield, you have said the state lost jobs. Where does your 25 "
            "percent figure come from?\n\n\"Is it true that crime rose 25 percent in Tucson last "
            "year?\" the moderator asked.")
    claims = all_claims(body)
    asked = [c for c in claims if c.text.rstrip('"').endswith("?")]
    assert len(asked) == 2 and all(c.checkworthiness < 0.5 for c in asked)
    assert all(c.claimant is not None and c.claimant.entity_type == "media" for c in asked)
    said = claim_with(claims, "lost jobs")
    assert said.claimant is not None and said.claimant.name == "Mr. Whitfield"


def test_a_statement_framed_as_a_question_keeps_its_score() -> None:
    # "Do you know that X?" asserts X (CheckThat! labels such debate lines check-worthy)
    (claim,) = all_claims("Do you know that we've laid a $10 trillion debt on these young "
                          "Americans, $500 billion of it owed to China?")
    assert claim.checkworthiness >= 0.5


def test_an_answer_opening_with_a_gerund_compound_keeps_its_speaker() -> None:
    claims = all_claims("Q: Is the hospital system failing?\n\nVOSS: No. Waiting lists fell for "
                        "the last four months in a row.")
    lists = claim_with(claims, "Waiting lists fell")
    assert lists.claimant is not None and lists.claimant.name == "VOSS"


def test_the_interviewee_may_be_the_subject_who_spoke_to_the_outlet() -> None:
    # Before: the answer was "interviewee"'s, a person of no side, and asserted.
    claims = all_claims(
        "Lieutenant Colonel Viktor Hrytsenko, a spokesman for the Ukrainian military, spoke "
        "to us by video link.\n\nQ: How heavy are Russian losses?\n\nA: Over the past 24 "
        "hours, the enemy lost around 450 personnel in our sector.")
    claim = claim_with(claims, "450 personnel")
    assert claim.claimant is not None
    assert (claim.claimant.name, claim.claimant.party) == (
        "Lieutenant Colonel Viktor Hrytsenko", "ukraine")
    assert claim.claimant.self_interested and claim.status == "unverified"


def test_i_in_an_answer_is_the_interviewee_not_the_authors() -> None:
    # Before: "I think" in an answer was "the authors"' (the outlet's first person).
    claims = all_claims(
        "Reuters spoke to Bo Aung Naing, a commander of the People's Defence Force.\n\n"
        "Q: What do you need most?\n\nA: Ammunition. If we get it in time, I think the "
        "front will hold until the monsoon.")
    claim = claim_with(claims, "front will hold")
    assert claim.claimant is not None and claim.claimant.name == "Bo Aung Naing"
