"""Who a pronoun or an image can stand for when no source was heard: the subject of the
sentence before, or of the sentence that published something.

"The Israeli military gave another version. In a statement, it said …": "it" is the body
that opened the sentence before. "X published footage that it said showed …": "it" is X.
"The group published photographs showing …": the photographs speak for the group.

>>> body = "The US Army gave another account. It said two drones fell."
>>> start, end = previous_subject(body, body.index("It"))
>>> body[start:end]
'The US Army'
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Offsets
from pipeline.extract.entity_types import classify
from pipeline.extract.tokens import np_start_before, tokenize
from pipeline.models import EntityType

__all__ = ["IMAGE_WORDS", "clause_person", "images_publisher", "own_subject", "previous_person",
           "previous_subject", "publisher_before", "relative_antecedent"]

#: Head words of pictures, which show what their publisher says they show.
IMAGE_WORDS = frozenset({"photographs", "photos", "pictures", "images", "footage", "video",
                         "videos", "clip", "clips"})

# (possessive: a run of spaces before a lower-case word is given up at once, not retried)
_SENTENCE_START = re.compile(r"(?:^|[.!?][”\"’]?\s++|\n\s*+)(?=[A-Z“\"])")
_OPENING_SUBJECT = re.compile(
    r"(?P<np>(?:The\s+)?(?:(?:[A-Z][\w’'.-]*|[a-z]+[’']s)\s+){0,5}(?:[a-z]+\s+){0,2}?(?:military"
    r"|army|ministry|government|forces|group|militia|agency|authorities|police|command"
    r"|[A-Z][\w’'.-]*)(?:\s+\([A-Z]{2,}\))?)\s+"
    r"(?:gave|issued|released|offered|put\s+out|published|told|has|had|was|took|presented"
    r"|provided|struck|launched)\b")
# The subject of a sentence that published something: "X (has) (later) published …"
_PUBLISHER = (
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?)\s+(?:has\s+|had\s+)?"
    r"(?:(?:later|also|then|earlier|since|\w+ly)\s+)?"
    r"(?:published|released|posted|shared|issued|circulated|aired|distributed|put\s+out)\s+")
# (", which it said": the relative clause may be set off by a comma, or have no pronoun:
# "released a video it said showed …")
_PUBLISHED_THAT = re.compile(_PUBLISHER + r"(?:[\w’'-]+\s+){0,7}?[\w’'-]+(?:,?\s+(?:that|which)\s+"
                             r"|\s+(?=(?:it|they)\s+(?:said|says|claimed|claims|claim|alleged"
                             r"|alleges|believes|believed)\b))")
_PUBLISHED_IMAGES = re.compile(_PUBLISHER + r"(?:(?:a|an|the|new|several|two|three)\s+)?")


def previous_subject(body: str, at: int) -> Offsets | None:
    """The subject opening the sentence before the one holding ``at``, if it names a body
    that gave, issued or told something."""
    starts = [m.end() for m in _SENTENCE_START.finditer(body, max(0, at - 400), at + 1)]
    if len(starts) < 2:
        return None
    subject = _OPENING_SUBJECT.match(body, starts[-2], starts[-1])
    return (subject.start("np"), subject.end("np")) if subject is not None else None


# "Halyna, 71, declined to give her surname.", "Trump himself dismissed …": a person named
# at the sentence's start
_OPENING_NAME = re.compile(r"(?P<np>[A-Z][a-z]+(?:,(?=\s+\d{1,3},)|(?:\s+[A-Z][a-z]+){1,2}"
                           r"|(?<!\bHe)(?<!\bShe)(?=\s+(?:himself|herself)\b)))"
                           r"(?:\s+\d{1,3},)?\s+[a-z]")
_NOT_NAMES = frozenset("""The A An This That These Those But And In On At After Before When While
    If As One Two Three Four Five Six Seven Eight Nine Ten Some Many Most Several Both Each
    Its Their His Her Our Another Other Such No""".split())  # noqa: SIM905


def previous_person(body: str, at: int) -> Offsets | None:
    """A name opening the sentence before the one holding ``at``, for "he" or "she"."""
    starts = [m.end() for m in _SENTENCE_START.finditer(body, max(0, at - 400), at + 1)]
    if len(starts) < 2:
        return None
    named = _OPENING_NAME.match(body, starts[-2], starts[-1])
    if named is None or named.group("np").split()[0].rstrip(",") in _NOT_NAMES:
        return None
    return named.start("np"), named.end("np") - named.group("np").endswith(",")


# "Trump said Biden lied when he": the person whose clause the "he" sits in, named right
# after a speech verb (or "accused"), not the speaker of the whole sentence
_CLAUSE_PERSON = re.compile(
    r"\b(?:said|says|told\s+\w+|claimed|claims|argued|insisted|accused|accuses|charged)\s+"
    r"(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:that\s+)?"
    r"(?P<np>(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+|the\s+[a-z]+)\s+(?:[a-z]+ed|lied|lies|had|has"
    r"|was|is|did|does|made|makes|of\s+[a-z]+ing)\b[^.!?;:,\"“”]{0,80}?\b(?:when|because|after|as"
    r"|since|if|while|before|until|although|though)\s+$")


def clause_person(body: str, at: int) -> Offsets | None:
    """The person named as the subject of the clause that a "he" or "she" at ``at`` follows.

    >>> body = "Trump said Biden lied when he claimed that prices fell."
    >>> start, end = clause_person(body, body.index("he "))
    >>> body[start:end]
    'Biden'
    """
    found = _CLAUSE_PERSON.search(body, max(0, at - 160), at)
    if found is None or found.end() != at:
        return None
    return found.start("np"), found.end("np")


def own_subject(body: str, at: int) -> Offsets | None:
    """``Kyiv has stepped up attacks on the fleet, which it says …``: the name opening the
    sentence, for an "it" or "they" in a relative clause at ``at`` (the relative pronoun
    is the fleet, so the pronoun is the sentence's subject)."""
    if _RELATIVE_BEFORE.search(body, max(0, at - 12), at) is None:
        return None
    starts = [m.end() for m in _SENTENCE_START.finditer(body, max(0, at - 400), at + 1)]
    subject = _NAMED_SUBJECT.match(body, starts[-1], at) if starts else None
    return (subject.start("np"), subject.end("np")) if subject is not None else None


_RELATIVE_BEFORE = re.compile(r",\s+(?:which|that|whom)\s+$")
# (not a subject that underwent it: "Lebanon has been hit by strikes from the army, which
# it says …", "Yemen has faced strikes by the U.S. military, which it says …")
_NAMED_SUBJECT = re.compile(
    r"(?P<np>(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?!(?:has|have|had|is|are"
    r"|was|were)\s+(?:been|faced|suffered|endured|seen|come|under|experienced|received)\b)"
    r"(?!(?:faced|suffered|endured|experienced|received|sustained|came|comes|faces|suffers)\b)"
    r"(?:has|have|had|is|are|was|were|[a-z]+ed|[a-z]+s)\s")


def publisher_before(body: str, at: int) -> Offsets | None:
    """``X published footage that`` right before ``at``: X; and the subject of any act on
    a thing "it said" was something ("The army struck a building it said was used by …")."""
    for pattern in (_PUBLISHED_THAT, _ACTED_ON):
        found = pattern.search(body, max(0, at - 160), at + 12)  # (the lookahead's room)
        if found is not None and found.end() == at and (pattern is _PUBLISHED_THAT or (
                classify(found.group("who")) in _BODIES)):  # (not "The attack killed a man")
            return found.start("who"), found.end("who")
    return None


_BODIES = frozenset({EntityType.GOVERNMENT, EntityType.MILITARY, EntityType.ORGANISATION,
                     EntityType.MEDIA})


# "The Israeli military struck a building it said …", "The Treasury sanctioned a company it
# says …", "… targeted what it said were …": the reduced relative's "it" is the subject
_ACTED_ON = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[A-Z][\w ]{1,20},\s+)?"  # (after "On Tuesday,")
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}(?:[a-z]+\s+)?"
    r"[A-Za-z][\w’'-]*)\s+(?:has\s+|had\s+)?(?:(?:later|also|then|\w+ly)\s+)?(?!said\b|includ)"
    r"(?:[a-z]{3,}ed|struck|hit|shot|seized|took|sent|sank|blew\s+up|shut)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:[\w’'-]+\s+)(?=it\s+(?:said|says|claimed|claims|alleged|alleges|believed|believes"
    r"|described|describes)\b)")


def images_publisher(body: str, at: int) -> Offsets | None:
    """``The group published`` right before the image words at ``at``: the group."""
    found = _PUBLISHED_IMAGES.search(body, max(0, at - 120), at)
    if found is None or found.end() != at:
        return None
    return found.start("who"), found.end("who")


_OF_PLACE = frozenset({"in", "at", "of", "from", "with", "inside", "within"})


def relative_antecedent(body: str, at: int) -> tuple[Offsets | None, int | None]:
    """The noun phrase a "who" at ``at`` takes up; and, when that phrase is an apposition
    ("Mariam Haidar, 46, a neighbour who"), where to look for the phrase it describes.

    >>> body = "citing a source in the security services who said"
    >>> span, host = relative_antecedent(body, body.index("who"))
    >>> body[span[0]:span[1]], host
    ('a source in the security services', None)
    """
    window_start = max(0, at - 160)
    tokens = tokenize(body[window_start:at], window_start)
    if len(tokens) < 2:
        return None, None
    end = len(tokens) - 1 if tokens[-1].text == "," else len(tokens)
    start = np_start_before(tokens, end - 1)
    if start is not None and start > 1 and tokens[start].text.isdigit() and (
            end - start == 1 and tokens[start - 1].text == ","):
        end = start - 1  # "Samira Hassouna, 39, who said": her age is no antecedent
        start = np_start_before(tokens, end - 1)
    while end == len(tokens) and start is not None and start > 1 and (
            tokens[start - 1].lower in _OF_PLACE):
        # "a source in the security services who said": the source, not the services
        start = np_start_before(tokens, start - 2)
    if start is None:
        return None, None
    host = tokens[start - 1].end if end == len(tokens) and start > 1 and tokens[
        start].lower in ("a", "an") and tokens[start - 1].text == "," else None
    return (tokens[start].start, tokens[end - 1].end), host
