"""Speech verbs used for something other than reporting what somebody said.

"Biden called the emir twice" is a telephone call, and "who spoke on condition of
anonymity" gives the terms of speaking, not what was said.
"""

from __future__ import annotations

import re

__all__ = ["not_speaking"]

# "called the emir twice", "called Zelensky on Monday": telephoned (not "called on", "called
# for", "called his statements childish on Sunday")
_PHONED = re.compile(
    r"\s+(?:(?:the|his|her|their|its)\s+[a-z][\w’'-]*|(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*|him"
    r"|her|them)\s+(?:twice|once|again|repeatedly|(?:several|two|three|four|many|multiple)\s+"
    r"times|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|to\s+discuss)\b")
# "who spoke on condition of anonymity", "requested anonymity": what follows is no content
_ANONYMITY = re.compile(
    r"\s+(?:(?:to\s+(?:[\w’'.-]+\s+){1,4})?(?:on|under)\s+(?:the\s+)?condition|anonymity"
    r"|anonymously|(?:not\s+)?to\s+be\s+(?:named|identified))\b")


def not_speaking(body: str, word: str, cue_end: int) -> bool:
    """Whether a speech verb is used of a telephone call ("called the emir twice") or of
    the terms of speaking ("spoke on condition of anonymity"), reporting nothing.

    >>> not_speaking("Biden called the emir twice.", "called", 12)
    True
    >>> not_speaking("Israel called the figures exaggerated.", "called", 13)
    False
    """
    return (word.startswith("call") and _PHONED.match(body, cue_end) is not None) or (
        _ANONYMITY.match(body, cue_end) is not None)
