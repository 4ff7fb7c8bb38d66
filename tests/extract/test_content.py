"""Where a reported content begins and ends (:mod:`pipeline.extract.content`)."""

from __future__ import annotations

import pytest

from pipeline.extract.content import content_after
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences
from tests.extract.claims import all_claims


def _after(body: str, verb: str) -> str | None:
    sentence = split_sentences(body)[0]
    pos = body.index(verb) + len(verb)
    found = content_after(body, sentence, pos, QuoteIndex(body))
    return None if found is None else body[found[0] : found[1]]


def test_content_skips_adjuncts_and_that() -> None:
    assert _after("The ministry said on Tuesday that 12 soldiers died.", "said") == (
        "12 soldiers died")


def test_a_new_clause_about_the_speaker_ends_the_content() -> None:
    body = "Rubio said the extremist is Clinton, and he railed against the moderators."
    assert _after(body, "said") == "the extremist is Clinton"
    body = "She said she considered it, but she wanted to be realistic."
    assert _after(body, "said") == "she considered it"
    # past an ", and he" inside a quotation, to the one after it
    body = "The minister said “we won, and he lost,” and he railed against critics."
    assert _after(body, "said") == "“we won, and he lost,”"


def test_a_clause_that_goes_on_reporting_or_a_quotation_keeps_its_and() -> None:
    body = "He said the town fell, and he said 40 soldiers were captured."
    assert _after(body, "said") == "the town fell, and he said 40 soldiers were captured"
    body = "He said “we lost the town, and we lost the bridge” on Monday."
    assert _after(body, "said") == "“we lost the town, and we lost the bridge” on Monday"


def test_the_statement_an_agency_carried_is_no_part_of_the_content() -> None:
    from tests.extract.claims import all_claims
    (claim,) = all_claims("The ministry said, in a statement cited by RIA, that 12 drones were "
                          "downed.")
    assert claim.text == "12 drones were downed"


@pytest.mark.parametrize(("text", "content"), [
    ("The governor said on his Telegram channel that debris had fallen on a farm.",
     "debris had fallen on a farm"),
    ("The governor said on his official Telegram account that debris had fallen.",
     "debris had fallen"),
    ("A resident, Olena, told our correspondent she was woken by a loud blast.",
     "she was woken by a loud blast"),
    ("The mayor told this newspaper the shelling had lasted all night.",
     "the shelling had lasted all night"),
    ("She told the jury she feared for her life.", "she feared for her life"),
    ("He told the court the army attacked first.", "the army attacked first"),
])
def test_the_channel_and_the_correspondent_are_no_content(text: str, content: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text == content


def test_what_they_said_was_is_the_noun_phrase_after_the_copula() -> None:
    claims = all_claims("Police fired on crowds protesting against what they said was the rigging "
                        "of the election, and at least four people were killed.")
    said = [c for c in claims if c.claimant is not None and c.claimant.span.text == "they"]
    assert [c.text for c in said] == ["was the rigging of the election"]


def test_where_it_was_said_before_the_that_clause_is_no_content() -> None:
    text = ("Carl Benning said at a news conference outside the state Capitol that his team had "
            "identified 4,800 ballots.")
    (claim,) = all_claims(text)
    assert claim.text == "his team had identified 4,800 ballots"


def test_a_post_showing_text_reading_a_quotation_claims_the_whole_quotation() -> None:
    (claim,) = all_claims(
        'The post, shared more than 40,000 times since Sunday, shows text reading: "Trudeau just '
        'made it illegal to take out more than $1,000 of YOUR money. The war on cash has '
        'begun."')
    assert claim.text.startswith('"Trudeau') and claim.text.endswith('begun."')
    assert claim.claimant is not None


def test_a_capitalised_ed_word_is_a_name_not_a_verb() -> None:
    # Before: "United" read as a past verb, so the body's name became a claim of its own.
    claims = all_claims("The United Nations refugee agency, UNHCR, said 30 civilians had fled.")
    assert [c.text for c in claims] == ["30 civilians had fled"]


def test_without_addressing_it_is_how_it_was_said_not_what() -> None:
    (claim,) = all_claims("A spokesman said the administration would continue to support "
                          "Ukraine, without addressing the report directly.")
    assert claim.text == "the administration would continue to support Ukraine"


@pytest.mark.parametrize("body", [
    "The junta said its forces had killed 100 fighters, in a statement carried by state TV.",
    "The military government said in a communique read on state television that its forces "
    "had killed 100 fighters.",
])
def test_where_it_was_said_is_no_part_of_the_content(body: str) -> None:
    (claim,) = all_claims(body)
    assert claim.text == "its forces had killed 100 fighters"


def test_a_listener_then_a_long_subject_keeps_the_subject_in_the_content() -> None:
    body = ("Two U.S. officials told Reuters the number of troops involved could be "
            '"significantly lower" than reported.')
    claim = max(all_claims(body), key=lambda c: c.checkworthiness)
    assert claim.text.startswith("the number of troops involved could be")


def test_a_cue_inside_a_quotation_says_no_more_than_the_quotation() -> None:
    claims = all_claims("Gelashvili accused the opposition of trying to incite unrest. "
                        "\"They lost, and they know they lost,\" he said in a televised address.")
    assert not [c for c in claims if "televised" in c.text]


@pytest.mark.parametrize("sentence", [
    "Air raid sirens have sounded across eastern Ukraine for nearly three hours, according to "
    "the official alert map.",
    "A source told Ukrainska Pravda the ship had been damaged and was listing after the strike.",
])
def test_sirens_sounding_and_a_ship_listing_report_nothing(sentence: str) -> None:
    assert len(all_claims(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "However, the vehicle was a decoy, according to three analysts.",
    "However, the vehicle was a decoy, the analysts said.",
])
def test_a_connective_opening_the_sentence_is_no_part_of_the_content(sentence: str) -> None:
    assert [c.text for c in all_claims(sentence)] == ["the vehicle was a decoy"]


@pytest.mark.parametrize("sentence", [
    "Zelenskyy said hours after the call that Russia had launched 40 drones.",
    "Zelenskyy said shortly after the meeting that Russia had launched 40 drones.",
])
def test_when_it_was_said_before_that_is_no_part_of_the_content(sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert claim.text == "Russia had launched 40 drones"


def test_a_listener_of_four_words_ends_the_sentence_after_the_content() -> None:
    # Before: the content was the listener, "the aid group SOS Humanity", and the toll was lost
    body = ("At least 41 people are feared dead after a migrant boat capsized in the "
            "Mediterranean, survivors told the aid group SOS Humanity.")
    (claim,) = all_claims(body)
    assert claim.text.endswith("capsized in the Mediterranean")
    assert claim.claimant is not None and claim.claimant.name == "survivors"


def test_a_quotation_before_a_role_and_a_name_ends_at_its_quote() -> None:
    # Before: the content ran on into ", the head of the regional administration"
    (claim,) = all_claims('"Ten soldiers were killed in the attack," the head of the regional '
                          'administration, Ivan Fedorov, said.')
    assert claim.text == '"Ten soldiers were killed in the attack,"'
