"""The verification predicates of discourse statements: what a sentence says of an earlier
claim ("has yet to be independently verified", "may be an overstatement", "was later
confirmed"), one pattern per reason code, with the words that let a sentence skip a scan.

:mod:`pipeline.extract.cues_discourse` finds the anaphor each predicate is about.

>>> from pipeline.models import ReasonCode
>>> text = "the claim has yet to be independently verified"
>>> [code.value for code, p in PREDICATES if p.search(text)]
['not_verified']
"""

from __future__ import annotations

import re

from pipeline.extract.lexicon import EVIDENCE_GIVEN, EVIDENCE_VERBS
from pipeline.extract.omissions import SUBJECT as _SUBJECT
from pipeline.models import ReasonCode

__all__ = [
    "COUNTING_RULE",
    "NEGATED",
    "NEGATION_WORD",
    "NO_COMMENT",
    "NO_COMMENT_PATTERN",
    "OTHER_COUNT",
    "OTHER_VERSION",
    "PREDICATES",
    "PREDICATES_LOWER",
    "PREDICATE_WORDS",
    "REVISED",
    "UNEXPLAINED",
    "WITHHELD",
]

# "gave no …", "did not provide …": a speaker not backing a claim (lower case: see below)
WITHHELD = (r"(?:(?:" + "|".join(EVIDENCE_GIVEN) + r")\s+no|(?:did\s+not|didn['’]t|has\s+not"
             r"|have\s+not|declined\s+to|refused\s+to)\s+(?:" + "|".join(EVIDENCE_VERBS) + "))")
# "The group did not say how it had gathered the figures."
UNEXPLAINED = (r"(?:did\s+not|didn['’]t)\s+(?:say|explain|specify|disclose)\s+how\s+(?:it|they|he"
                r"|she|the\s+\w+)\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:gathered|obtained|verified"
                r"|calculated|compiled|counted|collected|reached|arrived|confirmed|established)\b")
# "The Kremlin did not respond to a request for comment.", "… could not be reached": the
# other side was asked about the claim before and said nothing (no object names the claim).
# "has not commented.", "remained silent.": silence that names no claim is no verdict either.
NO_COMMENT_PATTERN = (
               r"(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond\s+to\s+(?:a\s+|an\s+"
               r"emailed\s+|repeated\s+)?(?:requests?\s+for\s+comment|(?:written\s+)?questions"
               r"|queries|inquiries|enquiries|calls|emails|messages)|return\s+(?:a\s+)?(?:calls?|requests?"
               r"|messages?)|comment\s*[.,;])|(?:could\s+not|couldn['’]t)\s+(?:immediately\s+)?be\s+"
               r"reached|(?:declined|refused)\s+to\s+comment\s*[.,;]|(?:has|have|had)\s+not\s+"
               r"(?:yet\s+|publicly\s+)?(?:commented|responded|replied)\s*[.,;]"
               r"|(?:remain|remained)\s+silent\s*[.,;]")
#: A no-comment predicate (see NO_COMMENT_PATTERN), for routing its link.
NO_COMMENT = re.compile(NO_COMMENT_PATTERN, re.IGNORECASE)
# "China's coast guard gave a different account": the account before, told otherwise
OTHER_VERSION = (r"(?:very\s+|starkly\s+|markedly\s+|sharply\s+)?(?:different|differing"
                  r"|conflicting|contrasting|contradictory|competing)\s+(?:account|version)")
# "the U.N. has recorded a lower number of incidents": the number before, counted otherwise
OTHER_COUNT = (r"(?:much\s+|far\s+|significantly\s+|considerably\s+)?(?:lower|higher|smaller"
                r"|larger)\s+(?:number|figure|toll|count|tally|estimate)")
# "could not be independently verified", "has not publicly confirmed"
_CHECK_ADVERB = r"(?:(?:independently|immediately|publicly|officially)\s+)?"
# Facts about a picture or a document, not about what it shows: "the location of the video"
_NO_CLAIM = (r"(?!\s+(?:\w+\s+){0,2}?(?:[\w-]+['’]s\s+)?(?:location|date|time|timing|place|origin"
             r"|authenticity|identity|source)s?\b)")
#: A source correcting what it reported itself (the claims it revises are its own).
REVISED = (r"(?:revised|corrected|withdrawn|retracted"
           r"|amended(?![^.;]{0,60}\bto\s+(?:include|add)\b))(?=\s+(?:its|their|his|her)\s+"
           r"(?:[\w-]+\s+)?(?:report|figure|toll|count|tally|account|statement|estimate)s?\b)")
PREDICATES: list[tuple[ReasonCode, re.Pattern[str]]] = [
    (ReasonCode.NOT_VERIFIED, re.compile(
        r"(?:has|have|had)\s+(?:yet\s+to|not)\s+(?:yet\s+)?(?:be(?:en)?\s+)?" + _CHECK_ADVERB +
        r"(?:verified|confirmed|corroborated)|(?:did|does|do)\s+not\s+" + _CHECK_ADVERB +
        r"(?:verify|confirm|corroborate)\b|neither\s+confirm(?:ed|s)?\s+nor\s+den(?:ied|ies|y)\b"
        r"|could\s+not\s+(?:be\s+)?" + _CHECK_ADVERB +
        r"(?:verif(?:y|ied)|confirm(?:ed)?)|could\s+not\s+" + _CHECK_ADVERB +
        r"(?:determine|establish|ascertain)\b(?!\s+(?:how|whether|who|when|why|what|which|if)\b)"
        r"|(?:unable|impossible|not\s+possible)\s+to\s+" +
        _CHECK_ADVERB +
        r"(?:verify|confirm)|not\s+(?:been\s+)?(?:immediately\s+)?able\s+to\s+" + _CHECK_ADVERB +
        r"(?:verify|confirm)|(?:cannot|can't|couldn't)\s+(?:be\s+)?" + _CHECK_ADVERB +
        r"(?:verif\w*|confirm\w*)|not\s+(?:been\s+)?independently\s+(?:verified|confirmed)"
        r"|(?:was|were|is|are|has|have|had)\s+(?:not|never)\s+(?:been\s+)?" + _CHECK_ADVERB +
        r"(?:verified|confirmed|corroborated|acknowledged(?!\s+(?:\w+ing|its|their|any)\b))|^(?:however,\s+|but\s+)?none\s+of\s+(?:this|that|it"
        r"|these|them|(?:the|their|these|those)\s+(?:[\w-]+\s+)?(?:claims|tolls|figures|accounts"
        r"|reports|numbers|tallies|estimates|versions))\s+(?:could\s+be|can\s+be|has|have|had"
        r"|was|were|is|are)\s+(?:been\s+)?" + _CHECK_ADVERB +
        r"(?:verified|confirmed|corroborated)|^(?:however,\s+|but\s+)?neither\s+(?:side(?:’s|'s)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:claims?|accounts?|figures?|reports?|versions?)"
        r"(?:\s+of\s+(?:the|this|that|its|their)\s+[\w-]+)?\s+(?:could|can|has|have|had"
        r"|was|were|is|are)\s+(?:be(?:en)?\s+)?" + _CHECK_ADVERB + r"(?:verified|confirmed"
        r"|corroborated)"
        r"|(?:not\s+possible|impossible|unable|not\s+(?:been\s+)?able)\s+to\s+" + _CHECK_ADVERB +
        r"(?:check|review|examine|inspect)\b"
        # "Nobody has been able to verify either number."
        r"|\b(?:nobody|no\s+one|no-one)\s+(?:(?:has|have|had|was|were|is)\s+(?:yet\s+)?(?:been\s+)?"
        r"able\s+to|could|can)\s+" + _CHECK_ADVERB + r"(?:verify|confirm|corroborate)\b"
        r"|(?:cannot|can't|could\s+not|couldn't)\s+(?:be\s+)?" + _CHECK_ADVERB +
        r"check(?:ed)?\b|could\s+not\s+(?:be\s+)?reconciled\b"
        # "a figure he has not backed with evidence"
        r"|(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:backed|back|supported|support"
        r"|substantiated|substantiate)(?:\s+(?:it|them|this|that))?(?:\s+up)?\s+with\s+"
        r"(?:any\s+)?(?:evidence|proof)\b"
        # "ISW said it had not observed confirmation of the claimed capture"
        r"|(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:observed?|seen|see)\s+(?:any\s+)?"
        r"(?:confirmation|evidence|proof)\b"
        # "could not immediately be verified" (the wire services' words), "cannot yet be"
        r"|(?:could\s+not|couldn't|cannot|can't|can\s+not)\s+(?:immediately|yet|independently"
        r"|officially)\s+be\s+" + _CHECK_ADVERB + r"(?:verified|confirmed|corroborated)"
        # "The study has not been peer reviewed", "figures subject to revision"
        r"|(?:not|yet\s+to)\s+(?:yet\s+)?(?:be(?:en)?\s+)?peer[\s-]reviewed"
        r"|subject\s+to\s+(?:revision|change)\b"
        # "The figures were preliminary": not final, so not yet checked
        r"|(?:is|was|are|were|remain|remains|remained)\s+(?:still\s+|only\s+)?(?:preliminary"
        r"|provisional)\b"
        r"|\bunverified\b|\bunconfirmed\b|(?:have|has|had)\s+not\s+(?:yet\s+)?(?:commented"
        r"|addressed|responded)|declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond"
        r"|comment|address)|no\s+(?:independent\s+)?"
        r"(?:confirmation|verification)|(?:remain|remained|remaining)\s+silent"
        r"|(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:return\s+(?:a\s+)?(?:calls?|requests?"
        r"|messages?))|(?:could\s+not|couldn['’]t)\s+(?:immediately\s+)?be\s+reached"
        r"|(?:^|(?<=,\sand\s)|(?<=,\sthough\s)|(?<=,\salthough\s))(?:however,\s+|but\s+)?"
        + _SUBJECT + r"\s+" + WITHHELD
        + r"\s+(?:any\s+)?(?:(?:the|its|his|her|their)\s+)?(?:evidence|proof|figures"
        # ("gave no details of what was discussed": of talks, not of what backs a claim)
        r"|details(?!\s+(?:of|on|about)\s+(?:what|the\s+(?:talks|call|meeting|conversation"
        r"|discussions?)))"
        r"|breakdown|sources?|(?:a\s+)?cop(?:y|ies)|documents?|documentation|list|data|names"
        r"|records|methodology|(?:an?\s+)?(?:alternative|other|own|different)\s+(?:count|figure"
        r"|toll|estimate|number))\b"
        r"|^(?:however,\s+|but\s+)?" + _SUBJECT + r"\s+" + UNEXPLAINED,
        re.IGNORECASE)),
    (ReasonCode.CONDITIONAL, re.compile(
        r"\bif\s+(?:true|confirmed|verified|accurate|correct|substantiated)\b"
        # "If the claim is true, …", "If the figures are confirmed, …": the anaphor inside
        r"|^(?:but\s+)?if\s+(?:the|this|that|these|those|its|their|such)\s+(?:[\w’'-]+\s+){0,2}?"
        r"(?:claims?|figures?|reports?|accounts?|numbers?|tolls?|tally|allegations?|estimates?"
        r"|counts?)\s+(?:is|are|was|were|proves?|turns?\s+out\s+to\s+be|can\s+be|could\s+be)"
        r"\s+(?:true|accurate|correct|confirmed|verified|substantiated)\b|should\s+(?:it|this"
        r"|that|the\s+\w+)\s+be\s+confirmed|assuming\s+(?:it|this|the\s+\w+)\s+is\s+(?:true"
        r"|accurate)", re.IGNORECASE)),
    (ReasonCode.DISPUTED, re.compile(
        r"(?:may|might|could)\s+(?:well\s+)?be\s+(?:an?\s+)?(?:overstatement|exaggeration"
        r"|exaggerated|inflated|overstated|false|propaganda|fabricated|misleading|untrue)"
        # (the base forms only after a subject: "analysts widely dismiss", not "did not
        # reject" nor "to dismiss")
        r"|(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)(?<!\bto\s)(?<!will\s)(?<!would\s)"
        r"(?<!could\s)(?<!\bmay\s)\b(?:reject|dismiss)\b"
        r"|\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|disputed"
        r"|(?<!resolve\s)(?<!settle\s)(?<!border\s)(?<!the\s)(?<!legal\s)disputes"
        r"|refuted|refutes|contradicted|contradicts|debunked|challenged|challenges)\b"
        # a source taking back its own report: "PTV has since revised its report"
        r"|\b(?:has|have|had)\s+(?:since\s+|later\s+|now\s+)?" + REVISED +
        # "contested the figure", "pushed back on the claim", "had no basis in fact"
        r"|\b(?:contested|contests|pushed\s+back\s+(?:on|against))(?=\s+(?:the|these|those"
        r"|this|that|its|their|his|her)\s)|\b(?:has|have|had)\s+no\s+basis\s+in\s+(?:fact"
        r"|reality)\b"
        # "questioned the figures", "cast doubt on the toll", "called the figures exaggerated"
        r"|\b(?:questioned|questions|questioning)(?=\s+(?:the|these|those|this|that|its|their)\s)"
        # "The claim was later questioned by U.S. officials"
        r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))(?:(?:later|also|since|\w+ly)\s+)?questioned"
        r"(?=\s+by\s)"
        r"|\b(?:do|does|did)\s+not\s+(?:correspond\s+(?:to|with)|reflect)\s+(?:the\s+)?reality\b"
        # "the Kremlin's account was not true"
        r"|\b(?:is|was|are|were)\s+(?:simply\s+|just\s+)?not\s+(?:true|accurate|correct"
        r"|supported\s+by|backed\s+(?:up\s+)?by)\b"
        # "she did not accept that figure", "I don't accept those numbers"
        r"|\b(?:(?:do|does|did|would|could)\s+not|(?:don|doesn|didn|won|wouldn)['’]t"
        r"|refused?\s+to)\s+accept\b(?=\s+(?:the|that|this|these|those|its|their)\s)"
        r"|\bcast(?:s|ing)?\s+doubt\s+on\b|\b(?:called|described|branded|rated|ruled|labell?ed"
        r"|judged|deemed|classified)\s+(?:the|these|those"
        r"|this|that|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:figures?|claims?|numbers?|toll|tally"
        r"|reports?|accounts?|allegations?|accusations?|posts?|statements?|videos?)\s+(?:as\s+)?"
        r"[\"“‘']?(?:(?:an?|another|mostly"
        r"|pure|complete|total|utter|blatant|groundless|absurd|staged|crude|cynical|obvious"
        r"|deliberate)\s+){0,2}(?:exaggerated|inflated"
        r"|overstated|false|fabricated|baseless|untrue|misleading|propaganda|lies?|invention"
        r"|fabrication|fiction|provocation|nonsense|disinformation|fake|hoax|slander|pants\s+on"
        r"\s+fire|four\s+pinocchios)\b|\b(?:three|four)\s+pinocchios\b"
        r"|(?:is|was|are|were|to\s+be|(?:has|have|had)\s+been)\s+"
        r"[\"“‘']?(?:(?:probably|likely|far|much|almost\s+certainly|highly|wildly|grossly"
        r"|greatly|vastly|hugely|massively|completely|totally|entirely|simply|clearly|utterly)"
        r"\s+)?[\"“‘']?(?:speculative\s+and\s+)?"
        r"(?:false|untrue|fabricated|fake|baseless|exaggerated|inflated|overstated|propaganda"
        r"|misleading|inaccurate|incorrect|wrong|unfounded|unsubstantiated|groundless"
        r"|premature|lies|nonsense|fiction|pure\s+fiction|too\s+high|too\s+low|absurd"
        r"|full\s+of\s+lies|(?:a\s+)?(?:pure|complete|total)\s+fabrication"
        r"|provocations|disinformation|slander"
        r"|(?:pure|mere|idle|baseless|wild)\s+speculation"
        r"|an?\s+(?:(?:outright|blatant|complete|total|pure|big|shameless)\s+)?(?:lie|hoax"
        r"|fabrication|fiction|fake|provocation|smear|(?:pure\s+)?work\s+of\s+fiction))\b"
        # "the kidnapping claim was a pretext" (not "the visit was a pretext to …")
        r"|(?<=\s)(?:is|was|are|were)\s+[\"“‘']?(?:just\s+|merely\s+|only\s+)?an?\s+pretext\b"
        # "provided no evidence" withholds (see WITHHELD), "there is no evidence" disputes
        r"|(?<!provided\s)(?<!gave\s)(?<!offered\s)(?<!presented\s)\bno\s+evidence\b"
        r"|\b(?:an?\s+)?(?:overstatement|exaggeration)\b"
        r"|\b(?:gave|gives|give|offered|offers|provided|provides|presented|presents)\s+an?\s+"
        + OTHER_VERSION + r"|\bput(?:s|ting)?\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?"
        r"(?:figure|toll|number|count|tally|estimate)s?\s+(?:(?:\w+ly|much|far|even)\s+)?"
        r"(?:higher|lower)\b"
        # "the real toll was much higher" (the subject checked in cues_discourse)
        r"|\b(?:was|is|could\s+be|may\s+be|might\s+be|would\s+be|is\s+likely)\s+(?:much\s+|far\s+"
        r"|significantly\s+|considerably\s+|substantially\s+|even\s+|probably\s+|likely\s+)?"
        r"(?:higher|lower)\b(?=\s*(?:[,.;\"”]|$))"
        # "several million higher than the company's figure"
        r"|\b(?:higher|lower|larger|smaller|greater)\s+than(?=\s+(?:the|its|their|[\w.-]+['’]s)"
        r"\s+(?:[\w’'-]+\s+){0,2}?(?:figure|toll|number|count|tally|estimate|total)s?\b)"
        r"|\b(?:recorded|records|reported|reports|counted|counts|documented"
        r"|gave|gives|cited|cites|estimated|estimates|put)\s+an?\s+" + OTHER_COUNT,
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
        # (not "confirmed the location of the video", which vouches for no claim made in it)
        r"|\b(?:confirmed|corroborated|verified)(?=\s+(?:the|this|these|those)\s)" + _NO_CLAIM +
        # "Reuters was able to confirm the army's control of the town" (not "whether …")
        r"|\b(?:was|were|has\s+been|have\s+been)\s+able\s+to\s+(?:independently\s+)?"
        r"(?:confirm|verify|corroborate)(?=\s+(?:the|this|these|those|its|their)\s)" + _NO_CLAIM,
        re.IGNORECASE)),
]
# The predicates are written in lower case: compiled without IGNORECASE, they match the
# lower-cased text exactly where the IGNORECASE ones match the text.
assert all(p.pattern == p.pattern.lower() for _, p in PREDICATES)
COUNTING_RULE = re.compile(r"\b(?:counts?|counted|counting|includes?|included|lists?|listed"
                            r"|records?|recorded)\s+(?:only\s+)?(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)
PREDICATES_LOWER = {code: re.compile(p.pattern) for code, p in PREDICATES}
# Words (lower case) at least one of which every match of a predicate holds: a sentence
# without any of them skips that predicate's scan, and one without any predicate word skips
# the anaphor search as well.
PREDICATE_WORDS: dict[ReasonCode, tuple[str, ...]] = {
    ReasonCode.NOT_VERIFIED: ("verif", "confirm", "corroborat", "check", "review", "examin",
                              "inspect", "comment", "respond",
                              "silent", "reconcil", "address", "gave", "give", "provid",
                              "offer", "present", "cite", "how", "reach", "return", "releas",
                              "back", "support", "substantiat", "prelim", "provision",
                              "peer", "subject", "acknowledg", "determin", "establish",
                              "ascertain"),
    ReasonCode.CONDITIONAL: ("true", "confirmed", "verified", "accurate", "correct",
                             "substantiated"),
    ReasonCode.DISPUTED: ("overstat", "exaggerat", "inflated", "false", "propaganda", "pretext",
                          "fabricat", "misleading", "untrue", "deni", "deny", "reject", "absurd",
                          "reflect",
                          "not true", "not accurate", "not correct", "not supported",
                          "not backed",
                          "speculation",
                          "dismiss", "disput", "refut", "contradict", "debunk", "fake",
                          "challenge",
                          "baseless", "evidence", "too", "question", "doubt", "differ",
                          "conflicting", "contrast", "contradictory", "competing",
                          "correspond", "premature", "lower", "higher", "smaller", "wrong",
                          "larger", "lie", "invention", "provocation", "nonsense", "fiction",
                          "disinformation", "hoax", "slander", "smear", "pants", "pinocchio",
                          "accept",
                          "accurate", "correct", "unfounded", "unsubstantiated", "groundless",
                          "contest", "pushed", "basis", "revised", "withdrawn", "retracted",
                          "amended"),
    ReasonCode.CORROBORATED: ("confirmed", "verified", "corroborated", "borne", "bore", "able to",
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
NEGATED = re.compile(
    r"(?:(?:^|[;:,]\s*|\b(?:but|and|yet|however),?\s+)(?:no|neither|none|nothing)\b"
    r"(?:\s+[\w’'-]+){0,8}\s*$"
    r"|\bnor(?:\s+[\w’'-]+){0,4}\s*$"
    r"|(?:\b(?:not|never|cannot|yet\s+to|(?:none|nothing)\s+of\s+(?:this|that|it|these|those"
    r"|them|the\s+[\w’'-]+))\b|n[’']t\b)" + _NEGATION_GAP + ")", re.IGNORECASE)
NEGATION_WORD = re.compile(
    r"\b(?:no|neither|none|nothing|nor|not|never|cannot|yet)\b|\b\w+n[’']t\b", re.IGNORECASE)
