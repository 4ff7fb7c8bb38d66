"""The subject of the sentence before, or of a sentence that published something."""

from __future__ import annotations

import pytest

from pipeline.extract.subjects_before import (
    clause_person,
    images_publisher,
    previous_subject,
    publisher_before,
)
from tests.extract.claims import all_claims, claim_with


def _text(body: str, span: tuple[int, int] | None) -> str | None:
    return body[span[0] : span[1]] if span is not None else None


def test_the_subject_opening_the_sentence_before() -> None:
    body = ("The US military's Central Command (CENTCOM) gave a different account. In a post "
            "on X, it said so.")
    assert _text(body, previous_subject(body, body.index("it said"))) == (
        "The US military's Central Command (CENTCOM)")
    assert previous_subject("It said so.", 0) is None


def test_the_publisher_of_what_it_said_showed() -> None:
    body = ("The Defence Ministry later released a 42-second video on its Telegram channel "
            "that it said showed the fighting.")
    assert _text(body, publisher_before(body, body.index("it said"))) == "The Defence Ministry"
    # before: a comma before "which" kept "it" unresolved, a claimant named "it"
    body = "The army released a statement, which it said showed the strike hit only soldiers."
    assert _text(body, publisher_before(body, body.index("it said"))) == "The army"
    (claim,) = [c for c in all_claims(body) if c.attribution_cue is not None]
    assert claim.claimant is not None and claim.claimant.name == "army"
    body = "The group published photographs showing the damage."
    assert _text(body, images_publisher(body, body.index("photographs"))) == "The group"
    assert images_publisher(body, body.index("showing")) is None



@pytest.mark.parametrize(("text", "speaker"), [
    ("Trump said Biden lied when he claimed that inflation had fallen to 3 percent.", "Biden"),
    ("Trump accused Biden of lying when he said inflation had fallen to 3 percent.", "Biden"),
    ("Donald Trump said on Tuesday that Joe Biden lied when he claimed inflation had fallen to 3 "
     "percent.", "Joe Biden"),
    # after a comma and "and", "he" goes on with the sentence's own speaker
    ("Trump said Biden was wrong, and he said prices rose 20 percent.", "Trump"),
])
def test_he_in_a_named_persons_clause_is_that_person(text: str, speaker: str) -> None:
    claims = all_claims(text)
    claim = next(c for c in claims if c.text.startswith(("inflation", "prices")))
    assert claim.claimant is not None and claim.claimant.name == speaker
    found = clause_person(text, text.index("he "))
    assert _text(text, found) == (None if speaker == "Trump" else speaker)
    if speaker != "Trump":  # the accuser passes the accused's claim on
        assert [r.name for r in claim.claimant.via] == [claims[0].claimant.name]


def test_she_in_the_clause_of_a_role_is_that_role() -> None:
    claims = all_claims("The governor said the mayor was wrong when she claimed crime had fallen.")
    claimant = claims[-1].claimant
    assert claimant is not None and (claimant.name, [r.name for r in claimant.via]) == (
        "mayor", ["governor"])


def test_it_in_a_relative_clause_is_the_sentences_subject() -> None:
    claims = all_claims("Satellite images reviewed by Reuters showed a vessel at its usual berth. "
                        "Kyiv has stepped up attacks on Russia's Black Sea Fleet, which it says "
                        "has been forced to move most of its warships from Crimea.")
    fleet = claim_with(claims, "forced to move")
    assert fleet.claimant is not None and fleet.claimant.name == "Kyiv"


def test_it_after_a_published_video_with_no_relative_pronoun_is_the_publisher() -> None:
    claims = all_claims("The Russian Defence Ministry said six drones were destroyed. Ukraine's "
                        "military intelligence agency released a video it said showed a sea "
                        "drone striking the hull of the landing ship Yamal.")
    hull = claim_with(claims, "striking the hull")
    assert hull.claimant is not None and hull.claimant.party == "ukraine"
