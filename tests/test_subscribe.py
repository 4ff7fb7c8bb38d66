"""Broker-free tests of how ``claimwatch subscribe --format pretty`` (and the demo) print."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.models import Article
from pipeline.subscribe import format_pretty


def _pretty(body: str, words: str) -> str:
    claims = extract(Article(id="a-1", body=body), threshold=0.0).claims
    claim = next(c for c in claims if words in c.text)
    return format_pretty(claim.to_json())


def test_a_denial_says_that_the_claimant_denies_it() -> None:
    # Was: "[disputed] Russian Defense Ministry: hitting civilian facilities", which reads as
    # the ministry asserting that it hit them
    line = _pretty("Russia's Defence Ministry denied hitting civilian facilities.", "civilian")
    assert line.startswith("[disputed] Russian Defense Ministry (denies): hitting civilian")


def test_a_claim_without_claimant_is_not_labelled_with_a_status_name() -> None:
    line = _pretty("Local residents reportedly heard explosions near the airport.", "explosions")
    assert "(no claimant):" in line and "(unattributed)" not in line


def test_other_records_print_as_indented_json() -> None:
    assert format_pretty(b'{"deleted": "c-1"}') == '{\n  "deleted": "c-1"\n}'
    assert format_pretty(b"\xff not json") == "\ufffd not json"
