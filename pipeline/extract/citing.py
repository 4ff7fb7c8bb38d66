"""Whom a claim is passed on from: "citing X", "quoting X", "with reference to X", "TASS
cited the ministry as saying …".

>>> text = "Russia shot down 12 drones, TASS said, citing the Defence Ministry."
>>> s, e = citing_origin(text, 0)
>>> text[s:e]
'the Defence Ministry'
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Offsets
from pipeline.extract.tokens import Token, is_quote, np_start_before

__all__ = ["ACCORDING_ASIDE", "CITED_AS", "CITING_VERBS", "IN_TURN_CITED", "aside_relay",
           "citing_origin",
           "quoted_aside", "quoted_by", "source_before_citing", "strip_span", "told_outlet"]

_CITING = re.compile(
    r"\b(?:with\s+reference\s+to|citing|quoting)\s+(?P<origin>"
    # "citing the Telegram channel Voenkor Sever", "citing the military blogger Rybar"
    r"(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?(?:channel|blogger|account)\s+(?:[A-Z][\w’'.-]*\s*){1,4}"
    r"|"
    # "citing Russian human rights commissioner Tatyana Moskalkova": a title, then the name
    r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,3}?(?:commissioner|ombudsman"
    r"|minister|governor|mayor|spokes(?:man|woman|person)|commander|chief|adviser|advisor"
    r"|envoy|president|director|secretary|prosecutor|official)\s+(?:[A-Z][\w’'.-]*\s*){1,4}"
    r"|(?:the\s+)?(?:[A-Z][\w’'.-]*\s*)"
    # (but "citing Israeli violations" cites a reason, not the Israelis)
    r"{1,6}(?:(?:intelligence|officials?|sources?|media|authorities|reports?|data)\b"
    r"|(?!\s*[a-z]))"
    r"|(?:unnamed|anonymous|unidentified)\s+(?:[A-Za-z][\w.-]*\s+){0,3}?(?:sources?|officials?"
    r"|people|persons|residents|witnesses|diplomats|officers)\b"
    # "citing a military source", "citing two people familiar with the matter"
    # ("citing two U.S. officials", "citing two European officials": a nationality too)
    r"|(?:a|an|one|two|three|four|five|several)\s+(?:[A-Za-z][\w.-]*\s+){0,3}?(?:sources?"
    r"|officials?|people|persons|officers|diplomats|soldiers?|servicem[ae]n|residents?"
    r"|witness(?:es)?|eyewitness(?:es)?|medics?|doctors?|commanders?|fighters?|bloggers?"
    r"|spokes(?:man|woman|person)|documents?|memos?|filings?|letters?|e-?mails?|records"
    r"|assessments?)\b(?:\s+(?:in|at|from|within|with"
    r"|close\s+to|familiar\s+with|who\s+(?:had\s+|have\s+)?(?:seen|read|reviewed|viewed))"
    r"\s+[^,;:.“\"]{1,50})?"
    # "citing the information ministry", "citing the ship's master"
    r"|the\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:ministry|army|military|police|authorities"
    r"|government|master|captain|crew|operator|owner|spokesman|spokesperson|commander"
    r"|governor|officials?|sources?|services)\b"
    # "citing witnesses", "citing emergency services", "citing air defence units", "citing
    # hospital staff", "citing staff at a hospital in the area"
    r"|(?:[a-z][\w-]*\s+){0,2}?(?:witnesses|eyewitnesses|residents|medics|doctors|rescuers"
    r"|officials|sources|services|units|staff|workers|nurses)\b(?:\s+(?:at|in|from|of)\s+"
    r"[^,;:.“\"]{1,50})?"
    # "citing satellite imagery analysed by a private firm": pictures are an origin too
    r"|(?:(?:new|commercial|recent)\s+)?(?:satellite\s+)?(?:imagery|images|photographs|photos"
    r"|footage)(?:\s+(?:analy[sz]ed|reviewed|provided|taken|published|released)\s+by\s+"
    r"[^,;:.“\"]{1,50})?"
    # "citing figures from the IOM", "citing data from the World Health Organization"
    r"|(?:figures|data|estimates|statistics|numbers|information)\s+(?:from|by|of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,6})",
)
#: "…, citing TASS, which in turn cited the ministry": an origin's own origin follows.
IN_TURN_CITED = r",\s*which\s+(?:in\s+turn\s+)?(?:cited|quoted)\s+"
#: Verbs of "TASS cited the ministry as saying …".
CITING_VERBS = frozenset({"cited", "cites", "quoted", "quotes"})
#: "TASS cited the ministry as saying …": the origin (who was cited, a short phrase with no
#: clause mark) and, after the match, the content (:func:`pipeline.extract.frames.cited_as`).
CITED_AS = re.compile(
    r"\b(?:" + "|".join(sorted(CITING_VERBS)) + r")\s++(?P<origin>[^,;:“\"\s][^,;:“\"]{0,79}?"
    r"(?:,\s+[^,;:“\"]{1,60},)?)\s+"  # "the mayor of Horlivka, Ivan Prikhodko,"
    r"as\s+(?:saying|stating|writing|(?:claiming|reporting)(?=\s+that\b))\b(?:\s+that\b)?")


def citing_origin(sentence_text: str, start: int, offset: int = 0) -> Offsets | None:
    """``… with reference to / citing X``, ``cited X as saying``: X's span, searched from
    ``start``."""
    if "citing" not in sentence_text and "quot" not in sentence_text and (
            "reference" not in sentence_text) and "cite" not in sentence_text:
        return None  # case-sensitive words every match holds
    match = _CITING.search(sentence_text, start) or CITED_AS.search(sentence_text, start)
    if match is None:
        return None
    span = (match.start("origin") + offset, match.end("origin") + offset)
    return strip_span(sentence_text, span, offset)


def strip_span(text: str, span: Offsets | None, offset: int) -> Offsets | None:
    """``span`` (offsets into a body, ``text`` starting at ``offset``) without the
    punctuation that ends it; None if nothing is left."""
    if span is None:
        return None
    s, e = span[0] - offset, span[1] - offset
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return (s + offset, e + offset) if e > s else None


#: ", according to the agency, " between a speaker and its verb ("Peskov, according to the
#: agency, described …"): the agency passes on what the speaker said.
ACCORDING_ASIDE = re.compile(r"\s*,\s*according\s+to\s+(?P<relay>[^,;:“”\"]{2,60}),\s*"
                             r"(?:[a-z]+ly\s+|also\s+|has\s+|had\s+)?")


def told_outlet(body: str, cue: Offsets, content_start: int) -> Offsets | None:
    """The outlet a speaker "told" what it reports, named between the verb and the content:
    it passes the claim on ("A source told Ukrainska Pravda the ship was hit").

    >>> text = "A source told Ukrainska Pravda the ship was hit"
    >>> span = told_outlet(text, (9, 13), 31)
    >>> text[span[0]:span[1]]
    'Ukrainska Pravda'
    """
    if body[cue[0] : cue[1]].lower() != "told":
        return None
    match = _TOLD.match(body, cue[1], content_start)
    return match.span("who") if match is not None and match.end() == content_start else None


_TOLD = re.compile(r"\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                   r"(?:\s+(?:on|in|late|last|this|earlier)\b[^,;:“\"]{0,30}?)?,?\s+(?:that\s+)?")


def aside_relay(body: str, source_end: int, cue_start: int) -> Offsets | None:
    """The relay named in an "according to" aside that fills the gap from a source's end to
    its speech verb, if the gap is nothing else.

    >>> text = "Peskov, according to TASS, said"
    >>> span = aside_relay(text, 6, 27)
    >>> text[span[0]:span[1]]
    'TASS'
    """
    match = ACCORDING_ASIDE.match(body, source_end, cue_start)
    if match is None or match.end() != cue_start:
        return None
    return strip_span(body, match.span("relay"), 0)


# "A security official quoted by SANA", "an official cited by state media": who passed it on
_QUOTED_BY = re.compile(
    r",?\s+(?:quoted|cited)\s+(?:by|in)\s+(?P<relay>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}),?$")


def quoted_by(body: str, source: Offsets) -> tuple[Offsets, Offsets] | None:
    """A source phrase ending "quoted by X": (the speaker's span, X's span), else None.

    >>> text = "A security official quoted by SANA"
    >>> quoted_by(text, (0, len(text)))
    ((0, 19), (30, 34))
    """
    if "by" not in body[source[0] : source[1]] and " in " not in body[source[0] : source[1]]:
        return None  # ("quoted in the complaint": the complaint passes it on)
    found = _QUOTED_BY.search(body, source[0], source[1])
    if found is None or found.start() <= source[0]:
        return None
    return (source[0], found.start()), found.span("relay")


_ASIDE_OPENERS = frozenset({"citing", "quoting", "calling", "dubbing", "echoing", "using"})


def quoted_aside(tokens: list[Token], j: int) -> int | None:
    """Index of the comma opening an aside that ends with the quotation closed at ``j``
    (``Manafort, citing ''the magic of Trump,'' said``): whoever speaks stands before it."""
    if j >= 1 and tokens[j].text == "," and is_quote(tokens[j - 1]):
        j -= 1  # ‘…’, said
    if not is_quote(tokens[j]):
        return None
    for o in range(j - 1, max(j - 40, 2), -1):
        if not is_quote(tokens[o]):
            continue
        for c in range(o - 2, max(o - 10, 0), -1):  # ", calling the report “…,”"
            if tokens[c].text == ",":
                return c if tokens[c + 1].lower in _ASIDE_OPENERS else None
        return None
    return None


def source_before_citing(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """``The ministry, citing unnamed sources, said``: the source is the ministry; whom it
    cites is a relay's origin (found after the source), not part of the source's name.
    ``Peskov, according to the agency, said``: Peskov, relayed by the agency."""
    for c in range(j - 1, max(j - 16, 0), -1):
        if tokens[c].text != ",":
            continue
        opener = tokens[c + 1].lower
        if opener in ("citing", "quoting") or (opener in ("with", "according") and c + 2 < j
                                               and tokens[c + 2].lower in ("reference", "to")):
            start = np_start_before(tokens, c - 1)
            return (start, c) if start is not None else None
        return None
    return None
