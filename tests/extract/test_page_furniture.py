"""Bylines, credit lines and link lines are no claims; text that merely looks like them is."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.page_furniture import is_furniture
from pipeline.models import Article


@pytest.mark.parametrize("line", [
    "By Olena Harmash and Yuliia Dysa",
    "By John Smith, Reuters",
    "(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; Editing by Matthew "
    "Lewis.)",
    "Additional reporting by Kylie MacLellan.",
    "Related: Russia says it captured a village near Pokrovsk",
    "Read more: How the drone war changed",
])
def test_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "By Tuesday, 40 people had died.",
    "By Monday the army had retaken the town.",
    "Reporting by the Times showed that the base was hit.",
    "Image caption: Residents fled the shelling on Monday.",
])
def test_text(line: str) -> None:
    assert not is_furniture(line)


def test_credits_at_the_end_of_an_article_are_no_claims() -> None:
    body = ("Russia launched 75 drones overnight, Ukraine's air force said.\n\n"
            "Reporting by Tom Balmforth; Editing by Peter Graff.\n\n"
            "By Olena Harmash and Yuliia Dysa")
    claims = extract(Article(id="a", body=body), threshold=0.0).claims
    assert [c.text for c in claims] == ["Russia launched 75 drones overnight"]
