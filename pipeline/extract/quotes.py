"""Quotation regions: where direct speech starts and ends in an article body.

Handles curly double quotes, straight double quotes, guillemets, doubled apostrophes
(``''…''`` as some archives print them) and single curly/straight quotes used as quote
marks (``‘…’``), telling a closing ``’`` from an apostrophe (``it’s``, ``DPR’s``) by the
letters around it. Regions never run past the end of a paragraph: an unclosed quote is
closed there, which is also how multi-paragraph quotations are conventionally printed.

>>> body = "He said ‘the DPR’s forces won’ and left. “It’s over,” she said."
>>> [body[s:e] for s, e in find_quotes(body)]
['‘the DPR’s forces won’', '“It’s over,”']
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["QuoteIndex", "find_quotes"]

# '' or ``, a quote mark, or a paragraph break; written to start with one character class so
# that the regex engine can skip ahead to candidates.
_MARK = re.compile(r"[`'“”\"«»‘’\n](?:(?<=')'?|(?<=`)`|(?<=[“”\"«»‘’])|(?<=\n)[ \t\r\f\v]*\n)")
_PAIRS = {"“": "”", "«": "»", "‘": "’", "``": "''"}


def _letter(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(body: str) -> list[tuple[int, int]]:
    """Top-level quotation regions ``[start, end)`` including the quote marks."""
    regions: list[tuple[int, int]] = []
    opener: str | None = None  # the closing mark we wait for
    open_at = 0
    n = len(body)
    for match in _MARK.finditer(body):
        mark = match.group()
        pos = match.start()
        before = body[pos - 1] if pos else " "
        after = body[match.end()] if match.end() < n else " "
        if mark[0] == "\n":
            if opener is not None:
                regions.append((open_at, pos))
                opener = None
            continue
        if opener is None:
            opens = _opens(mark, before, after)
            if opens is not None:
                opener, open_at = opens, pos
            continue
        if _closes(mark, opener, before, after):
            regions.append((open_at, match.end()))
            opener = None
    if opener is not None:
        regions.append((open_at, n))
    return regions


def _opens(mark: str, before: str, after: str) -> str | None:
    """The closing mark to wait for if ``mark`` opens a quotation here, else None."""
    if mark in ("“", "«", "``"):
        return _PAIRS[mark]
    if mark == "''":
        return "''" if not _letter(before) and (_letter(after) or after in "‘'\"") else None
    if mark in ("‘", "'", '"'):
        starts_word = not _letter(before) and before not in ".,;:!?" and not after.isspace()
        if mark == '"':
            return '"' if starts_word else None
        # A single quote opens only before a letter and not inside a word (rock'n'roll).
        return ("’" if mark == "‘" else "'") if starts_word and _letter(after) else None
    return None


_DOUBLE = "“”\""


def _closes(mark: str, waiting: str, before: str, after: str) -> bool:
    if waiting in _DOUBLE and mark in _DOUBLE:
        # Any double mark placed as a closer closes a double quotation: converted archives
        # print “…," or “…,“ or "…”, and waiting for the exact pair would run the quotation
        # on to the end of the paragraph, swallowing the "he said" after it.
        return mark == waiting or (not before.isspace() and not _letter(after))
    if waiting == "’":
        # ’ between letters is an apostrophe (it’s); after an s it may be a plural
        # possessive, which we accept as a close only before punctuation or a space.
        return mark == "’" and not (_letter(before) and _letter(after))
    if waiting == "'":
        return mark == "'" and not (_letter(before) and _letter(after))
    if waiting == '"':
        return mark == '"'
    if waiting == "''":
        return mark == "''"
    return mark == waiting


class QuoteIndex:
    """Fast lookups over the quotation regions of one body."""

    __slots__ = ("_starts", "regions")

    def __init__(self, body: str) -> None:
        self.regions = find_quotes(body)
        self._starts = [start for start, _ in self.regions]

    def region_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation containing ``pos``, if any."""
        i = self.index_at(pos)
        return self.regions[i] if i is not None else None

    def index_at(self, pos: int) -> int | None:
        """The index in ``regions`` of the quotation containing ``pos``, if any."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.regions[i][0] <= pos < self.regions[i][1]:
            return i
        return None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Quotation regions that overlap ``[start, end)``."""
        i = max(bisect_right(self._starts, start) - 1, 0)
        out: list[tuple[int, int]] = []
        while i < len(self.regions) and self.regions[i][0] < end:
            if self.regions[i][1] > start:
                out.append(self.regions[i])
            i += 1
        return out
