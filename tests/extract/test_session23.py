"""Defects found in the twenty-third session (news and PolNeAR texts), as tests.

Each test names what the engine did wrong before the fix.
"""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("body", "speaker"), [
    # Was: the tag sentence made "to Reuters" the content and left the quotation unattributed
    ("“The war is over!” Smith said to Reuters.", "Smith"),
    ("“Sometimes us ex-diplomats need our fix!” Clinton said to People. She laughed.",
     "Clinton"),
    ("“Is the ceasefire holding?” the envoy asked reporters in Doha.", "envoy"),
])
def test_a_listener_after_a_quotation_is_no_content(body: str, speaker: str) -> None:
    claims = all_claims(body)
    quoted = claims[0]
    assert quoted.span.text.startswith("“")
    assert quoted.claimant is not None and quoted.claimant.name == speaker
    assert not any(c.span.text.lower().startswith(("to ", "reporters")) for c in claims)


@pytest.mark.parametrize("body", [
    "Elias asked the Supreme Court to intervene.",
    "Obama vowed to veto it.",
])
def test_what_someone_asked_for_or_vowed_is_still_content(body: str) -> None:
    claims = all_claims(body)
    assert any(c.claimant is not None for c in claims)


def test_a_name_with_jr_before_its_apposition_is_the_speaker() -> None:
    # Was: "Jr." read as the dotted abbreviation of a place ("Flint, Mich., said"): no speaker
    claims = all_claims("“The account has been suspended,” James B. Comey Jr., the director of "
                        "the FBI, said.")
    claimant = claim_with(claims, "account has been suspended").claimant
    assert claimant is not None and claimant.name.startswith("James B. Comey Jr.")
