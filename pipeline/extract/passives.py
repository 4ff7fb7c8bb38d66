"""Passive attribution frames: ``CONTENT was (first) reported by SOURCE``, ``X was accused by
Y of Z``, and the agentless passives whose speaker the sentence leaves out ("X is believed
to …", "Trump was asked whether …").

Split from :mod:`pipeline.extract.frames`; :mod:`pipeline.extract.speech` decides when a cue
is in one of these frames.
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Attribution, Offsets
from pipeline.extract.frames import SOURCE_STOPS
from pipeline.extract.segment import Sentence
from pipeline.extract.tokens import Token

__all__ = ["ACCUSING", "agentless_passive", "passive", "relative_clause_close", "subject_clause"]

_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be"})
_PASSIVE_ADVERBS = frozenset({"first", "also", "initially", "later", "previously", "originally",
                              "still"})  # "were still believed to be buried under rubble"
_BY = re.compile(r"\s+by\s+")
# Verbs whose passive subject is the hearer: "was told by X that", "had been warned by X that"
_TELLING = frozenset({"told", "warned", "informed", "assured", "advised", "reminded",
                      "notified", "promised", "cautioned"})
# Passive verbs whose agent is followed by the charge: "accused by X of Y", "blamed by X on Y".
_ACCUSED_OF = {"accused": ("of", "for"), "blamed": ("on", "for"), "criticized": ("for",),
               "criticised": ("for",), "condemned": ("for",)}
ACCUSING = frozenset(_ACCUSED_OF)
_PRONOUN_CONTENT = frozenset({"which", "that", "it", "this", "they", "these", "those", "who",
                              "whom", "few", "none", "some", "many", "most", "all", "several"})


_IRREGULAR_PARTICIPLES = frozenset(
    {"written", "told", "known", "thought", "shown", "seen", "heard", "said", "taken", "given",
     "spoken", "found", "held", "felt", "meant", "understood"})


def agentless_passive(tokens: list[Token], k: int) -> bool:
    """Whether the cue at ``k`` is a passive participle with no agent after it ("were not
    written down", "is assumed in some models"): its subject is what is said, or who is
    told, never the one who says it."""
    low = tokens[k].lower
    if not (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES):
        return False
    j = k - 1
    while j > 0 and (tokens[j].lower in _PASSIVE_ADVERBS or tokens[j].lower in ("not", "n't")
                     or (tokens[j].text[0].islower() and tokens[j].lower.endswith("ly"))):
        j -= 1
    return j >= 1 and tokens[j].lower in _AUXILIARIES


_EVIDENCE_AGENT = re.compile(
    r"(?:(?:laboratory|lab|dna|forensic|genetic|pcr|independent|further|subsequent)\s+)?"
    r"(?:testing|tests?|analysis|analyses|autopsy|autopsies|post-mortems?|imagery|sequencing"
    r"|examination)\b", re.IGNORECASE)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–"})
_RELATIVES = frozenset({"who", "which"})
# The main clause's verb after a relative clause: "Okafor, who is accused of X, pleaded"
_FINITE = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
                     "could", "did", "does", "do", "says", "told", "remains", "faces", "denies",
                     "insists", "took", "gave", "went", "fled", "won", "lost", "left", "made",
                     "said", "spent", "sent", "became", "becomes", "appeared", "may", "must"})


def _clause_opening(tokens: list[Token], k: int) -> int:
    """The token after the last comma, semicolon, colon or dash before ``k`` (or 0)."""
    return next((i + 1 for i in range(k - 1, -1, -1) if tokens[i].text in _CLAUSE_BREAKS), 0)


def relative_clause_close(tokens: list[Token], k: int) -> int | None:
    """Where the relative clause set off by commas that holds the word at ``k`` closes
    ("Okafor, who prosecutors say stole $4 million, pleaded not guilty": at the comma before
    "pleaded"), when the main clause goes on after it; None otherwise.

    >>> from pipeline.extract.tokens import tokenize
    >>> text = "Okafor, who prosecutors say stole $4 million, pleaded not guilty."
    >>> text[relative_clause_close(tokenize(text), 4):]
    ', pleaded not guilty.'
    """
    opening = _clause_opening(tokens, k)
    if not (0 < opening < k and tokens[opening].lower in _RELATIVES
            and tokens[opening - 1].text == ","):
        return None
    for i in range(k + 1, len(tokens) - 1):
        nxt = tokens[i + 1]
        if tokens[i].text == "," and nxt.text[0].islower() and (
                nxt.lower in _FINITE or nxt.lower.endswith("ed")):
            return tokens[i].start
    return None


def subject_clause(tokens: list[Token], k: int, end: int) -> Offsets | None:
    """The clause whose subject is what the agentless passive at ``k`` says ("X was accused
    of theft": X is in the claim): from after the last comma, semicolon or colon before
    ``k`` (or the sentence's start) to ``end``, or to the close of the relative clause it
    is in ("Okafor, who is accused of theft, pleaded not guilty").

    >>> from pipeline.extract.tokens import tokenize
    >>> text = "Okafor, who is accused of theft from the fund, pleaded not guilty."
    >>> start, stop = subject_clause(tokenize(text), 4, len(text) - 1)
    >>> text[start:stop]
    'who is accused of theft from the fund'
    """
    opening = _clause_opening(tokens, k)
    if opening >= k:
        return None
    close = relative_clause_close(tokens, k)
    return tokens[opening].start, min(end, close) if close is not None else end


def passive(
    body: str, sentence: Sentence, tokens: list[Token], k: int, cue: Offsets
) -> Attribution | None:
    """``CONTENT was (first) reported by SOURCE``: the subject is what the agent reported."""
    by = _BY.match(body, cue[1])
    if by is None:
        return None
    j = k - 1
    while j > 0 and (tokens[j].lower in _PASSIVE_ADVERBS or (
            tokens[j].text[0].islower() and tokens[j].lower.endswith("ly"))):
        j -= 1
    if j < 1 or tokens[j].lower not in _AUXILIARIES:
        return None
    comma = next((i for i in range(j - 1, -1, -1) if tokens[i].text in (",", ";", ":")), None)
    first = 0 if comma is None else comma + 1
    while first < j and not tokens[first].text[0].isalnum():
        first += 1
    if first < j and tokens[first].lower in ("but", "and", "yet"):
        first += 1
    words = [t for t in tokens[first:j] if t.lower not in _AUXILIARIES and t.lower not in (
        "have", "has", "had")]
    if first >= j or (len(words) == 1 and words[0].lower in _PRONOUN_CONTENT):
        return None  # ("but few have been confirmed by the military": a count of the
        # claims before, no content of the military's)
    start_tok = next((i for i in range(k + 1, len(tokens)) if tokens[i].start >= by.end()), None)
    if start_tok is None or _EVIDENCE_AGENT.match(body, tokens[start_tok].start):
        return None  # "confirmed by laboratory testing": how it was checked, nobody's words
    charge = _ACCUSED_OF.get(tokens[k].lower, ())
    end = next((i for i in range(start_tok, min(len(tokens), start_tok + 25))
                if tokens[i].text in SOURCE_STOPS or tokens[i].lower == "as"
                or tokens[i].lower in charge),
               min(len(tokens), start_tok + 25))
    while end > start_tok and not tokens[end - 1].text[0].isalnum():
        end -= 1
    if end <= start_tok:
        return None
    that = next((i for i in range(start_tok + 1, end) if tokens[i].lower == "that"), None)
    if that is not None and tokens[k].lower in _TELLING and that + 1 < len(tokens):
        # "he had been warned by colleagues that X": the colleagues said X to him
        last = len(tokens)
        while last > that + 1 and not tokens[last - 1].text[0].isalnum():
            last -= 1
        if last <= that + 1:
            return None
        return Attribution((tokens[that + 1].start, tokens[last - 1].end), cue,
                           (tokens[start_tok].start, tokens[that - 1].end),
                           sentence.index, sentence.index, "passive")
    content = (tokens[first].start, tokens[j - 1].end)
    if end < len(tokens) and (tokens[end].lower == "as" or tokens[end].lower in charge):
        # "The RSF has been accused by rights groups of killing civilians", "described by
        # residents as deserted": the agent's words are the whole, subject and complement
        stop = next((i for i in range(end + 1, len(tokens)) if tokens[i].text in SOURCE_STOPS
                     or tokens[i].text in ".!?"), len(tokens))
        if stop <= end + 1:
            return None
        content = (tokens[first].start, tokens[stop - 1].end)
    return Attribution(content, cue, (tokens[start_tok].start, tokens[end - 1].end),
                       sentence.index, sentence.index, "passive")
