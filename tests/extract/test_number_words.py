"""Numbers in digits and words."""

from __future__ import annotations

import pytest

from pipeline.extract.number_words import parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("1,200", 1200.0), ("1 200", 1200.0), ("twenty-five", 25.0), ("$2.5 million", 2.5e6),
    ("20k", 20000.0), ("half a dozen", 6.0), ("a lot", None),
])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value
