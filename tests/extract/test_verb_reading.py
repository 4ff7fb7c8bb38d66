"""Noun readings of speech-verb forms and negated checking verbs (pipeline.extract.verb_reading)."""

from __future__ import annotations

import pytest

from pipeline.extract.noun_readings import noun_reading
from pipeline.extract.tokens import Token, tokenize
from pipeline.extract.verb_reading import negated, other_sense
from tests.extract.claims import all_claims


def _at(text: str, word: str) -> tuple[list[Token], int]:
    tokens = tokenize(text)
    return tokens, next(i for i, t in enumerate(tokens) if t.lower == word)


@pytest.mark.parametrize(("text", "word", "noun"), [
    ("the drone claim was false", "claim", True),
    ("Kyiv's claims that", "claims", True),
    ("there were reports of shelling", "reports", True),
    ("the army claims the town fell", "claims", False),
    ("Moscow claims its forces", "claims", False),
])
def test_noun_reading(text: str, word: str, noun: bool) -> None:
    tokens, k = _at(text, word)
    prev = tokens[k - 1] if k else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    assert noun_reading(prev, word, nxt) is noun


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("the claim could not be independently verified", "verified", True),
    ("the claim was not actually confirmed", "confirmed", True),
    ("the claim was confirmed", "confirmed", False),
    ("not the army but the ministry confirmed", "confirmed", False),
])
def test_negated(text: str, word: str, expected: bool) -> None:
    tokens, k = _at(text, word)
    assert negated(tokens, k) is expected


def test_ambiguous_forms_after_numbers_adjectives_and_prepositions_are_nouns() -> None:
    from tests.extract.claims import all_claims
    for body in ("Israeli jets struck weapons depots and command posts of Hezbollah overnight.",
                 "The ambassador said Ankara had credible reports that prisoners were shot.",
                 "Amnesty said in its 2023 report that prisoners had been tortured.",
                 "It was the first swap since talks stalled in March."):
        claims = all_claims(body)
        assert len(claims) == 1, body
        assert claims[0].claimant is None or claims[0].claimant.name in ("ambassador", "Amnesty")


@pytest.mark.parametrize("text", [
    "Attacks on aid convoys have declined sharply this year.",
    "Exports declined by 20% last year.",
])
def test_declined_meaning_fell_is_no_attribution(text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is None and claim.text == text


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers in Zamfara state, police said.",
    "Fighting broke out in El Obeid, the capital of North Kordofan state, on Thursday.",
    "Gunmen attacked villages in Kano and Katsina states, police said.",
])
def test_state_after_a_place_name_is_no_speech_verb(text: str) -> None:
    claims = all_claims(text)
    cues = {c.attribution_cue.text for c in claims if c.attribution_cue is not None}
    assert not cues & {"state", "states"} and len(claims) == 1


def test_states_after_a_name_is_still_a_verb() -> None:
    (claim,) = all_claims("The Pentagon states that 12 ships were hit.")
    assert claim.claimant is not None and claim.claimant.name == "Pentagon"


@pytest.mark.parametrize(("text", "cue", "mention"), [
    ("The UN report said 40 people died in the attack.", "said", "The UN report"),
    ("An Amnesty report found that 40 people died in the attack.", "found", "An Amnesty report"),
])
def test_report_before_a_report_verb_is_its_subject(text: str, cue: str, mention: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text == "40 people died in the attack"
    assert claim.attribution_cue is not None and claim.attribution_cue.text == cue
    assert claim.claimant is not None and claim.claimant.span.text == mention


@pytest.mark.parametrize("text", [
    "The ceasefire announced on Monday has largely held.",
    "Casualties reported in the strike included three children.",
    "The prisoner exchanges promised in the annex have not happened.",
])
def test_a_participle_modifying_a_noun_reports_nothing(text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is None and claim.attribution_cue is None


@pytest.mark.parametrize(("text", "mention", "content"), [
    ("A video shared on Telegram shows the bridge collapsing.", "A video shared on Telegram",
     "the bridge collapsing"),
    ("A post shared widely on Facebook claims that 3000 soldiers were killed.",
     "A post shared widely on Facebook", "3000 soldiers were killed"),
    ("The ministry announced on Monday it has captured the town.", "The ministry",
     "it has captured the town"),
])
def test_what_was_shared_speaks_not_the_platform(text: str, mention: str, content: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.span.text == mention
    assert claim.text == content


def test_fighting_that_continued_in_a_place_said_nothing() -> None:
    (claim,) = all_claims("Fighting continued in the disputed region on Sunday.")
    assert claim.claimant is None and claim.attribution_cue is None


@pytest.mark.parametrize(("text", "content"), [
    ("Rebels overran two border posts near Goma, the army said.",
     "Rebels overran two border posts near Goma"),
    ("He said he had been held for six years and had not been allowed to call his family.",
     "he had been held for six years and had not been allowed to call his family"),
])
def test_counted_nouns_and_permissions_report_nothing(text: str, content: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text == content


def test_a_time_or_event_that_saw_something_saw_nothing() -> None:
    (claim,) = all_claims("The last exchange, in April 2023, saw nearly 900 prisoners freed.")
    assert claim.claimant is None


def test_a_toll_put_at_close_to_a_figure_is_the_sources() -> None:
    (claim,) = all_claims("Activists put the death toll at close to 250.")
    assert claim.claimant is not None and claim.claimant.name == "Activists"


@pytest.mark.parametrize("text", [
    "Baku said Armenian claims of an Azerbaijani attack were absolutely false.",
    "Ukrainian claims of a Russian retreat were false, the ministry said.",
])
def test_a_demonym_before_claims_of_makes_a_noun_not_a_speaker(text: str) -> None:
    assert all(c.claimant is None or c.claimant.span.text not in ("Armenian", "Ukrainian")
               for c in all_claims(text))


def test_claiming_sovereignty_is_territory_not_speech() -> None:
    (claim,) = all_claims("China claims sovereignty over the islands.")
    assert claim.claimant is None
    (other,) = all_claims("Russia claimed most of the town was under its control.")
    assert other.claimant is not None and other.text == "most of the town was under its control"
    (sea,) = all_claims("Beijing claims almost the entire South China Sea, including the shoal.")
    assert sea.claimant is None


def test_a_question_left_open_names_nobody_in_it() -> None:
    # Before: "was behind the attack" was WFP's claim, cue "believed", scored 0.75.
    claims = all_claims("WFP did not say who it believed was behind the attack.")
    assert all(c.checkworthiness < 0.5 and c.attribution_cue.text != "believed"
               for c in claims if c.attribution_cue is not None)


@pytest.mark.parametrize(
    ("body", "word", "start"),
    [
        # Movements and deliveries of weapons were reports with the mover as the speaker.
        ("since Ukraine withdrew from Kursk", "withdrew", 23),
        ("Germany delivered two systems", "delivered", 18),
    ],
)
def test_withdrawing_from_a_place_and_delivering_a_count_report_nothing(
        body: str, word: str, start: int) -> None:
    assert other_sense(body, word, start)
    assert not other_sense("She delivered a speech", "delivered", 14)


def test_claiming_most_of_a_sea_is_territory_not_speech() -> None:
    # "Beijing claims almost all of the South China Sea" had been Beijing's speech.
    claims = all_claims("Beijing claims almost all of the South China Sea, including waters "
                        "near the Philippines.")
    assert [c.claimant for c in claims] == [None]
    (downed,) = all_claims("Russia claimed almost all of the drones were shot down.")
    assert downed.claimant is not None and downed.text == "almost all of the drones were shot down"


def test_a_platforms_post_is_a_noun_not_a_poster() -> None:
    # "a Telegram post" had made "a Telegram" a person who posted the rest of the sentence.
    claims = all_claims("In a Telegram post, the governor said three of the injured were "
                        "children.")
    assert [(c.text, c.claimant.name if c.claimant else None) for c in claims] == [
        ("three of the injured were children", "governor")]


def test_what_a_group_supports_in_an_aside_is_nothing_said() -> None:
    # Before: "the hospital" was MSF's claim (cue "supports"), scored 0.88, and took the
    # RSF's denial away from the WHO's account of the attack.
    claims = all_claims(
        "Staff fled the last functioning hospital in El Fasher after it came under attack by "
        "the Rapid Support Forces (RSF), the World Health Organization said. Medecins Sans "
        "Frontieres, which supports the hospital, said at least 10 patients had been killed. "
        "The RSF denied targeting the hospital.")
    assert "the hospital" not in [c.text for c in claims]
    assert claims[0].status == "disputed"


def test_insisting_on_a_thing_is_a_demand_not_a_claim() -> None:
    # Before: "on the return of several soldiers" was Moscow's claim, scored 0.92, and the
    # anonymous official's claim around it was capped at 0.30 as a mere relay.
    (claim,) = all_claims("A Ukrainian official, who asked not to be named, said Moscow had "
                          "initially insisted on the return of several soldiers.")
    assert claim.text.startswith("Moscow had") and claim.checkworthiness >= 0.5


@pytest.mark.parametrize(("text", "word"), [
    ("Kyiv withdrew most of its troops from the region in March, according to officials.",
     "withdrew"),
    ("The resident spoke by satellite phone after fleeing to El Obeid, his brother said.",
     "spoke"),
    ("Shaman watched the sky as a medic loaded a wounded soldier, his commander said.",
     "watched"),
])
def test_acts_that_look_like_reports_are_no_cue(text: str, word: str) -> None:
    assert all(c.attribution_cue is None or c.attribution_cue.text != word
               for c in all_claims(text))


@pytest.mark.parametrize(("text", "subject", "cue"), [
    # Before: "were reported" read as a report with "missing after the blast" as its content
    ("Three people were reported missing after the blast.", "Three people",
     "were reported missing"),
    # Before: no claim at all
    ("All crew were reported safe and the vessel was towed to Djibouti.", "All crew",
     "were reported safe"),
])
def test_reported_with_a_fate_hedges_the_whole_clause(text: str, subject: str, cue: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text.startswith(subject) and claim.claimant is None
    assert [(r.code, r.cue) for r in claim.reasons] == [("hedge", cue)]


def test_pushing_them_back_is_force_not_words() -> None:
    # Before: "pushed" was a report with content "them back (across the frontier)"
    (claim,) = all_claims("Russian forces held the town in 2022 before a Ukrainian "
                          "counteroffensive pushed them back.")
    assert claim.attribution_cue is None
    (claim,) = all_claims("The ministry added that Polish border guards had beaten migrants "
                          "and pushed them back across the frontier, which Warsaw denies.")
    assert claim.text.endswith("pushed them back across the frontier")
    assert claim.status == "disputed"


def test_so_far_is_no_speaker() -> None:
    # Before: "far" claimed the deaths, and "It" then took "far" up
    claims = all_claims("The UN mission said its staff had so far confirmed the deaths of 16 "
                        "civilians. It said it had found no sign that the site was military.")
    assert {c.claimant.name for c in claims if c.claimant} == {"UN mission"}


def test_balcony_rails_are_no_railing_against_anything() -> None:
    # Before: "rails" was a speech cue whose speaker was "building's distinctive green balcony"
    (claim,) = all_claims("The building's distinctive green balcony rails match satellite imagery "
                          "of a commercial block in Idlib city.")
    assert claim.claimant is None and claim.attribution_cue is None
    (railing,) = all_claims("Trump rails against the media.")
    assert railing.attribution_cue is not None and railing.attribution_cue.text == "rails"
