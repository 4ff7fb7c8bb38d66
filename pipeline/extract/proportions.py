"""Shares written in words: "nearly half the population", "one in five children", "two
thirds of homes". They are quantities with the unit ``fraction``, as "two-thirds" already is.

>>> [(q.text, q.value, str(q.qualifier)) for q in find_proportions("nearly half of them")]
[('nearly half', 0.5, 'approximate')]
"""

from __future__ import annotations

import re

from pipeline.models import Quantity, QuantityQualifier, Span

__all__ = ["find_proportions"]

_SHARES = {"half": 1 / 2, "a half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3,
           "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 1 / 4, "one quarter": 1 / 4,
           "three quarters": 3 / 4, "three-quarters": 3 / 4, "a fifth": 1 / 5,
           "one fifth": 1 / 5, "a tenth": 1 / 10, "one tenth": 1 / 10}
_IN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
       "nine": 9, "ten": 10}
_QUALIFIERS = {"nearly": QuantityQualifier.APPROXIMATE, "almost": QuantityQualifier.APPROXIMATE,
               "about": QuantityQualifier.APPROXIMATE, "around": QuantityQualifier.APPROXIMATE,
               "roughly": QuantityQualifier.APPROXIMATE, "some": QuantityQualifier.APPROXIMATE,
               "more than": QuantityQualifier.MORE_THAN, "over": QuantityQualifier.MORE_THAN,
               "less than": QuantityQualifier.LESS_THAN, "under": QuantityQualifier.LESS_THAN,
               "fewer than": QuantityQualifier.LESS_THAN, "barely": QuantityQualifier.APPROXIMATE,
               "at least": QuantityQualifier.AT_LEAST, "as many as": QuantityQualifier.AT_MOST,
               "up to": QuantityQualifier.AT_MOST, "as few as": QuantityQualifier.AT_LEAST}
_PROPORTION = re.compile(
    r"(?<![\w-])(?:(?P<qual>nearly|almost|about|around|roughly|some|more than|over|less than"
    r"|fewer than|barely"
    r"|under|at least|as many as|up to|as few as)\s+)?(?:(?P<share>half|a half|a third"
    r"|one third|two thirds|two-thirds|a quarter|one quarter|three quarters|three-quarters"
    r"|a fifth|one fifth|a tenth|one tenth)"
    r"|(?P<one>one|1)\s+in\s+(?P<of>two"
    r"|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})+|\d{1,7}))(?![\w-]|,\d)"
    r"(?=\s+(?:of\b|the\b|(?!an?\b)[a-z])|\s*[,.;])",  # not "half an hour"
    re.IGNORECASE)


_WORDS = ("half", "Half", "third", "Third", "quarter", "Quarter", "one in ", "One in ", "1 in ",
          "fifth", "Fifth", "tenth", "Tenth")
_ANCHOR = re.compile(r"\b(?:half|thirds?|quarters?|fifth|tenth|one in|1 in)\b", re.IGNORECASE)
# "a third", "a fifth" share something only with "of" after them, or after "by" ("fell by a
# quarter"): "a third system" is the third one
_ORDINAL_LIKE = frozenset({"a third", "one third", "a quarter", "one quarter", "a fifth",
                           "one fifth", "a tenth", "one tenth"})
_BY_BEFORE = re.compile(r"\bby\s+(?:\w+\s+)?$", re.IGNORECASE)
_OF_NEXT = re.compile(r"\s+of\b")
_PART_BEFORE = re.compile(r"\b(?:first|second|last|latter|former|other|final)\s+$",
                          re.IGNORECASE)


def find_proportions(text: str, offset: int = 0) -> list[Quantity]:
    """Shares in words in ``text`` as fractions (spans shifted by ``offset``)."""
    if not any(word in text for word in _WORDS):
        return []  # most texts: the substring tests cost a microsecond, the scan twenty
    found: list[Quantity] = []
    # Scanning the whole text with the full pattern is slow (it is tried at every letter):
    # only the few places holding a share word are tried, from a little before them
    end = -1
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < end:
            continue
        match = _PROPORTION.search(text, max(0, anchor.start() - 12), anchor.end() + 24)
        if match is None:
            continue
        end = match.end()
        if _PART_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "the second half of the year": a part of a time, not a share
        share = match.group("share")
        if share is not None and share.lower() in _ORDINAL_LIKE and not _OF_NEXT.match(
                text, match.end()) and not _BY_BEFORE.search(text, max(0, match.start() - 14),
                                                             match.start()):
            continue  # "sending a third system": the third one, no share
        if share is not None:
            value = _SHARES[share.lower()]
        else:
            of = match.group("of").lower()
            whole = _IN.get(of) or int(of.replace(",", ""))
            if whole == 0:
                continue
            value = 1 / whole
        qual = (match.group("qual") or "").lower()
        start, end = match.start() + offset, match.end() + offset
        found.append(Quantity(
            text=match.group(), span=Span(start=start, end=end, text=match.group()),
            # "1 in 20,000" keeps its figures: rounding to places would make it 0.0001
            value=round(value, 4) if value >= 0.01 else float(f"{value:.3g}"),
            qualifier=_QUALIFIERS.get(qual, QuantityQualifier.EXACT),
            unit="fraction"))
    return found
