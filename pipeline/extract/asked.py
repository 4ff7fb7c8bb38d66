"""The "asked" frame: ``Asked (by SOURCE) on Monday whether CONTENT, she said …`` / ``… when
asked why CONTENT``: the question is the content; whoever asked it, if named, the source.
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Attribution, Offsets
from pipeline.extract.frames import SOURCE_STOPS
from pipeline.extract.segment import Sentence
from pipeline.extract.tokens import Token, is_quote, np_end_after

__all__ = ["asked", "asked_clause", "asked_opening"]

# Words that open what somebody was asked: an indirect question, "about X", "for X", "to do X".
_QUESTION_OPENERS = frozenset({"what", "whether", "if", "why", "how", "who", "whom", "whose",
                               "which", "where", "when", "about", "for", "to"})
# Before a bare "asked" these make it a reduced clause ("when asked whether …"), not a verb
# with a subject.
_ASKED_OPENERS = frozenset({"when", "once", "being", "if", "after", "before", "while"})
_ASKED_ADJUNCTS = frozenset({"on", "in", "at", "during", "after", "before", "last", "this"})
_MAX_ASKED_ADJUNCT = 7  # "on Fox News", "during a January debate", "specifically"


def asked_opening(tokens: list[Token], k: int) -> bool:
    """Whether the "asked" at token ``k`` opens a reduced clause: sentence-initial ("Asked
    about …, she said") or after "when", "being" and the like."""
    j = k - 1
    while j >= 0 and is_quote(tokens[j]):
        j -= 1
    return j < 0 or tokens[j].lower in _ASKED_OPENERS


_ASKED_CLAUSE = re.compile(
    r"\s*(?:(?:when|once|being|if|after|before|while)\s+(?:being\s+)?)?asked\b", re.IGNORECASE)


def asked_clause(body: str, start: int) -> bool:
    """Whether the text at ``start`` is a reduced "(When) asked …" clause: what it holds is
    the question, never what the main clause's speaker said."""
    return _ASKED_CLAUSE.match(body, start) is not None


def asked(body: str, sentence: Sentence, tokens: list[Token], k: int, cue: Offsets
          ) -> Attribution | None:
    """``Asked (by SOURCE) (on Monday) whether CONTENT, …``: the question up to the next
    comma or the sentence end is the content; the asker, when "by" names one, the source.

    >>> from pipeline.extract.segment import split_sentences
    >>> from pipeline.extract.tokens import tokenize
    >>> text = "Asked by reporters on Monday whether he would run, Smith smiled."
    >>> s = split_sentences(text)[0]
    >>> att = asked(text, s, tokenize(s.text, s.start), 0, (0, 5))
    >>> text[att.content[0]:att.content[1]], text[att.source[0]:att.source[1]]
    ('whether he would run', 'reporters')
    """
    i = k + 1
    source: Offsets | None = None
    if i < len(tokens) and tokens[i].lower == "by":
        end = np_end_after(tokens, i + 1, min(len(tokens), i + 13))
        if end is None:
            return None
        # "by reporters on Monday", "by Ingraham during the show": the time or place is not
        # part of who asked.
        end = next((m for m in range(i + 2, end) if tokens[m].lower in _ASKED_ADJUNCTS), end)
        source = (tokens[i + 1].start, tokens[end - 1].end)
        i = end
    start = None
    for j in range(i, min(len(tokens), i + _MAX_ASKED_ADJUNCT)):
        tok = tokens[j]
        if tok.text in SOURCE_STOPS or is_quote(tok):
            return None
        if tok.lower in _QUESTION_OPENERS and j + 1 < len(tokens) and (
                tokens[j + 1].text[0].isalnum()):
            start = j
            break
    if start is None:
        return None
    # A quotation inside the question is part of it: asked if Sanders is “realistic enough”.
    end = next((m for m in range(start + 1, len(tokens))
                if tokens[m].text in SOURCE_STOPS or tokens[m].text == "-"), len(tokens))
    while end > start + 1 and not tokens[end - 1].text[0].isalnum():
        end -= 1
    if end + 1 < len(tokens) and tokens[end].text == "," and is_quote(tokens[end + 1]) and any(
            is_quote(t) for t in tokens[start:end]):
        end += 2  # if Sanders is “realistic enough,”: the quotation closes after its comma
    return Attribution((tokens[start].start, tokens[end - 1].end), cue, source, sentence.index,
                       sentence.index, "asked")
