"""Check-worthiness of a claim: the trained sentence model plus explainable adjustments.

The scoring helper's model (:func:`pipeline.extract.checkworthy.checkworthiness`) was
trained on debate sentences; news claims carry extra evidence it cannot see, so we add a
few fixed log-odds terms on top of its output:

* numbers and combat claim types make a claim more worth checking;
* an attributed claim is somewhat more check-worthy (somebody asserted it on the record);
* a claim the article itself says needs checking (not verified, anonymously sourced,
  disputed, true only "if confirmed") is more worth checking;
* a question ("Did …?"), a very short text, or a meta statement about another claim is
  less so; what somebody asked ("asked whether …"), left open ("did not say whether …") or
  a label put on something ("calling them propaganda") is capped under the default cut.

The model itself scores the claim with its source and verb, blended (mean log-odds) with
the sentence around it.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from pipeline.extract.checkworthy import checkworthiness, sigmoid
from pipeline.extract.citing import citing_origin
from pipeline.extract.claimtypes import COMBAT_TYPES
from pipeline.extract.content import is_clause
from pipeline.extract.lexicon import STATEMENT_NOUNS
from pipeline.models import ClaimType, Reason, ReasonCode

if TYPE_CHECKING:
    from pipeline.extract.drafts import Draft

__all__ = ["ASKED_CAP", "combined_checkworthiness"]



def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


# What somebody asked is not asserted by anybody: "asked if the strike killed 12 civilians".
_QUESTION_VERBS = frozenset({"asked", "ask", "asks", "asking", "wondered", "wonder", "wonders",
                             "wondering", "questioned", "inquired"})
ASKED_CAP = 0.3  # under the default cut of 0.5 whatever the evidence
# The article itself says a claim needs checking (not verified, anonymous, disputed, only if
# confirmed), which the model's debate sentences rarely show. A hedge alone earns nothing:
# there, "may" and "appeared" mostly mark opinions (a +0.5 term cost 0.004 F1 on them).
_CHECKING_NEEDED = frozenset({ReasonCode.NOT_VERIFIED, ReasonCode.ANONYMOUS_SOURCE,
                              ReasonCode.DISPUTED, ReasonCode.CONDITIONAL})
_NEGATIONS = frozenset({"not", "never"})
_NOBODY = frozenset({"none", "nobody", "neither", "no"})
# Participles only: "…, calling them propaganda" is an aside on the speaker's own claim,
# while "He called it a disaster" is often worth checking (ClaimBuster says so).
_LABELLING = frozenset({"calling", "labelling", "labeling", "branding", "dubbing"})
_DEMANDING = frozenset({"called", "calls", "call", "calling", "urged", "urges", "urge", "urging"})
_FIRST_PERSON = re.compile(r"\W*(?:I|we|We)\b")
_REACTING = frozenset({"condemned", "condemns", "condemn", "condemning", "criticised",
                       "criticized", "criticises", "criticizes", "criticising", "criticizing",
                       "denounced", "denounces", "deplored", "deplores", "welcomed", "welcomes",
                       "praised", "praises", "hailed", "hails", "lamented", "mourned", "citing",
                       "cited", "quoting"})
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
_REFUSALS = frozenset({"declined", "declines", "refused", "refuses"})
# (only before "that": "can't deny you coverage" refuses, "hasn't denied it, he spends …")
_DENYING = frozenset({"deny", "denied", "denies", "dispute", "disputed", "disputes"})
# Reporting verbs whose negation reports nothing ("has not reported losing", "did not
# claim", "did not deny that the memo existed"); not "said" ("never said that").
_NEGATABLE_REPORTS = frozenset({"reported", "report", "reports", "claimed", "claim", "claims",
                                "announced", "announce", "confirmed", "confirm", "acknowledged",
                                "acknowledge", "admitted", "admit", *_DENYING})
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n[’']t)(?:\s+\w+ly)?\s*$", re.IGNORECASE)
_COMMENTING = frozenset({"comment", "comments", "commented", "commenting"})
_TELLING = frozenset({"say", "tell", "disclose", "specify", "reveal", "confirm", "explain"})
_FOR_COMMENT = re.compile(r"to\s+(?:[\w’']+\s+){0,2}?requests?\s+for\s+comment", re.IGNORECASE)
_UNCLEAR = re.compile(
    r"\s*(?:It|it)\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:not\s+(?:immediately\s+|yet\s+)?"
    r"clear|unclear|not\s+known|unknown)\s+(?:whether|if|how|who|why|what|when|where|which)\b")
# "it was looking into the report", "it was aware of reports", "they were seeking further
# information": a holding answer, with nothing said about what happened
_HOLDING = re.compile(
    # "it would not comment further": nothing said
    r"\s*(?:it|they|he|she|we|the\s+\w+)\s+(?:would|will|could)\s+not\s+(?:immediately\s+)?"
    r"comment\b|"
    r"\s*(?:it|they|he|she|we|the\s+\w+)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been"
    r"|would\s+be|will\s+be)\s+(?:\w+ly\s+)?(?:(?:looking\s+into|aware\s+of|checking|reviewing"
    r"|examining|studying|seeking\s+(?:further\s+|more\s+)?(?:information|details|clarification)"
    r"|gathering\s+(?:more\s+)?information|(?:monitoring|following)\s+(?:the\s+situation"
    r"|developments|events|the\s+case))\b"
    # "it was investigating (the incident)." and no more: "investigating it as a homicide"
    # says what the police think happened
    r"|investigating(?:\s+(?:it|them|this|the\s+(?:incident|matter|reports?|claims?"
    r"|allegations?|circumstances|cause|breach|attack|case)))?\s*[.;]?\s*$)", re.IGNORECASE)
# "No group has claimed the attack", "Neither side said how many died": nobody spoke
_NOBODY_SAID = re.compile(
    r"\s*(?:No(?:\s+|-)one|Nobody|Neither\s+[\w-]+"
    r"|None\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|No\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|side|party|faction|militia|individual"
    r"|country|government|official|army|source|agency|authority)s?)\s+(?:has\s+|had\s+"
    r"|have\s+)?(?:yet\s+|immediately\s+|publicly\s+|so\s+far\s+|since\s+)?(?:said|claimed"
    r"|taken\s+credit|took\s+credit|reported|announced|admitted)\b",
    re.IGNORECASE)
# "We were not able to reach civilians near the line": the outlet on its own reporting
_OUTLET_NOTE = re.compile(r"\s*We\s+(?:were|have\s+been|are)\s+(?:not\s+able|unable)\s+to\s+"
                          r"(?:reach|contact|speak|verify|confirm|independently)\b")
# "The U.N. mission said it was alarmed (by the fighting)": a feeling, nothing to check; a
# clause after it ("alarmed that 40 were killed") is checkable and not matched.
_FEELING = re.compile(
    r"\s*(?:[Ii]t|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|I)\s+(?:was|were|is|are|am|had\s+been|has\s+been"
    r"|have\s+been|remains?|remained)\s+(?:(?:deeply|gravely|very|extremely|increasingly|profoundly)\s+)?"
    r"(?:alarmed|concerned|worried|saddened|shocked|appalled|horrified|dismayed|outraged"
    r"|troubled|disturbed)(?:\s+(?:by|at|over|about)\s+(?:the\s+)?(?:(?:latest|recent|ongoing"
    r"|continued|renewed|continuing)\s+)?(?:situation|fighting|escalation|violence|developments"
    r"|tensions|reports|news|rhetoric|events|clashes)(?:\s+(?:in|on|near|along|at|around)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?)?[.!]?\s*$")  # (the event, "by
# the shelling of the plant by Russian forces", is checkable: not matched)
# "about the Ukrainian claim", "about the talks": a vague topic (not "about the killing of
# three hostages by Israeli troops", whose event is told)
_BARE_TOPIC = re.compile(
    r"\s*about\s+(?:it|this|that|them|(?:the|these|those|this|that|his|her|their|its|[\w-]+['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:claims?|reports?|allegations?|accusations?|comments?|remarks?"
    r"|statements?|situation|ceasefire|talks|deal|issue|matter|plan|proposal|strike|attack"
    r"|incident|case|video|footage))\s*", re.IGNORECASE)
_IMPERSONAL = re.compile(r"it\s+(?:is|was|has|had)\b", re.IGNORECASE)
_QUESTION_LEAD = frozenset({"by", "to", "for", "in", "from", "with", "of", "on", "at", "exactly",
                            "precisely"})
_INTERROGATIVES = frozenset({"whether", "if", "why", "how", "what", "who", "whom", "whose",
                             "which", "where", "when"})


def _impersonal(reason: Reason) -> bool:
    """"It is believed that …": a claim put about by nobody named (not "many say", which
    in debates mostly marks an opinion)."""
    return reason.code == ReasonCode.UNATTRIBUTED and _IMPERSONAL.match(reason.cue) is not None


def _asked_question(text: str, cue: str) -> bool:
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    # ("Asked about the Ukrainian claim, …": the question's topic, asserted by nobody)
    return (first in _INTERROGATIVES and cue.lower() in _QUESTION_VERBS) or (
        first == "about" and cue == "Asked" and _BARE_TOPIC.fullmatch(text) is not None)


def _demand(content: str, cue: str) -> bool:
    """"called for calm", "urged restraint", "called on both sides to protect civilians": a
    demand states no fact."""
    if cue.lower() not in _DEMANDING:
        return False
    words = content.split(None, 8)
    if words and words[0].lower() == "on" and "to" in (w.lower() for w in words[1:]):
        return True
    words = words[:5]
    return 0 < len(words) <= 4 and (words[0].lower() == "for" or cue.lower().startswith("urg"))


def _reaction(content: str, cue: str) -> bool:
    """"condemned the strike", "criticised the mechanism", "citing geolocated footage": a
    stance on (or a pointer to) a thing named, with nothing said about it."""
    return cue.lower() in _REACTING and not is_clause(content)


def _label(content: str, cue: str) -> bool:
    """"calling them “Russian propaganda”", "calling the accusation “groundless”": a name put
    on something, not a claim about it."""
    words = content.lower().split(None, 2)
    if cue.lower() not in _LABELLING or not words:
        return False
    return words[0] in _OBJECT_PRONOUNS or (len(words) == 3 and words[0] in _OBJECT_PRONOUNS | {
        "the"} and words[1].rstrip(",") in STATEMENT_NOUNS and words[2][:1] in "\"“‘'")


def _only_an_origin(content: str) -> bool:
    text = content.strip().rstrip(".")
    origin = citing_origin("citing " + text, 0)
    return origin is not None and origin[1] >= len("citing " + text) - 1


def _left_open(scored: str, content: str, cue: str) -> bool:
    """"It did not say whether …", "declined to say how many …", "declined to comment", "It
    was not immediately clear whether …": a question left open."""
    if content.lstrip()[:3] in ("It ", "it ") and _UNCLEAR.match(content):
        return True
    if _HOLDING.match(content):
        return True  # "said it was looking into the report": nothing said yet
    words = content.lower().split(None, 2)
    if words and words[0] == "to":
        words = words[1:]
    if cue.lower() in _REFUSALS and words and words[0].strip(".") in ("comment", "confirm"):
        return True  # "declined to comment": nothing said
    if cue.lower() in _COMMENTING and _a_topic_only(scored, content, cue):
        return True  # "have not commented directly on the drone claim": only its topic
    if cue.lower().startswith(("respond", "repl")) and _FOR_COMMENT.match(content):
        return True  # "did not respond/reply to a request for comment": nothing said
    if cue.lower() in _NEGATABLE_REPORTS and _negated_cue(scored, content, cue) and (
            cue.lower() not in _DENYING or re.search(
                re.escape(cue) + r"\s+that\s+" + re.escape(content[:20]), scored)):
        return True  # "The army has not reported losing any aircraft": nothing claimed
    if cue.lower() in ("citing", "quoting") and _only_an_origin(content):
        return True  # "…, citing the health ministry": whom the claim came from
    if cue.lower() in _REFUSALS and len(words) > 1 and words[0] in _TELLING:
        return words[1] in _INTERROGATIVES  # "declined to say how many"
    if len(words) > 1 and words[0] in _QUESTION_LEAD and words[1].strip(".") in _INTERROGATIVES:
        words = words[1:]  # "did not say by whom", "… precisely where"
    if not words or words[0].strip(".") not in _INTERROGATIVES or not cue:
        return False
    lowered = scored.lower()
    # the cue nearest before the content: "The army, which has not said much, said when …"
    at = lowered.rfind(cue.lower(), 0, max(lowered.rfind(content.lower()), 0))
    before = lowered[:at].split()[-4:] if at >= 0 else []
    while before and before[-1].endswith("ly"):
        before.pop()  # "did not publicly say"
    if not before:
        return False
    negated = before[-1] in _NEGATIONS or before[-1].endswith(("n't", "n’t")) or not (
        _NOBODY.isdisjoint(before))  # "None of the groups said how"
    return negated or (len(before) >= 2 and before[-1] == "to" and before[-2] in _REFUSALS)


def _a_topic_only(scored: str, content: str, cue: str) -> bool:
    """"(directly) on the report", "about it": what a comment was on, not what it said."""
    lowered = scored.lower()
    at = max(lowered.rfind(content.lower()), 0)
    cued = lowered.rfind(cue.lower(), 0, at)
    between = lowered[cued + len(cue):at] if cued >= 0 else ""
    words = [w for w in (between + " " + content.lower()).split()[:3] if not w.endswith("ly")]
    return bool(words) and words[0] in ("on", "about")


def _negated_cue(scored: str, content: str, cue: str) -> bool:
    """Whether "not"/"never" stands right before the cue nearest before the content."""
    lowered = scored.lower()
    at = lowered.rfind(cue.lower(), 0, max(lowered.rfind(content.lower()), 0))
    return at > 0 and _NEGATED_BEFORE.search(lowered, max(0, at - 30), at) is not None


def combined_checkworthiness(
    text: str, draft: Draft, cue: str = "", context: float | None = None,
    content: str | None = None,
) -> float:
    """The model's score for ``text`` adjusted by the draft's own evidence; ``cue`` is the
    words that attribute it ("said", "asked"), if any; ``context`` the model's score for the
    sentence around it, blended in (mean of the log-odds): the model was trained on whole
    sentences, and a claim's own words are often a fragment of one. ``content`` is the
    claim's content when ``text`` holds more (its source and verb); a question is told by it."""
    base = _logit(checkworthiness(text))
    if context is not None:
        base = (base + _logit(context)) / 2
    terms: list[float] = []
    if draft.quantities:
        terms.append(0.6)
    if not COMBAT_TYPES.isdisjoint(draft.types):
        terms.append(0.8)
    elif ClaimType.CAUSAL in draft.types or ClaimType.PREDICTION in draft.types:
        terms.append(0.2)
    if draft.source is not None:
        terms.append(0.3)
    if text.rstrip(" ’”'\"").endswith("?"):
        terms.append(-1.5)
    if text.count(" ") < 4:
        terms.append(-1.0)
    if "opinion" in draft.tags:
        terms.append(-0.6)
    if draft.meta:
        terms.append(-1.5)
    if any(reason.code in _CHECKING_NEEDED or _impersonal(reason) for reason in draft.reasons):
        terms.append(1.0)
    score = sigmoid(base + sum(terms))
    said = text if content is None else content
    if _asked_question(said, cue) or _left_open(text, said, cue) or _label(said, cue) or (
            draft.source is None and _NOBODY_SAID.match(text)) or _OUTLET_NOTE.match(text) or (
            _demand(said, cue)) or (_reaction(said, cue) and not _FIRST_PERSON.match(text)) or (
            cue and _FEELING.match(said)):
        # (a speaker's own record, "I have condemned those acts", is a claim about him)
        return min(score, ASKED_CAP)  # nobody asserts it, whatever it is about
    return score
