"""Discourse-level verification statements and the earlier claims they are about.

News articles often qualify a claim in a *later* sentence: "However, the claim has yet to
be independently verified", "the reported capture may be an overstatement", "The capture
of the fortified point, if confirmed, …", "Ukrainian military sources have not commented
on the drone claim". Such a sentence names what it talks about with an anaphor (``the
claim``, ``this figure``, ``the reported capture``); we find the anaphor and the predicate
(not verified, conditional, disputed, corroborated) and let the engine attach the reason
to the best earlier claim (:func:`pipeline.extract.antecedent_scores.antecedent_score`).
Relays ("This development, announced by RIA Novosti …") use the same anaphors
(:mod:`pipeline.extract.relays`).

>>> s = "However, the claim has yet to be independently verified."
>>> [(link.code.value, s[link.cue[0]:link.cue[1]], link.head) for link in find_links(s, 0)]
[('not_verified', 'has yet to be independently verified', 'claim')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.anaphor_objects import object_anaphor
from pipeline.extract.attributed import Offsets
from pipeline.extract.omissions import SUBJECT as _SUBJECT
from pipeline.extract.prefilter import lowered_for_words, may_contain
from pipeline.extract.stems import stem
from pipeline.extract.verification_predicates import (
    COUNTING_RULE,
    NEGATED,
    NEGATION_WORD,
    NO_COMMENT_PATTERN,
    OTHER_COUNT,
    OTHER_VERSION,
    PREDICATE_WORDS,
    PREDICATES,
    PREDICATES_LOWER,
    UNEXPLAINED,
    WITHHELD,
)
from pipeline.models import ReasonCode

__all__ = [
    "IMAGERY",
    "DiscourseLink",
    "anaphor_keywords",
    "find_anaphor",
    "find_links",
]


_HEAD_WORDS = (
    r"claims?|figures?|numbers?|reports?|development|capture|seizure|assertions?|statements?"
    r"|accounts?|allegations?|announcement|tolls?|death tolls?|tally|tallies|incident|attack"
    r"|strike|operation|(?<!losing\s)(?<!lost\s)(?<!lose\s)(?<!regain\s)(?<!regained\s)control"
    r"|information|data|footage|videos?|imagery|images|photos|photographs|pictures|clips"
    r"|estimates?|count|loss(?:es)?|casualt(?:y|ies)|story|version"
    r"|news|victory|gains?|advance|destruction|downing|shootdown|killings?|deaths|assessments?"
    r"|massacres?|accusations?|charges?|findings?|conclusions?|responsibility|involvement|blame"
    r"|crash|sinking|explosion|damage|terms|details|extent|circumstances|projections?|forecasts?"
    r"|criticisms?"
    # what a claim was made in: "its contents", "the recording", "the posts", "the rumour"
    r"|contents|recordings?|(?:audio\s+|video\s+)?messages?|posts|rumou?rs?|memo|letter|documents?"
    # events agreed or done, named again: "Baku has not confirmed the ceasefire"
    r"|ceasefire|truce|deal|agreement|withdrawal|swap|exchange|arrests?"
    # (lower case: "the Study of War" in a name is no study)
    r"|(?-i:stud(?:y|ies)|survey|paper|research|analysis)"
)
# Other words for a head: "the massacre" (who killed whom), "the footage" (what a video shows)
#: Stems of words for pictures: "the footage", "the imagery" are what images showed.
IMAGERY = ("video", "footag", "clip", "imag", "photo", "pictur")
_TAKING = ("captur", "enter", "took", "seiz", "control", "liberat", "advanc")
# Words any one of which a claim may use for the head's event: one key ("a|b") fits once
_ALTERNATIVES = {**dict.fromkeys(("advance", "capture", "seizure", "gains", "gain", "control"),
                                 _TAKING),
                 **dict.fromkeys(("downing", "shootdown"), ("shot", "down", "destroy"))}
_SYNONYMS = {"massacre": ("kill",), "massacres": ("kill",), "killings": ("kill",),
             **dict.fromkeys(("footage", "video", "videos", "imagery", "images", "photos",
                              "photographs", "pictures", "clips"), IMAGERY)}
# "the number of escapees was far higher": the "of" phrase ends before the verb
_VERB_AFTER = r"(?:was|were|is|are|had|has|have|could|would|will|may|might)\b"
_OF_STOP = r"(?:was|were|is|are|had|has|have|could|would|will|may|might|as)\b"  # "… as false"
_ANAPHOR = re.compile(
    r"\b(?P<det>(?<=,\s)an?(?=\s+(?:claim|allegation|assertion|accusation|charge|figure|number"
    r"|toll|estimate)\s+(?:the\s+)?"
    r"[A-Z\w][\w’'-]*)|an?(?=\s+" + OTHER_VERSION + r")|an?(?=\s+" + OTHER_COUNT + r")"
    # ("denied that any data was stolen": "that" before a determiner opens a clause)
    r"|this|that(?!\s+(?:the|an?|any|some|no|all|its|his|her|their|our)\b)|these|those|the"
    r"|such|its|their|his|her|either|neither"
    r"|both|(?<!\bthat\s)any"
    r"|(?:[A-Z][\w’'-]*(?:’s|'s))"
    r"|(?:neither|either|each)\s+side(?:’s|'s)|both\s+sides(?:’|'))\s+"
    r"(?P<mods>(?:(?!(?:has|have|had|is|was|were|are|may|might|could|would|will|did|gave"
    r"|provided|offered|presented|the|this|that|these|those|his|her|its|their)\b)[\w’'-]+\s+)"
    r"{0,3}?)(?P<head>" + _HEAD_WORDS + r")\b(?!\s+(?:ministry|minister|office|agency|service"
    r"|department|centre|center|operations?"
    # "the casualty figures": the figures, which "casualty" qualifies
    r"|figures?|tolls?|counts?|numbers?|estimates?|tally|tallies)\b)(?P<of>\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:(?!" + _OF_STOP + r")[\w’'-]+\s+){0,2}(?!" + _OF_STOP + r")[\w’'-]+(?=[\s,.;]))?"
    r"|(?:^|(?<=,\sand\s)|(?<=,\sthough\s)|(?<=,\salthough\s))(?:However,\s+|But\s+)?(?P<bare>"
    # "If confirmed, it would be the first …": about the claim just before
    r"If\s+(?:confirmed|true|verified|accurate|correct)(?=\s*,)"
    # ("It was not possible to verify …", "It was reported that …" are the empty "it")
    r"|(?:This|That|It(?!\s+(?:was|is|has\s+been)\s+(?:not\s+)?(?:possible|impossible|reported"
    r"|said|claimed|alleged|believed|thought|understood|unclear|clear)\b)"
    r"|None\s+of\s+(?:this|that|it|these|them)"
    # "Accounts of what happened could not be independently verified": of the events just told
    r"|(?:Accounts|Reports|Details)\s+of\s+what\s+(?:happened|occurred|took\s+place))\b"
    r"(?=\s+(?:has|have|could|cannot|can't|was|were|is|are|remains|may|might)\b)"
    # "He gave no figures.", "The ministry did not provide evidence.": the speaker of the
    # claim before, on what backs it
    r"|(?:He|She|They|It|" + _SUBJECT + r")(?=\s+(?:" + WITHHELD + r"\b|" + UNEXPLAINED + "|"
    + NO_COMMENT_PATTERN + ")))",
    re.IGNORECASE,
)
# the checking verb inside the open clause ("unclear if the governor, who …, confirmed"), not
# after it ("Asked whether …, X confirmed")
_OPEN_QUESTION = re.compile(
    r"(?<!who\sasked\s)\b(?:whether|if)\b(?:(?!\b(?:but|and|then)\b)[^,;:])*$", re.IGNORECASE)
_ASIDES = re.compile(r",\s+(?:who|which)\b[^,]*,")
_CLAIM_HEAD = re.compile(r"(?:claim|allegation|accusation|charge|stor(?:y|ies)|report)",
                         re.IGNORECASE)
# A verdict on claims it quotes: "Claims that the airport was destroyed are false." (the
# clause's words name the claim meant)
_CLAIMS_THAT = re.compile(
    r"^(?:However,\s+|But\s+)?(?P<det>)(?P<mods>)(?P<head>Claims|Reports|Allegations"
    r"|Suggestions|Rumou?rs|Posts)(?P<of>\s+that\s+[^.;:!?]{3,160}?)(?=\s+(?:are|were|is|was)\s"
    r"+(?:also\s+|simply\s+|completely\s+)?(?:false|untrue|baseless|unfounded|fake|wrong"
    r"|fabricated|misleading|inaccurate|incorrect)\b)(?P<bare>)")
# "The claim that the vessel was sinking could not be verified": the claim that says so
_CLAIM_THAT_UNVERIFIED = re.compile(
    r"^(?:However,\s+|But\s+)?(?P<det>(?:The\s+)?)(?P<mods>)(?P<head>[Cc]laims?|[Rr]eports?"
    r"|[Aa]llegations?|[Aa]ssertions?)(?P<of>\s+that\s+[^.;:!?]{3,160}?)(?=\s+(?:could|can|cannot"
    r"|has|have|was|were|is|are)\s+(?:(?:not|never|yet|to|be|been|independently)\s+){1,4}"
    r"(?:verified|confirmed|corroborated)\b)(?P<bare>)")
# Silence, whose anaphor must be its subject or object: "X said … but did not comment"
_SILENT = re.compile(r"(?:did\s+not|declined\s+to|(?:has|have|had)\s+not)\s+(?:immediately\s+)?"
                     r"(?:comment|respond|address)", re.IGNORECASE)
_BUT_BEFORE = re.compile(r"\s(?:but|and)\s+$")
_SAID = ("claim", "report", "allegation", "accusation", "statement", "account", "video",
         "footage", "image", "photo", "post", "stor", "assertion", "rumo")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|stated|confirmed|acknowledged)\b")
_NOT_CONFIRMED_NOR = re.compile(r"\b(?:neither|not)\s+confirm(?:ed|s|ing)?\s+(?:nor|or)\s+$",
                                re.IGNORECASE)
_STOP_STEMS = frozenset({"the", "this", "that", "these", "those", "such", "its", "their", "of",
                         "reported", "alleged", "claimed", "recent", "latest", "same", "new",
                         "specific", "separate", "earlier", "previous", "purported", "an", "a",
                         "was", "were", "is", "are", "has", "have", "had", "been", "be", "will",
                         "would", "could", "may", "might", "and", "not", "yet"})


_THAT_OBJECT = re.compile(r"\s+that\s+([^.;:!?]+)")
_AND_BEFORE = re.compile(r"(?<!\s)\s+and\s+(?:\w+ly\s+)?\Z")
_BACKING = re.compile(r"\s+(?:supporting|backing|for|of|to\s+(?:support|back(?:\s+up)?))\s+"
                      r"(?=(?:the|this|that|these|those|its|their|his|her)\s)")
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True, slots=True)
class DiscourseLink:
    """A verification predicate about an earlier claim, named by an anaphor."""

    sentence: int
    code: ReasonCode
    cue: Offsets
    anaphor: Offsets
    head: str | None
    keywords: tuple[str, ...]


# "The air force claims the systems have …": "claims", "reports", "accounts" as verbs
_VERB_USE = re.compile(r"(?:(?<=claims)|(?<=reports)|(?<=accounts))\s+(?:that|the|its|his|her"
                       r"|their|it|he|she|they)\b", re.IGNORECASE)
_BARE_HIGHER = re.compile(r"^(?:was|is|could|may|might|would)\b.*(?:higher|lower)$", re.IGNORECASE)
_TRUE_COUNT = re.compile(r"\b(?:(?:real|true|actual)\s+(?:death\s+)?(?:toll|number|figure|count"
                         r"|total)|(?:number|toll|count)\s+of\s+\w+)\s+$", re.IGNORECASE)
_SOURCE_TAG = re.compile(r".*?\b(?:showed|show|shows)\W*$", re.DOTALL)
_BEEN_BEFORE = re.compile(r"\b(?:was|were|been)\s+$")
_COMPARED = re.compile(r"(?:higher|lower|larger|smaller|greater)\s+than", re.IGNORECASE)
# the true count as the subject: "the (real) toll was far higher than"
_COUNT_SUBJECT = re.compile(r"\b(?:toll|number|total|count|tally|figure)\s+(?:was|is|were|are"
                            r"|could|may|might|would|will|had|has)\b[^,;]*$", re.IGNORECASE)
_OTHER_COUNT_AFTER = re.compile(r"\s+(?:for|from|in|on|during|reported|last|a\s+year|earlier)\b")
_CLAUSE_OPENING = re.compile(r"(?:[,;:]|\b(?:but|and|though|although|while|yet))\s*$")


_AND_VERB = re.compile(r"\s+and\s+(?:also\s+)?[a-z]+(?:ed|s)\s")  # "… and called the strike …"


def find_anaphor(text: str, predicate: int | None = None,
                 skip_times: bool = False) -> re.Match[str] | None:
    """The predicate's subject, or else the first anaphor after it (its object).

    The subject is the first anaphor, unless a later one before the predicate opens a
    clause of its own: "X said Y, but the claim could not be confirmed". Without a
    predicate, the first anaphor."""
    quoting = _CLAIMS_THAT.match(text) or _CLAIM_THAT_UNVERIFIED.match(text)
    if quoting is not None:
        return quoting
    if predicate is None:
        return _ANAPHOR.search(text) or object_anaphor(text)
    first = subject = None
    for match in _ANAPHOR.finditer(text):
        if match.group("head") and _VERB_USE.match(text, match.end()):
            continue  # "The air force claims the systems have …": a verb, no anaphor
        if match.start() >= predicate:
            if skip_times and match.start() > predicate and _TIME_BEFORE.search(
                    text, 0, match.start()):
                continue  # "no evidence of armed activity in the days before the strike"
            if match.start() == predicate and match.group("bare") and first is not None and (
                    _CLAUSE_OPENING.search(text, max(0, match.start() - 12), match.start())):
                return match  # "…, though he gave no breakdown": the predicate's own subject
            return subject or match
        if _PREPOSITION_BEFORE.search(text, 0, match.start()):
            continue  # "said in its latest assessment that it had seen no evidence": no subject
        if first is None:
            first = subject = match
        elif _CLAUSE_OPENING.search(text, max(0, match.start() - 12), match.start()):
            subject = match
    return subject or object_anaphor(text)


# "said in its latest assessment": where it was said (not "Details in the report")
_PREPOSITION_BEFORE = re.compile(r"(?:^|\b(?:said|says|wrote|writes|stated|states|noted|added"
                                 r"|reported|concluded|found)\s+(?:\w+\s+)?)(?:in|on|at)\s+$",
                                 re.IGNORECASE)  # ("In their report, …" opens with where)
# (not "since" nor "following": "denied wrongdoing since the report" is about the report)
_TIME_BEFORE = re.compile(r"\b(?:before|after|during|until|(?:days|weeks|months|hours|years)\s+"
                          r"(?:since|following))\s+$", re.IGNORECASE)  # ("in the days since")


def anaphor_keywords(match: re.Match[str]) -> tuple[str | None, tuple[str, ...]]:
    if match.group("bare"):
        return None, ()
    head = match.group("head").lower()
    words = (match.group("mods") or "").split() + (match.group("of") or "").split()
    keys = [stem(w) for w in words if w.lower() not in _STOP_STEMS and len(w) > 2]
    keys.append(stem(head.split()[-1]))
    keys.extend(_SYNONYMS.get(head, ()))
    if head in _ALTERNATIVES:
        keys.append("|".join(_ALTERNATIVES[head]))
    det = match.group("det")
    if det and det[0].isupper() and " " not in det and det.lower() not in (
            "this", "that", "these", "those", "the", "such", "its", "their"):
        keys.append(stem(det.rstrip("s’'")))
    return head, tuple(dict.fromkeys(keys))


_SPACES = re.compile(r"\s+")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|although|though|yet)\s+|;\s+")


def _own_anaphor(text: str, subject: re.Match[str], predicate: re.Match[str]) -> re.Match[str]:
    """The anaphor a predicate is about: the sentence's subject, unless a clause of its own
    holds the predicate and names its object ("The army gave no evidence, and the BBC could
    not verify either side's account": either side's account, for the second)."""
    if subject.end() > predicate.start() or not _CLAUSE_BREAK.search(
            text, subject.end(), predicate.start()):
        return subject
    gap = _SPACES.match(text, predicate.end())
    after = _ANAPHOR.match(text, gap.end()) if gap is not None else None
    return after if after is not None and after.group("head") else subject


def find_links(sentence_text: str, sentence_index: int, offset: int = 0) -> list[DiscourseLink]:
    """Verification predicates in a sentence that talk about an earlier claim.

    The anaphor is the predicate's subject ("the claim has yet to be verified") or, for a
    predicate followed closely by it, its object ("have not commented on the drone claim").
    """
    lowered = lowered_for_words(sentence_text)
    predicates = [(code, pattern) for code, pattern in PREDICATES
                  if may_contain(lowered, PREDICATE_WORDS[code])]
    if not predicates:
        return []
    if find_anaphor(sentence_text) is None:
        return []  # most sentences: nothing a verdict could be about, so no predicate scan
    # Where lower-casing keeps every offset, the case-sensitive twin on the lower-cased text
    # finds the same spans about twice as fast (see prefilter.py for why that is exact).
    same = lowered if lowered is not None and len(lowered) == len(sentence_text) else None
    found_predicates = [
        (code, predicate) for code, pattern in predicates
        for predicate in (PREDICATES_LOWER[code].finditer(same) if same is not None
                          else pattern.finditer(sentence_text))]
    if not found_predicates:
        return []
    # "It gave no evidence": "no evidence" inside a not-verified predicate disputes nothing
    found_predicates = [
        (code, p) for code, p in found_predicates
        if not any(q is not p and q.start() <= p.start() and p.end() <= q.end()
                   and (q.start(), q.end()) != (p.start(), p.end()) for _, q in found_predicates)]
    # "neither confirmed nor denied that …": no denial, an open question
    found_predicates = [(c, p) for c, p in found_predicates if c is not ReasonCode.DISPUTED or (
        not _NOT_CONFIRMED_NOR.search(sentence_text, max(0, p.start() - 30), p.start()))]
    # "It was not clear whether Reuters was able to confirm the strike": an open question
    found_predicates = [(c, p) for c, p in found_predicates if c is not ReasonCode.CORROBORATED
                        or not _OPEN_QUESTION.search(_ASIDES.sub("", sentence_text[: p.start()]))]
    if not found_predicates:
        return []
    disputed = min((p.start() for c, p in found_predicates if c is ReasonCode.DISPUTED), default=-1)
    if disputed >= 0:
        # "disputed that figure, saying its own analysis showed …": the analysis after the
        # dispute backs the disputer's count, it confirms nothing of the claim disputed ("The
        # UN confirmed the toll, which the army disputed" still corroborates)
        found_predicates = [(c, p) for c, p in found_predicates
                            if c is not ReasonCode.CORROBORATED or p.start() < disputed]
    anaphor = find_anaphor(sentence_text, min(p.start() for _, p in found_predicates),
                           skip_times=all(c is ReasonCode.DISPUTED for c, _ in found_predicates))
    if anaphor is None:
        return []
    subject, shared = anaphor, anaphor_keywords(anaphor)
    links: list[DiscourseLink] = []
    for code, predicate in found_predicates:
        anaphor = _own_anaphor(sentence_text, subject, predicate)
        # "had not seen evidence supporting the claim that X": the object names the claim
        backing = _BACKING.match(sentence_text, predicate.end())
        named = _ANAPHOR.match(sentence_text, backing.end()) if backing is not None else None
        if named is not None and _THAT_OBJECT.match(sentence_text, named.end()) is None:
            named = None  # ("gave no evidence for its assertion": the speaker's, as before)
        anaphor = named or anaphor
        clause = _THAT_OBJECT.match(sentence_text, predicate.end())
        if clause is not None and _AND_VERB.search(sentence_text, clause.start(1), anaphor.start()):
            continue  # "denied that its fighters were there and called the strike …": the
            # denial's object is its that-clause, not an anaphor after it
        if predicate.group().endswith("questioned") and anaphor.start() > predicate.start() and (
                _BEEN_BEFORE.search(sentence_text, 0, predicate.start())):
            continue  # "The spokesman was questioned by reporters about the figure": asked
        if _BARE_HIGHER.search(predicate.group()) and not _TRUE_COUNT.search(
                sentence_text, 0, predicate.start()):
            continue  # "the real toll was much higher"; not "prices were higher"
        if predicate.group().endswith("pretext") and not _CLAIM_HEAD.match(anaphor.group("head")):
            continue  # "the kidnapping claim was a pretext"; not "the visit was a pretext"
        if _COMPARED.fullmatch(predicate.group()):  # "higher than the company's figure"
            anaphor = _ANAPHOR.search(sentence_text, predicate.end(), predicate.end() + 60) or (
                anaphor)
            if not _COUNT_SUBJECT.search(sentence_text, 0, predicate.start()) or (
                    _OTHER_COUNT_AFTER.match(sentence_text, anaphor.end())):
                continue  # "That was higher than the figure for August": another count
        head, keys = shared if anaphor is subject else anaphor_keywords(anaphor)
        if "provocation" in predicate.group().lower() and not (head or "").startswith(_SAID):
            continue  # "Iran said the attack was a provocation": it happened, then
        cue_start, found = predicate.start(), code
        if code is ReasonCode.CORROBORATED and (COUNTING_RULE.search(
                sentence_text, max(0, cue_start - 40), cue_start) or _SOURCE_TAG.fullmatch(
                sentence_text, max(0, cue_start - 2), len(sentence_text))):
            continue  # "only counts deaths confirmed by health officers": how, not a verdict;
            # "Rents rose 4.7%, the data showed.": the source of what it tags

        if code is ReasonCode.CORROBORATED:
            negation = NEGATED.search(sentence_text, max(0, cue_start - 100), cue_start)
            if negation is not None:
                # "was not confirmed by Kyiv" is no corroboration but says the claim is
                # not verified, unless a not-verified predicate here says so already.
                if any(link.code is ReasonCode.NOT_VERIFIED for link in links):
                    continue
                word = NEGATION_WORD.search(sentence_text, negation.start(), cue_start)
                cue_start = word.start() if word is not None else negation.start()
                found = ReasonCode.NOT_VERIFIED
        if predicate.start() < anaphor.start() and (
            anaphor.start() - predicate.end() > 40 and code is not ReasonCode.DISPUTED
        ):
            continue
        if code is ReasonCode.NOT_VERIFIED and anaphor.end() <= predicate.start() and (
                _SILENT.match(predicate.group())) and _BUT_BEFORE.search(
                sentence_text, anaphor.end(), predicate.start()) and _SAID_BEFORE.search(
                sentence_text, sentence_text.rfind(", ", 0, anaphor.start()) + 1, anaphor.start()):
            continue  # "said it was aware of the incident but did not comment further" (not
            # "was asked about the allegation and did not respond")
        if anaphor.end() <= predicate.start() and _AND_BEFORE.search(
                sentence_text, anaphor.end(), predicate.start()) and _THAT_OBJECT.match(
                sentence_text, predicate.end()):
            # "Hamas called the attack a massacre and denied that its fighters were present":
            # the denial's object is its own clause; the anaphor was the first verb's
            continue
        said = _THAT_OBJECT.match(sentence_text, anaphor.end() if named else predicate.end())
        # "could not confirm that a drone had been lost": the clause names what is meant
        told = tuple(stem(w) for w in _WORDS.findall(said.group(1))[:8] if len(w) > 3 and (
            w.lower() not in _STOP_STEMS)) if said is not None and head is not None else ()
        links.append(DiscourseLink(
            sentence_index, found, (cue_start + offset, predicate.end() + offset),
            (anaphor.start() + offset, anaphor.end() + offset), head,
            tuple(dict.fromkeys(keys + told)),
        ))
        joined = _JOINED.match(sentence_text, anaphor.end()) if anaphor.start() > (
            predicate.start()) else None
        second = _ANAPHOR.match(sentence_text, joined.end()) if joined is not None else None
        if second is not None and second.group("head") and not _VERB_NEXT.match(
                sentence_text, second.end()):  # "verify the footage or the toll"
            links.append(DiscourseLink(
                sentence_index, found, (cue_start + offset, predicate.end() + offset),
                (second.start() + offset, second.end() + offset), *anaphor_keywords(second)))
    return links


_JOINED = re.compile(r"\s+(?:or|and|nor)\s+")
_VERB_NEXT = re.compile(r"\s+(?:also\s+)?" + _VERB_AFTER)
