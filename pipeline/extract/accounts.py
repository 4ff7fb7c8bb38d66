"""Whose account an anaphor means.

A speaker's whole account: "Her account could not be independently verified" is about
everything she said just before, not only her last sentence. Each side's: "either side's
account", "the conflicting accounts" are the last claims of two sides.

>>> from pipeline.extract.engine import extract
>>> from pipeline.models import Article
>>> body = ("She said the blast tore through the east wing. She said two nurses were among the "
...         "dead. Her account could not be independently verified.")
>>> [c.status for c in extract(Article(id="a", body=body), threshold=0).claims]
['unverified', 'unverified']
"""

from __future__ import annotations

import re

from pipeline.extract.antecedent_scores import NARRATIVE_HEADS
from pipeline.extract.cues_discourse import DiscourseLink
from pipeline.extract.drafts import Draft
from pipeline.models import ReasonCode

__all__ = ["EACH_SIDE", "OF_EACH_SIDE", "POSSESSIVES", "each_side", "of_named_side", "which_side",
           "whole_account"]

POSSESSIVES = ("her ", "his ", "their ", "its ")
# "either side's account", "the conflicting accounts": one claim of each of two sides
EACH_SIDE = re.compile(r"(?:either|neither|both|each|which\s+side|whose|who|the\s+(?:conflicting"
                       r"|contradictory|competing|differing|rival|opposing))\b")
# "the accounts of either side", "the claims of both sides"
OF_EACH_SIDE = re.compile(r"\bof\s+(?:either|neither|both|each)\s+sides?\b")
_OPEN_QUESTION = re.compile(r"(?:whether|if|how|why|who|what|when|where)\b", re.IGNORECASE)
_REACH = 4  # sentences back an account may reach


def whole_account(drafts: list[Draft], sentence: int, last: Draft) -> list[Draft]:
    """``last`` (the claim an account anaphor took) and the claims of the same speaker made
    in the few sentences before it, with no other speaker's claim in between."""
    if last.source is None:
        return [last]
    name = last.source.name
    found = [last]
    for draft in reversed(drafts[: drafts.index(last)]):
        if sentence - draft.last > _REACH:
            break
        if draft.meta:
            continue  # "The ministry did not provide evidence for the figure.": a verdict on
            # the account, no claim that ends it
        if draft.source is None or draft.source.name != name:
            break
        found.append(draft)
    return found[::-1]


def each_side(body: str, drafts: list[Draft], sentence: int, window: int) -> list[Draft]:
    """The claims, in text order, of each of the two sides heard last before ``sentence``
    ("either side's account", "neither side's claims"): sides are parties to a conflict when
    two are found, else speakers; none when only one speaker was heard (the anaphor's words
    then decide). A side's claims are all it made within ``window`` sentences: the Russian
    ministry's drone count as well as the Kremlin's "These are fantasies" after it."""
    claims: dict[str, list[Draft]] = {}  # by side, the latest first
    for draft in reversed(drafts):
        if draft.last >= sentence or draft.meta or draft.source is None or (
                _OPEN_QUESTION.match(body, draft.span[0])):
            continue  # "did not say whether …" asks, it claims nothing
        if sentence - draft.last > window:
            break
        party = draft.source.party
        key = party.side if party is not None else draft.source.name
        claims.setdefault(key, []).append(draft)
    sided = [k for k, found in claims.items() if found[0].source is not None
             and found[0].source.party is not None]
    chosen = sided[:2] if len(sided) >= 2 else list(claims)[:2]
    if len(chosen) == 1 and chosen == sided and _answered_by_other_side(
            drafts, sentence, window, sided[0]):
        # the other side only answered ("Hamas said the claim was a lie"): its answer is no
        # account to check, so "either side's account" is the one side's claims
        return sorted(claims[sided[0]], key=lambda d: d.span[0])
    if len(chosen) != 2:
        return []  # one speaker: the anaphor's words decide
    return sorted((d for k in chosen for d in claims[k]), key=lambda d: d.span[0])


def _answered_by_other_side(drafts: list[Draft], sentence: int, window: int, side: str) -> bool:
    """Whether a party other than ``side`` spoke, in statements about claims only (meta)."""
    return any(d.meta and d.source is not None and d.source.party is not None
               and d.source.party.side != side and 0 <= sentence - d.last <= window
               for d in drafts)


def of_named_side(body: str, link: DiscourseLink, drafts: list[Draft], sentence: int,
                  window: int) -> list[Draft]:
    """The claims of the side an anaphor names ("the Israeli figures", "the Ukrainian
    claims"), within ``window`` sentences before ``sentence``: all of them for a plural
    head, the last for a singular one; none when no word of the anaphor names a side heard.

    Side labels are matched by their first four letters ("Israeli side" by "Israeli"), as
    :func:`pipeline.extract.accusations.against_denier` matches the denier's side."""
    named = {w[:4].lower() for w in _NAME.findall(body, link.anaphor[0], link.anaphor[1])
             if w not in _NOT_SIDE}
    if not named or link.head is None:
        return []
    found = [d for d in drafts if d.last < sentence and sentence - d.last <= window and not d.meta
             and d.source is not None and d.source.party is not None
             and d.source.party.side_label[:4].lower() in named]
    if link.head.endswith("s"):
        return found
    if found and link.head in NARRATIVE_HEADS:
        return whole_account(drafts, sentence, found[-1])  # "the Houthi account": all it told
    return found[-1:]


_NAME = re.compile(r"\b[A-Z][a-z]{3,}")
_NOT_SIDE = frozenset({"That", "This", "These", "Those", "Their", "However", "Neither", "Either"})


# "It was not possible to establish which side fired first": neither side's account holds
_WHICH_SIDE = re.compile(
    r"(?P<cue>\bit\s+(?:(?:was|is|has\s+been|remains|remained)\s+(?:not\s+(?:yet\s+)?"
    r"(?:possible|clear)|impossible|unclear)|could\s+not\s+be\s+(?:independently\s+)?"
    r"(?:established|determined|verified|confirmed))(?:\s+to\s+(?:independently\s+)?"
    r"(?:establish|determine|verify|confirm|say)(?:\s+independently)?)?)\s+"
    r"(?P<which>which\s+side|whose\s+account|who(?=\s+(?:fired|started|struck|attacked|shot"
    r"|opened|was\s+responsible|is\s+responsible)\b))", re.IGNORECASE)


def which_side(sentence_text: str, index: int, offset: int) -> list[DiscourseLink]:
    """A not-verified link to each side's account, when the sentence says which side is
    right could not be established.

    >>> [link.head for link in which_side("It was unclear which side fired first.", 0, 0)]
    [None]
    """
    found = _WHICH_SIDE.search(sentence_text)
    if found is None:
        return []
    return [DiscourseLink(index, ReasonCode.NOT_VERIFIED,
                          (offset + found.start("cue"), offset + found.end("cue")),
                          (offset + found.start("which"), offset + found.end("which")), None, ())]
