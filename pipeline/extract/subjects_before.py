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

__all__ = ["IMAGE_WORDS", "images_publisher", "previous_subject", "publisher_before"]

#: Head words of pictures, which show what their publisher says they show.
IMAGE_WORDS = frozenset({"photographs", "photos", "pictures", "images", "footage", "video",
                         "videos", "clip", "clips"})

_SENTENCE_START = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n\s*)(?=[A-Z“\"])")
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
    r"(?:published|released|posted|shared|issued|circulated|aired|distributed)\s+")
_PUBLISHED_THAT = re.compile(_PUBLISHER + r"(?:[\w’'-]+\s+){1,8}?(?:that|which)\s+")
_PUBLISHED_IMAGES = re.compile(_PUBLISHER + r"(?:(?:a|an|the|new|several|two|three)\s+)?")


def previous_subject(body: str, at: int) -> Offsets | None:
    """The subject opening the sentence before the one holding ``at``, if it names a body
    that gave, issued or told something."""
    starts = [m.end() for m in _SENTENCE_START.finditer(body, max(0, at - 400), at + 1)]
    if len(starts) < 2:
        return None
    subject = _OPENING_SUBJECT.match(body, starts[-2], starts[-1])
    return (subject.start("np"), subject.end("np")) if subject is not None else None


def publisher_before(body: str, at: int) -> Offsets | None:
    """``X published footage that`` right before ``at``: X."""
    found = _PUBLISHED_THAT.search(body, max(0, at - 160), at)
    if found is None or found.end() != at:
        return None
    return found.start("who"), found.end("who")


def images_publisher(body: str, at: int) -> Offsets | None:
    """``The group published`` right before the image words at ``at``: the group."""
    found = _PUBLISHED_IMAGES.search(body, max(0, at - 120), at)
    if found is None or found.end() != at:
        return None
    return found.start("who"), found.end("who")
