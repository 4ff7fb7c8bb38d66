"""Cheap word tests that decide whether an expensive regex can match at all.

A pattern such as ``(?:has|have)\\s+not\\s+(?:been\\s+)?verified`` cannot match a text that
does not contain ``verified``; a substring test costs a fraction of a regex scan, and most
sentences fail it. For case-insensitive patterns the test runs on the lower-cased text,
which is exact except for four non-ASCII letters that ``re.IGNORECASE`` folds onto ASCII
letters while ``str.lower`` does not (``ſ`` is ``s``, the Kelvin sign U+212A is ``k``, the
dotted and dotless ``İ ı`` are ``i``): a text holding one of them gets no test at all.

Without those four, a pattern written in lower case and compiled without IGNORECASE
also finds on the lower-cased text exactly the spans the IGNORECASE pattern finds on the
text, provided lower-casing kept the length (so every offset): only ``A-Z`` lower to ASCII
letters, ``\\w``, ``\\s`` and ``\\d`` give the same answer for a character and its lower case,
and characters other than letters match only themselves (each checked over all code points).

>>> lowered_for_words("He DENIED it") is not None and "denied" in lowered_for_words("He DENIED it")
True
>>> lowered_for_words("The ſtrike") is None
True
>>> may_contain(None, ("verif",)), may_contain("it was checked", ("verif",))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["lowered_for_words", "may_contain"]

# Every non-ASCII character that re.IGNORECASE matches to an ASCII letter (found by testing
# all code points against each letter).
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ and the Kelvin sign


def lowered_for_words(text: str) -> str | None:
    """``text.lower()``, or None when a substring test on it could miss an IGNORECASE match."""
    if not text.isascii() and _ODD_FOLDS.search(text) is not None:
        return None
    return text.lower()


def may_contain(lowered: str | None, words: Iterable[str]) -> bool:
    """Whether ``lowered`` (from :func:`lowered_for_words`) holds one of ``words``; True
    when there is no lowered text to test."""
    return lowered is None or any(word in lowered for word in words)
