"""HTML character references left in scraped bodies ("Russia&#8217;s", "&quot;", "&nbsp;").

The engine reads the decoded text, where "Russia’s" is a name and "&quot;" a quotation mark,
and every span it reports is mapped back onto the body it was given, so offsets stay valid
for the consumer that highlights them.

>>> decoded = decode_entities("Russia&#8217;s army said &quot;no&quot;.")
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

__all__ = ["DecodedBody", "decode_entities"]

# Named, decimal and hexadecimal references with their semicolon: a bare "&" or "AT&T" is text.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_Value = TypeVar("_Value")


@dataclass(frozen=True, slots=True)
class DecodedBody:
    """A body with its character references decoded; ``starts[i]`` and ``ends[i]`` are where
    decoded character ``i`` came from in the original."""

    text: str
    starts: list[int]
    ends: list[int]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the decoded range ``[start, end)``."""
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
