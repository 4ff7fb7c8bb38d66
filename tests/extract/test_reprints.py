"""A statement printed whole after "The following is the text of a statement by X:"."""

from __future__ import annotations

from tests.extract.claims import all_claims, claim_with

_BODY = ("The following is the text of a statement issued by the Russian defence ministry on "
         "Sunday:\n\n“Units of the Zapad group liberated the settlement of Kurylivka. The enemy "
         "lost up to 175 servicemen.\n\n“Air defences shot down 62 Ukrainian drones.”\n\n"
         "Kyiv did not comment.")


def test_every_sentence_of_the_statement_is_the_issuers() -> None:
    claims = all_claims(_BODY)
    statement = [c for c in claims if "Kurylivka" in c.text or "175" in c.text
                 or "62 Ukrainian" in c.text]
    assert len(statement) == 3
    for claim in statement:
        assert claim.claimant is not None
        assert claim.claimant.name == "Russian Defense Ministry"
        assert "self_interested_source" in {r.code for r in claim.reasons}
    assert not [c for c in claims if c.text.startswith("The following")]


def test_the_statement_ends_with_its_paragraph_when_it_is_not_quoted() -> None:
    claims = all_claims("Here is an excerpt of a statement from the army:\n\nIts forces hold "
                        "the town.\n\nResidents said shelling went on all night.")
    town = next(c for c in claims if "hold the town" in c.text)
    assert town.claimant is not None and town.claimant.name == "army"
    night = next(c for c in claims if "all night" in c.text)
    assert night.claimant is not None and night.claimant.name == "Residents"


def test_an_ordinary_colon_introduces_no_statement() -> None:
    claims = all_claims("The toll rose on Sunday:\n\nTwelve people were killed.")
    assert all(c.claimant is None for c in claims)


def test_every_bullet_after_according_to_x_is_xs() -> None:
    claims = all_claims("Hospitals are overwhelmed.\n\nAccording to the WHO:\n\n- Only 12 of 36 "
                        "hospitals are partially functioning\n- Nearly 90% of water facilities "
                        "are damaged or destroyed\n\nAid groups say more is needed.")
    by_who = [c.text for c in claims if c.claimant is not None and c.claimant.name == "WHO"]
    assert by_who == ["Only 12 of 36 hospitals are partially functioning",
                      "Nearly 90% of water facilities are damaged or destroyed"]
    assert not any(c.text.startswith("According to") for c in claims)


_VERBATIM = (
    "BAKU (Wire) - Azerbaijan's Defence Ministry issued the following statement on Sunday. It "
    "is reproduced in full:\n\nUnits of the Armed Forces of Armenia fired on the positions of "
    "the Azerbaijan Army.\n\nAs a result, the enemy suffered losses in manpower.\n\n(End of "
    "statement)\n\nArmenia's Defence Ministry said the statement was untrue.")


def test_a_statement_reproduced_in_full_is_the_issuers_up_to_its_end_mark() -> None:
    claims = all_claims(_VERBATIM)
    by_text = {c.text: c.claimant.name if c.claimant else None for c in claims
               if c.checkworthiness >= 0.5}
    assert by_text["Units of the Armed Forces of Armenia fired on the positions of the "
                   "Azerbaijan Army."] == "Azerbaijani Defence Ministry"
    enemy = claim_with(claims, "the enemy suffered losses")
    assert enemy.claimant is not None and enemy.claimant.self_interested
    # neither the introduction nor the end mark is a claim
    assert not any("following statement" in c.text or "End of statement" in c.text
                   for c in claims)
