"""Speech verbs used of a telephone call or of the terms of speaking."""

from __future__ import annotations

import orjson
import pytest

from pipeline.extract.non_speech import (
    REFUSAL_NOUNS,
    acts_on_object,
    compared_or_open,
    not_speaking,
)
from pipeline.extract.tokens import tokenize
from pipeline.extract.uncertainty import LEXICON_PATH
from tests.extract.attributions import found
from tests.extract.claims import all_claims


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Biden called the emir twice.", "called", True),
    ("Macron called Zelensky on Monday to discuss the talks.", "called", True),
    ("The official, who spoke on condition of anonymity, said", "spoke", True),
    ("Israel called the figures exaggerated.", "called", False),
    ("Trump called on Republicans to back him.", "called", False),
    ("He spoke about the war.", "spoke", False),
    ("Two officials spoke to Reuters.", "spoke", True),  # whom they spoke to, nothing said
    ("The mayor spoke to the Herald about the flooding.", "spoke", True),
    ("He spoke with reporters that the war was over.", "spoke", False),
    # whom Reuters spoke to; what he said is his own claim
    ("Reuters spoke to a resident, Armen Hakobyan, who said that many families had fled.",
     "spoke", True),
    ("Insurance companies can't deny you coverage.", "deny", True),  # a refusal
    ("Russia denied Ukraine access to the port.", "denied", True),
    ("The minister denied her involvement in the scandal.", "denied", False),
    ("Kyiv denied Russia's claims.", "denied", False),
])
def test_not_speaking(text: str, word: str, expected: bool) -> None:
    assert not_speaking(text, word, text.index(word) + len(word)) is expected


@pytest.mark.parametrize(("text", "word", "content", "acts"), [
    ("Peacekeepers recorded up to 60 projectiles.", "recorded", "to 60 projectiles", True),
    ("The bill passed the Senate.", "passed", "the Senate", True),
    ("The report recorded that 60 projectiles fell.", "recorded", "60 projectiles fell", False),
    ("He admitted 40 patients.", "admitted", "40 patients", False),  # not one of these verbs
    ("Britain has delivered Storm Shadow missiles to Ukraine.", "delivered",
     "Storm Shadow missiles to Ukraine", True),
])
def test_acts_on_object(text: str, word: str, content: str, acts: bool) -> None:
    start = text.index(content)
    assert acts_on_object(text, word, (start, start + len(content))) is acts


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Deaths are far higher than the official figures suggest.", "suggest", True),
    ("It was not clear how the Houthis had identified the ship.", "identified", True),
    ("More than half of voters said the economy was weak.", "said", False),
    ("The ministry said it was clear that the strike failed.", "said", False),
])
def test_compared_or_open(text: str, word: str, expected: bool) -> None:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.lower == word)
    assert compared_or_open(tokens, k) is expected


@pytest.mark.parametrize("text", [
    # Before: 'information' was the claim of "medical" (cue "claims"), at 0.57, and the
    # projections' range was a claimant ("decline" read as "declined").
    "The data included names and, in some cases, medical claims information.",
    "The projections range from a 30 percent decline to a near-total loss of ice by 2100.",
    "Exports declined to 40 percent of the 2021 level.",
    "No family had given written permission.",
])
def test_a_noun_or_a_fall_is_no_speech(text: str) -> None:
    assert all(c.claimant is None for c in all_claims(text))


def test_declining_to_comment_is_still_a_refusal() -> None:
    (claim,) = all_claims("The Kremlin declined to comment.")
    assert claim.attribution_cue is not None and claim.attribution_cue.text == "declined"


@pytest.mark.parametrize("text", [
    "Employers added 303,000 jobs in March.",
    "The mayor accepted $50,000 in bribes from a contractor in 2021.",
    "The governor vetoed the budget in 2022 and signed the tax bill in 2023.",
    "Veridia, which laid off most of its 600 employees last year, is now in bankruptcy.",
    "Schumer said Republicans had blocked the bill because Trump told them to.",
])
def test_acts_on_things_report_nothing(text: str) -> None:
    assert all(c.claimant is None or c.claimant.name == "Schumer" for c in all_claims(text))


def test_added_with_a_clause_still_reports() -> None:
    (claim,) = all_claims("The ministry added 10 people had died in the strike.")
    assert claim.claimant is not None and claim.text == "10 people had died in the strike"


def test_a_feared_thing_is_no_content() -> None:
    claims = all_claims(
        "Two former employees, who spoke on condition of anonymity because they feared "
        "retaliation, said concerns about the test's accuracy were raised in meetings as early "
        "as 2020. One of them said Kwan had dismissed the concerns.")
    assert [c.text for c in claims] == [
        "concerns about the test's accuracy were raised in meetings as early as 2020",
        "Kwan had dismissed the concerns"]
    assert all(c.claimant is not None and c.claimant.name == "Two former employees"
               and c.claimant.entity_type == "anonymous" for c in claims)


def test_a_number_added_before_another_verb_is_an_act() -> None:
    claims = all_claims("The minister said the government had added 2 million extra appointments "
                        "since July and had offered nurses 5.5 percent.")
    assert not any(c.attribution_cue is not None and c.attribution_cue.text == "added"
                   for c in claims)


@pytest.mark.parametrize(("body", "expected"), [
    ("The army said its troops had responded to the attack with artillery fire.",
     [("its troops had responded to the attack with artillery fire", "The army")]),
    ("Ukrainian forces responded with drone strikes on the refinery.", []),
])
def test_responding_by_force_is_a_deed_not_a_report(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert [(content, source) for content, source, _ in found(body)] == expected


@pytest.mark.parametrize(("body", "source"), [
    ("Rwandan troops are fighting in eastern Congo, a U.N. report said.", "U.N. report"),
    ("A UN report found that Rwandan troops are fighting in Congo.", "UN report"),
])
def test_a_report_that_speaks_is_a_noun_not_a_verb(body: str, source: str) -> None:
    # Before: "UN" reported "said", and the real claim had no source.
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.name == source
    assert "Rwandan troops" in claim.text


@pytest.mark.parametrize(("body", "expected"), [
    ("Russia seldom discloses its casualties.", []),
    ("The ministry disclosed that 40 soldiers had died.",
     [("40 soldiers had died", "The ministry")]),
    ("The RSF's battlefield claims could not be verified.", []),  # "claims" is the noun
])
def test_disclosing_a_thing_and_claims_as_a_noun_are_no_reports(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert [(content, source) for content, source, _ in found(body)] == expected


@pytest.mark.parametrize("body", [
    "Insurance companies can't deny you coverage because of a pre-existing condition.",
    "The court denied him bail.",
])
def test_a_refusal_is_no_dispute(body: str) -> None:
    assert all(c.status != "disputed" for c in all_claims(body))


def test_not_denying_a_refusal_keeps_the_claim() -> None:
    body = "He still hasn't denied it, he spends more money on a tax cut for the rich."
    assert max(c.checkworthiness for c in all_claims(body)) >= 0.5


@pytest.mark.parametrize(("body", "bogus"), [
    ("Kremlin spokesman Dmitry Peskov told reporters the attack showed that Kyiv cannot be "
     "trusted.", "attack"),
    ("The Pentagon has drawn up plans to withdraw up to 2,000 U.S. troops from eastern Europe, "
     "according to a report in The Washington Post.", "drawn up"),
])
def test_an_event_or_a_verb_is_no_speaker(body: str, bogus: str) -> None:
    assert all(c.claimant is None or c.claimant.name != bogus for c in all_claims(body))


def test_an_order_given_is_no_report() -> None:
    body = ("Thousands of residents were ordered to evacuate on Wednesday as a fast-moving "
            "wildfire tore through hills north of Santa Rosa, fire officials said.")
    assert [c.attribution_cue.text for c in all_claims(body) if c.attribution_cue] == ["said"]


def test_a_video_of_an_incident_shows_what_it_shows() -> None:
    (claim,) = all_claims("Video of the incident showed him with his hands in the air.")
    assert claim.claimant is not None and claim.claimant.name == "Video of the incident"


def test_the_lexicon_s_refusal_exceptions_name_the_same_things() -> None:
    lexicon = orjson.loads(LEXICON_PATH.read_bytes())
    phrases = [p for e in lexicon["entries"] for p in e["phrases"]
               if p.startswith("deny|denied|denies|denying") and not p.endswith(" to")]
    assert phrases and all(p.split()[-1].split("|") == list(REFUSAL_NOUNS) for p in phrases)


@pytest.mark.parametrize("sentence", [
    "At least 30 people were killed in Gaza during the reporting period, OCHA said.",
    "Only 48 trucks entered each day during the reporting period.",
])
def test_the_reporting_period_reports_nothing(sentence: str) -> None:
    (claim,) = all_claims(sentence)
    assert claim.text.rstrip(".").endswith("reporting period")


def test_adding_that_a_number_clause_reports_it() -> None:
    # Before: "adding that 40 others were injured" was read as a sum ("adding 10 days")
    claims = all_claims("The ministry said 12 people were killed, adding that 40 others were "
                        "injured.")
    injured = next(c for c in claims if c.text == "40 others were injured")
    assert injured.claimant is not None and injured.claimant.name == "ministry"
