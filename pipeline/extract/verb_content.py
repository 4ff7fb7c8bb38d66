"""How far the content after a speech verb runs, by what the verb takes.

A say-verb takes a clause or a quotation to the sentence's end (:func:`content_after`); a
verb of stance, action or naming takes an object that ends at its first comma ("slams
Trump, praises Clinton"; "called him a “moderate,” a subtle dig"); "spoke" takes content
only with a topic; a non-restrictive relative clause (", who said X, …") ends at its comma.
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Offsets
from pipeline.extract.content import OPENING, THAT_BEFORE, content_after
from pipeline.extract.lexicon import COGNITION_VERBS, LEARNED_CUES, OBJECT_VERBS, STANCE_VERBS
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence
from pipeline.extract.tokens import Token

__all__ = ["content_for", "relative_clause_end", "relative_content"]

# Verbs whose content may follow a particle: "pointed out that", "talked about".
_PARTICLE_VERBS = COGNITION_VERBS | STANCE_VERBS | LEARNED_CUES


_COPULA = re.compile(r"(?:was|is|were|are)\s+")
_CLAIMING = frozenset({"claiming", "saying", "alleging", "suggesting", "asserting",
                       "showing", "purporting"})
_SPREAD_AFTER = re.compile(
    r"\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+|also\s+)?(?:been\s+)?(?:viewed"
    r"|shared|watched|seen|circulated|circulating|posted|reposted|removed|deleted|taken\s+down"
    r"|flagged|labell?ed|liked|retweeted|forwarded|spreading|spread)\b")
# Verbs that pass on a claim named by a noun: what is passed on is the that-clause
_SPREADING = frozenset({"repeated", "repeats", "repeat", "repeating", "spread", "spreads",
                        "spreading", "pushed", "pushes", "promoted", "promotes", "amplified",
                        "amplifies", "echoed", "echoes", "peddled", "peddles", "revived",
                        "floated", "circulated", "shared", "made", "makes", "renewed"})
_CLAIM_THAT = re.compile(r"(?:the|his|her|their|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:claims?"
                         r"|allegations?|assertions?|theor(?:y|ies)|rumou?rs?|narratives?"
                         r"|notion|idea|accusations?|charges?)\s+that\s+", re.IGNORECASE)
# ", and at least four people were killed": a clause of its own after the noun phrase
_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while)|;)\s+(?:the|a|an|at|more|\d|[A-Z])")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s+[\w’'-]+$")


_BLAMING = frozenset({"blamed", "blames", "blame", "blaming"})
# Where or when it was said, to the sentence's end ("at his trial", "on the sidelines of …")
# What someone did not give, no statement ("offered no evidence": the reason it gives the claim
# before is found by the verification predicates). ("declined to comment" stays: PolNeAR marks
# it, and it scores under the cut.)
_NOTHING_GIVEN = re.compile(r"no\s+(?:evidence|details|proof|explanation|specifics)(?:\s+(?:to"
                            r"\s+(?:support|back)|for)\s+(?:it|this|that|them))?")
_NON_ANSWERS = dict.fromkeys(("offered", "gave", "provided", "presented"), _NOTHING_GIVEN)
_OCCASION_ONLY = re.compile(r"(?:at|in|on|during|outside|before|after|from)\s+(?:the|his|her"
                            r"|their|its|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}\s*[.!?]?")
# A named one blamed, then the participle that says for what
# (with no "for" or "on" saying it: "blamed the RSF for the shelling, saying …" blames)
_SAYING_AFTER = re.compile(r"(?:the\s+)?(?:(?!\s(?:for|on)\s)[^,;:“”\"]){1,50},\s+(?:saying"
                           r"|claiming|alleging|adding|accusing)\b")


# "said only that …": the adverb bounds the saying, it is not what was said
_ONLY_THAT = re.compile(r"(?:only|merely|simply)\s+that\s+(?=\S)", re.IGNORECASE)


def content_for(
    word: str, body: str, sentence: Sentence, cue_end: int, quotes: QuoteIndex
) -> Offsets | None:
    """The content after cue ``word``: object verbs ("told X that") and particle verbs
    ("warned of") skip what comes between the verb and the content."""
    content = content_after(body, sentence, cue_end, quotes, told=word in OBJECT_VERBS,
                            particle=word in _PARTICLE_VERBS)
    if content is not None and word in _NON_ANSWERS and _NON_ANSWERS[word].fullmatch(
            body, content[0], content[1]):
        return None  # "He offered no evidence."
    if content is not None and _OCCASION_ONLY.fullmatch(body, content[0], content[1]) and not (
            THAT_BEFORE.search(body, max(0, content[0] - 6), content[0])):  # ("said that in …")
        return None  # "He stole £2 million, prosecutors said at his trial.": when, not what
    only = _ONLY_THAT.match(body, content[0], content[1]) if content is not None else None
    if content is not None and only is not None:
        content = only.end(), content[1]  # "saying only that its investigation was ongoing"
    spread = _SPREAD_AFTER.search(body, content[0], content[1]) if content is not None and (
        word in _CLAIMING) else None
    if content is not None and spread is not None:
        # "A video claiming that X has been viewed 5 million times": the video's reach is
        # the writer's, not part of what it claims
        content = content[0], spread.start()
    if content is not None and word in _BLAMING and _SAYING_AFTER.match(
            body, content[0], sentence.end):
        return None  # "blamed the RSF, saying the group had shelled the convoy": the saying
        # clause is the claim, the one blamed no content of its own
    noun = _CLAIM_THAT.match(body, content[0], content[1]) if content is not None and (
        word in _SPREADING) else None
    if content is not None and noun is not None:
        return noun.end(), content[1]  # "repeated the baseless claim that X": X
    if content is not None and word in _BACKING and _BACKED_BY.match(body, content[0]):
        return None  # "a figure he has not backed with evidence": how, no stance's object
    if content is not None and word in _SPEAK_FORMS and _CIRCUMSTANCE.match(
            body, content[0]) and not _TOPIC.search(body, content[0], content[1]):
        return None  # "spoke with reporters", "spoke at the convention": where, not what
    copula = _COPULA.match(body, content[0]) if content is not None else None
    if content is not None and copula is not None and _WHAT_BEFORE.search(
            body, max(sentence.start, cue_end - 60), cue_end):
        # "protesting against what they said was the rigging of the election, and four
        # people were killed": they said only what the copula says, not the next clause
        clause = _NEXT_CLAUSE.search(body, copula.end(), content[1])
        return content[0], clause.start() if clause is not None else content[1]
    if content is not None and word in _NP_OBJECT_VERBS and body[content[0]] not in OPENING:
        comma = _object_end(body, content, quotes)
        if comma is not None:
            return content[0], comma  # "slams Trump, praises Clinton": the object only
        verb = _AND_VERB.search(body, content[0], content[1])
        if verb is not None and quotes.region_at(verb.start()) is None and not _RELATIVE.search(
                body, content[0], verb.start()):  # "a neophyte who memorized X and lacked Y"
            return content[0], verb.start()  # "condemned X and renewed his appeal": two acts
    return content


# "the angry, divisive rhetoric": two adjectives, not the end of the object.
_ADJECTIVE_PAIR = re.compile(
    r"(?:the|a|an|his|her|their|its|our)\s+[a-z]+(?=,\s+(?![a-z]+(?:ing|ed)\b)"
    r"(?!(?:he|she|they|we|it|who|which)\b)[a-z])")
# "his tactics, his judgment and …": another item of the same list, not a new clause.
_LIST_GOES_ON = re.compile(
    r"\s*(?:his|her|their|its|our|the|a|an)\s[^,;]*?(?:,\s*(?:and|or)|\s(?:and|or))\s", re.I)


def _object_end(body: str, content: Offsets, quotes: QuoteIndex) -> int | None:
    """The comma that ends a stance verb's object, if any: not one inside a number
    ("$449,400") or a quotation, nor one of a list ("his tactics, his judgment and …")."""
    pair = _ADJECTIVE_PAIR.match(body, content[0], content[1])
    comma = body.find(",", content[0], content[1])
    while comma >= 0:
        inside_number = body[comma - 1 : comma].isdigit() and body[comma + 1 : comma + 2].isdigit()
        region = quotes.region_at(comma)
        quoted = region is not None and region[0] >= content[0]
        if quoted and region is not None and region[1] - comma <= 2 and region[1] < content[1]:
            return region[1]  # called him a “moderate,” a subtle dig: the quotation closes it
        if not inside_number and not quoted and not (pair is not None and pair.end() == comma):
            if comma <= content[0] + 2 or _LIST_GOES_ON.match(body, comma + 1, content[1]):
                return None
            return comma
        comma = body.find(",", comma + 1, content[1])
    return None


_SPEAK_FORMS = frozenset({"spoke", "speaks", "speak"})
_BACKING = frozenset({"backed", "backing", "supported", "supporting", "support", "supports"})
_BACKED_BY = re.compile(r"(?:up\s+)?(?:with|by)\b")
# Verbs that name or label their object: "called Cruz the “ultimate hypocrite,”".
_NAMING_VERBS = frozenset({"called", "calls", "call", "calling", "dubbed", "labeled", "labelled",
                           "branded", "termed", "nicknamed", "deemed"})
# "because they feared retaliation, said …": a feeling's object ends at its comma
_FEELING_VERBS = frozenset({"feared", "fears", "fear", "fearing", "worried", "hoped"})
_NP_OBJECT_VERBS = STANCE_VERBS | LEARNED_CUES | _NAMING_VERBS | _FEELING_VERBS
_RELATIVE = re.compile(r"\b(?:who|which|that)\b")
# A second verb of the same subject after the object: "… and renewed his appeal"
_AND_VERB = re.compile(r"\s+and\s+(?:then\s+)?(?=[a-z]+ed\s+(?:his|her|their|its|the|a|an)\b)")
_CIRCUMSTANCE = re.compile(
    r"(?:with|to|at|in|from|before|on|during|after|as|for|briefly|again|later)\b", re.IGNORECASE)
_TOPIC = re.compile(r"\b(?:about|of|on)\b|[“\"‘:]")


def relative_clause_end(body: str, content: Offsets, quotes: QuoteIndex) -> Offsets:
    """", who said he votes Democratic, said …": a comma outside quotation marks closes the
    relative clause, and the content with it."""
    opening = quotes.region_at(content[0])
    if opening is not None and opening[1] < content[1]:
        return content[0], opening[1]  # “…,” the quotation itself
    comma = body.find(",", content[0], content[1])
    while comma >= 0 and (quotes.region_at(comma) is not None or (
            body[comma - 1 : comma].isdigit() and body[comma + 1 : comma + 2].isdigit())):
        comma = body.find(",", comma + 1, content[1])  # nor does "$800,000" end it
    return (content[0], comma) if comma > content[0] + 2 else content


def _in_apposition(tokens: list[Token], at: int) -> bool:
    """Whether the word at ``at`` follows ", a/an/the NOUN…" (at most four words)."""
    for i in range(at - 1, max(at - 6, 0), -1):
        if tokens[i].text == ",":
            return i + 1 < at and tokens[i + 1].lower in ("a", "an", "the")
        if not tokens[i].text[0].isalnum():
            return False
    return False


def relative_content(body: str, tokens: list[Token], source: tuple[int, int], content: Offsets,
                     quotes: QuoteIndex) -> tuple[Offsets, bool]:
    """The content of a speaker (tokens ``source``) in a non-restrictive relative clause,
    and whether the speaker stands inside the clause.

    ", who said X, …" (the relative pronoun speaks) ends the content at the clause's comma;
    so does ", which Moscow said was aimed at a depot, killed five", where the speaker
    stands inside the clause and what follows is the main clause, the writer's."""
    start, end = source
    before = [t.lower for t in tokens[max(start - 2, 0) : start]]
    if before[-1:] == [","] and end - start == 1 and tokens[start].lower in ("who", "which"):
        return relative_clause_end(body, content, quotes), False
    if end - start == 1 and tokens[start].lower == "who" and _in_apposition(tokens, start):
        # "Sen. X, a Republican who negotiated the bill, said …": the apposition's clause
        # ends at its comma as well
        return relative_clause_end(body, content, quotes), False
    if before in ([",", "which"], [",", "whom"]):
        clause = relative_clause_end(body, content, quotes)
        return clause, clause != content
    return content, False
