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

from pipeline.extract.attributed import Offsets
from pipeline.extract.lexicon import EVIDENCE_GIVEN, EVIDENCE_VERBS, STATEMENT_NOUN_STEMS
from pipeline.extract.omissions import SUBJECT as _SUBJECT
from pipeline.extract.prefilter import lowered_for_words, may_contain
from pipeline.extract.stems import stem
from pipeline.models import ReasonCode

__all__ = [
    "IMAGERY",
    "NO_COMMENT",
    "DiscourseLink",
    "anaphor_keywords",
    "find_anaphor",
    "find_links",
]


_HEAD_WORDS = (
    r"claims?|figures?|numbers?|reports?|development|capture|seizure|assertions?|statements?"
    r"|accounts?|allegations?|announcement|tolls?|death tolls?|tally|tallies|incident|attack"
    r"|strike|operation"
    r"|information|data|footage|videos?|imagery|images|photos|photographs|pictures|clips"
    r"|estimates?|count|losses|casualt(?:y|ies)|story|version"
    r"|news|victory|gains?|advance|destruction|downing|shootdown|killings?|deaths|assessments?"
    r"|massacres?|accusations?|charges?|findings?|conclusions?|responsibility|involvement|blame"
    r"|crash|sinking|explosion|damage|terms|details|extent|circumstances|projections?|forecasts?"
)
# Other words for a head: "the massacre" (who killed whom), "the footage" (what a video shows)
#: Stems of words for pictures: "the footage", "the imagery" are what images showed.
IMAGERY = ("video", "footag", "clip", "imag", "photo", "pictur")
_TAKING = ("captur", "enter", "took", "seiz", "control", "liberat", "advanc")
# Words any one of which a claim may use for the head's event: one key ("a|b") fits once
_ALTERNATIVES = {**dict.fromkeys(("advance", "capture", "seizure", "gains", "gain"), _TAKING),
                 **dict.fromkeys(("downing", "shootdown"), ("shot", "down", "destroy"))}
_SYNONYMS = {"massacre": ("kill",), "massacres": ("kill",), "killings": ("kill",),
             **dict.fromkeys(("footage", "video", "videos", "imagery", "images", "photos",
                              "photographs", "pictures", "clips"), IMAGERY)}
# "gave no …", "did not provide …": a speaker not backing a claim (lower case: see below)
_WITHHELD = (r"(?:(?:" + "|".join(EVIDENCE_GIVEN) + r")\s+no|(?:did\s+not|didn['’]t|has\s+not"
             r"|have\s+not|declined\s+to|refused\s+to)\s+(?:" + "|".join(EVIDENCE_VERBS) + "))")
# "The group did not say how it had gathered the figures."
_UNEXPLAINED = (r"(?:did\s+not|didn['’]t)\s+(?:say|explain|specify|disclose)\s+how\s+(?:it|they|he"
                r"|she|the\s+\w+)\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:gathered|obtained|verified"
                r"|calculated|compiled|counted|collected|reached|arrived|confirmed|established)\b")
# "The Kremlin did not respond to a request for comment.", "… could not be reached": the
# other side was asked about the claim before and said nothing (no object names the claim).
# "has not commented.", "remained silent.": silence that names no claim is no verdict either.
_NO_COMMENT = (r"(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond\s+to\s+(?:a\s+|an\s+"
               r"emailed\s+|repeated\s+)?(?:requests?\s+for\s+comment|(?:written\s+)?questions"
               r"|queries|inquiries|enquiries|calls|emails|messages)|return\s+(?:a\s+)?(?:calls?|requests?"
               r"|messages?)|comment\s*[.,;])|(?:could\s+not|couldn['’]t)\s+(?:immediately\s+)?be\s+"
               r"reached|(?:declined|refused)\s+to\s+comment\s*[.,;]|(?:has|have|had)\s+not\s+"
               r"(?:yet\s+|publicly\s+)?(?:commented|responded|replied)\s*[.,;]"
               r"|(?:remain|remained)\s+silent\s*[.,;]")
#: A no-comment predicate (see _NO_COMMENT), for routing its link.
NO_COMMENT = re.compile(_NO_COMMENT, re.IGNORECASE)
# "China's coast guard gave a different account": the account before, told otherwise
_OTHER_VERSION = (r"(?:very\s+|starkly\s+|markedly\s+|sharply\s+)?(?:different|differing"
                  r"|conflicting|contrasting|contradictory|competing)\s+(?:account|version)")
# "the U.N. has recorded a lower number of incidents": the number before, counted otherwise
_OTHER_COUNT = (r"(?:much\s+|far\s+|significantly\s+|considerably\s+)?(?:lower|higher|smaller"
                r"|larger)\s+(?:number|figure|toll|count|tally|estimate)")
_ANAPHOR = re.compile(
    r"\b(?P<det>(?<=,\s)an?(?=\s+(?:claim|allegation|assertion|accusation|charge|figure|number"
    r"|toll|estimate)\s+(?:the\s+)?"
    r"[A-Z\w][\w’'-]*)|an?(?=\s+" + _OTHER_VERSION + r")|an?(?=\s+" + _OTHER_COUNT + r")"
    r"|this|that(?!\s+(?:the|an?)\b)|these|those|the|such|its|their|his|her|either|neither"
    r"|both|any"
    r"|(?:[A-Z][\w’'-]*(?:’s|'s))"
    r"|(?:neither|either|each)\s+side(?:’s|'s)|both\s+sides(?:’|'))\s+"
    r"(?P<mods>(?:(?!(?:has|have|had|is|was|were|are|may|might|could|would|will|did|gave"
    r"|provided|offered|presented|the|this|that|these|those)\b)[\w’'-]+\s+)"
    r"{0,3}?)(?P<head>" + _HEAD_WORDS + r")\b(?!\s+(?:ministry|minister|office|agency|service"
    r"|department|centre|center|operations?)\b)(?P<of>\s+of\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}"
    r"[\w’'-]+(?=[\s,.;]))?"
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
    r"|(?:He|She|They|It|" + _SUBJECT + r")(?=\s+(?:" + _WITHHELD + r"\b|" + _UNEXPLAINED + "|"
    + _NO_COMMENT + ")))",
    re.IGNORECASE,
)
# A bare plural object of a checking verb: "could not verify battlefield reports from either
# side" speaks of the reports before it as "the reports" would (same groups as _ANAPHOR).
_BARE_OBJECT = re.compile(
    r"\b(?:verify|confirm|corroborate)\s+(?P<det>)(?P<mods>(?:(?!(?:the|these|those|this|that"
    r"|its|their|any|from|of|by|on)\b)[\w’'-]+\s+){0,2}?)(?P<head>(?:"
    + "|".join(STATEMENT_NOUN_STEMS) + r")s)\b(?!\s+(?:that|of|about|on|over)\b)(?P<of>)(?P<bare>)",
    re.IGNORECASE)
# A pronoun object ending the sentence: "The BBC could not independently verify this.",
# "The army denied this."
_OBJECT_PRONOUN = re.compile(
    r"(?:(?<=verify\s)|(?<=confirm\s)|(?<=corroborate\s)|(?<=denied\s)|(?<=denies\s)"
    r"|(?<=deny\s)|(?<=rejected\s)|(?<=rejects\s)|(?<=disputed\s)|(?<=disputes\s)"
    r"|(?<=review\s)|(?<=examine\s))"
    r"(?P<det>)(?P<mods>)(?P<head>)(?P<of>)"
    r"(?P<bare>this|that|these|those|it|them)(?=\s*(?:[.;!]|$))", re.IGNORECASE)
# "could not be independently verified", "has not publicly confirmed"
_CHECK_ADVERB = r"(?:(?:independently|immediately|publicly|officially)\s+)?"
_PREDICATES: list[tuple[ReasonCode, re.Pattern[str]]] = [
    (ReasonCode.NOT_VERIFIED, re.compile(
        r"(?:has|have|had)\s+(?:yet\s+to|not)\s+(?:be(?:en)?\s+)?" + _CHECK_ADVERB +
        r"(?:verified|confirmed|corroborated)|(?:did|does|do)\s+not\s+" + _CHECK_ADVERB +
        r"(?:verify|confirm|corroborate)\b|could\s+not\s+(?:be\s+)?" + _CHECK_ADVERB +
        r"(?:verif(?:y|ied)|confirm(?:ed)?)|(?:unable|impossible|not\s+possible)\s+to\s+" +
        _CHECK_ADVERB +
        r"(?:verify|confirm)|not\s+(?:been\s+)?able\s+to\s+" + _CHECK_ADVERB +
        r"(?:verify|confirm)|(?:cannot|can't|couldn't)\s+(?:be\s+)?" + _CHECK_ADVERB +
        r"(?:verif\w*|confirm\w*)|not\s+(?:been\s+)?independently\s+(?:verified|confirmed)"
        r"|(?:was|were|is|are|has|have|had)\s+(?:not|never)\s+(?:been\s+)?" + _CHECK_ADVERB +
        r"(?:verified|confirmed|corroborated)|^(?:however,\s+|but\s+)?none\s+of\s+(?:this|that|it"
        r"|these|them|(?:the|their|these|those)\s+(?:[\w-]+\s+)?(?:claims|tolls|figures|accounts"
        r"|reports|numbers|tallies|estimates|versions))\s+(?:could\s+be|can\s+be|has|have|had"
        r"|was|were|is|are)\s+(?:been\s+)?" + _CHECK_ADVERB +
        r"(?:verified|confirmed|corroborated)|^(?:however,\s+|but\s+)?neither\s+(?:side(?:’s|'s)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:claims?|accounts?|figures?|reports?|versions?)\s+(?:could|can|has|have|had"
        r"|was|were|is|are)\s+(?:be(?:en)?\s+)?" + _CHECK_ADVERB + r"(?:verified|confirmed"
        r"|corroborated)"
        r"|(?:not\s+possible|impossible|unable|not\s+(?:been\s+)?able)\s+to\s+" + _CHECK_ADVERB +
        r"(?:check|review|examine|inspect)\b"
        r"|(?:cannot|can't|could\s+not|couldn't)\s+(?:be\s+)?" + _CHECK_ADVERB +
        r"check(?:ed)?\b|could\s+not\s+(?:be\s+)?reconciled\b"
        # "a figure he has not backed with evidence"
        r"|(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:backed|back|supported|support"
        r"|substantiated|substantiate)(?:\s+(?:it|them|this|that))?(?:\s+up)?\s+with\s+"
        r"(?:any\s+)?(?:evidence|proof)\b"
        # "ISW said it had not observed confirmation of the claimed capture"
        r"|(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:observed?|seen|see)\s+(?:any\s+)?"
        r"(?:confirmation|evidence|proof)\b"
        r"|\bunverified\b|\bunconfirmed\b|(?:have|has|had)\s+not\s+(?:yet\s+)?(?:commented"
        r"|addressed|responded)|declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond"
        r"|comment|address)|no\s+(?:independent\s+)?"
        r"(?:confirmation|verification)|(?:remain|remained|remaining)\s+silent"
        r"|(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:return\s+(?:a\s+)?(?:calls?|requests?"
        r"|messages?))|(?:could\s+not|couldn['’]t)\s+(?:immediately\s+)?be\s+reached"
        r"|(?:^|(?<=,\sand\s)|(?<=,\sthough\s)|(?<=,\salthough\s))(?:however,\s+|but\s+)?"
        + _SUBJECT + r"\s+" + _WITHHELD
        + r"\s+(?:any\s+)?(?:(?:the|its|his|her|their)\s+)?(?:evidence|proof|figures|details"
        r"|breakdown|sources?|(?:a\s+)?cop(?:y|ies)|documents?|documentation|list|data|names"
        r"|records|methodology)\b"
        r"|^(?:however,\s+|but\s+)?" + _SUBJECT + r"\s+" + _UNEXPLAINED,
        re.IGNORECASE)),
    (ReasonCode.CONDITIONAL, re.compile(
        r"\bif\s+(?:true|confirmed|verified|accurate|correct|substantiated)\b|should\s+(?:it|this"
        r"|that|the\s+\w+)\s+be\s+confirmed|assuming\s+(?:it|this|the\s+\w+)\s+is\s+(?:true"
        r"|accurate)", re.IGNORECASE)),
    (ReasonCode.DISPUTED, re.compile(
        r"(?:may|might|could)\s+(?:well\s+)?be\s+(?:an?\s+)?(?:overstatement|exaggeration"
        r"|exaggerated|inflated|overstated|false|propaganda|fabricated|misleading|untrue)"
        r"|\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|disputed"
        r"|(?<!resolve\s)(?<!settle\s)(?<!border\s)(?<!the\s)(?<!legal\s)disputes"
        r"|refuted|refutes|contradicted|contradicts|debunked|challenged|challenges)\b"
        # "questioned the figures", "cast doubt on the toll", "called the figures exaggerated"
        r"|\b(?:questioned|questions|questioning)(?=\s+(?:the|these|those|this|that|its|their)\s)"
        r"|\b(?:do|does|did)\s+not\s+correspond\s+(?:to|with)\s+(?:the\s+)?reality\b"
        # "she did not accept that figure", "I don't accept those numbers"
        r"|\b(?:(?:do|does|did|would|could)\s+not|(?:don|doesn|didn|won|wouldn)['’]t"
        r"|refused?\s+to)\s+accept\b(?=\s+(?:the|that|this|these|those|its|their)\s)"
        r"|\bcast(?:s|ing)?\s+doubt\s+on\b|\b(?:called|described|branded|rated|ruled|labell?ed"
        r"|judged|deemed|classified)\s+(?:the|these|those"
        r"|this|that|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:figures?|claims?|numbers?|toll|tally"
        r"|reports?|accounts?|allegations?|accusations?|posts?|statements?|videos?)\s+(?:as\s+)?"
        r"[\"“‘']?(?:(?:an?|another|mostly"
        r"|pure|complete|total|utter|blatant|groundless|absurd)\s+){0,2}(?:exaggerated|inflated"
        r"|overstated|false|fabricated|baseless|untrue|misleading|propaganda|lies?|invention"
        r"|fabrication|fiction|provocation|nonsense|disinformation|fake|hoax|slander|pants\s+on"
        r"\s+fire|four\s+pinocchios)\b|\b(?:three|four)\s+pinocchios\b"
        r"|(?:is|was|are|were|to\s+be)\s+"
        r"[\"“‘']?(?:(?:probably|likely|far|much|almost\s+certainly|highly)\s+)?[\"“‘']?"
        r"(?:false|untrue|fabricated|fake|baseless|exaggerated|inflated|overstated|propaganda"
        r"|misleading|inaccurate|incorrect|unfounded|unsubstantiated"
        r"|premature|lies|nonsense|fiction|pure\s+fiction|too\s+high|too\s+low"
        r"|an?\s+(?:(?:outright|blatant|complete|total|pure|big|shameless)\s+)?(?:lie|hoax"
        r"|fabrication|fiction|fake))\b"
        # "provided no evidence" withholds (see _WITHHELD), "there is no evidence" disputes
        r"|(?<!provided\s)(?<!gave\s)(?<!offered\s)(?<!presented\s)\bno\s+evidence\b"
        r"|\b(?:an?\s+)?(?:overstatement|exaggeration)\b"
        r"|\b(?:gave|gives|give|offered|offers|provided|provides|presented|presents)\s+an?\s+"
        + _OTHER_VERSION + r"|\bput(?:s|ting)?\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?"
        r"(?:figure|toll|number|count|tally|estimate)s?\s+(?:(?:\w+ly|much|far|even)\s+)?"
        r"(?:higher|lower)\b"
        r"|\b(?:recorded|records|reported|reports|counted|counts|documented"
        r"|gave|gives|cited|cites|estimated|estimates|put)\s+an?\s+" + _OTHER_COUNT,
        re.IGNORECASE)),
    (ReasonCode.CORROBORATED, re.compile(
        r"\b(?:independently\s+)?(?:confirmed|verified|corroborated)\s+by\b|(?:has|have|was|were)"
        r"\s+(?:since\s+)?been\s+(?:independently\s+)?(?:confirmed|verified|corroborated)\b"
        r"|(?:partly\s+|partially\s+|largely\s+)?(?:borne|bore)\s+out\b"
        # "Satellite images later confirmed the crash": evidence, not a speaker, confirms
        r"|(?:images?|imagery|footage|videos?|photos?|photographs?|data|analysis|geolocation)"
        r"\s+(?:later\s+|since\s+|independently\s+|also\s+)?(?:confirmed|corroborated"
        r"|verified|(?:showed|show)(?!\s+(?:only|no|nothing|little|neither)\b))\b"
        # "Russian officials confirmed the strike": another source confirms the one named
        r"|\b(?:confirmed|corroborated|verified)(?=\s+(?:the|this|these|those)\s)",
        re.IGNORECASE)),
]
# The predicates are written in lower case: compiled without IGNORECASE, they match the
# lower-cased text exactly where the IGNORECASE ones match the text.
assert all(p.pattern == p.pattern.lower() for _, p in _PREDICATES)
_COUNTING_RULE = re.compile(r"\b(?:counts?|counted|counting|includes?|included|lists?|listed"
                            r"|records?|recorded)\s+(?:only\s+)?(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)
_PREDICATES_LOWER = {code: re.compile(p.pattern) for code, p in _PREDICATES}
# Words (lower case) at least one of which every match of a predicate holds: a sentence
# without any of them skips that predicate's scan, and one without any predicate word skips
# the anaphor search as well.
_PREDICATE_WORDS: dict[ReasonCode, tuple[str, ...]] = {
    ReasonCode.NOT_VERIFIED: ("verif", "confirm", "corroborat", "check", "review", "examin",
                              "inspect", "comment", "respond",
                              "silent", "reconcil", "address", "gave", "give", "provid",
                              "offer", "present", "cite", "how", "reach", "return", "releas",
                              "back", "support", "substantiat"),
    ReasonCode.CONDITIONAL: ("true", "confirmed", "verified", "accurate", "correct",
                             "substantiated"),
    ReasonCode.DISPUTED: ("overstat", "exaggerat", "inflated", "false", "propaganda",
                          "fabricated", "misleading", "untrue", "deni", "deny", "reject",
                          "dismiss", "disput", "refut", "contradict", "debunk", "fake",
                          "challenge",
                          "baseless", "evidence", "too", "question", "doubt", "differ",
                          "conflicting", "contrast", "contradictory", "competing",
                          "correspond", "premature", "lower", "higher", "smaller",
                          "larger", "lie", "invention", "provocation", "nonsense", "fiction",
                          "disinformation", "hoax", "slander", "pants", "pinocchio", "accept"),
    ReasonCode.CORROBORATED: ("confirmed", "verified", "corroborated", "borne", "bore",
                              "show"),
}
# A negation turns a corroboration predicate around when only auxiliaries and adverbs stand
# between them ("was not actually confirmed", "cannot be independently verified"), or when it
# opens the clause ("No such capture has been confirmed", "None of these claims has been
# verified", "nor was it confirmed"); a "no" inside a noun phrase ("the capture with no
# resistance was confirmed") negates nothing.
_NEGATION_GAP = (
    r"(?:,?\s+(?:be|been|being|yet|so|far|to|has|have|had|was|were|is|are|could|would|can|will"
    r"|then|as|ever|since|still|also|able|however|(?!only\b)[\w-]+ly"
    r"|(?:confirmed|verified|corroborated)\s+or))*,?\s*$")
_NEGATED = re.compile(
    r"(?:(?:^|[;:,]\s*|\b(?:but|and|yet|however),?\s+)(?:no|neither|none|nothing)\b"
    r"(?:\s+[\w’'-]+){0,8}\s*$"
    r"|\bnor(?:\s+[\w’'-]+){0,4}\s*$"
    r"|(?:\b(?:not|never|cannot|yet\s+to|(?:none|nothing)\s+of\s+(?:this|that|it|these|those"
    r"|them|the\s+[\w’'-]+))\b|n[’']t\b)" + _NEGATION_GAP + ")", re.IGNORECASE)
_NEGATION_WORD = re.compile(
    r"\b(?:no|neither|none|nothing|nor|not|never|cannot|yet)\b|\b\w+n[’']t\b", re.IGNORECASE)
_STOP_STEMS = frozenset({"the", "this", "that", "these", "those", "such", "its", "their", "of",
                         "reported", "alleged", "claimed", "recent", "latest", "same", "new",
                         "specific", "separate", "earlier", "previous", "purported", "an", "a",
                         "was", "were", "is", "are", "has", "have", "had", "been", "be", "will",
                         "would", "could", "may", "might", "and", "not", "yet"})


_THAT_OBJECT = re.compile(r"\s+that\s+([^.;:!?]+)")
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
_CLAUSE_OPENING = re.compile(r"(?:[,;:]|\b(?:but|and|though|although|while|yet))\s*$")


def find_anaphor(text: str, predicate: int | None = None) -> re.Match[str] | None:
    """The predicate's subject, or else the first anaphor after it (its object).

    The subject is the first anaphor, unless a later one before the predicate opens a
    clause of its own: "X said Y, but the claim could not be confirmed". Without a
    predicate, the first anaphor."""
    if predicate is None:
        return (_ANAPHOR.search(text) or _BARE_OBJECT.search(text)
                or _OBJECT_PRONOUN.search(text))
    first = subject = None
    for match in _ANAPHOR.finditer(text):
        if match.group("head") and _VERB_USE.match(text, match.end()):
            continue  # "The air force claims the systems have …": a verb, no anaphor
        if match.start() >= predicate:
            return subject or match
        if first is None:
            first = subject = match
        elif _CLAUSE_OPENING.search(text, max(0, match.start() - 12), match.start()):
            subject = match
    return subject or _BARE_OBJECT.search(text) or _OBJECT_PRONOUN.search(text)


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


def find_links(sentence_text: str, sentence_index: int, offset: int = 0) -> list[DiscourseLink]:
    """Verification predicates in a sentence that talk about an earlier claim.

    The anaphor is the predicate's subject ("the claim has yet to be verified") or, for a
    predicate followed closely by it, its object ("have not commented on the drone claim").
    """
    lowered = lowered_for_words(sentence_text)
    predicates = [(code, pattern) for code, pattern in _PREDICATES
                  if may_contain(lowered, _PREDICATE_WORDS[code])]
    if not predicates:
        return []
    if find_anaphor(sentence_text) is None:
        return []  # most sentences: nothing a verdict could be about, so no predicate scan
    # Where lower-casing keeps every offset, the case-sensitive twin on the lower-cased text
    # finds the same spans about twice as fast (see prefilter.py for why that is exact).
    same = lowered if lowered is not None and len(lowered) == len(sentence_text) else None
    found_predicates = [
        (code, predicate) for code, pattern in predicates
        for predicate in (_PREDICATES_LOWER[code].finditer(same) if same is not None
                          else pattern.finditer(sentence_text))]
    if not found_predicates:
        return []
    # "It gave no evidence": "no evidence" inside a not-verified predicate disputes nothing
    found_predicates = [
        (code, p) for code, p in found_predicates
        if not any(q is not p and q.start() <= p.start() and p.end() <= q.end()
                   and (q.start(), q.end()) != (p.start(), p.end()) for _, q in found_predicates)]
    anaphor = find_anaphor(sentence_text, min(p.start() for _, p in found_predicates))
    if anaphor is None:
        return []
    head, keys = anaphor_keywords(anaphor)
    links: list[DiscourseLink] = []
    for code, predicate in found_predicates:
        cue_start, found = predicate.start(), code
        if code is ReasonCode.CORROBORATED and _COUNTING_RULE.search(
                sentence_text, max(0, cue_start - 40), cue_start):
            continue  # "only counts deaths confirmed by health officers": how, not a verdict
        if code is ReasonCode.CORROBORATED:
            negation = _NEGATED.search(sentence_text, max(0, cue_start - 100), cue_start)
            if negation is not None:
                # "was not confirmed by Kyiv" is no corroboration but says the claim is
                # not verified, unless a not-verified predicate here says so already.
                if any(link.code is ReasonCode.NOT_VERIFIED for link in links):
                    continue
                word = _NEGATION_WORD.search(sentence_text, negation.start(), cue_start)
                cue_start = word.start() if word is not None else negation.start()
                found = ReasonCode.NOT_VERIFIED
        if predicate.start() < anaphor.start() and (
            anaphor.start() - predicate.end() > 40 and code is not ReasonCode.DISPUTED
        ):
            continue
        said = _THAT_OBJECT.match(sentence_text, predicate.end())
        # "could not confirm that a drone had been lost": the clause names what is meant
        told = tuple(stem(w) for w in _WORDS.findall(said.group(1))[:8] if len(w) > 3 and (
            w.lower() not in _STOP_STEMS)) if said is not None and head is not None else ()
        links.append(DiscourseLink(
            sentence_index, found, (cue_start + offset, predicate.end() + offset),
            (anaphor.start() + offset, anaphor.end() + offset), head,
            tuple(dict.fromkeys(keys + told)),
        ))
    return links
