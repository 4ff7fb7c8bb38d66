"""Where an attribution's content starts and ends around a speech cue.

After the cue: skip adjuncts ("on Tuesday", "in a statement"), a particle ("pointed out"),
an audience ("told reporters"), "that" or a colon, then run to the end of the sentence, to
the end of a quotation that started there, or to a participle that opens a new
attribution ("…, adding that"). Before the cue: the quotation or clause that ends at the
comma in front of the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.attributed import Offsets
from pipeline.extract.citing import IN_TURN_CITED
from pipeline.extract.clause_ends import NEW_CLAUSE, SINCE_RECORD
from pipeline.extract.content_tails import writers_tail
from pipeline.extract.lexicon import (
    COMMON_VERBS,
    CONTENT_ADJUNCTS,
    FLAT_ADVERBS,
    IRREGULAR_PAST,
    PARTICLES,
    SPEECH_VERBS,
)
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence
from pipeline.extract.tokens import Token, is_quote

__all__ = [
    "ADJUNCT_THAT",
    "BY_AGENT",
    "CONNECTIVE",
    "LISTENER_ONLY",
    "OPENING",
    "SINCE_RECORD",
    "THAT_BEFORE",
    "TRAILING",
    "comma_after",
    "content_after",
    "content_before",
    "is_clause",
    "is_title_case",
    "is_trivial",
    "listener_tail",
    "mid_sentence_quote",
]

_ADJUNCTS = re.compile(r"\s*+,?\s*+(?:" + CONTENT_ADJUNCTS + r")\b[,]?", re.IGNORECASE)
_IN_TURN_CITED = re.compile(IN_TURN_CITED + r"[^,;:“\"]{1,80}?(?=[,.;]|$)")
_CITING_ASIDE = re.compile(r"\s*,\s*(?:citing|quoting|with\s+reference\s+to|without\s+(?:providing"
                           r"|offering|giving|presenting|citing))\s+[^,;:“\"]{1,80},"
                           # "said in a statement, according to a translation by the AP, that"
                           r"|\s*,?\s*according\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:translation"
                           r"|transcript)\s+[^,;:“\"]{1,80},")
_CARRIED_BY = re.compile(  # "said, in a statement cited by RIA, that …", "said, though, that …"
    r"\s*,\s*(?:in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|interview"
    r"|briefing|report|message|video)\s+(?:cited|carried|quoted|published|reported|posted|aired)"
    r"\s+(?:by|on)\s+[^,;:“\"]{1,60}|according\s+to\s+[^,;:“\"]{1,80}(?=,\s+that\b)"
    r"|(?:however|though|moreover|also|too|again|nonetheless"
    r"|nevertheless|instead|meanwhile|later)(?=,\s+that\b)),")
# Where or how it was said before the that-clause: "on X", "late on Thursday", "in its assessment".
ADJUNCT_THAT = re.compile(
    r"(?:\s*(?:(?:on|in|at|via|through|during|late|early|earlier|later|overnight|outside|inside|near"
    r"|after|following|from|hours|days|shortly|moments)(?:\s+[\w’'.-]+)"
    r"{1,5}|in\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|post|video"
    r"|message|address|speech)\s+(?:read|carried|aired|broadcast|posted|published|issued)\s+"
    r"(?:on|by|in)(?:\s+[\w’'.-]+){1,4}|with\s+(?:low|moderate|medium|high)\s+confidence"
    # "said, without evidence, that …": the outlet's aside, not the content
    r"|,?\s*without\s+(?:providing\s+|offering\s+|citing\s+|presenting\s+|giving\s+)?"
    r"(?:any\s+)?evidence,?)){1,2}"  # ("assessed with moderate confidence on Tuesday that")
    r"(?:,\s+formerly\s+(?:known\s+as\s+)?Twitter,)?\s+(?P<that>that\s)")
#: The agent of an impersonal passive, up to its that-clause: "It was reported by TVN24 that".
BY_AGENT = re.compile(r"\s+by\s+(?P<who>[^,;:“\"]{2,60}?)\s+that\s")
_FORMERLY = re.compile(r"\s*,?\s*formerly\s+(?:known\s+as\s+)?Twitter\b,?")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?=\s)")
_PARTICLE_WORD = re.compile(r"\s+" + PARTICLES + r"(?=\s)")
_THAT = re.compile(r"\s*(?:that\b(?!\s+(?:was|is)\s+" + FLAT_ADVERBS + r"(?:not\s+true|untrue|false"
                   r"|a\s+lie|fiction|nonsense|baseless|fabricated|incorrect|inaccurate|wrong)\b)|:|,(?=\s*[“\"‘']))"
                   r"\s*", re.IGNORECASE)  # (in "said that was untrue" "that" is the subject)
_READING = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:text|messages?|captions?"
                      r"|words|signs?|banners?|notes?|slogans?|headlines?)\s+(?:reading|saying"
                      r"|that\s+reads?|which\s+reads?)\s*:?\s*(?=[“\"‘])", re.IGNORECASE)
_OBJECT_THAT = re.compile(r"\s*(?:[\w’'.-]+\s+){1,8}?that\s+")
# ', noting that …', '"corrupt," noting that …' and ", apparently referring to …" (the writer's
# guess at what the speaker meant) end a quotation at the comma.
_PARTICIPLE = re.compile(r",(?:(?P<q>[”\"’'])\s+|\s*)(?:and\s+)?(?:" + "|".join(
    w for w in SPEECH_VERBS if w.endswith("ing")) + r"|(?:[a-z]+ly\s+)?(?:referring|alluding))\b")
_TITLE_VERB = re.compile(
    r",\s+(?:" + "|".join(sorted((w.capitalize() for w in SPEECH_VERBS if w.isalpha()),
                                key=len, reverse=True)) + r")\b"
)
TRAILING = re.compile(r"[\s.!?;:,]*$")
OPENING = frozenset("“\"‘'«")
_CLOSING = frozenset("”\"’'»")
#: A listener and nothing more to the sentence's end (or ", as …"): "told judges on Monday."
LISTENER_ONLY = re.compile(
    r"\s*(?!(?:\w+\s+)?(?:jokes?|story|stories|lies?|tales?|truth|secrets?)\b)"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?[\w’'-]+(?:\s+(?!(?:was|were|is|are|had|has|have"
    r"|would|will|could|[a-z]+ed)\b)[\w’'-]+){0,4}?(?:\s+(?:on|in|at"
    r"|during|last|this|earlier|late)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?\s*(?:[.!?]*$|,\s+as\b)")
_AUDIENCE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|our|this)\s+)?(?:(?:[A-Z][\w.’'&-]*|of|the|and)\s+)*?"
    r"(?:[A-Z][\w.’'&-]*|reporters?|correspondents?|journalists|supporters|lawmakers|officials"
    r"|voters"
    r"|(?:[a-z]+\s+){0,2}(?:advisers|advisors|aides|staff|staffers|allies|donors|colleagues"
    r"|members|followers|students|workers|employees|troops|soldiers|delegates|guests|friends"
    r"|listeners|viewers|readers|audience|interviewer)"
    r"|(?:a |the )?(?:crowd|audience|newspaper|station|agency|committee|court|jury|panel"
    r"|hearing|meeting|conference|forum|gathering|rally)"
    r"|him|her|them|us|me)"
    # "told the BBC the death toll had risen": a clause (subject, then an auxiliary) follows
    # ("told Reuters the number of troops involved could be": a longer subject too)
    r"(?=\s+(?:the|a|an|its|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,7}?\s+(?:had|has|have|was"
    r"|were|is|are|would|will|could|can|does|did|[a-z]{2,}ed|(?:only|never|always|still|also"
    r"|routinely)\s+[a-z]{3,}s)\b"
    # "told the court he denied …": a pronoun subject and a past verb
    r"|\s+(?:he|she|they|we|it)\s+[a-z]{2,}ed\b"
    # "told Reuters fighting there was continuing", "told AFP it had"
    r"|\s+(?:it|he|she|they|we|there|[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+(?:had|has|have|was"
    r"|were|is|are|would|will|could)\b"
    r"|\s*(?:that\b|,|:|[“\"‘]|\s+(?:on|in|during|last|this|earlier|later|yesterday|today"
    r"|tonight|recently|at|after|before|when|while|(?i:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday))\b|[.!?]*$))",
)


# One listener (a name, or people like reporters), then at most where or when, then the end.
_LISTENER = re.compile(
    r"\s*(?:to\s+)?(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}"
    r"|reporters?|journalists?|supporters|voters|lawmakers|the\s+(?:press|media|crowd)|audience"
    r"|crowd|him|her|them|us|me)(?:\s+(?:on|in|at|during|last|this|earlier|late)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,2}?)?\s*[.!?]*$")


def listener_tail(body: str, word: str, after: Offsets, end: int) -> bool:
    """Whom it was said to, and nothing more: "“It is over!” Smith said to Reuters." or "…
    told reporters." (the quotation before is the content); not "asked the court to act"."""
    if body.startswith(("to ", "To "), after[0]):  # not "vowed to veto it"
        return word in ("said", "says") and _LISTENER.match(body, after[0], end) is not None
    return word in ("told", "tells", "asked") and _LISTENER.match(body, after[0], end) is not None


def comma_after(body: str, pos: int) -> bool:
    """Whether the verb is followed by a comma, after any adjunct ("said Tuesday, …")."""
    adjunct = _ADJUNCTS.match(body, pos)
    if adjunct is not None:
        pos = adjunct.end()
        if body[pos - 1 : pos] == ",":
            return True
    return body[pos : pos + 1] == ","


def content_before(
    body: str, sentence: Sentence, boundary: Token, quotes: QuoteIndex
) -> Offsets | None:
    """Content ending at a comma or closing quote: a quotation or the clause before it."""
    stop = boundary.end if is_quote(boundary) else boundary.start
    probe = boundary.start - 1 if boundary.text == "," else boundary.start
    region = quotes.region_at(max(probe, 0))
    if region is not None and region[1] >= stop - 1 and region[0] >= sentence.start - 5000:
        # A region running on past the boundary is an unclosed quotation (“Q," she said):
        # the boundary's mark closes it.
        end = region[1] if region[1] <= stop + 1 else stop
        if boundary.text == "," and body[boundary.end : boundary.end + 1] in _CLOSING:
            end = max(end, boundary.end + 1)
        return region[0], end
    if stop - sentence.start < 12 or not any(
            c.isspace() for c in body[sentence.start : stop].strip()):
        return None  # "Nevertheless, Cuban said …": one word before the comma is no content
    connective = CONNECTIVE.match(body, sentence.start, stop)  # "However, X, according to Y"
    start = connective.end() if connective is not None else sentence.start
    opening = quotes.region_at(start)  # '"Q," the head of the agency, NAME, said': the quote
    if opening is not None and opening[0] == start and opening[1] < stop and _ROLE_AFTER.match(
            body, opening[1], stop):
        return start, opening[1]
    semicolon = body.rfind("; ", start, stop)
    if semicolon >= 0 and sentence.text.rstrip()[-1:] not in ".!?\"”’'":
        # a headline's "Houthis claim attack; crew safe, says agency": its last part only
        start = semicolon + 2
    return start, stop


_ROLE_AFTER = re.compile(r"\s*(?:the|a|an|his|her|its|their)\s+[a-z][\w\s’'-]*$")
#: A connective opening a sentence, no part of the content before a tag ("However, X, …").
CONNECTIVE = re.compile(r"(?:However|Still|Meanwhile|Moreover|Nevertheless|Nonetheless"
                        r"|Separately|Instead|Indeed|In addition|By contrast),\s+")


def _skip_adjuncts(body: str, pos: int, end: int) -> int:
    """Past up to three adjuncts ("on Tuesday in a statement") after ``pos``."""
    for _ in range(3):
        adj = _ADJUNCTS.match(body, pos, end)
        if adj is None or adj.end() == pos:
            break
        pos = adj.end()
    return pos


def content_after(
    body: str, sentence: Sentence, pos: int, quotes: QuoteIndex, *, told: bool = False,
    particle: bool = False,
) -> Offsets | None:
    """Content after a cue: skips adjuncts, a ``told`` audience, a particle ("pointed out",
    when ``particle``) and ``that``."""
    end, cue_end = sentence.end, pos
    if particle:
        found = _PARTICLE_WORD.match(body, pos, end)
        if found is not None:
            pos = found.end()
    carried = _CARRIED_BY.match(body, pos, end)
    if carried is not None:  # "said, in a statement cited by RIA, that …"
        pos = carried.end()
    pos = _skip_adjuncts(body, pos, end)
    formerly = _FORMERLY.match(body, pos, end)
    if formerly is not None:  # "in a post on X, formerly Twitter, that …"
        pos = formerly.end()
    lead = ADJUNCT_THAT.match(body, pos, end)
    if lead is not None:  # "said on X that …", "announced late on Thursday that …"
        pos = lead.end() - len(lead.group("that"))
    aside = _CITING_ASIDE.match(body, pos, end)
    if aside is not None:  # "said, citing X, that …": X is where it came from (see drafts)
        pos = aside.end()
        in_turn = _IN_TURN_CITED.match(body, pos - 1, end)  # "citing TASS, which in turn
        if in_turn is not None:  # cited the Defence Ministry.": all of it is the relay
            pos = in_turn.end()
    if told:
        audience = _OBJECT_THAT.match(body, pos, end) or _AUDIENCE.match(body, pos, end)
        if audience is not None:
            pos = _skip_adjuncts(body, audience.end(), end)
            place = _IN_PLACE.match(body, pos, end)  # "told reporters in Moscow he had …"
            if place is not None:
                pos = _skip_adjuncts(body, place.end(), end)
    that = _THAT.match(body, pos, end) or _READING.match(body, pos, end)
    if that is not None:  # (or "shows text reading: “…”": the quotation)
        pos = that.end()
    while pos < end and body[pos].isspace():
        pos += 1
    if pos < end and body[pos] == "," and not _PARTICIPLE.match(body, pos, end):
        pos += 1  # "Still, he said, officials have to decide": the clause after the comma
        while pos < end and body[pos].isspace():
            pos += 1
        if body[pos : pos + 4].lower() in ("and ", "but ") or body[pos : pos + 3] == "as ":
            return None
    opened = that is not None and "that" in that.group().lower()  # "that – in …" opens an aside
    if pos >= end or body[pos] in ",;)" or (not opened and (
            body[pos] in "—–" or body.startswith("--", pos))):
        return None  # "…, the office reported on Tuesday -- a …": an aside, not content
    region = quotes.region_at(pos)
    if region is not None and body[pos] in OPENING:
        if region[1] > end:
            return pos, region[1]
        tail = body[region[1] : end].strip()
        if not tail or tail in (".", "!", "?"):
            return pos, region[1]
    elif region is not None and region[0] < cue_end and region[1] <= end:
        end = region[1]  # "“They lost, and they know they lost,” he said": a cue inside a
        while end > pos and body[end - 1] in "”\"’'":  # quotation says no more than it
            end -= 1
    participle = _PARTICIPLE.search(body, pos, end)
    if participle is not None:
        end = participle.end("q") if participle.group("q") else participle.start()
    new_clause = next((m for m in NEW_CLAUSE.finditer(body, pos, end)
                       if quotes.region_at(m.end("closing")) is None), None)
    if new_clause is not None:  # a quotation closing at the comma ends with its mark
        end = new_clause.end("closing") if new_clause.group("closing") else new_clause.start()
    title_verb = _TITLE_VERB.search(body, pos, end)
    if title_verb is not None and is_title_case(sentence.text.split()):
        end = title_verb.start()
    end = writers_tail(body, pos, end, quotes, headline=is_title_case(sentence.text.split()))
    stop = trailing.start() if (trailing := TRAILING.search(body, pos, end)) else end
    if stop - pos < 2:
        return None
    return pos, stop


_AND_CLAUSE = re.compile(r",\s+(?:(?:and|but)\s+(?!(?:that|then|added|adding|said|says)\b)"
                         r"|(?=including\s+(?:at\s+least\s+)?\d[\d,]*\s+(?!(?:who|in|at|on|to)\b)"
                         r"\w))")  # "…, including 19 children", "including 4 Americans"
_WORD = re.compile(r"[A-Za-z]+")


def and_clause_after(body: str, sentence: Sentence, pos: int) -> int | None:
    """"Two were children, he said, and at least 27 were wounded.": where the clause joined
    after the tag ends (it goes on with what was said, as PolNeAR annotates it), unless it
    holds a speech verb of its own ("…, he said, but she cautions that …")."""
    adjunct = _ADJUNCTS.match(body, pos)
    if adjunct is not None:  # "…, the mayor said on Monday, but …"
        pos = adjunct.end() - (body[adjunct.end() - 1] == ",")
    joined = _AND_CLAUSE.match(body, pos, sentence.end)
    if joined is None:
        return None
    rest = body[joined.end() : sentence.end]
    if any(w.lower() in SPEECH_VERBS for w in _WORD.findall(rest)):
        return None
    trailing = TRAILING.search(body, joined.end(), sentence.end)
    stop = trailing.start() if trailing is not None else sentence.end
    return stop if stop - joined.end() >= 8 else None


def is_title_case(words: Iterable[str], least: int = 5) -> bool:
    """A headline in title case ("Trump Says He Will Win"): most words longer than three
    letters are capitalised."""
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(long_words) >= least and (
        sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words))


# Words that open a trailing adjunct, not a content ("Carson said after the debate").
_ADJUNCT_OPENERS = ("and ", "but ", "as ", "when ", "in ", "after ", "during ", "while ",
                    "following ", "before ", "though ", "although ", "even though ")


def is_trivial(body: str, span: Offsets) -> bool:
    """An adjunct after the verb, not content ("…, speaking on condition of anonymity").

    A participle is an adjunct only after a comma: right after the verb it is the
    content ("have said cutting output is key", "proposed barring all Muslims").
    """
    text = body[span[0] : span[1]]
    if len(text) >= 3 and THAT_BEFORE.search(body, max(0, span[0] - 8), span[0]):
        return False  # "said that in a race between them, he would …": a that-clause
    first, _, rest = text.partition(" ")
    return len(text) < 3 or text.lower().startswith(_ADJUNCT_OPENERS) or (
        first.endswith("ing") and first.islower() and _after_comma(body, span[0])) or (
        rest.startswith(("referring", "alluding")))  # ", likely referring": the writer's guess


THAT_BEFORE = re.compile(r"\bthat\s*$", re.IGNORECASE)


def _after_comma(body: str, pos: int) -> bool:
    """Whether a comma comes just before ``pos``, over spaces and one adverb ("…, also")."""
    before = body[max(0, pos - 40) : pos].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    if last.isalpha() and last.islower() and (last == "also" or last.endswith("ly")):
        before = before[: -len(last)].rstrip()
    return before.endswith(",")


_CLAUSE = re.compile(
    r"^(?:that|to)\b|\b(?:is|are|was|were|has|have|had|will|would|could|did|does|do|can|may"
    # (a capitalised "-ed" word is a name: "United Nations", "Red Crescent" has none)
    r"|might)\b|\b(?-i:[a-z]{3,}ed)\b", re.IGNORECASE)


def is_clause(text: str) -> bool:
    """Whether a content reads as a statement (a finite verb, or a "that"/"to" clause), not
    a bare object ("claims 16 lives", "found weapons in a school")."""
    if _CLAUSE.search(text) is not None:
        return True
    words = text.lower().split()
    return any(w in COMMON_VERBS or w in IRREGULAR_PAST for w in words)


def mid_sentence_quote(
    body: str, sentence: Sentence, quote: Offsets, ends_here: bool
) -> Offsets | None:
    """A quotation that starts inside the sentence before ``…,” X said``. When the sentence
    goes on after the verb, a short one is a title (on Fox News’s “Hannity,” Gingrich said
    that …), not content; otherwise the content runs from the sentence start or a colon
    to the quotation's end (Trump is also a “change agent,” Cole said)."""
    if not ends_here and len(body[quote[0] : quote[1]].split()) < 4:
        return None
    colon = body.rfind(":", sentence.start, quote[0])
    return (colon + 1 if colon >= 0 else sentence.start), quote[1]
