"""Sentences that only say what a source left out: "It did not name him.", "The army gave
no details." They are no claims of their own.
"""

from __future__ import annotations

import re

__all__ = ["SUBJECT", "is_omission"]

#: A short subject at the opening of a sentence: "The ministry", "A spokesperson for the army".
SUBJECT = r"(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+"
# "It did not name him.", "It made no mention of a civilian vessel.", "Ukraine does not
# disclose its own losses.": what a source left out is no claim of its own.
_OMISSION = re.compile(
    r"(?:however,\s+|but\s+)?" + SUBJECT + r"\s+(?:(?:did|does|do|has|have|had)\s+not|didn['’]t"
    r"|doesn['’]t|don['’]t|hasn['’]t|haven['’]t)\s+(?:immediately\s+|publicly\s+|yet\s+)?"
    r"(?:name|identify|mention|disclose|specify|reveal|elaborate|(?:say|explain)\s+(?:where|when"
    r"|why|who|which|whether))\b"  # "The statement did not say where the crew were held."
    r"|(?:however,\s+|but\s+)?" + SUBJECT + r"\s+(?:made|makes|gave|gives)\s+no\s+(?:mention"
    r"|details|further\s+details|names?)\b", re.IGNORECASE)


def is_omission(sentence_text: str) -> bool:
    """Whether a sentence only says what a source left out ("It did not name him.").

    >>> is_omission("It did not name him."), is_omission("It did not rain.")
    (True, False)
    """
    return _OMISSION.match(sentence_text) is not None
