"""Second accounts inside one sentence: coordinated reports and the toll after a tag."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


@pytest.mark.parametrize(("body", "expected"), [
    ("The army said 12 soldiers were killed, but the agency put the toll at 20.",
     [("12 soldiers were killed", "army", []), ("the toll at 20", "agency", [])]),
    ("Kyiv said 30 drones were shot down, while Moscow, citing its air defence units, said "
     "all 45 were destroyed.",
     [("30 drones were shot down", "Kyiv", []), ("all 45 were destroyed", "Moscow", [])]),
    ("The army said 12 soldiers were killed, but the agency, citing a hospital source, put "
     "the toll at 20.",
     [("12 soldiers were killed", "army", []),
      ("the toll at 20", "hospital source", ["agency"])]),
])
def test_a_second_account_in_a_coordinated_clause_is_its_own(
        body: str, expected: list[tuple[str, str, list[str]]]) -> None:
    found = [(c.text, c.claimant.name, [v.name for v in c.claimant.via])
             for c in all_claims(body) if c.claimant is not None]
    assert found == expected


def test_the_running_toll_after_the_speech_tag_is_the_speakers_claim_too() -> None:
    claims = all_claims("Russian missiles killed 12 people in Dnipro, the governor said, "
                        "bringing the death toll from the attack to 40.")
    assert [(c.text, c.claimant and c.claimant.name) for c in claims] == [
        ("Russian missiles killed 12 people in Dnipro", "governor"),
        ("bringing the death toll from the attack to 40", "governor")]
    assert [(q.value, q.unit) for q in claims[1].quantities] == [(40.0, "deaths")]
