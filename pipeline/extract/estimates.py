"""Figures put on a toll by a source: "The Health Ministry put the death toll at 40,000",
"raised the toll to three", "put the share higher, at up to 80%"; and a standing a poll
puts someone in: "An exit poll put Mwila ahead by about 8 points".

The verb is no verb of saying, but the sentence reports the source's figure: the source is
the verb's subject and the content the toll with its figure, up to the clause's end.

>>> text = "A local resident put the toll at between 60 and 70 dead."
>>> [(text[a.source[0]:a.source[1]], text[a.cue[0]:a.cue[1]], text[a.content[0]:a.content[1]])
...  for a in find_estimates(text, Sentence(0, 0, len(text), text, 0))]
[('A local resident', 'put', 'the toll at between 60 and 70 dead')]
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Attribution
from pipeline.extract.segment import Sentence
from pipeline.extract.speakers import source_before
from pipeline.extract.tokens import tokenize

__all__ = ["find_estimates"]

_ESTIMATE = re.compile(
    r"\b(?P<cue>put|puts|putting|placed|places|estimated|estimates|estimating|raised|revised"
    r"|lowered)\s+(?P<content>(?:the|its|their|his|her|a)\s+(?:[\w’'-]+\s+){0,3}?(?:toll|number"
    r"|figure|count|tally|losses|casualties|dead|death\s+toll|share|cost|costs|damage|bill"
    r"|value)\s+(?:[\w’'-]+,?\s+){0,10}?"
    r"(?:at|to)\s+"
    r"(?:about|around|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|some|between"
    r"|closer?\s+to|as\s+(?:high|many)\s+as|upwards\s+of|in\s+excess\s+of|just\s+(?:over|under)"
    r"|under|fewer\s+than|less\s+than|no\s+more\s+than)?"
    r"\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b)"
    r"[^;]{0,120}?)(?=\s*(?:,\s|;|[.!?]?\s*$))"
)
# "An exit poll put Mwila ahead by about 8 points": a poll's standing, put by its source
_STANDING = re.compile(
    r"\b(?P<cue>put|puts|putting|placed|places)\s+(?P<content>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
    # (not "put America first": a slogan)
    r"\s+(?:ahead|behind|in\s+the\s+lead|in\s+(?:first|second|third)\s+place|level"
    r"|neck\s+and\s+neck)\b[^;]{0,100}?)(?=\s*(?:,\s|;|[.!?]?\s*$))")
_CUE_NEEDED = re.compile(r"\b(?:put|puts|putting|placed|places|estimat\w+|raised|revised"
                         r"|lowered|stands|stood|rose|reached|climbed)\b")
# "The ministry's cumulative toll stands at 48,190": the owner's count, its source
_OWN_COUNT = re.compile(
    r"(?P<source>(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,4}?[\w-]+)['’]s\s+(?P<content>(?:[\w-]+\s+)"
    r"{0,2}?(?:toll|tally|count|figure|estimate)\s+(?P<cue>stands|stood|rose|reached|climbed)"
    r"\s+(?:at|to)?\s*(?:about|around|more\s+than|over|at\s+least|nearly)?\s*\d[^;]{0,80}?)"
    r"(?=\s*(?:,\s|;|[.!?]?\s*$))")


def find_estimates(body: str, sentence: Sentence) -> list[Attribution]:
    """Estimates in one sentence, in text order (``body`` for the same offsets as the
    other finders)."""
    text = sentence.text
    if _CUE_NEEDED.search(text) is None:
        return []
    out: list[Attribution] = []
    tokens = None
    matches = [*_ESTIMATE.finditer(text), *_STANDING.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        if tokens is None:
            tokens = tokenize(text, sentence.start)
        k = next((i for i, t in enumerate(tokens) if t.start == sentence.start + match.start()),
                 None)
        source = source_before(tokens, k) if k else None
        if source is None:
            continue
        base = sentence.start
        out.append(Attribution(
            (base + match.start("content"), base + match.end("content")),
            (base + match.start("cue"), base + match.end("cue")),
            (tokens[source[0]].start, tokens[source[1] - 1].end),
            sentence.index, sentence.index, "estimate",
        ))
    own = _OWN_COUNT.match(text)  # (only opening the sentence: the owner is its subject)
    if own is not None:
        base = sentence.start
        out.append(Attribution((base + own.start("content"), base + own.end("content")),
                               (base + own.start("cue"), base + own.end("cue")),
                               (base + own.start("source"), base + own.end("source")),
                               sentence.index, sentence.index, "estimate"))
    return out
