"""A headline that names its source after a dash: "Ukraine lost 300 troops near Kupiansk
over past day - Russian MoD" (the wire style of TASS, RIA, Interfax and Ukrinform).

The headline is the source's claim, as "Russian MoD: Ukraine lost 300 troops" already is.
It must look like a headline (no closing full stop) and the part after the dash must be a
short name or a source word, with no verb of its own.

>>> from pipeline.extract.segment import split_sentences
>>> text = "Ukraine lost 300 troops near Kupiansk over past day - Russian MoD"
>>> found = dash_label(text, split_sentences(text)[0])
>>> text[found.source[0] : found.source[1]], text[found.content[0] : found.content[1]]
('Russian MoD', 'Ukraine lost 300 troops near Kupiansk over past day')
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Attribution
from pipeline.extract.segment import Sentence

__all__ = ["dash_label"]

_SOURCE_WORDS = (r"sources?|officials?|ministry|military|army|police|governor|mayor|spokesman"
                 r"|spokeswoman|spokesperson|media|report|agency|command|statement")
# Up to five words after the dash: capitalised names, "of"/"the", or source words.
_DASH_SOURCE = re.compile(
    r"\s+[-–—]\s+(?P<source>(?:[A-Z][\w’'.&/-]*|" + _SOURCE_WORDS + r")(?:\s+(?:[A-Z][\w’'.&/-]*"
    r"|of|the|for|" + _SOURCE_WORDS + r")){0,4})\s*$")

# (a day alone or with its date: "Sunday Times" and "May" are sources)
_WHEN = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+\d.*"
                   r"|,\s+\d*\s*[A-Z][a-z]+(?:\s+\d+)*)?|Live|Latest|Updates?|Day\s+\d+"
                   r"|(?:January|February|March|April|May|June|July|August|September|October"
                   r"|November|December)\s+\d+")


def dash_label(body: str, sentence: Sentence) -> Attribution | None:
    """The headline's claim, credited to the name after its final dash."""
    text = sentence.text.rstrip()
    if not text or text[-1] in ".!?\"”’'" or (" - " not in text and " – " not in text
                                              and " — " not in text):
        return None
    match = _DASH_SOURCE.search(text)
    if match is None or match.start() < 12 or _WHEN.fullmatch(match.group("source")):
        return None  # ("Kyiv hit by drones - Monday": a live page's day, no source)
    source = (sentence.start + match.start("source"), sentence.start + match.end("source"))
    dash = sentence.start + match.start() + len(match.group()) - len(match.group().lstrip())
    content = (sentence.start, sentence.start + match.start())
    return Attribution(content, (dash, dash + 1), source, sentence.index, sentence.index,
                       "label")
