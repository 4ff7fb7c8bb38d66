"""Attributions missed or misread in PolNeAR *train* articles (the error analysis of the
1.27.0 work), each reduced to a sentence of its own."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("text", "words", "source"), [
    ("Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him "
     "said.", "re-evaluating", "source close to him"),
    ("The talks failed, an aide close to them said.", "talks failed", "aide close to them"),
    ("A person close to her said the talks had failed.", "talks had failed",
     "person close to her"),
])
def test_a_source_close_to_a_pronoun_is_an_anonymous_source(
        text: str, words: str, source: str) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and claim.claimant.name == source
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_her_before_a_noun_is_a_possessive_not_the_end_of_the_source() -> None:
    text = "People familiar with her thinking say she now acknowledges that the plan would fail."
    claim = claim_with(all_claims(text), "acknowledges")
    assert claim.text.startswith("she now")
    assert claim.claimant is not None and claim.claimant.name == (
        "People familiar with her thinking")


@pytest.mark.parametrize("dash", ["--", "—"])
def test_a_relative_clause_between_dashes_is_not_part_of_the_speaker(dash: str) -> None:
    text = (f"Sen. John McCain {dash} who lost the 2008 election {dash} said the president "
            "had no plan.")
    claim = claim_with(all_claims(text), "no plan")
    assert claim.text == "the president had no plan"
    assert claim.claimant is not None and claim.claimant.name == "Sen. John McCain"


def test_a_typewriter_dash_is_a_dash() -> None:
    text = ("The Supreme Court justice -- who has been involved in a scuffle with the "
            "nominee -- said she regretted her remarks.")
    claim = claim_with(all_claims(text), "regretted")
    assert claim.text == "she regretted her remarks"
    assert claim.claimant is not None and claim.claimant.name == "Supreme Court justice"


@pytest.mark.parametrize("dash", ["--", "—"])
def test_a_participle_opening_a_dash_aside_speaks_for_the_subject_until_the_dash(
        dash: str) -> None:
    text = (f"Entering the debate, Rubio and Christie {dash} seeking breakout performances in "
            f"the New Hampshire primary {dash} faced increasing attacks from Bush.")
    claim = claim_with(all_claims(text), "breakout")
    assert claim.text == "breakout performances in the New Hampshire primary"
    assert claim.claimant is not None and claim.claimant.name == "Rubio and Christie"


def test_an_opening_participle_phrase_is_not_the_speaker() -> None:
    text = ("Facing criticism on Sunday, Mr. Trump said that Mr. Khan had no right to "
            "criticize him.")
    claim = claim_with(all_claims(text), "no right")
    assert claim.claimant is not None and claim.claimant.name == "Mr. Trump"


@pytest.mark.parametrize("text", [
    "Walking into the office, the senator said his campaign was closing strong.",
    "Arriving at the scene, police said there may be as many as three suspects.",
])
def test_the_subject_after_an_opening_participle_speaks(text: str) -> None:
    claim = all_claims(text)[-1]
    assert claim.claimant is not None and claim.claimant.name in ("senator", "police")


@pytest.mark.parametrize("text", [
    "Sanders said closed primaries deny many energized independents the right to vote.",
    "The law denies them the right to drive.",
])
def test_denying_someone_a_right_withholds_it_and_disputes_nothing(text: str) -> None:
    claims = all_claims(text)
    assert claims and all(c.status != "disputed" for c in claims)
    assert all(c.claimant is None or c.claimant.name != "primaries" for c in claims)


def test_denying_that_someone_had_a_right_is_still_a_denial() -> None:
    (claim,) = all_claims("He denied that he had the right to fire her.")
    assert claim.status == "disputed"


@pytest.mark.parametrize(("text", "start", "source"), [
    ("Since last November, according to Human Rights Watch, state security forces have killed "
     "more than 400 protesters.", "state security forces", "Human Rights Watch"),
    ("While most of those were elevated to the confidential level, according to a State "
     "Department official, two in the most recent batch were upgraded to the Secret level.",
     "two in the most recent batch", "State Department official"),
])
def test_according_to_after_an_opening_phrase_speaks_for_the_main_clause(
        text: str, start: str, source: str) -> None:
    claim = claim_with(all_claims(text), start)
    assert claim.text.startswith(start)
    assert claim.claimant is not None and claim.claimant.name == source


def test_according_to_after_a_whole_clause_still_speaks_for_it() -> None:
    text = ("Though he has no shot at the nomination, John Kasich appears to have the best odds "
            "of beating Hillary Clinton, according to three recent polls, including one from "
            "Monmouth University.")
    claim = claim_with(all_claims(text), "Kasich")
    assert claim.claimant is not None and claim.claimant.name == "three recent polls"


@pytest.mark.parametrize(("text", "share"), [
    ("It is on social issues that they lean left: 42% say they're liberal.", "42%"),
    ("There is less consensus: 47% say the United States should commit troops.", "47%"),
])
def test_a_share_of_those_polled_says(text: str, share: str) -> None:
    claim = all_claims(text)[-1]
    assert claim.claimant is not None and claim.claimant.name == share


def test_a_share_that_supports_a_candidate_says_nothing() -> None:
    claims = all_claims("In the Senate race, 43% support Strickland and 42% support Portman.")
    assert all(c.claimant is None for c in claims)


@pytest.mark.parametrize("text", [
    "He added, however, that the plan had failed.",
    "He said, though, that the plan had failed.",
])
def test_a_linking_adverb_before_that_is_no_part_of_the_content(text: str) -> None:
    claim = claim_with(all_claims(text), "plan")
    assert claim.text == "the plan had failed"


@pytest.mark.parametrize(("text", "content"), [
    ("He said that in the morning McCain failed.", "in the morning McCain failed"),
    ("Kaine said that – in his professional life – he is a strong advocate for abortion "
     "rights.", "– in his professional life – he is a strong advocate for abortion rights"),
])
def test_a_that_clause_opening_with_a_phrase_is_content(text: str, content: str) -> None:
    claim = claim_with(all_claims(text), content)
    assert claim.claimant is not None and claim.claimant.name in ("He", "Kaine")


def test_a_time_alone_after_said_is_still_no_content() -> None:
    claims = all_claims("He stole £2 million, prosecutors said at his trial.")
    assert [c.text for c in claims] == ["He stole £2 million"]


@pytest.mark.parametrize("quote", ["''", "“", '"'])
def test_a_day_after_said_is_no_inverted_speaker(quote: str) -> None:
    close = "”" if quote == "“" else quote
    text = (f"{quote}We don't believe troops are the answer,{close} Rhodes, an adviser, said "
            "Sunday.")
    claim = claim_with(all_claims(text), "troops")
    assert claim.claimant is not None and claim.claimant.name.startswith("Rhodes")


def test_a_second_report_in_a_later_interview_is_the_same_speaker_s() -> None:
    text = ("The employee first said he did not recall making deletions, but in a later "
            "interview said he had deleted the archive.")
    claims = all_claims(text)
    first, second = claim_with(claims, "did not recall"), claim_with(claims, "had deleted")
    assert first.text == "he did not recall making deletions"
    assert second.text == "he had deleted the archive"
    assert second.claimant is not None and second.claimant.name == "employee"


def test_a_label_keeps_a_speech_verb_s_own_speaker() -> None:
    claim = claim_with(all_claims("Zelensky: Russia said it would attack Kyiv."), "attack")
    assert claim.claimant is not None and claim.claimant.name == "Russia"


def test_a_participle_set_off_with_a_bare_day_describes_its_noun() -> None:
    text = "The tentative deal, announced Friday, would last four years."
    assert all(c.claimant is None for c in all_claims(text))


@pytest.mark.parametrize(("text", "content"), [
    ("Saudi officials deny any links to terrorism groups, but critics point to Saudi charities "
     "that fund militant cells.", "any links to terrorism groups"),
    ("She said some middle-class families would pay more in taxes, an acknowledgment that "
     "advisers to Clinton quickly trumpeted on Twitter.",
     "some middle-class families would pay more in taxes"),
    ("Two people said disagreements broke out within the firm over the arrangement, which at "
     "least one former employee considered obviously illegal.",
     "disagreements broke out within the firm over the arrangement"),
    ("Trump said Carson had been led astray by insiders — and he singled out Barry Bennett as "
     "the root of the problem.", "Carson had been led astray by insiders"),
])
def test_a_content_ends_where_others_answer_or_the_writer_goes_on(
        text: str, content: str) -> None:
    assert all_claims(text)[0].text == content
