"""Headlines that name their source after a dash."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


@pytest.mark.parametrize(("headline", "content", "source"), [
    ("Ukraine lost 300 troops near Kupiansk over past day - Russian MoD",
     "Ukraine lost 300 troops near Kupiansk over past day", "Russian MoD"),
    ("Russian air defences destroyed 47 Ukrainian drones over Bryansk — Defence Ministry",
     "Russian air defences destroyed 47 Ukrainian drones over Bryansk", "Defence Ministry"),
    ("Two killed in shelling of Kherson – governor", "Two killed in shelling of Kherson",
     "governor"),
])
def test_the_name_after_a_headlines_dash_is_its_source(
        headline: str, content: str, source: str) -> None:
    (claim,) = all_claims(headline)
    assert claim.text == content
    assert claim.claimant is not None and claim.claimant.span.text == source


def test_a_dash_in_a_sentence_or_before_a_clause_is_no_source() -> None:
    for text in ("Kyiv - The army said 12 drones were downed.",
                 "The strike killed 12 people - most of them civilians."):
        assert all(c.attribution_cue is None or c.attribution_cue.text not in "-–—"
                   for c in all_claims(text)), text


def test_a_headline_with_two_sources_splits_at_its_semicolon() -> None:
    claims = all_claims("Houthis claim missile attack on tanker; crew safe, says maritime agency")
    by_text = {c.text: c.claimant.name if c.claimant else None for c in claims}
    assert by_text == {"missile attack on tanker": "Houthis", "crew safe": "maritime agency"}


def test_trading_blame_is_no_statement_of_the_trade() -> None:
    assert all(c.claimant is None or c.claimant.name != "Armenia trade" for c in all_claims(
        "Azerbaijan, Armenia trade blame over deadly border shooting"))
