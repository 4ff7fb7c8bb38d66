"""Verdicts that name their claim by its speaker: a pronoun, a named subject, "this"."""

from __future__ import annotations

from tests.extract.claims import all_claims, claim_with


def _not_verified(body: str) -> list[str]:
    return [c.text for c in all_claims(body) if "not_verified" in {r.code for r in c.reasons}]


def test_a_pronoun_reaches_two_sentences_back_and_no_further() -> None:
    near = "The ministry said 40 soldiers were killed. Heavy rain fell. It gave no evidence."
    assert _not_verified(near) == ["40 soldiers were killed"]
    far = ("The ministry said 40 soldiers were killed. Heavy rain fell. Roads flooded. "
           "Schools closed. It gave no evidence.")
    assert _not_verified(far) == []


def test_a_named_subject_reaches_further_back_to_its_own_speaker() -> None:
    body = ("The army said 40 fighters were killed. Rebels said 12 soldiers died. The rebels "
            "said the army lied. Heavy rain fell. The army did not provide evidence.")
    assert _not_verified(body) == ["40 fighters were killed"]


def test_this_after_but_is_the_claim_just_made() -> None:
    claims = all_claims("The governor said 12 people were wounded, but this could not be "
                        "confirmed.")
    assert claim_with(claims, "12 people").status == "unverified"
