"""A source with an apposition or a leading name: who speaks before a comma or a dash.

``Smith, a spokesman for the ministry, said`` / ``Sims — a teacher — says`` / ``Gov. John
Kasich (R-OH), said``: the source runs back over its apposition. ``Cory James, 22, of Flint,
Mich., said``: a sentence that opens with a name and a comma has that name as its source.

>>> from pipeline.extract.tokens import tokenize
>>> tokens = tokenize("Smith, a spokesman for the ministry, said it was late.")
>>> start, end = source_with_apposition(tokens, 7)
>>> " ".join(t.text for t in tokens[start:end])
'Smith , a spokesman for the ministry ,'
"""

from __future__ import annotations

from pipeline.extract.lexicon import (
    APPOSITION_STARTERS,
    CLAUSE_JOINS,
    CLAUSE_OPENERS,
    DETERMINERS,
    SPEAKING_ROLES,
)
from pipeline.extract.tokens import (
    Token,
    is_capital_adverb,
    is_quote,
    np_start_before,
)

__all__ = ["is_descriptive", "leading_name", "name_run", "source_with_apposition"]

_OPENING_ADVERBS = frozenset({"even", "still", "but", "and", "so", "yet", "also", "now",
                              "then", "meanwhile", "however", "indeed", "only", "just"})
_SUBORDINATORS = frozenset({"after", "before", "when", "since", "because", "although", "though",
                            "while", "until", "once", "as", "whereas"})


# An aside on how or where someone spoke is no part of who speaks ("Ukraine's General Staff,
# in its daily update, said").
_ADJUNCT_PARTICIPLES = frozenset({"speaking", "appearing", "writing", "campaigning", "reached",
                                  "testifying", "talking", "responding", "interviewed", "asked",
                                  "contacted", "in", "on", "at", "during", "via", "through",
                                  "under", "after"})
_ANONYMITY_WORDS = frozenset({"anonymity", "anonymously", "condition", "authorized",
                              "authorised", "named", "identified"})


def source_with_apposition(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """``Smith, a spokesman for the ministry, said`` / ``Sims — a teacher — says`` /
    ``Gov. John Kasich (R-OH), said``: the source, with its apposition, ends at ``j``."""
    mark = tokens[j].text
    end = j
    for _ in range(3):
        c = next((i for i in range(end - 1, max(end - 40, -1), -1)
                  if tokens[i].text == mark or tokens[i].text in ";:"
                  or (is_quote(tokens[i]) and not _possessive_mark(tokens, i))),
                 None)
        segment_start = (c + 1) if c is not None else 0
        if segment_start >= end:
            return None
        first = tokens[segment_start]
        if end == j and c is not None and c > 0 and first.lower in _ADJUNCT_PARTICIPLES and not (
                any(t.lower in _ANONYMITY_WORDS for t in tokens[segment_start:end])):
            # "De Blasio, speaking on WOR710, said"; "speaking on condition of anonymity"
            # stays: it says who the source is
            start = np_start_before(tokens, c - 1)
            if start is not None and start > 1 and tokens[start - 1].lower == "who":
                start = np_start_before(tokens, start - 2)  # "A man who lives nearby, speaking"
            return (start, c) if start is not None else None
        descriptive = first.lower in APPOSITION_STARTERS or first.text[0].isdigit() or (
            first.text[0].islower() and first.lower not in CLAUSE_JOINS)
        segment_start += first.lower in CLAUSE_JOINS and segment_start + 1 < end < j  # ", while X,"
        if c is None or tokens[c].text != mark or not descriptive:
            # The part before the comma is the source itself, if it is one noun phrase.
            last = end - 1
            while last > segment_start and tokens[last].text == ".":
                last -= 1  # "Mitch McConnell, R-Ky., said": the abbreviation's dot
            start = np_start_before(tokens, last)
            if start is not None and start > segment_start + 1 and tokens[start - 1].lower in (
                    "by", "from") and np_start_before(tokens, start - 2) == segment_start:
                start = segment_start  # "An analysis by Bellingcat, published on Tuesday, found"
            if start is not None and c is None and start > segment_start and all(
                    t.lower in _OPENING_ADVERBS for t in tokens[segment_start:start]):
                segment_start = start  # "Even the field's biggest hawks, like Rubio, say"
            if start is not None and start > segment_start and tokens[start - 1].lower in (
                    _SUBORDINATORS) and tokens[c if c is not None else j].text == mark:
                segment_start = start  # "It came after the Post, which had said X, said Y"
            if start is None or start != segment_start:
                return None
            dotted = last < end - 1 and tokens[last].lower not in ("jr", "sr")  # "Comey Jr.,"
            if c is not None and tokens[c].text == mark and (end == j or dotted):
                role = _role_before_name(tokens, c, mark, segment_start, end)
                if role is not None:
                    return role, j + 1  # "…, the regional governor, Oleh Syniehubov, said"
                # "…,” Jeff Weaver, Sanders’ campaign manager, said": a name alone between
                # the quotation (or an opening phrase) and the description is the speaker.
                name = _name_before(tokens, c)
                if name is not None:
                    return name, j + 1
                # "a commander, who gave only his call sign, Maverick, told": the name
                # ends the relative clause about the speaker before it.
                outer = _relative_before(tokens, c, mark)
                if outer is not None:
                    return outer, j + 1
            if dotted:
                return None  # "Cory James, 22, of Flint, Mich., said": a place, not a speaker
            if c is not None and c > 0 and tokens[c - 1].lower in _PLACE_NOUNS and (
                    end - start == 1):
                # "The mayor of the worst-hit town, Dogansehir, told": the name is the town's
                # (one word: "the mayor of the city, Vitali Klitschko," names the mayor)
                holder = np_start_before(tokens, c - 1)
                if holder is not None:
                    return holder, j + 1
            return start, j + 1
        if c > 0 and tokens[0].lower in CLAUSE_OPENERS and tokens[c + 1].lower in (
                _ROLE_OPENERS) and all(t.text != mark for t in tokens[1:c]):
            return c + 1, j + 1  # "On Monday, the governor, who …, said": not "Monday"
        start = np_start_before(tokens, c - 1) if c > 0 else None
        if start is not None and not is_descriptive(tokens[start]):
            return start, j + 1
        end = c
    return None


def _relative_before(tokens: list[Token], c: int, mark: str) -> int | None:
    """Start of the noun phrase before a relative clause that ends at the mark ``c``."""
    opening = next((i for i in range(c - 1, max(c - 20, 0), -1) if tokens[i].text == mark), None)
    if opening is None or tokens[opening + 1].lower not in ("who", "whose"):
        return None
    return np_start_before(tokens, opening - 1)


_ROLE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "county",
                          "state", "country", "capital", "port", "camp", "neighbourhood",
                          "neighborhood", "suburb", "island", "oblast"})


def _role_before_name(tokens: list[Token], c: int, mark: str, name: int, end: int) -> int | None:
    """Start of a role set off by commas before a name (", the regional governor, | Oleh
    Syniehubov, said"), which is part of the source, not of what was said."""
    if not all(t.text[0].isupper() for t in tokens[name:end]):
        return None
    # (or a closing quotation: '"…," the EU's foreign policy chief, Josep Borrell, told')
    opening = next((i for i in range(c - 1, max(c - 10, -1), -1) if tokens[i].text == mark or (
        is_quote(tokens[i]) and not _possessive_mark(tokens, i))), None)
    if opening is not None and tokens[opening].text == mark and opening + 1 < c and is_quote(
            tokens[opening + 1]):
        opening += 1  # ',"': the comma inside the quotation
    if opening is None or opening + 2 > c - 1:
        return None
    if tokens[opening + 1].lower not in _ROLE_OPENERS or tokens[c - 1].lower not in (
            SPEAKING_ROLES):
        return None
    return opening + 1


def _name_before(tokens: list[Token], c: int) -> int | None:
    """Start of a run of capitalised words ending just before ``c`` that follows a
    quotation, a comma or the sentence start."""
    i = c
    while i > 0 and tokens[i - 1].text[0].isupper() and c - i < 5:
        i -= 1
    if i == c or not (i == 0 or is_quote(tokens[i - 1]) or tokens[i - 1].text == ","):
        return None
    return i


def name_run(tokens: list[Token], start: int, k: int) -> int | None:
    """End of a pronoun or a run of capitalised words at ``start``, if a verb-like
    lower-case word follows it before ``k``."""
    if start >= k:
        return None
    if tokens[start].lower in ("he", "she", "they", "we", "i"):
        return start + 1
    i = start + 1 if tokens[start].lower in DETERMINERS else start
    first = i
    while i < k and tokens[i].text[0].isupper():
        i += 1
    if i == first or i >= k or not tokens[i].text[0].islower():
        return None
    return i


def _possessive_mark(tokens: list[Token], i: int) -> bool:
    """``Sanders’ campaign manager``: an apostrophe glued to a word in -s is no quotation."""
    return (tokens[i].text in ("’", "'") and i > 0 and tokens[i - 1].end == tokens[i].start
            and tokens[i - 1].lower.endswith("s"))


def leading_name(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """``Cory James, 22, of Flint, Mich., said``: a sentence that opens with a name and a
    comma, then only a long apposition before the verb, has that name as its source."""
    if (j < 3 or j > 40 or not tokens[0].text[0].isupper() or tokens[0].lower in CLAUSE_OPENERS
            or is_capital_adverb(tokens[0])):
        return None
    end = name_run(tokens, 0, j + 1) if tokens[1].text[0].isupper() else None
    if end is None:
        first_comma = next((i for i in range(1, 5) if tokens[i].text == ","), None)
        if first_comma is None or not all(t.text[0].isupper() for t in tokens[:first_comma]):
            return None
        end = first_comma
    if tokens[end].text != "," or any(
            is_quote(t) or t.text in ";:()" for t in tokens[end:j]):
        return None
    return 0, end


def is_descriptive(tok: Token) -> bool:
    return tok.lower in APPOSITION_STARTERS or tok.text[0].isdigit()
