"""Roles held for an organisation, as they appear next to a source's name.

"The RSF's spokesman, Al-Fateh Qurashi," and "A spokesperson for the China Coast Guard,
Liu Dejun" name a person by the role first; the role says whose voice the person is.

>>> role_before("The RSF's spokesman, Al-Fateh Qurashi", 21)
"The RSF's spokesman"
>>> role_before("After meeting the minister, Smith said", 28) is None
True
"""

from __future__ import annotations

import re

from pipeline.extract.lexicon import ROLE_NOUNS

__all__ = ["ROLE_THEN_NAME", "ROLE_WORDS", "role_before"]

_ROLES = "|".join(sorted(ROLE_NOUNS))
ROLE_WORDS = re.compile(rf"\b(?:{_ROLES})\b", re.IGNORECASE)
#: "the regional governor, Oleh Syniehubov": the role, then the name after a comma.
ROLE_THEN_NAME = re.compile(
    r"(?i:the|a|an|its|his|her|their)\s+[^,]{0,40}?\b(?:" + _ROLES + r")(?:\s+(?:of|to|for)\s+"
    r"[^,]{1,40})?,\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),?$")
# A clause opened by one of these is no role: "After meeting the foreign minister, Smith".
_NOT_A_ROLE = frozenset({"after", "before", "while", "when", "asked", "in", "at", "on", "with",
                        "like", "unlike", "as", "for", "to", "by", "from", "despite"})


def role_before(body: str, start: int) -> str | None:
    """The role right before a name and its comma ("The RSF's spokesman, | Name"), if the
    words since the last clause break name one."""
    before = body[max(0, start - 80) : start].rstrip()
    if not before.endswith(","):
        return None
    phrase = before[:-1]
    phrase = phrase[max(phrase.rfind(". "), phrase.rfind(", "), phrase.rfind("; "),
                        phrase.rfind("\n")) + 1 :].strip()
    first = phrase.split(None, 1)[0].lower() if phrase else ""
    if first in _NOT_A_ROLE or first.endswith("ing"):
        return None
    return phrase if ROLE_WORDS.search(phrase) else None
