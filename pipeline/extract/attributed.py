"""The attribution record shared by the attribution finders, and how one is made."""

from __future__ import annotations

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
    first = sentence.index
    while first > 0 and sentences[first].start > content[0]:
        first -= 1
    last = sentence.index
    while last + 1 < len(sentences) and sentences[last + 1].start < content[1]:
        last += 1
    return Attribution(content, cue, source, first, last, kind)
