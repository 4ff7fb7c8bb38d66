"""Words of harm to protected people or places, or of an abuse in itself."""

from __future__ import annotations

import pytest

from pipeline.extract.blame import blames, reports_harm


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces shelled a hospital in Kherson", True),
    ("the RSF had tortured prisoners", True),
    ("Ukrainian shelling had cut power to several towns", True),
    ("Israel killed 30 people at an aid site", True),
    ("a drone damaged an energy facility", True),
    ("Russian forces captured the village", False),
    ("the army struck a fuel depot", False),
    ("the party came to power in 2019", False),
])
def test_blames(text: str, expected: bool) -> None:
    assert blames(text, (0, len(text))) is expected


def test_harm_without_protected_victims_is_still_harm() -> None:
    text = "the army struck a fuel depot"
    assert reports_harm(text, (0, len(text))) and not blames(text, (0, len(text)))
