"""The inverted frame: “CONTENT,” said SOURCE."""

from __future__ import annotations

from tests.extract.attributions import found
from tests.extract.claims import all_claims


def test_after_a_quotation_a_titled_name_speaks() -> None:
    (claim,) = all_claims("“The wall will be built,” said retired neurosurgeon Ben Carson.")
    assert claim.claimant is not None and claim.claimant.name.endswith("Ben Carson")


def test_told_after_a_name_in_commas_is_no_inversion() -> None:
    claims = all_claims("The strike hit a school, a commander, Maverick, told AFP.")
    assert all(c.claimant is None or c.claimant.name != "AFP" for c in claims)


def test_a_count_after_the_verb_is_what_was_claimed_not_who_claimed_it() -> None:
    body = ("A second statement, posted on the Telegram channel Sabereen News, which is close to "
            "the factions, claimed three more attacks on targets in the Golan Heights.")
    assert [(content, kind) for content, _, kind in found(body)] == [
        ("three more attacks on targets in the Golan Heights", "source_first")]
    assert found("The strike hit a school, said three officials.") == [
        ("The strike hit a school", "three officials", "inverted")]


def test_only_reporting_verbs_invert_without_a_quotation() -> None:
    claims = all_claims("76-year-old Morton Blackwell, founder of the Leadership Institute, "
                        "endorsed Cruz last week, saying he had shown his commitment.")
    assert all(c.claimant is not None and "Blackwell" in c.claimant.name for c in claims)
    (said,) = all_claims("Twelve soldiers were killed, said the governor.")
    assert said.claimant is not None and said.claimant.name == "governor"
