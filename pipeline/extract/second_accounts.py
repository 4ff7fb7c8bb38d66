"""Second accounts inside one sentence: where a report ends when another begins.

"The army said 12 soldiers were killed, but the agency, citing a hospital source, put the
toll at 20": the army's content ends at the comma, and the agency's account (passed on from
the hospital source) is a claim of its own. "…, the governor said, bringing the death toll
to 40": the running toll after the speech tag is the governor's claim too.

>>> from pipeline.extract.attribution import find_attributions
>>> from pipeline.extract.quotes import QuoteIndex
>>> from pipeline.extract.segment import split_sentences
>>> body = "Kyiv said 30 drones were shot down, while Moscow said all 45 were destroyed."
>>> [body[a.content[0]:a.content[1]]
...  for a in find_attributions(body, split_sentences(body), QuoteIndex(body))]
['30 drones were shot down', 'all 45 were destroyed']
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.attributed import Attribution
from pipeline.extract.content import TRAILING
from pipeline.extract.segment import Sentence
from pipeline.extract.tokens import Token

__all__ = ["clause_break", "coordinated_accounts", "toll_after_tag"]


# Links that join two independent clauses: a source after one of them starts a new report.
_CLAUSE_COORDINATORS = frozenset({"and", "but", "while", "whereas", "yet", "though", "although"})
_CITING_WORDS = frozenset({"citing", "quoting"})


def toll_after_tag(body: str, sentence: Sentence, tag: Attribution) -> list[Attribution]:
    """``X, the ministry said on Sunday, raising the death toll to 28,900``: the running toll
    after the speech tag is the speaker's too, a claim of its own."""
    found = _RAISING_TOLL.match(body, tag.cue[1], sentence.end)
    if found is None:
        return []
    end = TRAILING.search(body, found.start("toll"), sentence.end)
    assert end is not None  # TRAILING matches at the end whatever comes before
    return [replace(tag, content=(found.start("toll"), end.start()), kind="participle")]


# ", raising the death toll since the start of the war to", ", bringing the total to"
_RAISING_TOLL = re.compile(
    r"[^,.;]{0,40},\s+(?P<toll>(?:raising|bringing|taking|pushing|lifting)\s+(?:the|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,3}(?:toll|total|tally|count|number)\b[^.;]*?\b(?:to|at)\s+[^.;]*\d)")


def coordinated_accounts(
    body: str, made: list[Attribution], tokens: list[Token]
) -> list[Attribution]:
    """A content that runs into the next report's coordinated clause ends before it: "The
    army said X, but the agency put the toll at 20", "Kyiv said X, while Moscow, citing its
    air defence units, said Y" (``tokens``: the sentence's)."""
    by_start = {tok.start: k for k, tok in enumerate(tokens)}
    out = list(made)
    for i in range(1, len(out)):
        before, after = out[i - 1], out[i]
        if after.source is None or not (
                before.content[0] < after.source[0] < before.content[1] <= after.content[1]):
            continue
        cut = clause_break(body, tokens, by_start, before.content[0], after.source[0])
        if cut is not None:
            out[i - 1] = replace(before, content=(before.content[0], cut))
    return out


def clause_break(
    body: str, tokens: list[Token], by_start: dict[int, int], content_start: int,
    source_start: int,
) -> int | None:
    """Where a content ends when a nested source opens a coordinated clause (``, and
    SOURCE said``, ``; SOURCE said``), or None for a truly nested report (``Reuters said
    Moscow said …``)."""
    k = by_start.get(source_start)
    if k is None or k < 2:
        return None
    if tokens[k - 1].lower in _CITING_WORDS and tokens[k - 2].text == ",":
        # ", but TASS, citing a military source, said": the clause opens before the relay
        k = next((i for i in range(k - 3, max(k - 9, 1), -1)
                  if tokens[i - 1].lower in _CLAUSE_COORDINATORS or tokens[i - 1].text == ";"),
                 k)
    if tokens[k - 1].text == ";":
        mark = k - 1
    elif tokens[k - 1].lower in _CLAUSE_COORDINATORS and tokens[k - 2].text in (",", ";"):
        mark = k - 2
    else:
        return None
    cut = tokens[mark].start
    while cut > content_start and body[cut - 1].isspace():
        cut -= 1
    return cut if cut - content_start >= 3 else None
