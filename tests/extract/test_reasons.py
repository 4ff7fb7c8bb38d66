"""Reasons end to end on small articles: discourse links, relays, source checks."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.models import Article, Claim


def _claims(body: str) -> list[Claim]:
    return extract(Article(id="r", body=body), threshold=0.0).claims


def _by_text(claims: list[Claim], words: str) -> Claim:
    return next(c for c in claims if words in c.text)


def test_plural_anaphor_reaches_every_fitting_claim() -> None:
    body = ("The governor said a missile strike damaged a grain terminal. According to the "
            "governor, 3,000 tonnes of grain were destroyed. The claims could not be "
            "independently confirmed.")
    claims = _claims(body)
    for words in ("grain terminal", "3,000 tonnes"):
        claim = _by_text(claims, words)
        assert ("not_verified", "could not be independently confirmed") in {
            (r.code, r.cue) for r in claim.reasons}
        assert claim.flagged
    assert not any(c.text.startswith("The claims could not") for c in claims)


def test_singular_anaphor_picks_the_matching_claim() -> None:
    body = ("Officials said troops captured the village. Officials said the bridge was "
            "repaired. The reported capture has yet to be verified.")
    claims = _claims(body)
    assert _by_text(claims, "captured the village").status == "unverified"
    assert _by_text(claims, "bridge was repaired").status == "asserted"


def test_relay_extends_the_chain() -> None:
    body = ("The DPR claimed that its units captured 20 soldiers. This development, announced "
            "by RIA Novosti with reference to the Russian Defense Ministry, was widely shared.")
    claim = _by_text(_claims(body), "captured 20 soldiers")
    assert claim.claimant is not None and claim.claimant.name == "Donetsk People's Republic"
    assert [r.name for r in claim.claimant.via] == ["RIA Novosti", "Russian Defense Ministry"]
    via_span = claim.claimant.via[0].span
    assert via_span is not None and body[via_span.start : via_span.end] == "RIA Novosti"


def test_self_interest_needs_a_combat_outcome_in_the_party_s_favour() -> None:
    body = ("The Russian Defense Ministry said its forces destroyed 12 tanks. "
            "The Russian Defense Ministry said Ukrainian forces shot down 37 drones. "
            "The Russian Defense Ministry said the weather was cold.")
    claims = _claims(body)
    codes = [{r.code for r in c.reasons} for c in claims]
    assert "self_interested_source" in codes[0]
    assert "self_interested_source" not in codes[1]
    assert "self_interested_source" not in codes[2]


def test_anonymous_and_weasel_sources() -> None:
    claims = _claims("A senior official, who spoke on condition of anonymity, said 40 soldiers "
                     "died. Experts suggest the war will last years.")
    first, second = claims
    assert first.claimant is not None and first.claimant.entity_type == "anonymous"
    assert "anonymous_source" in {r.code for r in first.reasons}
    assert second.status == "unattributed"
