"""Nominal attributions: "Mr. Trump's claim that his net worth exceeds $10 billion".

A possessive source (a name with 's, or his/her/their/its) before a noun of saying or
stance (claim, statement, warning, call, support, …) followed by ``that``/``to``/``for``/…
and a clause. The content runs to the end of the clause: the next comma, semicolon, dash
or the end of the sentence.

>>> text = "Despite Mr. Trump's repeated claim that his net worth exceeds $10 billion, few agree."
>>> [(text[a.source[0]:a.source[1]], text[a.cue[0]:a.cue[1]], text[a.content[0]:a.content[1]])
...  for a in find_nominal(text, Sentence(0, 0, len(text), text, 0))]
[("Mr. Trump's", 'claim', 'his net worth exceeds $10 billion')]
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Attribution
from pipeline.extract.content import is_clause
from pipeline.extract.lexicon import (
    CLAUSE_OPENERS,
    CONFIRMING_VERDICTS,
    DISPUTING_VERDICTS,
    NP_STOP,
)
from pipeline.extract.segment import Sentence
from pipeline.extract.trie import trie_pattern

__all__ = ["find_nominal"]

# Nouns that report what someone asserted or demanded (not mere stances like "support").
_NOUNS = (
    r"claims?|statements?|assertions?|arguments?|suggestions?|warnings?|promises?|pledges?"
    r"|calls?|endorsement|beliefs?|insistence|accusations?|allegations?|denials?|proposals?"
    r"|plans?|announcement|vows?|threats?|demands?|contention|predictions?|estimates?"
    r"|assessment|charges?|complaints?|admission|insinuation"
)
_NOMINAL = re.compile(
    r"(?P<source>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s|(?<=s)['’])|\b(?:his|her|their|its"
    r"|our|His|Her|Their|Its|Our)\b)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<cue>" + _NOUNS + r")\s+"
    r"(?P<prep>that|to|for|of|on|about|against)\s+(?=\S)"
)
# Every match holds a cue noun followed by a preposition. The full pattern tries a source at
# every capitalised word, which costs about ten times more than this scan for the one part
# every match needs; most sentences have no such noun, and for them the scan is all we run.
_NOUN_WORDS = [w for alt in _NOUNS.split("|")
               for w in ((alt[:-2], alt[:-1]) if alt.endswith("s?") else (alt,))]
_CUE_NEEDED = re.compile(
    r"\s" + trie_pattern(_NOUN_WORDS) + r"\s+(?:that|to|for|of|on|about|against)\s+\S"
)
# The content ends at the clause's end. Possessive quantifiers and the look-behind keep the
# scan linear on long runs of spaces.
_CLAUSE_END = re.compile(r"(?<!\s)\s*+(?:[,;]|(?<=\s)[—–-]\s|[.!?]*+\s*+$)")
_VERDICT_WORDS = ("false", "untrue", "baseless", "unfounded", "wrong", "inaccurate")
# Or where the sentence goes on to judge the claim itself: "Kyiv's claim that it sank the
# cruiser | was later confirmed by …" (a verdict, see verdicts.py).
_JUDGED = re.compile(
    r"(?<!\s)\s++(?=(?:was|were|is|are|has|have|had|could|cannot|can['’]t)\s+(?:(?:not|never"
    r"|yet|to|be|been|later|since|also|already|independently|widely|quickly|officially|publicly"
    r"|swiftly|flatly)\s+){0,4}(?:"
    + "|".join((*CONFIRMING_VERDICTS, *DISPUTING_VERDICTS, *_VERDICT_WORDS)) + r")\b)")


_MAIN_VERB = re.compile(r"\s+(?:had|has|have|was|were|is|are|will|would)\s+(?:not\s+)?(?:been\s+)?"
                        r"[a-z]+(?:ed|en|wn)\b")


def find_nominal(body: str, sentence: Sentence) -> list[Attribution]:
    """Nominal attributions in one sentence, in text order."""
    out: list[Attribution] = []
    text = sentence.text
    if _CUE_NEEDED.search(text) is None:
        return out
    for match in _NOMINAL.finditer(text):
        source_start = match.start("source")
        first = text[source_start : text.find(" ", source_start)].lower()
        if first in NP_STOP or first in CLAUSE_OPENERS or first == "despite":
            source_start += len(first) + 1  # "Despite Mr. Trump's": the name only
        if match.group("prep") == "to" and match.group("cue").startswith("claim") and (
                text[match.end():].split(None, 1)[:1] not in (["be"], ["have"])):
            continue  # "China's claim to almost all of the sea": to a thing, not a statement
        start = match.end() if match.group("prep") == "that" else match.start("prep")
        end_match = _CLAUSE_END.search(text, match.end() + 1)
        end = end_match.start() if end_match is not None else len(text)
        # The first verdict after a whole clause: in "Ukraine's claim that Moscow has rejected
        # a swap could not be verified", "has rejected" is the claim's own verb.
        end = next((j.start() for j in _JUDGED.finditer(text, start, end)
                    if is_clause(text[start : j.start()])), end)
        if match.group("prep") not in ("that", "to"):
            # "their demand for a pay rise had been ignored": the demand, not what befell it
            # (before any comma: "…, noting that Ukraine had received" is another clause)
            comma = text.find(",", start, end)
            verb = _MAIN_VERB.search(text, start, comma if comma >= 0 else end)
            end = verb.start() if verb is not None else end
        if end - start < 3:
            continue
        base = sentence.start
        out.append(Attribution(
            (base + start, base + end),
            (base + match.start("cue"), base + match.end("cue")),
            (base + source_start, base + match.end("source")),
            sentence.index, sentence.index, "nominal",
        ))
    return out
