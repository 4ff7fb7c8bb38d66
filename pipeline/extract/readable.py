"""What the engine reads of a raw body, and how its spans map back onto that body.

Scraped bodies keep HTML character references ("Russia&#8217;s", "&quot;", "&nbsp;"), and
plain-text feeds wrap paragraphs at 70 columns. The engine reads the text with references
decoded and wrapped lines joined, where "Russia’s" is a name, "&quot;" a quotation mark and a
sentence runs on past the line's end; every span it reports is mapped back onto the body it
was given, so offsets stay valid for the consumer that highlights them.

>>> decoded = readable_body("Russia&#8217;s army said &quot;no&quot;.")
>>> decoded.text
'Russia’s army said "no".'
>>> start, end = decoded.original(19, 23)
>>> "Russia&#8217;s army said &quot;no&quot;."[start:end]
'&quot;no&quot;'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel

from pipeline.models import Claim, Quantity, Reason, Span, claim_id_for

__all__ = ["DecodedBody", "decode_entities", "join_wrapped_lines", "readable_body"]

# Named, decimal and hexadecimal references with their semicolon: a bare "&" or "AT&T" is text.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_Value = TypeVar("_Value")


@dataclass(frozen=True, slots=True)
class DecodedBody:
    """A body as the engine reads it; ``starts[i]`` and ``ends[i]`` are where its character
    ``i`` came from in the original."""

    text: str
    starts: list[int] | None  # None: every character where it was (only lines joined)
    ends: list[int] | None

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the decoded range ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        first = self.starts[start] if start < len(self.starts) else self.ends[-1]
        last = self.ends[end - 1] if end > 0 else 0
        return first, max(first, last)

    def restore(self, claim: Claim, body: str) -> Claim:
        """``claim``, found in :attr:`text`, with every span an offset range of ``body``."""
        restored = self._spans(claim, body)
        span = restored.span
        return restored.model_copy(update={
            "text": span.text,
            "sentence": restored.sentence_span.text,
            "claim_id": claim_id_for(claim.article_id, claim.extractor_version, span.start,
                                     span.end),
        })

    def _spans(self, value: _Value, body: str) -> _Value:
        if isinstance(value, Span):
            start, end = self.original(value.start, value.end)
            return Span(start=start, end=end, text=body[start:end])  # type: ignore[return-value]
        if isinstance(value, BaseModel):
            updates: dict[str, object] = {name: self._spans(field, body) for name, field in value
                                          if isinstance(field, (BaseModel, list))}
            span = updates.get("span")
            if isinstance(span, Span):  # words shown with a span are the body's, as it holds them
                if isinstance(value, Quantity):
                    updates["text"] = span.text
                elif isinstance(value, Reason):
                    updates["cue"] = span.text
            return value.model_copy(update=updates) if updates else value
        if isinstance(value, list):
            return [self._spans(item, body) for item in value]  # type: ignore[return-value]
        return value


def readable_body(body: str) -> DecodedBody | None:
    """The text the engine reads for ``body``, or None when that is ``body`` itself."""
    decoded = decode_entities(body)
    joined = join_wrapped_lines(decoded.text if decoded is not None else body)
    if joined is None:
        return decoded
    if decoded is None:  # joining keeps every offset
        return DecodedBody(joined, None, None)
    return DecodedBody(joined, decoded.starts, decoded.ends)


def decode_entities(body: str) -> DecodedBody | None:
    """The body with its character references decoded, or None when it has none."""
    if "&" not in body:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for found in _ENTITY.finditer(body):
        character = html.unescape(found.group())
        if character == found.group():
            continue  # not a reference HTML knows: kept as written
        pieces.append(body[done : found.start()])
        starts.extend(range(done, found.start()))
        ends.extend(range(done + 1, found.start() + 1))
        pieces.append(character)
        starts.extend([found.start()] * len(character))
        ends.extend([found.end()] * len(character))
        done = found.end()
    if not pieces:
        return None
    pieces.append(body[done:])
    starts.extend(range(done, len(body)))
    ends.extend(range(done + 1, len(body) + 1))
    return DecodedBody("".join(pieces), starts, ends)


# Words no sentence ends on: a line ending on one runs on into the next
_DANGLING = frozenset({"at", "the", "a", "an", "of", "to", "in", "by", "and", "or", "for", "with",
                       "from", "than", "least", "more", "about", "up", "as", "on"})
# A line that ends a sentence, a heading or a list item is no wrapped line.
_LIST_ITEM = re.compile(r"\s*(?:[-•*–—]\s|\d{1,3}[.)]\s|[A-Z][A-Z0-9 ,'’&-]{3,}$)")
_SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_MIN_WRAPPED, _MAX_WRAPPED = 40, 100


def join_wrapped_lines(text: str) -> str | None:
    """``text`` with the line breaks of hard-wrapped paragraphs made spaces (the same length,
    so offsets hold), or None when it has none. A break joins when the line before it is of
    wrapping length and the next line goes on with the sentence: it starts in lower case or
    with a number, or follows a comma, or the line before fills the paragraph's width.

    >>> join_wrapped_lines("Myanmar military air strikes killed at least 27\\ncivilians, it said.")
    'Myanmar military air strikes killed at least 27 civilians, it said.'
    """
    if "\n" not in text:
        return None
    lines = text.split("\n")
    out: list[str] | None = None
    start = 0
    block: list[tuple[int, int]] = []  # (index, start) of a run of non-blank lines
    for index, line in enumerate(lines):
        blank = not line.strip()
        if not blank:
            block.append((index, start))
        if blank or index == len(lines) - 1:
            if len(block) > 1:
                out = _join_block(text, lines, block, out)
            block = []
        start += len(line) + 1
    return "".join(out) if out is not None else None


def _join_block(text: str, lines: list[str], block: list[tuple[int, int]],
                out: list[str] | None) -> list[str] | None:
    """Join the wrapped breaks of one run of lines into ``out`` (made on the first join)."""
    width = max(len(lines[i].rstrip()) for i, _ in block)
    for i, start in block[:-1]:
        line = lines[i]
        if _wraps(line.rstrip(), lines[i + 1].lstrip(), lines[i + 1], width, len(block)):
            out = out if out is not None else list(text)
            at = start + len(line)  # the line break after it
            out[at] = " "
            if line.endswith("\r"):
                out[at - 1] = " "  # "27\r\ncivilians": one space-like gap for the reader
    return out


def _wraps(before: str, after: str, following: str, width: int, lines: int) -> bool:
    """Whether the break between line ``before`` and the next (``after`` stripped) wraps."""
    if not after or _LIST_ITEM.match(following) or len(before) > _MAX_WRAPPED:
        return False
    if before and before.rsplit(None, 1)[-1].lower() in _DANGLING and (
            after[0].islower() or after[0].isdigit()):
        return True  # "said at\nleast 20": no sentence ends on "at"
    return len(before) >= _MIN_WRAPPED and (after[0].islower() or (
        not _SENTENCE_END.search(before) and not _title_case(before) and (
            after[0].isdigit() or before.endswith(",")
            or (lines >= 3 and len(before) >= width - 12))))


def _title_case(line: str) -> bool:
    """A headline's line: most of its words capitalised."""
    words = [w for w in line.split() if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
