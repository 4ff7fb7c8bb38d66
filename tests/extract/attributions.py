"""What :func:`find_attributions` finds in a text, as plain tuples the tests can compare."""

from __future__ import annotations

from pipeline.extract.attribution import find_attributions
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences


def found(body: str) -> list[tuple[str, str | None, str]]:
    """(content, source or None, kind) of each attribution in ``body``, in order."""
    out = []
    for a in find_attributions(body, split_sentences(body), QuoteIndex(body)):
        source = body[a.source[0] : a.source[1]] if a.source else None
        out.append((body[a.content[0] : a.content[1]], source, a.kind))
    return out
