"""The attribution record shared by the attribution finders, and how one is made."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.segment import Sentence

__all__ = ["Attribution", "Offsets", "index_at", "make_attribution"]

Offsets = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution; all offsets are into the body. ``source`` None = unattributed."""

    content: Offsets
    cue: Offsets
    source: Offsets | None
    sentence: int
    last_sentence: int
    kind: str


_DATE_ONLY = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
    r"|Oct|Nov|Dec)\.?\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December))(?:,?\s+\d{4})?[.]?")


_FOLLOWING = re.compile(
    r"[Tt]he\s+following\s+(?:[\w-]+\s+)?(?:statement|release|text|communiqu[eé]|message"
    r"|announcement|update)(?:\s+(?:on|late|early|in)\s+[\w ,.]{1,30}?)?\s*[.:]?")


def index_at(sentences: list[Sentence], pos: int, hint: int) -> int:
    i = hint
    while i > 0 and sentences[i].start > pos:
        i -= 1
    return i


def make_attribution(
    content: Offsets | None,
    cue: Offsets,
    source: Offsets | None,
    sentence: Sentence,
    sentences: list[Sentence],
    kind: str,
) -> Attribution | None:
    if content is None or content[1] <= content[0]:
        return None
    if sentence.start <= content[0] and content[1] <= sentence.end and _DATE_ONLY.fullmatch(
            sentence.text, content[0] - sentence.start, content[1] - sentence.start):
        return None  # "Russian Offensive Campaign Assessment, March 14": a title's date
    if _FOLLOWING.fullmatch(sentence.text, content[0] - sentence.start,
                            content[1] - sentence.start):
        return None  # "X issued the following statement": what follows is the claim
    first = sentence.index
    while first > 0 and sentences[first].start > content[0]:
        first -= 1
    last = sentence.index
    while last + 1 < len(sentences) and sentences[last + 1].start < content[1]:
        last += 1
    return Attribution(content, cue, source, first, last, kind)
