"""The subject of a claim about the fighting, and whether it suffered."""

from __future__ import annotations

import pytest

from pipeline.extract.outcome_subjects import subject_words


@pytest.mark.parametrize(("text", "verb", "passive"), [
    ("76 of the drones launched overnight were shot down", "were", True),
    ("40 Ukrainian drones launched at Crimea were destroyed", "were", True),
    ("drones fired by Russia were intercepted", "were", True),
    # a speech verb opens a clause: its subject is no reduced relative
    ("Russia claimed 40 drones were destroyed", "claimed", False),
    ("Russia launched drones that were shot down", "launched", False),
    ("Russia launched drones, and 20 were shot down", "launched", False),
])
def test_reduced_relatives_are_skipped(text: str, verb: str, passive: bool) -> None:
    found = subject_words(text.split())
    assert found is not None and found[1:] == (verb, passive)
