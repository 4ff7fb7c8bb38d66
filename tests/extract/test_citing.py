"""Whom a claim is passed on from."""

from __future__ import annotations

import pytest

from pipeline.extract.citing import CITED_AS, citing_origin, strip_span
from tests.extract.claims import all_claims


@pytest.mark.parametrize(("text", "origin"), [
    ("The strike killed 12 people, the agency said, citing witnesses.", "witnesses"),
    ("Commanders ordered the assault, the channel said, citing a soldier.", "a soldier"),
    ("RIA reported it with reference to the Russian Defense Ministry.",
     "the Russian Defense Ministry"),
    ("TASS, citing Russian human rights commissioner Tatyana Moskalkova, reported it.",
     "Russian human rights commissioner Tatyana Moskalkova"),
    ("Two died, RIA said, citing regional governor Vyacheslav Gladkov.",
     "regional governor Vyacheslav Gladkov"),
    # documents are sources a relay cites too (before: no origin, so no relay chain)
    ("Reuters, citing a government document, reported it.", "a government document"),
    ("Bloomberg News, citing an internal memo, reported it.", "an internal memo"),
    # an unnamed origin with a capitalised nationality
    ("The Wall Street Journal, citing unnamed U.S. officials, reported it.",
     "unnamed U.S. officials"),
    ("The Journal, citing satellite imagery analysed by a private firm, reported it.",
     "satellite imagery analysed by a private firm"),
])
def test_the_origin_after_citing(text: str, origin: str) -> None:
    span = citing_origin(text, 0)
    assert span is not None and text[span[0] : span[1]] == origin


def test_no_citing_word_no_origin_and_offsets_shift() -> None:
    assert citing_origin("The army said 12 died.", 0) is None
    text = "X said, citing witnesses."
    span = citing_origin(text, 0, offset=100)
    assert span is not None and span[0] - 100 == text.index("witnesses")


def test_cited_as_takes_an_apposition_and_strip_span_drops_end_punctuation() -> None:
    match = CITED_AS.search("Interfax quoted the mayor of Horlivka, Ivan Prikhodko, as saying")
    assert match is not None and match.group("origin").startswith("the mayor of Horlivka")
    assert strip_span("abc, ", (0, 5), 0) == (0, 3)
    assert strip_span(",,", (0, 2), 0) is None


def test_according_to_between_a_speaker_and_the_verb_is_a_relay() -> None:
    # "Peskov, according to the agency, described …": Peskov speaks, the agency passes it on.
    from tests.extract.claims import all_claims
    (claim,) = all_claims("Kremlin spokesman Dmitry Peskov, according to the agency, described "
                          "the strike as a provocation by Kyiv.")
    assert claim.text == "the strike as a provocation by Kyiv"
    assert claim.claimant is not None and claim.claimant.name == "Kremlin spokesman Dmitry Peskov"
    assert [r.name for r in claim.claimant.via] == ["agency"]


def test_according_to_before_a_participle_is_the_clause_before_it() -> None:
    from tests.extract.claims import all_claims, claim_with
    claim = claim_with(all_claims(
        "The fighting has forced more than 100,000 people to flee in the past week, according "
        "to the U.N. humanitarian office OCHA, adding to roughly 7 million already displaced."),
        "100,000")
    assert claim.claimant is not None and claim.claimant.name.endswith("OCHA")


@pytest.mark.parametrize(("sentence", "speaker", "relay"), [
    ("A security official quoted by SANA said government forces had retaken the town of "
     "Jableh.", "A security official", "SANA"),
    ("A military source cited by state media said 12 people were killed.", "A military source",
     "state media"),
])
def test_a_speaker_quoted_by_an_agency_is_relayed_by_it(
        sentence: str, speaker: str, relay: str) -> None:
    from tests.extract.claims import all_claims
    (claim,) = all_claims(sentence)
    assert claim.claimant is not None and claim.claimant.span is not None
    assert claim.claimant.span.text == speaker
    assert [v.name for v in claim.claimant.via] == [relay]
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_citing_a_reason_named_by_a_demonym_cites_nobody() -> None:
    claims = all_claims('Hamas said on Monday it would postpone the exchange "until further '
                        'notice," citing Israeli violations.')
    assert claims[0].claimant is not None and claims[0].claimant.name == "Hamas"
    assert claims[0].claimant.via == []
    officials = all_claims("TASS reported the strike, citing Ukrainian officials.")
    assert officials[0].claimant is not None
    assert officials[0].claimant.name == "Ukrainian officials"


@pytest.mark.parametrize(("body", "origin"), [
    ("At least 40 people were killed, the agency said, citing staff at a hospital in the area.",
     "staff at a hospital in the area"),
    ("At least 40 people were killed, the agency said, citing hospital staff.", "hospital staff"),
    ("More than 10,000 people fled, the ministry said, citing figures from the IOM.",
     "figures from the IOM"),
])
def test_citing_staff_or_figures_names_where_the_claim_came_from(body: str, origin: str) -> None:
    claim = all_claims(body)[0]
    assert claim.claimant is not None and claim.claimant.name == origin
    assert len(claim.claimant.via) == 1


def test_a_speaker_quoted_in_a_document_speaks_through_it() -> None:
    # Review28 M29: before, the complaint was the speaker
    (claim,) = all_claims("A former employee quoted in the complaint says managers were told "
                          "of the flaw in 2022.")
    assert claim.claimant is not None and claim.claimant.name == "former employee"
    assert [r.name for r in claim.claimant.via] == ["complaint"]
    assert claim.claimant.entity_type == "anonymous"


def test_citing_an_agency_which_in_turn_cited_a_ministry_is_the_ministrys() -> None:
    # Review28 H22: before, TASS was the origin, Interfax had an asserted copy of the claim
    # and "which in turn cited the Defence Ministry" was a claim of its own
    (claim,) = all_claims("Russian forces had captured the village of Stepova Novoselivka, "
                          "Interfax reported, citing TASS, which in turn cited the Defence "
                          "Ministry.")
    assert claim.text == "Russian forces had captured the village of Stepova Novoselivka"
    assert claim.claimant is not None and claim.claimant.name == "Defence Ministry"
    assert [r.name for r in claim.claimant.via] == ["Interfax", "TASS"]
    assert claim.status == "unverified"


def test_according_to_an_outlet_which_cited_unnamed_people_is_their_claim_via_it() -> None:
    (claim,) = all_claims("The army will cut 2,000 troops, according to The Washington Post, "
                          "which cited three people familiar with the plan.")
    assert claim.claimant is not None
    assert claim.claimant.name == "three people familiar with the plan"
    assert [r.name for r in claim.claimant.via] == ["Washington Post"]
    assert "anonymous_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("body", "unattributed"), [
    ("The army will cut 2,000 troops, according to a report in The Washington Post.", False),
    ("The army will cut 2,000 troops, according to a report in the local press.", True),
])
def test_a_report_in_a_named_paper_is_attributed(body: str, unattributed: bool) -> None:
    (claim,) = all_claims(body)
    assert ("unattributed" in {r.code for r in claim.reasons}) is unattributed


@pytest.mark.parametrize(("text", "origin"), [
    # Before: no origin, and "the military" from "the military blogger …"
    ("RIA Novosti, citing the Telegram channel Voenkor Sever, reported that the encircled "
     "troops included two mechanised brigades.", "Telegram channel Voenkor Sever"),
    ("RIA Novosti, citing the military blogger Voenkor Sever, reported that the encircled "
     "troops included two mechanised brigades.", "military blogger Voenkor Sever"),
])
def test_a_cited_channel_or_blogger_is_the_origin(text: str, origin: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.name == origin
    assert [r.name for r in claim.claimant.via] == ["RIA Novosti"]
