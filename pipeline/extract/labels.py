"""Speaker labels: a name and a colon before what the name says.

``Paul Ryan: FBI decision defies explanation`` (a headline), ``MARCHENKO: Our drones struck
…`` (a transcript turn, which runs to the paragraph's end), ``More from Jones: “…”`` (a label
before a quotation). A tally ("Sanders: 1,547") or an address ("Twitter: @handle") is none.

>>> from pipeline.extract.segment import split_sentences
>>> body = "GEN. RYDER: I think so. We hit 150 munitions."
>>> turn = transcript_turn(split_sentences(body)[0])
>>> body[turn.source[0]:turn.source[1]]
'GEN. RYDER'
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.attributed import Attribution, make_attribution
from pipeline.extract.content import TRAILING
from pipeline.extract.lexicon import LABEL_STOPWORDS
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence
from pipeline.extract.source_roles import turn_speaker

__all__ = [
    "interview_names", "opens_with_label", "quote_label", "speaker_label", "transcript_turn",
    "turn_name",
]

_LABEL = re.compile(
    r"(?P<source>(?:Q|A|(?:[A-Z][\w’'.&-]*)(?:\s+(?:[A-Z][\w’'.&-]*|of|the|and|&|force|forces"
    r"|ministry|army|military|police|government|command|office|agency|governor|mayor"
    r"|spokesman|spokeswoman|spokesperson|minister)){0,5}))"
    r":\s+(?=\S)"
)


_SAID_THAT = re.compile(r"(?:Said|Says|Claimed|Claims)\s+(?:that\s+)?")
_WORDS_SAID = re.compile(r"[^\W\d_]{2}")


def _is_address(text: str) -> bool:
    """A handle, e-mail address or web address on its own."""
    return text.startswith(("@", "http://", "https://", "www.")) or (
        "@" in text and " " not in text)


# "IOWA POLLS TOO EARLY - Mark Blumenthal: “…”", "More from Jones: “…”", "Here's Clinton in
# December 1992: “…”": a name and a colon introduce the quotation after them.
_QUOTE_LABEL = re.compile(
    r"(?:\s[-–—]\s+|\b(?:More\s+from|From|Here['’]s)\s+)(?P<source>(?:the\s+)?"
    r"[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|and|&)){0,4})"
    r"(?:\s+in\s+[A-Z][\w]*(?:\s+\d{4})?)?:\s*(?=[“\"‘])")


def quote_label(
    body: str, sentences: list[Sentence], index: int, quotes: QuoteIndex
) -> Attribution | None:
    """A name and a colon inside a sentence, right before a quotation."""
    sentence = sentences[index]
    if ":" not in sentence.text:
        return None
    match = _QUOTE_LABEL.search(sentence.text)
    if match is None:
        return None
    region = quotes.region_at(sentence.start + match.end())
    if region is None:
        return None
    source = (sentence.start + match.start("source"), sentence.start + match.end("source"))
    colon = body.find(":", source[1])
    return make_attribution(region, (colon, colon + 1), source, sentence, sentences, "label")


def transcript_turn(sentence: Sentence, *, answering: frozenset[str] = frozenset()
                    ) -> Attribution | None:
    """A transcript turn opening with the sentence: "A:" or a speaker in capitals, or a name
    of ``answering`` (see :func:`interview_names`: "Kovalenko: We have 74 patients.")."""
    match = _LABEL.match(sentence.text)
    said_by = match.group("source") if match is not None else ""
    if match is None or not (said_by == "A" or (len(said_by) > 2 and said_by.isupper()) or (
            said_by in answering)) or (
            said_by.split()[0].lower() in LABEL_STOPWORDS):  # "CLAIM:", "VERDICT:"
        return None
    end = sentence.start + match.end("source")
    return Attribution((end + 1, sentence.end), (end, end + 1), (sentence.start, end),
                       sentence.index, sentence.index, "label")


_NAME_LABEL = re.compile(r"^[ \t]*([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2}):\s",
                         re.MULTILINE)
_INTERVIEW = re.compile(r"^[ \t]*Q\s?:\s", re.MULTILINE)


def interview_names(body: str) -> frozenset[str]:
    r"""In an interview (a "Q:" opens a line somewhere), the names that label answers: a
    name and a colon opening lines, used twice or named elsewhere in the text too ("Dr Olena
    Kovalenko runs the ward … Kovalenko: We have 74 patients."), so that a one-off
    "Disclaimer:" or "Gaza:" opens no turn.

    >>> sorted(interview_names("Q: Why?\nKovalenko: No.\nQ: When?\nKovalenko: May.\nNote: x"))
    ['Kovalenko']
    """
    if _INTERVIEW.search(body) is None:
        return frozenset()
    labels = Counter(m.group(1) for m in _NAME_LABEL.finditer(body))
    return frozenset(n for n, k in labels.items() if n not in ("Q", "A") and (
        k > 1 or body.count(n) > k) and n.split()[0].lower() not in LABEL_STOPWORDS)


def speaker_label(body: str, sentence: Sentence) -> Attribution | None:
    """``Paul Ryan: FBI decision defies explanation`` -- a headline or transcript label."""
    match = _LABEL.match(sentence.text)
    if match is None or match.group("source").lower() in LABEL_STOPWORDS:
        return None
    words = match.group("source").lower().split()
    if words[0] in LABEL_STOPWORDS or (words[0] == "the" and words[-1] in LABEL_STOPWORDS):
        return None  # ("THE FACTS:")
    start = sentence.start + match.end()
    said = _SAID_THAT.match(body, start, sentence.end)  # a fact check's "TRUMP: Said that X"
    start = said.end() if said is not None else start
    trailing = TRAILING.search(body, start, sentence.end)
    end = trailing.start() if trailing is not None else sentence.end
    if end - start < 3 or not _WORDS_SAID.search(body, start, end) or _is_address(
            body[start:end].strip()):
        return None  # "Sanders: 1,547" (a tally), "EMAIL: a@b.com", "Twitter: @handle"
    source = (sentence.start, sentence.start + match.end("source"))
    colon = (source[1], source[1] + 1)
    return Attribution((start, end), colon, source, sentence.index, sentence.index, "label")


def opens_with_label(sentence: Sentence) -> bool:
    """Whether the sentence starts with a name and a colon of its own ("VERDICT: False.")."""
    return _LABEL.match(sentence.text) is not None


def turn_name(body: str, start: int) -> bool:
    """Whether a name in capitals opening a line at ``start`` labels a speaker's turn
    ("RAMOS: That is simply not true"), read by :func:`turn_speaker`.

    >>> turn_name("WHITFIELD: Arizona lost jobs.", 0), turn_name("The UN: no.", 4)
    (True, False)
    """
    line_end = body.find("\n", start)
    label = turn_speaker(body, line_end if line_end >= 0 else len(body))
    return label is not None and label[0] == start and body[label[0] : label[1]].isupper()
