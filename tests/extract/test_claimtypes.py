"""Claim types and tags from the word lexicons."""

from __future__ import annotations

import pytest

import pipeline.extract.claimtypes as claimtypes
from pipeline.extract.claimtypes import TypeIndex, claim_types, reports_combat_outcome
from pipeline.models import ClaimType


@pytest.mark.parametrize(
    ("text", "quantity", "attributed", "types"),
    [
        ("Units captured the crew of a tank.", False, False, ["capture", "action"]),
        ("The strike killed 12 people.", True, False, ["casualty", "strike", "quantity", "event"]),
        ("Forces shot down 37 drones in a week.", True, False, ["strike", "quantity", "action"]),
        ("Prices rose because of the blockade.", False, False, ["causal", "action"]),
        ("The next few weeks will be critical.", False, False, ["prediction"]),
        ("The talks were useful.", False, True, ["statement"]),
        ("The parliament approved the budget.", False, False, ["action"]),
        ("The sky is blue.", False, False, []),
        # a casualty count of nought is as checkable as any other
        ("No one was hurt.", False, True, ["casualty", "action"]),
    ],
)
def test_claim_types(text: str, quantity: bool, attributed: bool, types: list[str]) -> None:
    assert claim_types(text, quantity, attributed) == types


def test_combat_outcome() -> None:
    assert reports_combat_outcome("the destruction of an M113 armored personnel carrier")
    assert reports_combat_outcome("Ukrainian forces had shot down 37 drones")
    assert not reports_combat_outcome("Our forces remain vigilant against drone attacks")


def test_index_spans_and_sentences() -> None:
    body = "Troops captured a village. The weather was mild. Officials denied it."
    index = TypeIndex(body)
    assert "capture" in index.tags(0, 26) and "capture" not in index.tags(27, 48)
    assert index.sentences_with("discourse", [0, 27, 49]) == [2]
    assert index.types(27, 48, False, False) == []


def test_word_tag_cache_clearing_does_not_change_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("Forces captured the town. A drone attack killed three. Officials said the "
            "strike was due to an error and prices will rise next year.")
    reference = TypeIndex(body)
    monkeypatch.setattr(claimtypes, "_TAG_CACHE_MAX", 2)
    claimtypes._TAG_CACHE.clear()
    small = TypeIndex(body)
    assert len(claimtypes._TAG_CACHE) <= len(set(body.lower().split()))
    for start, end in ((0, len(body)), (0, 25), (26, 55), (56, len(body))):
        assert small.tags(start, end) == reference.tags(start, end)
    assert small.tags(0, 25) >= {"capture"}
    assert {"strike", "casualty"} <= small.tags(26, 55)


@pytest.mark.parametrize("text", [
    "the death toll from the earthquake that struck southern Turkey rose to 3,400",
    "floods had destroyed 200 homes",
])
def test_a_disaster_that_strikes_is_no_attack(text: str) -> None:
    assert "strike" not in [str(t) for t in claim_types(text, True, True)]


def test_a_strike_in_a_storm_is_still_an_attack() -> None:
    assert "strike" in [str(t) for t in claim_types("drones struck the depot during a storm",
                                                     False, True)]


def test_figures_that_hit_a_level_are_no_strike() -> None:
    assert claim_types("Global sea surface temperatures hit a record high in 2023.", False,
                       False) == []
    assert "strike" in claim_types("A missile hit a residential building in Kyiv.", False, False)


def test_dead_voters_are_no_casualties() -> None:
    assert "casualty" not in claim_types("4,800 ballots were cast in the names of dead voters.",
                                         True, True)
    assert "casualty" in claim_types("12 people were killed in the strike.", True, True)


@pytest.mark.parametrize(("text", "capture"), [
    ("Russian troops have taken Chasiv Yar", True),
    ("Rebel fighters took Goma on Monday", True),
    ("They took Trump to court", False),  # no force took it
    ("The soldier was taken Monday to hospital", False),
])
def test_a_place_taken_by_a_force_is_a_capture(text: str, capture: bool) -> None:
    # Before: only "taken the town" and its like were captures, no named place.
    assert (ClaimType.CAPTURE in claim_types(text, False, True)) is capture


@pytest.mark.parametrize("text", [
    "Russian troops took Ukrainian soldiers prisoner near Bakhmut",
    "Israeli soldiers took Palestinian detainees to a base",
    "The army took Reuters journalists on a tour of the front",
    "The military will take Christmas leave",
])
def test_a_capitalised_word_before_a_noun_is_no_place_taken(text: str) -> None:
    assert ClaimType.CAPTURE not in claim_types(text, False, True)


@pytest.mark.parametrize(("text", "capture"), [
    ("The judge ordered him to surrender his passport.", False),  # before: a capture
    ("The suspect surrendered to police on Friday.", False),
    ("Ukrainian troops surrendered the town after a week of fighting.", True),
    ("The garrison was ordered to surrender its weapons.", True),
])
def test_papers_or_oneself_surrendered_to_police_are_no_capture(text: str, capture: bool) -> None:
    assert (ClaimType.CAPTURE in claim_types(text, False, False)) is capture


@pytest.mark.parametrize(("text", "capture"), [
    ("The unemployment rate fell to 4.0%.", False),
    ("Exports fell to $2 billion.", False),
    ("The town fell to rebels.", True),
    ("Bakhmut fell to Russian forces in May.", True),
])
def test_a_figure_falling_to_a_value_is_no_capture(text: str, capture: bool) -> None:
    assert (ClaimType.CAPTURE in claim_types(text, True, False)) is capture


def test_a_rate_word_elsewhere_in_the_sentence_keeps_the_capture() -> None:
    text = "The Taliban took control of Kabul as the rate of the afghani collapsed."
    assert ClaimType.CAPTURE in claim_types(text, False, False)
