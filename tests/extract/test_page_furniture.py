"""Bylines, credit lines and link lines are no claims; text that merely looks like them is."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.page_furniture import is_furniture
from pipeline.models import Article
from tests.extract.claims import all_claims


@pytest.mark.parametrize("line", [
    "By Olena Harmash and Yuliia Dysa",
    "By John Smith, Reuters",
    "(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; Editing by Matthew "
    "Lewis.)",
    "Additional reporting by Kylie MacLellan.",
    "Related: Russia says it captured a village near Pokrovsk",
    "Read more: How the drone war changed",
    "Image caption: Residents fled the shelling on Monday.",
    "Photograph: Marwan Ali/AP",
    "SOURCE: Al Jazeera and news agencies",
    "This article was amended on 25 December 2024.",
    "Associated Press writers Bassem Mroue in Beirut and Julia Frankel contributed to this report.",
    "(Reporting by Ahmed Tolba in Dubai and Jonathan Saul in London; Additional reporting by "
    "Idrees Ali in Washington; Editing by Kirsten Donovan)",
])
def test_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "By Tuesday, 40 people had died.",
    "By Monday the army had retaken the town.",
    "Reporting by the Times showed that the base was hit.",
])
def test_text(line: str) -> None:
    assert not is_furniture(line)


def test_credits_at_the_end_of_an_article_are_no_claims() -> None:
    body = ("Russia launched 75 drones overnight, Ukraine's air force said.\n\n"
            "Image caption: A drone hit a house. Officials said it was Russian.\n\n"
            "Reporting by Tom Balmforth; Additional reporting by Idrees Ali in Washington; "
            "Editing by Peter Graff.\n\n"
            "By Olena Harmash and Yuliia Dysa")
    claims = extract(Article(id="a", body=body), threshold=0.0).claims
    assert [c.text for c in claims] == ["Russia launched 75 drones overnight"]


def test_credit_lines_with_arabic_particles_are_furniture() -> None:
    claims = all_claims("Israeli strikes killed at least 36 people on Monday, health officials "
                        "said.\n\n(Reporting by Nidal al-Mughrabi; Additional reporting by Humeyra "
                        "Pamuk in Washington; Editing by Toby Chopra)")
    assert len(claims) == 1 and claims[0].claimant is not None
    assert claims[0].claimant.name == "health officials"


def test_a_live_label_is_no_speaker() -> None:
    claims = all_claims("LIVE: Russia launches massive missile attack on Ukraine's energy grid")
    assert all(c.claimant is None or c.claimant.name != "LIVE" for c in claims)


@pytest.mark.parametrize("line", [
    "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
    "Copyright © 2025 Example News Ltd. All rights reserved.",
    "By Olena Marchuk and David Reyes | Published 14 March 2025",
])
def test_site_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(("line", "furniture"), [
    ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA", True),
    ("Department of Defense, Washington, 12 February 2025", True),
    ("Moscow , 9 August 2024", True),
    ("RUSSIA SAYS 40 DRONES DOWNED", False),
    ("Kyiv, the capital, was hit on 9 August 2024.", False),
])
def test_letterheads_headings_and_place_date_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize("line", [
    "Rescuers search the rubble of a building in Dnipro where 12 people were killed on Friday. "
    "(AFP via Getty Images)",
    "Rescuers search the rubble of a building in Dnipro. Photograph: Mykola Ivanov/Reuters",
])
def test_a_caption_ending_in_its_credit(line: str) -> None:
    assert is_furniture(line)
    assert all_claims(line) == []


def test_a_report_title_with_its_date_is_furniture() -> None:
    body = ("Russian Offensive Campaign Assessment, March 14\n\nRussian forces likely advanced "
            "near Toretsk on March 13, according to geolocated footage.")
    assert [c.text for c in all_claims(body)] == [
        "Russian forces likely advanced near Toretsk on March 13"]
