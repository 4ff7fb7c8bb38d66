"""What a bare number counts when the words before it say so: "the death toll had risen to
34" counts deaths, "police put the crowd at 5,000" people, "strikes killed 11 in southern
Lebanon" people.

>>> text = "The death toll had risen to 34."
>>> counted_before(text, text.index("34"))
'deaths'
>>> text = "Israeli strikes killed 11 in southern Lebanon"
>>> counted_before(text, text.index("11"))
'people'
"""

from __future__ import annotations

import re

__all__ = ["counted_before"]


def counted_before(text: str, start: int) -> str | None:
    """What a bare number counts when the noun before says it: "the death toll had risen to
    34" counts deaths, "police put the crowd at 5,000" people."""
    found = _MEASURED_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        # "strikes killed 11 in southern Lebanon", "the number of dead had doubled to 80"
        return "people" if _HARMED_BEFORE.search(text, max(0, start - 40), start) else None
    noun = found.group("noun").lower()
    if noun == "toll":
        return "casualties" if (found.group("kind") or "").lower().startswith("casualt") else (
            "deaths")
    return "people"


# "the death toll rose to", "put the crowd at", "turnout was": the noun a bare number measures
_MEASURED_BEFORE = re.compile(
    r"\b(?:(?P<kind>death|casualty|casualties)\s+)?(?P<noun>toll|crowds?|turnout|attendance)\b"
    r"[^.,;:()\d]{0,30}?\b(?:to|at|of|was|is|stood\s+at|stands\s+at|reached|hit|topped)\s+$",
    re.IGNORECASE)


_HARMED_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|(?:number|count)\s+of\s+"
    r"(?:the\s+)?(?:dead|killed|wounded|injured|victims)\b[^.,;:()\d]{0,25}?\b(?:to|at|was"
    r"|is|reached|rose\s+to|stood\s+at))\s+(?:(?:at\s+least|more\s+than|about|some|nearly"
    r"|over|another|an\s+estimated)\s+)?$", re.IGNORECASE)
