"""Page furniture: lines of an article body that are not its text.

Bylines ("By Olena Harmash and Tom Balmforth"), credits ("Reporting by X; Editing by Y",
"Additional reporting by Z") and link lines ("Related: …", "Read more: …") state no
claim, yet a sentence without an attribution would otherwise become an unattributed claim
of the outlet. Captions are not furniture here: "Image caption: Residents fled the
shelling" can hold a claim.

>>> [is_furniture(line) for line in (
...     "By Olena Harmash and Yuliia Dysa",
...     "(Reporting by Tom Balmforth; Editing by Peter Graff)",
...     "Read more: Ukraine war latest",
...     "By Tuesday, 40 people had died.",
...     "Reporting by the Times showed that the base was hit.",
... )]
[True, True, True, False, False]
"""

from __future__ import annotations

import re

__all__ = ["is_furniture"]

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|el|bin|da|di|la|le))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_ONE_CREDIT = (r"(?i:(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|edited|"
               r"written|compiled|research|graphics|produced|photographs?|photos?|video)"
               rf"\s+by)\s+{_NAMES}(?:\s+in\s+{_NAME})?")
# Whole lines of credits only: "Reporting by the Times showed that …" is text.
_CREDIT = re.compile(rf"[(\[]?\s*{_ONE_CREDIT}(?:\s*[;,]\s*{_ONE_CREDIT})*\s*[)\]]?\s*\.?")
# "By Olena Harmash and Yuliia Dysa", "By John Smith, Reuters", "By Jane Doe | AP": names
# only, so "By Tuesday, 40 people had died." is text.
_BYLINE = re.compile(
    rf"By\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*(?:[,|–—-]\s*{_NAME})?\s*[.]?\s*"
)
_LINKS = re.compile(r"(?:related|read more|see also|more on this story|watch)\s*:",
                    re.IGNORECASE)
_MAX_BYLINE = 120
_MAX_CREDIT = 300


def is_furniture(sentence: str) -> bool:
    """Whether a sentence is a byline, a credit line or a link line."""
    text = sentence.strip()
    if _LINKS.match(text) or (len(text) <= _MAX_CREDIT and _CREDIT.fullmatch(text)):
        return True
    return len(text) <= _MAX_BYLINE and _BYLINE.fullmatch(text) is not None
