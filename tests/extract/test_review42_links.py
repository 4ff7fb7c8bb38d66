"""Verdicts said later, from review 42's news texts: which claim they reach. Each test failed
before its fix."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims
from tests.extract.claims import reason_codes as _codes


def test_a_spokesmans_verdict_spares_his_own_sides_denial() -> None:
    text = ("Ukraine accused Russia of using the banned agent chloropicrin near Avdiivka. The "
            "Russian Defence Ministry said Moscow no longer had any chemical weapons. Kremlin "
            'spokesman Dmitry Peskov said the claims were "unfounded".')
    assert "disputed" in _codes(text, "chloropicrin")
    assert "disputed" not in _codes(text, "no longer had")


@pytest.mark.parametrize(("text", "meant", "other"), [
    ("The mayor said the number of people evacuated had reached 300. The health ministry "
     "said 45 people had died. The number could not be verified.", "45 people", "evacuated"),
    ("The mayor said the figure for evacuations had reached 300. The health ministry said 45 "
     "people had died. The figure could not be verified.", "45 people", "evacuations"),
])
def test_the_number_is_the_count_just_given_not_a_claim_with_the_word(
        text: str, meant: str, other: str) -> None:
    assert "not_verified" in _codes(text, meant)
    assert "not_verified" not in _codes(text, other)


def test_put_the_number_lower_disputes_the_last_count() -> None:
    text = ("One Western official put the number of warships destroyed at more than 20. Ukraine "
            "says it has destroyed at least 26 Russian vessels. Independent analysts have put "
            "the number lower.")
    assert "disputed" in _codes(text, "26 Russian vessels")
    assert "disputed" not in _codes(text, "more than 20")


@pytest.mark.parametrize(("text", "meant", "other"), [
    ("Activists said dozens of people had died of hunger in the past week. The committee "
     "found that famine had taken hold in Zamzam. The government rejected the finding.",
     "famine", "hunger"),
    ("Analysts at CyberCX said the sample of 10,000 records was genuine. Jeremy Kirk, an "
     "analyst at Intel 471, said the total was probably several million. Vantora rejected "
     "that estimate.", "several million", "10,000"),
    ("The UN estimated that 300 people had died. The ministry said 20 soldiers were wounded. "
     "The government rejected the estimate.", "300 people", "20 soldiers"),
])
def test_the_finding_or_estimate_rejected_is_what_was_found_or_estimated(
        text: str, meant: str, other: str) -> None:
    assert "disputed" in _codes(text, meant)
    assert "disputed" not in _codes(text, other)


def test_a_claim_questioned_by_others_is_disputed() -> None:
    text = ("India said its jets had shot down a Pakistani F-16. The claim was later questioned "
            "by U.S. officials.")
    assert "disputed" in _codes(text, "F-16")
    assert [c.text for c in all_claims(text)] == ["its jets had shot down a Pakistani F-16"]


def test_a_number_of_people_killed_or_injured_is_put_by_its_source() -> None:
    (claim,) = all_claims("A local official put the number of people killed or injured at "
                          "more than 40.")
    assert claim.claimant is not None and claim.claimant.name == "local official"
    assert claim.text == "the number of people killed or injured at more than 40"


@pytest.mark.parametrize(("text", "meant", "other"), [
    ("Vantora said hackers had accessed the data of about 2.1 million customers. Jeremy Kirk, "
     "an analyst at Intel 471, said the true number was probably several million higher than "
     "the company's figure.", "2.1 million", "several million"),
    ("The ministry said 40 people died. Local doctors said the toll was far higher than the "
     "official figure.", "40 people", "far higher"),
])
def test_higher_than_the_official_figure_disputes_that_figure(
        text: str, meant: str, other: str) -> None:
    assert "disputed" in _codes(text, meant)
    assert "disputed" not in _codes(text, other)


def test_rejected_as_slander_is_about_the_accusation_not_a_quote_sharing_the_word() -> None:
    text = ("Britain accused a hacking group of breaching the Electoral Commission. \"This is "
            "part of a clear pattern of malicious activity,\" Deputy Prime Minister Oliver Dowden "
            "said. China's embassy rejected the allegations as \"malicious slander\".")
    assert "disputed" in _codes(text, "Electoral Commission")
    assert "disputed" not in _codes(text, "clear pattern")


def test_each_side_blaming_the_other_in_different_places_is_no_contradiction() -> None:
    text = ("Ukraine's General Staff said Russian forces had used chemical weapons near Avdiivka "
            "in April. Russia's Defence Ministry said Ukrainian forces had used chemical "
            "munitions near Krynky last year.")
    assert all(c.status != "disputed" for c in all_claims(text))
    same = ("The army said the RSF shelled the market in El Fasher. The RSF said the army "
            "bombed the market in El Fasher.")
    assert all(c.status == "disputed" for c in all_claims(same))


def test_a_resistance_spokesmans_denial_is_of_the_accusation_not_a_toll_naming_the_country(
) -> None:
    text = ("At least 38 people were killed when the dam burst in Myanmar, state media reported. "
            "State media said the dam had been damaged by \"terrorist\" attacks. A spokesman for "
            "the local People's Defence Force said the accusation was \"a lie\".")
    assert "disputed" in _codes(text, "terrorist")
    assert "disputed" not in _codes(text, "38 people")
