"""Anaphors that are the object of a checking or denying verb, with no determiner or head
of their own: "could not verify battlefield reports", "The army denied this.", "could not
verify what happened", "dismissed reports of civilian casualties as propaganda".

Each pattern has the groups of :data:`pipeline.extract.cues_discourse._ANAPHOR` (``det``,
``mods``, ``head``, ``of``, ``bare``), so a match reads the same whichever found it.

>>> found = object_anaphor("The army dismissed reports of civilian casualties as propaganda.")
>>> found.group("head"), found.group("of")
('reports', ' of civilian casualties')
"""

from __future__ import annotations

import re

from pipeline.extract.lexicon import STATEMENT_NOUN_STEMS

__all__ = ["object_anaphor"]

# A bare plural object of a checking verb: "could not verify battlefield reports from either
# side" speaks of the reports before it as "the reports" would (same groups as _ANAPHOR).
_BARE_OBJECT = re.compile(
    r"\b(?:verify|confirm|corroborate)\s+(?P<det>)(?P<mods>(?:(?!(?:the|these|those|this|that"
    r"|its|their|any|from|of|by|on)\b)[\w’'-]+\s+){0,2}?)(?P<head>(?:"
    + "|".join(STATEMENT_NOUN_STEMS) + r")s)\b(?!\s+(?:that|of|about|on|over)\b)(?P<of>)(?P<bare>)",
    re.IGNORECASE)
# A pronoun object ending the sentence: "The BBC could not independently verify this.",
# "The army denied this."
_OBJECT_PRONOUN = re.compile(
    r"(?:(?<=verify\s)|(?<=confirm\s)|(?<=corroborate\s)|(?<=denied\s)|(?<=denies\s)"
    r"|(?<=deny\s)|(?<=rejected\s)|(?<=rejects\s)|(?<=disputed\s)|(?<=disputes\s)"
    r"|(?<=review\s)|(?<=examine\s))"
    r"(?P<det>)(?P<mods>)(?P<head>)(?P<of>)"
    # ("denied this, saying …": what the denier says instead follows)
    r"(?P<bare>this|that|these|those|it|them)(?=\s*(?:[.;!]|$|,\s+(?:saying|adding|insisting"
    r"|arguing|calling|noting|and)\b))", re.IGNORECASE)
# "AFP could not independently verify what happened at the border": the events just told
_WHAT_HAPPENED = re.compile(
    r"(?:(?<=verify\s)|(?<=confirm\s)|(?<=corroborate\s))(?P<det>)(?P<mods>)(?P<head>)(?P<of>)"
    r"(?P<bare>what\s+(?:had\s+)?(?:happened|occurred|took\s+place))\b"
    # (not "what happened to their sons", "before the flood", "inside the building": a part
    # of the events nobody has claimed)
    r"(?=\s*[.;,]|\s*$|\s+there\b|\s+(?:at|in|near|on|along)\s+(?:the\s+)?(?:[A-Z]|(?:border"
    r"|scene|site|front|village|town|city|camp|market|hospital|base|port|plant|checkpoint"
    r"|crossing)\b))")
# "dismissed reports of civilian casualties as propaganda": the reports told before
_BARE_DENIED = re.compile(
    r"(?:(?<=dismissed\s)|(?<=dismisses\s)|(?<=denied\s)|(?<=denies\s)|(?<=rejected\s)"
    r"|(?<=rejects\s)|(?<=disputed\s)|(?<=disputes\s))(?P<det>)"
    r"(?P<mods>(?:(?!(?:the|these|those|this|that|its|their|any)\b)[\w’'-]+\s+){0,2}?)"
    # of deaths told before ("fraud allegations", "claims of genocide" may be none told)
    r"(?P<head>reports|claims|accounts)"
    r"(?P<of>\s+of\s+(?:(?:civilian|mass|many|heavy)\s+)?(?:casualties|deaths|killings|dead"
    r"|massacres?)(?=\s+as\b|\s*[,.;]))"
    r"(?P<bare>)(?=\s+as\b|\s*[,.;])", re.IGNORECASE)


def object_anaphor(text: str) -> re.Match[str] | None:
    """The first anaphor in ``text`` that is a bare object of a checking or denying verb."""
    return (_BARE_OBJECT.search(text) or _OBJECT_PRONOUN.search(text)
            or _WHAT_HAPPENED.search(text) or _BARE_DENIED.search(text))
