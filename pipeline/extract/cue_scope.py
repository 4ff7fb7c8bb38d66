"""Whether a cue found in a sentence says something about a given claim of that sentence.

Split from :mod:`pipeline.extract.reasons`: a hedge inside the source phrase, vague wording
said by someone identifiable, a cue quoted from the speaker, a dispute of something else, or
a weasel phrase whose agent is named right after ("was described by residents as") does not
make the claim hedged or unattributed.
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Offsets
from pipeline.extract.drafts import Draft, reports_words
from pipeline.models import EntityType, ReasonCode

__all__ = ["applies"]

_ABOUT_SOURCE = frozenset({ReasonCode.UNATTRIBUTED, ReasonCode.ANONYMOUS_SOURCE})
_QUOTES = "\"'‘’“”`"


_RELATIVE = re.compile(r"(?:whose|which|who)\s")
_DESCRIBING = re.compile(r"purport(?:ing|ed)\s+to\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:who|which|that)\b")
_WRITERS = re.compile(r",\s+(?:which|a\s+claim|a\s+toll|a\s+figure)\b")  # the writer's aside
_INDEPENDENT = re.compile(r"independ|\bby\b", re.IGNORECASE)  # a check by others, not evidence
_FINITE_LATER = re.compile(r"\s(?:was|were|is|are|had\s+been|has\s+been)\s")
# The speaker's own refusal to say more, on another matter than what it said
_AND_REFUSED = re.compile(r",?\s+(?:and|but)\s+(?:has\s+|had\s+)?")
_REFUSED_COMMENT = re.compile(r"(?:declined|refused|declines|refuses)\s+to\s+comment")
_PARTICIPLE_NEXT = re.compile(r"\s+(?:[a-z]{3,}ing|reference|allusion)\b")
_GUESS_BEFORE = re.compile(r",\s+(?:(?:in\s+)?an?\s+)?$")  # ", apparently", ", in an apparent"
_ONE_BEFORE = re.compile(r"\b(?:a|an|one)\s+[a-z][\w-]*\s+$")


def applies(body: str, draft: Draft, code: ReasonCode, span: Offsets, vague: bool) -> bool:
    """Whether a sentence cue says something about this claim.

    A cue inside the source phrase ("the alleged captives") qualifies the source, not the
    content: only weasel or anonymity cues count there ("experts suggest"). Vague wording
    (a single word such as "some" or "significant", or a phrase training picked, such as "in
    some areas") does not make a claim unattributed when someone identifiable
    said it ("a significant victory", the ministry said), nor inside a quotation, which
    is the speaker's own wording ("held in some unknown location," a relative said); it
    does when the claim has no source, or one the engine cannot identify ("Some have the
    goal of ..."), and in the object of what a source did rather than said ("wrote many
    short stories": the outlet's words). A weasel phrase ("it is widely believed") always
    counts.
    """
    finite = _FINITE_LATER.search(body, span[1], draft.span[1]) if code is ReasonCode.HEDGE and (
        draft.source is not None and _DESCRIBING.match(body, span[0], span[1])) else None
    if finite is not None and not _RELATIVE_WORD.search(body, span[1], finite.start()):
        return False  # "A video purporting to show X was filmed in 2019, AFP found": what
        # the video claims, inside the subject of AFP's finding
    if code is ReasonCode.HEDGE and _CLAIM_NOUN.search(body, max(0, span[0] - 6), span[1]):
        return False  # ", a claim that could not be verified": the noun, its verdict follows
    source = draft.source
    inside = draft.span[0] <= span[0] and span[1] <= draft.span[1]
    checked = _INDEPENDENT.search(body, span[0], span[1]) and _WRITERS.search(
        body, draft.span[0], span[0])  # ", which was independently confirmed by Reuters"
    if code is ReasonCode.CORROBORATED and source is not None and inside and (
            draft.attribution is not None) and not checked:
        return False  # "The think tank said satellite images showed …": its own evidence
    if code is ReasonCode.HEDGE and span[0] >= draft.span[1] and (
            _GUESS_BEFORE.search(body, max(0, span[0] - 8), span[0])) and (
            _PARTICIPLE_NEXT.match(body, span[1])):
        return False  # "…,” the minister said, apparently alluding to X": a guess at X
    if code is ReasonCode.NOT_VERIFIED and source is not None and span[0] >= draft.span[1] and (
            _AND_REFUSED.fullmatch(body, draft.span[1], span[0])) and (
            _REFUSED_COMMENT.match(body, span[0], span[1])):
        return False  # "said it had no application and declined to comment on the trial"
    if code is ReasonCode.UNATTRIBUTED and body.startswith(("who ", "Who "), span[0]) and (
            source is not None and not source.anonymous and source.singled_out()):
        return False  # "Haidar, a neighbour who said", "The general, who said": not "critics who"
    if code is ReasonCode.UNATTRIBUTED and body.startswith("who ", span[0]) and (
            _ONE_BEFORE.search(body, max(0, span[0] - 30), span[0])):
        return False  # "warned by a coach who said …": one person, unnamed, no weasel
    mention = source.mention if source is not None else None
    if code is ReasonCode.UNATTRIBUTED and source is not None and not source.anonymous and (
            body[span[0] : span[1]].endswith(" by") and 0 <= source.mention[0] - span[1] <= 2):
        return False  # "was described by residents as": the agent is named right after
    if mention is not None and mention[0] < span[1] and span[0] < mention[1]:
        clause = body.rfind(", ", mention[0], span[0])
        if code is ReasonCode.UNATTRIBUTED and source is not None and not source.anonymous and (
                clause > mention[0] and _RELATIVE.match(body, clause + 2)) and (
                body[mention[0]].isupper()):
            return False  # "DeepState, whose maps are widely used by analysts,": about it
        if code is ReasonCode.UNATTRIBUTED and source is not None and (
                source.anonymous or _OF_WHOM.match(body, span[1])):
            # "one of the sources said": its anonymity is the reason to give; "The bloggers,
            # many of whom have ties to …, said": a description of named-enough sources
            return False
        if code is ReasonCode.UNATTRIBUTED and (_INSTITUTION_BEFORE.search(
                body, max(mention[0], span[0] - 16), span[0]) or _TITLE_NAME.fullmatch(
                body[mention[0] : body.find(",", mention[0], span[0])].strip()) or (
                _NAMED_REPORT.match(body, mention[0], mention[1])) or (
                _AT_INSTITUTION.match(body, span[1], mention[1]))):
            return False  # "U.N. experts said"; "Norvance, one of the largest insurers, said";
            # "according to a report in The Washington Post"; "Scientists at the LSHTM said"
        return code in _ABOUT_SOURCE or (
            code in _ABOUT_EVIDENCE and _qualifies_evidence(body, mention, span))
    if code in _ABOUT_OTHERS and source is not None and (
            draft.span[0] <= span[0] < draft.span[1]) and not _CONTRAST.search(
            body, draft.span[0], span[0]) and (
            code is ReasonCode.DISPUTED or _NO_EVIDENCE.search(body, span[0], span[1])):
        # "the spokesman said the video was fabricated": the claim disputes something else
        # (linked where the words name it); nobody disputes the claim itself
        return False
    if code is ReasonCode.UNATTRIBUTED and source is not None and not source.anonymous and (
            source.entity_type is not EntityType.UNKNOWN) and _quoted(body, draft.span):
        return False  # '"No injuries have been reported," CENTCOM said': its own wording
    if code is ReasonCode.UNATTRIBUTED and _REPORTED.match(body, span[0], span[1]) and ((
            source is not None and draft.attribution is not None) or _AGENT_LATER.match(
            body, span[1])):  # ("was reported at magnitude 7.2 by the U.S. Geological Survey")
        # "Myocarditis has been reported in 1 in 20,000, according to CDC data", "No
        # casualties were reported, the governor said": the source's count, not hearsay
        return False
    if code is ReasonCode.UNATTRIBUTED and source is not None and not source.anonymous and (
            source.entity_type is not EntityType.UNKNOWN) and _REPORTS_HEAD.search(
            body, span[0], span[1]) and _UNCHECKED.search(body, span[1], draft.span[1]):
        return False  # "Many reports of casualties could not be corroborated, the UN said"
    if not vague or source is None:
        return True
    if _quoted(body, draft.span):
        return False
    if not reports_words(body, draft):
        return True  # "Alarcón wrote many short stories": the outlet's description, not his
    return source.entity_type == EntityType.UNKNOWN and not source.anonymous and not (
        _TITLE_NAME.fullmatch(source.name))  # ("UAE's National Center of Meteorology")


# "Richer said there was no evidence of double counting": his claim that something else
# lacks evidence, not a verdict on what he said
_ABOUT_OTHERS = frozenset({ReasonCode.DISPUTED, ReasonCode.NOT_VERIFIED})
_REPORTED = re.compile(r"(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:reported|recorded"
                       r"|documented|observed|seen|counted)", re.IGNORECASE)
_UNCHECKED = re.compile(r"\b(?:could|can|cannot|have|has|had|were|are)\s+(?:not\s+)?(?:yet\s+)?"
                        r"(?:be\s+|been\s+)?(?:independently\s+)?(?:corroborated|verified|confirmed)")
_REPORTS_HEAD = re.compile(r"\b(?:reports|accounts|studies)$")  # what the source speaks about
_AGENT_LATER = re.compile(r"(?:\s+[\w.-]+){0,6}?\s+by\s+(?:the\s+)?[A-Z]")
_NO_EVIDENCE = re.compile(r"\bno\s+(?:evidence|proof)\b", re.IGNORECASE)
_TITLE_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|on|the|and)\s+)*[A-Z][\w’'.-]*)+")
_CLAIM_NOUN = re.compile(r"\b(?:a|the|this|that)\s+claim\s+that$", re.IGNORECASE)
# ", though aid groups put the figure lower": another voice inside the content
_CONTRAST = re.compile(r",\s+(?:though|although|but|whereas)\s")
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|which|them)\b")
# "a report in The Washington Post": a report a named outlet carried
_NAMED_REPORT = re.compile(r"(?:(?:a|an|the|one)\s+)?(?:reports?|account|article|story|estimates?)"
                           r"\s+(?:in|from|by)\s+(?:the\s+)?[A-Z]")
# "Scientists at the London School of Hygiene": people of a named institution
_AT_INSTITUTION = re.compile(r"\s+(?:at|from|with)\s+(?:the\s+)?[A-Z]")  # not "critics of X"
# "U.N. ", "WHO ", "United Nations "
_INSTITUTION_BEFORE = re.compile(r"\b(?:[A-Z]\.){2,}\s+$|\b[A-Z]{2,}\s+$|\bUnited\s+Nations\s+$")
_ABOUT_EVIDENCE, _FIGURE_WORDS = frozenset({ReasonCode.HEDGE, ReasonCode.NOT_VERIFIED}), (
    "figures", "data", "results", "counts", "tallies", "estimates")
# What a claim rests on when it is the source: reports, footage, accounts (not people).
_EVIDENCE_HEAD = re.compile(
    r"\b(?:reports?|accounts?|claims?|footage|videos?|images?|photos?|photographs?|pictures?"
    r"|posts?|messages?|documents?|recordings?|sources?)\W*$", re.IGNORECASE)
_BEFORE_HEAD = re.compile(r"[,(]|\b(?:of|from|about|for|with|in|on|by|who|which|that)\b",
                          re.IGNORECASE)


def _qualifies_evidence(body: str, mention: Offsets, span: Offsets) -> bool:
    """Whether a hedge inside a source mention qualifies the report or footage the claim
    rests on ("Unconfirmed reports say", "the purported video shows"), rather than someone
    or something named inside the mention ("a relative of one of the alleged captives")."""
    # (what follows the head is where they come from: "Unconfirmed reports on social media")
    after = _BEFORE_HEAD.search(body, span[1], mention[1])
    return (_BEFORE_HEAD.search(body, mention[0], span[0]) is None
            and _EVIDENCE_HEAD.search(body, span[1], after.start() if after else mention[1])
            is not None) or (
        body.endswith(_FIGURE_WORDS, span[0], span[1]))  # "according to provisional figures"


def _quoted(body: str, span: Offsets) -> bool:
    """Whether a content opens with a quotation mark or comes right after one."""
    before = body[max(0, span[0] - 3) : span[0]].strip()
    first = body[span[0] : span[0] + 1]
    return first in _QUOTES or (bool(before) and before[-1] in _QUOTES)
