"""Attribution frames built around a fixed word rather than a speaker before a verb.

Split from :mod:`pipeline.extract.speech`, which decides which pattern a cue is in:

* according to:  ``According to SOURCE, CONTENT`` / ``CONTENT, according to SOURCE`` (also
  ``in a new poll``);
* colon:         ``The ministry responded:`` followed by the quoted next paragraph;
* fronted:       ``Said Comey, “CONTENT.”``;
* passive:       in :mod:`pipeline.extract.passives`;
* cited as:      ``SOURCE cited/quoted ORIGIN as saying CONTENT``: the source passes on what
  the origin said (the relay is found by :func:`pipeline.extract.citing.citing_origin`);
* evidential:    ``Turnout appears to have fallen``, ``X is expected to win``, ``X reportedly
  met Y``: a clause presented as somebody's view without naming anybody (no source).
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Attribution, Offsets, make_attribution
from pipeline.extract.citing import ACCORDING_ASIDE, CITED_AS
from pipeline.extract.content import CONNECTIVE, TRAILING, content_after
from pipeline.extract.entity_types import classify
from pipeline.extract.lexicon import ROLE_NOUNS, SPEECH_VERBS
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence
from pipeline.extract.tokens import Token, np_end_after
from pipeline.models import EntityType

__all__ = [
    "SOURCE_STOPS",
    "according",
    "as_said_by",
    "cited_as",
    "colon",
    "evidential",
    "fronted",
    "put_it",
]

#: Marks that end a source phrase read rightwards ("according to X, …").
SOURCE_STOPS = frozenset({",", ";", "(", ")", "—", "–", ":"})
# "…, after, according to him, CONTENT": a clause link before the phrase opens the content.
_CLAUSE_LINKS = frozenset({"after", "because", "that", "but", "and", "while", "since", "as",
                           "when", "if", "so", "although", "though", "before", "until"})

_NO_SOURCE = re.compile(r"(?:(?:the|its|their|his|her|our)\s+)?(?:plans?|schedule|script|design"
                        r"|expectations|tradition|custom|(?:international\s+)?law|laws|rules"
                        r"|regulations|procedures?|protocols?)"
                        # "said, according to a translation by the AP, that": who translated
                        # it, not who says it
                        r"|(?:an?|the)\s+(?:[\w-]+\s+)?(?:translation|transcript)\b.*",
                        re.IGNORECASE)
_CITING_ASIDE = re.compile(r"\s*(?:citing|quoting)\s+[^,;:“”\"]{2,80},")
_RELATIVE_AFTER = re.compile(r"\s*(?:who|which)\b")
# "According to the Observatory, a Britain-based war monitor, CONTENT": what the source is
_APPOSITION_AFTER = re.compile(
    r"\s+(?P<np>(?:a|an|the)\s+(?:[\w’'.-]+\s+){0,5}?(?:" + "|".join(sorted(ROLE_NOUNS)) +
    r"|monitor|watchdog|group|agency|organi[sz]ation|charity|observatory|body)"
    # "a rights group that tracks killings by the military,"
    r"(?:\s+(?:that|which|who|based|founded|run)\s[^,;:.]{1,80})?),\s")
# "According to the Ukrainian ombudsman, Dmytro Lubinets, CONTENT": the person named
_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s")
_NAMED_ROLES = frozenset({EntityType.OFFICIAL, EntityType.EXPERT, EntityType.MILITARY,
                          EntityType.UNKNOWN})
# A comma that ends a clause, not one inside a number ("1,200").
_CLAUSE_COMMA = re.compile(r",(?!\d)|(?<!\d),")


def as_said_by(tokens: list[Token], k: int) -> bool:
    """``As stated by the minister, …``: an opening "according to" in other words."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].lower == "as" and tokens[k + 1].lower == "by"


def according(
    body: str, sentence: Sentence, tokens: list[Token], start_tok: int, cue: Offsets,
    quotes: QuoteIndex,
) -> Attribution | None:
    """``According to SOURCE, CONTENT`` / ``CONTENT, according to SOURCE`` (also ``in a
    poll``); the source starts at token ``start_tok``."""
    # The source runs to the next comma or the sentence end: "according to early results of
    # the exit poll conducted by Edison Research" is one source, whatever its words.
    end = next((i for i in range(start_tok, min(len(tokens), start_tok + 25))
                if tokens[i].text in SOURCE_STOPS), min(len(tokens), start_tok + 25))
    while end > start_tok and not tokens[end - 1].text[0].isalnum():
        end -= 1
    if end <= start_tok:
        return None
    source = (tokens[start_tok].start, tokens[end - 1].end)
    if _NO_SOURCE.fullmatch(body, source[0], source[1]):
        return None  # "proceeding according to plan": a manner, nobody says anything
    prefix = body[sentence.start : cue[0]].strip(" ,")
    if _asides_speaker(body, sentence, cue):
        return None  # "Peskov, according to the agency, described …": the verb's frame
    last = prefix.rsplit(None, 1)[-1].lower() if prefix else ""
    opener = body[sentence.start : cue[0]].rstrip().endswith(",") and (
        last in _CLAUSE_LINKS or _opening_phrase(body, prefix, source[1], sentence.end))
    if len(prefix) < 12 or body[cue[0]].isupper() or prefix.endswith(":") or opener:
        comma = body.find(",", source[1], sentence.end)
        if comma < 0:
            # "According to the Ministry of Health 31 civilians were killed": no comma, but a
            # number opens the content
            split = next((i for i in range(start_tok + 2, end) if tokens[i].text[0].isdigit()),
                         None)
            content = content_after(body, sentence, tokens[split].start, quotes) if (
                split is not None) else None
            if split is None or content is None:
                return None
            return Attribution(content, cue, (tokens[start_tok].start, tokens[split - 1].end),
                               sentence.index, sentence.index, "according")
        if _RELATIVE_AFTER.match(body, comma + 1):
            # "According to a source, who spoke on condition of anonymity, CONTENT": the
            # relative clause describes the source; the content follows it
            found = _CLAUSE_COMMA.search(body, comma + 1, sentence.end)
            if found is None:
                return None
            comma = found.start()
        described = _APPOSITION_AFTER.match(body, comma + 1, sentence.end)
        if described is not None:
            source, comma = (source[0], described.end("np")), described.end("np")
        named = _NAME_AFTER.match(body, comma + 1, sentence.end)
        if named is not None and classify(named["name"]) == EntityType.PERSON and classify(
                body[source[0] : source[1]]) in _NAMED_ROLES | {EntityType.ANONYMOUS}:
            # the name is who speaks, as in "The ombudsman, Dmytro Lubinets, said"
            source, comma = (named.start("name"), named.end("name")), named.end("name")
        citing = _CITING_ASIDE.match(body, comma + 1, sentence.end)
        if citing is not None:  # "According to X, citing witnesses in the town, CONTENT":
            comma = citing.end() - 1  # the origin X names (a relay, found later), then content
        content = content_after(body, sentence, comma + 1, quotes)
        if content is None:
            return None
        return Attribution(content, cue, source, sentence.index, sentence.index, "according")
    stop = cue[0]
    while stop > sentence.start and body[stop - 1] in " ,;—–-":
        stop -= 1
    connective = CONNECTIVE.match(body, sentence.start, stop)
    begin = connective.end() if connective is not None else sentence.start
    semicolon = body.rfind(";", sentence.start, stop)
    last_clause = body[semicolon + 1 : stop].split()
    if semicolon >= 0 and quotes.region_at(semicolon) is None and len(last_clause) >= 3 and (
            last_clause[0].lower() not in ("and", "or")):
        # "The ministry said X; another 30 were wounded, according to local officials": the
        # trailing source vouches for the clause it closes, not for the whole sentence (a
        # list "A; B; and C, according to FEC records" is all the records')
        begin = semicolon + 1
        while body[begin].isspace():
            begin += 1
    return Attribution((begin, stop), cue, source, sentence.index, sentence.index, "according")


def _opening_phrase(body: str, prefix: str, after: int, end: int) -> bool:
    """Whether the words before "according to X," only open the sentence, whose main clause
    follows the source ("Since last November, according to Human Rights Watch, forces have
    killed 400", "While most were marked confidential, according to an official, two …")."""
    words = prefix.split()
    first = words[0].lower() if words else ""
    if "," in prefix or (first not in _SUBORDINATE_OPENERS and not (
            first in _PHRASE_OPENERS and len(words) <= 5)):
        return False  # ("Though he has no shot, Kasich leads, according to polls, including …")
    rest = _AFTER_SOURCE.match(body, after, end)
    return rest is not None and rest.group(1).lower() not in _CONTINUING


_SUBORDINATE_OPENERS = frozenset({"since", "while", "when", "although", "though", "after",
                                  "before", "until", "because", "once", "whereas"})
_PHRASE_OPENERS = frozenset({"in", "on", "during", "over", "by", "last", "this", "for", "amid",
                             "despite", "following", "earlier", "later"})
_AFTER_SOURCE = re.compile(r"[^,.;:]*,\s+(\w+)")  # the word after the source's comma
_CONTINUING = frozenset({"and", "but", "or", "which", "who", "whose", "where", "while", "with",
                         "as", "up", "down"})


def _asides_speaker(body: str, sentence: Sentence, cue: Offsets) -> bool:
    """Whether "according to X" is an aside between a speaker and its speech verb."""
    comma = body.rfind(",", sentence.start, cue[0])
    if comma < 0 or body[comma + 1 : cue[0]].strip():
        return False
    before = body[sentence.start : comma]
    if "," not in before and before.split(None, 1)[0].lower() in (
            _SUBORDINATE_OPENERS | _PHRASE_OPENERS):
        return False  # "Since last November, according to HRW, state forces have killed"
    aside = ACCORDING_ASIDE.match(body, comma, sentence.end)
    if aside is None:
        return False
    verb = body[aside.end() : aside.end() + 20].split(None, 1)
    # a participle goes on the clause before ("…, according to OCHA, adding to …"), and a
    # speaker is a short phrase, not a clause
    return bool(verb) and verb[0].lower() in SPEECH_VERBS and not verb[0].endswith("ing") and (
        len(body[sentence.start : comma].split()) <= 8)


def cited_as(body: str, sentences: list[Sentence], index: int, cue: Offsets,
             source: Offsets | None, quotes: QuoteIndex) -> Attribution | None:
    """``TASS cited the ministry as saying CONTENT``: CONTENT, passed on by the source."""
    sentence = sentences[index]
    match = CITED_AS.match(body, cue[0], sentence.end)
    if match is None:
        return None
    content = content_after(body, sentence, match.end(), quotes)
    if content is None and source is not None and sentence.start < source[0] and not body[
            match.end() : sentence.end].strip(" .!?\n"):
        # "Troops captured Krasne, TASS quoted an official as saying.": what came before
        end = source[0]
        while end > sentence.start and body[end - 1] in " ,\n":
            end -= 1
        content = (sentence.start, end) if end > sentence.start else None
    return make_attribution(content, cue, source, sentence, sentences, "cited_as")


def colon(
    body: str,
    sentences: list[Sentence],
    index: int,
    cue: Offsets,
    source: Offsets,
    quotes: QuoteIndex,
) -> Attribution | None:
    if index + 1 >= len(sentences):
        return None
    nxt = sentences[index + 1]
    region = quotes.region_at(nxt.start)
    if region is not None and region[0] == nxt.start:
        end = region[1]
    else:  # "wrote:" and a paragraph of its own below: the whole paragraph is the post
        last = index + 1
        while last + 1 < len(sentences) and sentences[last + 1].paragraph == nxt.paragraph and (
                nxt.paragraph != sentences[index].paragraph):
            last += 1
        end = sentences[last].end
    return make_attribution((nxt.start, end), cue, source, sentences[index], sentences, "colon")


def fronted(
    body: str,
    sentences: list[Sentence],
    index: int,
    tokens: list[Token],
    cue: Offsets,
    quotes: QuoteIndex,
) -> Attribution | None:
    """``Said Comey, “CONTENT.”``: a sentence-initial verb, its source, a comma, content."""
    end = np_end_after(tokens, 1, len(tokens)) if len(tokens) > 2 else None
    if end is None or end >= len(tokens) or tokens[end].text not in (",", ":"):
        return None
    sentence = sentences[index]
    content = content_after(body, sentence, tokens[end].end, quotes)
    return make_attribution(content, cue, (tokens[1].start, tokens[end - 1].end), sentence,
                            sentences, "inverted")


# Raising and hedging verbs that give a clause as somebody's impression or expectation
# without saying whose ("seemed rattled", "appeared irritated", "appears likely to").
# PolNeAR annotates these as attributions without a source; the impersonal "it is believed
# that" is found with the speech verbs instead.
_EVIDENTIAL = re.compile(
    r"\b(?:it\s+(?:seems|seemed|appears|appeared)|(?:seems?|seemed)(?:\s+to\b)?"
    r"|(?:appears?|appeared)\s+to"
    r"|(?:appears?|appeared)(?=\s+(?:[a-z]+ed|(?:un)?(?:likely|certain|sure|ready|poised|set))\b)"
    r"|reportedly|allegedly|purportedly|seemingly"
    r"|(?:is|are|was|were)\s+(?:not\s+|widely\s+|also\s+|generally\s+)?"
    r"(?:expected|said|believed|thought|rumou?red|known|understood|reported)\s+to"
    r"|(?:is|are|was|were)\s+(?:widely\s+|also\s+|generally\s+)?seen\s+as)\b",
    re.IGNORECASE,
)


def evidential(body: str, sentence: Sentence, quotes: QuoteIndex) -> Attribution | None:
    """A sentence that reports by a raising verb or hedge with nobody named: the whole
    sentence is the content, the source is absent.

    >>> text = "Enthusiasm for Clinton appears to have plummeted since 2008."
    >>> from pipeline.extract.segment import split_sentences
    >>> att = evidential(text, split_sentences(text)[0], QuoteIndex(text))
    >>> text[att.cue[0]:att.cue[1]], text[att.content[0]:att.content[1]], att.source
    ('appears to', 'Enthusiasm for Clinton appears to have plummeted since 2008', None)
    """
    match = _EVIDENTIAL.search(body, sentence.start, sentence.end)
    if match is None or quotes.region_at(match.start()) is not None:
        return None  # inside a quotation the words are the quoted speaker's
    trailing = TRAILING.search(body, match.end(), sentence.end)
    end = trailing.start() if trailing is not None else sentence.end
    return Attribution((sentence.start, end), match.span(), None, sentence.index,
                       sentence.index, "evidential")


# "As one European official put it: …", "As a commander phrased it, …": the rest of the
# sentence (or the quotation it opens) is what the speaker said.
_PUT_IT = re.compile(r"As\s+(?P<who>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s+(?P<cue>(?:has\s+)?(?:put"
                     r"|puts|phrased|phrases)\s+it)\s*[,:]\s*(?=\S)")


def put_it(body: str, sentences: list[Sentence], sentence: Sentence,
           quotes: QuoteIndex) -> Attribution | None:
    """``As one official put it, CONTENT``: the content is the speaker's."""
    found = _PUT_IT.match(sentence.text)
    if found is None:
        return None
    start = sentence.start + found.end()
    region = quotes.region_at(start + 1) if body[start] in "“\"‘'" else None
    end = region[1] if region is not None and region[0] == start else sentence.end
    while end > start and body[end - 1] in " .":
        end -= 1
    last = next((s.index for s in sentences[sentence.index:] if s.end >= end), sentence.index)
    return Attribution((start, end), (sentence.start + found.start("cue"), sentence.start
                       + found.end("cue")), (sentence.start + found.start("who"),
                                             sentence.start + found.end("who")),
                       sentence.index, last, "label")
