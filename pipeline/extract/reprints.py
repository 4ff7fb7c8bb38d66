"""Statements printed whole after an introduction that names who issued them, and
bulleted lists after "According to X:".

Agencies reprint a ministry's or an army's statement after a line such as "The following
is the text of a statement issued by the Russian defence ministry:". Every sentence of the
statement is the issuer's, though no sentence says so: without this, each would read as the
outlet's own claim. The statement is the next paragraph, or the quotation that opens it and
any paragraphs it runs on into (see :mod:`pipeline.extract.quote_runs`).

>>> from pipeline.extract.quotes import QuoteIndex
>>> from pipeline.extract.segment import split_sentences
>>> body = ("Below is the text of a statement by Ukraine's General Staff:\\n\\n"
...         "“Forces repelled 12 attacks. The enemy lost 80 men.”\\n\\nOther news.")
>>> sentences = split_sentences(body)
>>> for a in reprinted(body, sentences, 0, QuoteIndex(body)):
...     print(body[a.source[0]:a.source[1]], "|", body[a.content[0]:a.content[1]])
Ukraine's General Staff | “Forces repelled 12 attacks.
Ukraine's General Staff | The enemy lost 80 men.”
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Attribution
from pipeline.extract.quote_runs import runs_on
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence

__all__ = ["reprinted"]

_INTRODUCTION = re.compile(
    r"(?:The\s+following|Below|Here)\s+(?:is|are)\s+(?:the\s+|an?\s+)?(?:full\s+|edited\s+"
    r"|partial\s+|unofficial\s+)?(?:text|transcript|translation|excerpts?|extracts?|parts?)\s+of\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|release|communiqu[eé]"
    r"|briefing|address|speech|post|report|letter|update|announcement|message)\s+"
    r"(?:(?:issued|released|published|posted|made|given|delivered|read\s+out|sent)\s+)?"
    r"(?:by|from)\s+(?P<source>[^:]{2,80}?)(?:\s+(?:on|late|early|in)\s+[\w ,.]{1,30})?\s*:\s*$")
# "According to the WHO:" over a bulleted list: every item is the WHO's
_LIST_INTRODUCTION = re.compile(
    r"(?P<cue>According\s+to|(?:Key\s+)?(?:figures|data|numbers)\s+from)\s+"
    r"(?P<source>[^:]{2,80}?)\s*:\s*$", re.IGNORECASE)
# "Azerbaijan's Defence Ministry issued the following statement on Sunday:"
_FOLLOWING = re.compile(
    r"(?:[A-Z]{2,}(?:/[A-Z]{2,})*\s+\([^)]{1,30}\)\s+[-–—]\s+)?"  # a dateline
    r"(?P<source>[A-Z][^:]{1,80}?)\s+(?:issued|released|published|posted|sent|put\s+out"
    r"|read\s+out)\s+the\s+following\s+(?:[\w-]+\s+)?(?:statement|release|communiqu[eé]"
    r"|announcement|message|update|text)(?:\s+(?:on|late|early|in)\s+[\w ,.]{1,30}?)?\s*[:.]\s*$")
# "It is reproduced in full:", "The statement reads:": the statement named just before
_IT_FOLLOWS = re.compile(
    r"(?:It|The\s+(?:statement|text|release))\s+(?:is|was|reads|read|says|said|follows)"
    r"(?:\s+(?:reproduced|printed|published)\s+(?:in\s+full|below|here|verbatim))?\s*:")
_END_MARK = re.compile(r"[(\[]?\s*(?:end\s+of\s+(?:the\s+)?(?:statement|text|release)|ends?)"
                       r"\s*[)\]]?\.?|[-–—]+\s*ends?\s*[-–—]+", re.IGNORECASE)
_MAX_PARAGRAPHS = 12
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·]|\d{1,2}[.)])[ \t]*$")
_CUE = re.compile(r"(?:statement|release|communiqu[eé]|briefing|address|speech|post|report"
                  r"|letter|update|announcement|message)\b")


def reprinted(body: str, sentences: list[Sentence], index: int,
              quotes: QuoteIndex) -> list[Attribution]:
    """One attribution per sentence of the statement introduced by sentence ``index``."""
    intro = sentences[index]
    if not intro.text.rstrip().endswith(":"):
        return []
    listed = _LIST_INTRODUCTION.match(intro.text)
    if listed is not None:
        return _list_items(body, sentences, index, listed)
    match = _INTRODUCTION.match(intro.text)
    named = intro
    if match is None:
        # "X issued the following statement on Sunday:", or that sentence without its colon
        # and then "It is reproduced in full:"
        match = _FOLLOWING.match(intro.text)
        if match is None and index > 0 and _IT_FOLLOWS.fullmatch(intro.text.rstrip()):
            named = sentences[index - 1]
            match = _FOLLOWING.match(named.text)
    if match is None or index + 1 >= len(sentences):
        return []
    first = sentences[index + 1]
    if first.paragraph != intro.paragraph + 1:
        return []
    end = _marked_end(body, sentences, first) or _statement_end(body, sentences, first, quotes)
    source = (named.start + match.start("source"), named.start + match.end("source"))
    cue_match = _CUE.search(named.text, match.end("source"))
    if cue_match is None or match.re is _INTRODUCTION:
        cue_match = _CUE.search(named.text, 0, match.start("source"))
    cue = ((named.start + cue_match.start(), named.start + cue_match.end())
           if cue_match is not None else source)
    return [Attribution((s.start, s.end), cue, source, s.index, s.index, "reprint")
            for s in sentences[index + 1 :] if s.start < end]


def _marked_end(body: str, sentences: list[Sentence], first: Sentence) -> int | None:
    """Where a statement ends when a line marks its end ("(End of statement)") within a
    few paragraphs: it may then run over several."""
    for sentence in sentences[first.index + 1 :]:
        if sentence.paragraph - first.paragraph > _MAX_PARAGRAPHS:
            return None
        if _END_MARK.fullmatch(sentence.text.strip()):
            return sentence.start
    return None


def _list_items(body: str, sentences: list[Sentence], index: int,
                match: re.Match[str]) -> list[Attribution]:
    """The bulleted items right after an introduction ("According to the WHO:")."""
    intro = sentences[index]
    source = (intro.start + match.start("source"), intro.start + match.end("source"))
    cue = (intro.start + match.start("cue"), intro.start + match.end("cue"))
    items = []
    for item in sentences[index + 1 :]:
        if not _BULLET_BEFORE.search(body, max(0, item.start - 8), item.start):
            break
        items.append(Attribution((item.start, item.end), cue, source, item.index, item.index,
                                 "reprint"))
    return items


def _statement_end(body: str, sentences: list[Sentence], first: Sentence,
                   quotes: QuoteIndex) -> int:
    """The end of the paragraph, or of the quotation run, that holds the statement."""
    at = quotes.index_at(first.start)
    if at is None or quotes.regions[at][0] != first.start:
        last = first.index
        while last + 1 < len(sentences) and sentences[last + 1].paragraph == first.paragraph:
            last += 1
        return sentences[last].end
    regions = quotes.regions
    while at + 1 < len(regions) and runs_on(body, regions[at], regions[at + 1]):
        at += 1
    return regions[at][1]
