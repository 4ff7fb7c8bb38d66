"""Sentences that only say what a source left out ("It did not name him.", "The army gave
no details.") or how the claim before was sourced ("Two other residents gave similar
accounts."). They are no claims of their own.
"""

from __future__ import annotations

import re

from pipeline.extract.drafts import Draft
from pipeline.extract.segment import Sentence

__all__ = ["SUBJECT", "is_omission", "mark_sourcing_notes"]

#: A short subject at the opening of a sentence: "The ministry", "A spokesperson for the army".
SUBJECT = r"(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+"
# "It did not name him.", "It made no mention of a civilian vessel.", "Ukraine does not
# disclose its own losses.": what a source left out is no claim of its own.
_OMISSION = re.compile(
    r"(?:however,\s+|but\s+)?" + SUBJECT + r"\s+(?:(?:did|does|do|has|have|had)\s+not|didn['’]t"
    r"|doesn['’]t|don['’]t|hasn['’]t|haven['’]t)\s+(?:immediately\s+|publicly\s+|yet\s+)?"
    r"(?:name|identify|mention|disclose|specify|reveal|elaborate|(?:say|explain)\s+(?:where|when"
    r"|why|who|which|whether)|(?:publish|release|give|provide)\s+(?:the\s+)?(?:names|identities))\b"
    # ("The statement did not say where the crew were held.", "It did not publish the names")
    r"|(?:however,\s+|but\s+)?" + SUBJECT + r"\s+(?:made|makes|gave|gives)\s+no\s+(?:mention"
    r"|details|further\s+details|names?)\b", re.IGNORECASE)


def is_omission(sentence_text: str) -> bool:
    """Whether a sentence only says what a source left out ("It did not name him.").

    >>> is_omission("It did not name him."), is_omission("It did not rain.")
    (True, False)
    """
    return _OMISSION.match(sentence_text) is not None


# "Two other residents gave similar accounts but asked not to be identified."
_SOURCING = re.compile(
    r"(?:[\w’'-]+\s+){1,5}?(?:gave|give|provided|offered|told|described)\s+(?:a\s+)?(?:similar"
    r"|the\s+same|matching|consistent|identical|corroborating)\s+(?:accounts?|descriptions?"
    r"|versions?(?:\s+of\s+events)?|stories|details)"
    # and nothing new after: "… of the attack", "… to Reuters", "…, but asked not to be named"
    r"(?:\s+of\s+the\s+(?:attack|incident|events?|shelling|strike|shooting|raid|bombing))?"
    r"(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){1,3})?"
    r"(?:,?\s+but\s+asked\s+not\s+to\s+be\s+(?:named|identified)(?:\s+for\s+[^,;.\d]{1,40})?)?"
    r"\s*\.?\s*$", re.IGNORECASE)


def mark_sourcing_notes(sentences: list[Sentence], drafts: list[Draft]) -> None:
    """Mark as meta each unattributed claim that only says how the claim before it was
    sourced, so that it is no claim and no verdict after it takes it for the claim."""
    for draft in drafts:
        if draft.attribution is None and draft.source is None and _SOURCING.match(
                sentences[draft.first].text):
            draft.meta = True
