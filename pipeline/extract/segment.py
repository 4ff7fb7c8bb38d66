"""Sentence segmentation with exact character offsets into the article body.

Rules, in the order they matter for news text:

* a newline always ends a sentence (news bodies are not hard-wrapped; list items and
  headings sit on their own lines), a blank line also starts a new paragraph;
* ``. ! ? …`` (with any closing quotes or brackets) end a sentence when the next
  non-space character is not lower case and the word before is not an abbreviation
  (titles such as ``Mr.`` and ``Sen.`` never end one; ``U.S.`` or ``Inc.`` only when a
  typical sentence opener follows; month abbreviations never before a digit);
* a dateline (``KYIV, Ukraine (AP) — ``) and a list marker (``- ``, ``1. ``) are not part
  of the sentence that follows them;
* a sentence longer than :data:`MAX_SENTENCE_CHARS` is cut at a space so that every
  later stage works on bounded input whatever the article looks like.

>>> text = "Mr. Smith left the U.S. on Jan. 5. He said: “No.” Then he left."
>>> [s.text for s in split_sentences(text)]
['Mr. Smith left the U.S. on Jan. 5.', 'He said: “No.”', 'Then he left.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MAX_SENTENCE_CHARS", "Sentence", "sentence_index_at", "split_sentences"]

#: Longer "sentences" (tables, run-on junk) are cut so later regexes see bounded input.
MAX_SENTENCE_CHARS = 1200


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``body[start:end] == text``; ``paragraph`` counts from 0."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


# Candidate ends: terminal punctuation plus closing quotes/brackets before a space, or a newline.
# (It starts with one character class so that the regex engine can skip ahead to candidates.)
_END = re.compile(r"""[\n.!?…](?:(?<=\n)|(?<=[.!?…])[.!?…]*['"’”»)\]]*(?=\s|$))""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT = re.compile(r"\s*(\S+)")

# Never the end of a sentence when followed by a capital: they precede a name.
_TITLES = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps gov gen lt col capt sgt maj adm cmdr cpl pvt
    rev fr st mt ft hon pres supt insp det gens vs v ave blvd brig amb""".split()  # noqa: SIM905
)
_MONTHS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905
)
# Abbreviations that may or may not end a sentence: decided by the word that follows.
_AMBIGUOUS = frozenset(
    """u.s u.k u.n e.u d.c a.m p.m inc corp co ltd jr sr bros etc al e.g i.e approx est dept
    univ assn""".split()  # noqa: SIM905
)
_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our but
    and so yet however in on at for after before when while if as meanwhile also according
    some many most one two three mr mrs ms dr""".split()  # noqa: SIM905
)
_DATELINE = re.compile(
    r"[A-Z][A-Z./'’-]+(?:[ ,]+[A-Z][A-Za-z./'’-]*){0,4}\s*(?:,\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2}\s*)?"
    r"(?:\([A-Za-z .]{1,30}\)\s*)?[—–-]{1,2}\s+"
)
_TIMESTAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s?(?:[AP]M|[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EET|EEST|ET|EST|EDT|PT"
    r"|local time|Kyiv time))?\s*[—–-]{1,2}\s+")
_CLOCK_STAMP = re.compile(
    r"\d{1,2}:\d{2}(?:\s?(?:[AP]M|[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EET|EEST|ET|EST|EDT|PT"
    r"|local time|Kyiv time))?\s*[—–-]{1,2}\s+(?!\d)")
# "2h ago", "45 min ago", "Updated 3:12 p.m. ET", "Posted at 12:15": a live blog's stamp
_STAMP = re.compile(
    r"(?:\d{1,3}\s?(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago|(?:Updated|Posted|Published|Last\s+"
    r"updated)(?:\s+at)?:?\s+\d{1,2}[:.]\d{2}(?:\s?(?:[AP]M|[ap]\.?m\.?))?(?:\s+(?:GMT|BST|UTC"
    r"|CET|CEST|EET|EEST|ET|EST|EDT|PT))?)(?:\s+|$)")
_LIST_MARKER = re.compile(r"(?:[-*•·▪]|\d{1,2}[.)])\s+")
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def _is_boundary(body: str, punct_start: int, punct_end: int) -> bool:
    """Whether the terminal punctuation at ``[punct_start, punct_end)`` ends a sentence."""
    nxt = _NEXT.match(body, punct_end)
    if nxt is None:
        return True
    if "\n" in body[punct_end : nxt.start(1)]:
        return True
    follower = nxt.group(1)
    first = follower[0]
    if first.islower():
        return False
    if body[punct_start] != ".":
        return True
    if punct_start and body[punct_start - 1].isdigit():
        line_start = body.rfind("\n", 0, punct_start) + 1
        if body[line_start:punct_start].strip().isdigit():
            return False  # a numbered list marker, "1. "
    word_match = _WORD_BEFORE.search(body, max(0, punct_start - 20), punct_start + 1)
    if word_match is None:
        return True
    word = word_match.group(1).lower()
    if word in ("no", "nos"):
        return not first.isdigit()
    if word in _TITLES:
        return False
    if word in _MONTHS:
        return not first.isdigit()
    if len(word) == 1 and word.isalpha():
        # An initial ("Donald J. Trump") unless it is a lone pronoun-like letter, or the
        # platform a statement was posted on ("wrote on X. He said …")
        return word == "i" or (word == "x" and _ON_X.search(
            body, max(0, punct_start - 8), punct_start) is not None)
    if word in _AMBIGUOUS or ("." in word and len(word) <= 6):
        return follower.strip("“\"‘'(").rstrip(",.;:").lower() in _OPENERS
    return True


_ON_X = re.compile(r"\b(?:on|via|to)\s+X$")


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _strip_prefix(body: str, start: int, end: int, first_in_paragraph: bool) -> int:
    """Skip a list marker at the start of a line, and a dateline at the start of a paragraph."""
    # The marker test first: it fails at once on most sentences, and the line-start test
    # looks back through the whole paragraph.
    marker = _LIST_MARKER.match(body, start, end)
    if marker is not None and (
            start == 0 or not body[body.rfind("\n", 0, start) + 1 : start].strip()):
        start = marker.end()
    # A live blog's "14:05 GMT — " opens an entry, often run on in one paragraph (there, only
    # a clock's colon: "4.25 – 4.50 percent is the new range" is no stamp).
    stamp = None
    if body[start:start + 1].isdigit():
        stamp = (_TIMESTAMP if first_in_paragraph else _CLOCK_STAMP).match(
            body, start, min(end, start + 40))
    if first_in_paragraph and stamp is None:
        stamp = _STAMP.match(body, start, min(end, start + 40))
    if stamp is not None and stamp.end() < end:
        start = stamp.end()
    if first_in_paragraph:
        dateline = _DATELINE.match(body, start, min(end, start + 80))
        if dateline is not None and dateline.end() < end:
            start = dateline.end()
    return start


def _cut_long(body: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(body.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit), -1)
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def split_sentences(body: str) -> list[Sentence]:
    """Split ``body`` into sentences whose offsets point back into it exactly."""
    para_starts = [0] + [m.end() for m in _PARA_BREAK.finditer(body)]
    raw: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(body):
        if match.group() == "\n":
            raw.append((start, match.start()))
            start = match.end()
        elif _is_boundary(body, match.start(), match.end()):
            raw.append((start, match.end()))
            start = match.end()
    raw.append((start, len(body)))

    sentences: list[Sentence] = []
    paragraph = 0
    last_para_seen = -1
    for raw_start, raw_end in raw:
        s, e = _trimmed(body, raw_start, raw_end)
        if s >= e:
            continue
        while paragraph + 1 < len(para_starts) and para_starts[paragraph + 1] <= s:
            paragraph += 1
        first = paragraph != last_para_seen
        last_para_seen = paragraph
        s = _strip_prefix(body, s, e, first)
        s, e = _trimmed(body, s, e)
        if s >= e or not any(ch.isalnum() for ch in body[s:e]) or _STAMP.fullmatch(body, s, e):
            continue
        if e - s <= MAX_SENTENCE_CHARS:
            sentences.append(Sentence(len(sentences), s, e, body[s:e], paragraph))
            continue
        for ps, pe in _cut_long(body, s, e):
            sentences.append(Sentence(len(sentences), ps, pe, body[ps:pe], paragraph))
    return sentences


def sentence_index_at(sentences: list[Sentence], pos: int, hint: int) -> int:
    """Index of the sentence holding character ``pos``, searching from sentence ``hint``."""
    i = min(hint, len(sentences) - 1)
    while i + 1 < len(sentences) and sentences[i + 1].start <= pos:
        i += 1
    while i > 0 and sentences[i].start > pos:
        i -= 1
    return i
