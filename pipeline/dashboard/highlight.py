"""Cut a text into pieces at highlight boundaries, so the page can render spans safely.

The page never parses markup from the stream: the server sends plain text pieces, each
with the marks that cover it, and the browser builds elements with ``textContent``.
Overlapping marks (a cue inside a claim) are fine because every boundary starts a piece.

>>> [(p["text"], [m["kind"] for m in p["marks"]])
...  for p in segment("abcdef", [Mark(1, 4, "claim"), Mark(3, 5, "cue")])]
[('a', []), ('bc', ['claim']), ('d', ['claim', 'cue']), ('e', ['cue']), ('f', [])]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["Mark", "locate", "segment"]


@dataclass(frozen=True)
class Mark:
    """A highlight over ``[start, end)`` of a text; ``ref`` ties it to a claim id."""

    start: int
    end: int
    kind: str
    label: str = ""
    ref: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.label:
            out["label"] = self.label
        if self.ref:
            out["ref"] = self.ref
        return out


def segment(text: str, marks: Iterable[Mark]) -> list[dict[str, Any]]:
    """Split ``text`` at every mark boundary; each piece lists the marks covering it.

    Marks are clamped to the text; empty or inverted ones are dropped. Concatenating
    the pieces' text always gives back ``text``:

    >>> "".join(p["text"] for p in segment("hello", [Mark(3, 99, "cue"), Mark(4, 2, "x")]))
    'hello'
    """
    size = len(text)
    kept = [
        Mark(max(0, m.start), min(size, m.end), m.kind, m.label, m.ref)
        for m in marks
        if min(size, m.end) > max(0, m.start)
    ]
    cuts = sorted({0, size, *(m.start for m in kept), *(m.end for m in kept)})
    pieces: list[dict[str, Any]] = []
    for left, right in itertools.pairwise(cuts):
        covering = [m.as_json() for m in kept if m.start <= left and m.end >= right]
        pieces.append({"text": text[left:right], "marks": covering})
    return pieces


def locate(text: str, needle: str, hint: int | None = None) -> tuple[int, int] | None:
    """Where ``needle`` is in ``text``: at ``hint`` if it matches there, else the nearest match.

    Offsets from the stream are trusted only when the text under them agrees; otherwise
    the words are searched for (exact case first), and ``None`` means they are not there.

    >>> locate("it reportedly fell", "reportedly", 3)
    (3, 13)
    >>> locate("Reportedly it fell", "reportedly", 50)
    (0, 10)
    >>> locate("it fell", "reportedly") is None
    True
    """
    if not needle:
        return None
    if hint is not None and hint >= 0 and text[hint : hint + len(needle)] == needle:
        return hint, hint + len(needle)
    for haystack, wanted in ((text, needle), (text.casefold(), needle.casefold())):
        if len(haystack) != len(text) or len(wanted) != len(needle):
            # casefold changed a length (ß -> ss): offsets would no longer line up
            continue
        found = _nearest(haystack, wanted, hint or 0)
        if found is not None:
            return found, found + len(needle)
    return None


def _nearest(haystack: str, needle: str, hint: int) -> int | None:
    best: int | None = None
    start = haystack.find(needle)
    while start != -1:
        if best is None or abs(start - hint) < abs(best - hint):
            best = start
        start = haystack.find(needle, start + 1)
    return best
