"""Speech verbs used for something other than reporting what somebody said.

"Biden called the emir twice" is a telephone call, "who spoke on condition of anonymity"
gives the terms of speaking, not what was said, and "Peacekeepers recorded 60 shells"
records things, not words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extract.attributed import Offsets
from pipeline.extract.content import OPENING, THAT_BEFORE, is_clause
from pipeline.extract.lexicon import SUBJECT_PRONOUNS
from pipeline.extract.tokens import Token, is_np_word

__all__ = [
    "REFUSAL_NOUNS",
    "acts_on_object",
    "compared_or_open",
    "demand_or_aside",
    "not_speaking",
]

# "called the emir twice", "called Zelensky on Monday": telephoned (not "called on", "called
# for", "called his statements childish on Sunday")
_PHONED = re.compile(
    r"\s+(?:(?:the|his|her|their|its)\s+[a-z][\w’'-]*|(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*|him"
    r"|her|them)\s+(?:twice|once|again|repeatedly|(?:several|two|three|four|many|multiple)\s+"
    r"times|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|to\s+discuss"
    r"|(?:that|this|last)\s+(?:evening|morning|night|afternoon|week)(?=\s*(?:[,.;]|and\b|$))"
    r"|and\s+told)\b")
# "who spoke on condition of anonymity", "requested anonymity": what follows is no content
_ANONYMITY = re.compile(
    r"\s+(?:(?:to\s+(?:[\w’'.-]+\s+){1,4})?(?:on|under)\s+(?:the\s+)?condition|anonymity"
    r"|anonymously|(?:not\s+)?to\s+be\s+(?:named|identified))\b")


def not_speaking(body: str, word: str, cue_end: int) -> bool:
    """Whether a speech verb is used of a telephone call ("called the emir twice") or of
    the terms of speaking ("spoke on condition of anonymity"), reporting nothing.

    >>> not_speaking("Biden called the emir twice.", "called", 12)
    True
    >>> not_speaking("Israel called the figures exaggerated.", "called", 13)
    False
    """
    return (word.startswith("call") and _PHONED.match(body, cue_end) is not None) or (
        _ANONYMITY.match(body, cue_end) is not None) or (
        word in _SPOKE and _SPOKE_TO.match(body, cue_end) is not None) or (
        word in _DENY and _REFUSED.match(body, cue_end) is not None) or (
        word in _ASK and body.startswith(" for ", cue_end)) or (
        word == "reporting" and _REPORTING_NOUN.match(body, cue_end) is not None) or (
        word.startswith("declar") and _DECLARED_ACT.match(body, cue_end) is not None)
    # ("would ask for his B sample to be tested": a request; "during the reporting period":
    # a noun's modifier; "declared force majeure after an attack": a legal act)


_DECLARED_ACT = re.compile(r"\s+(?:(?:a|an)\s+)?(?:force\s+majeure|state\s+of\s+(?:emergency"
                           r"|siege|war)|martial\s+law|curfew|bankruptcy|insolvency)\b"
                           # ("declared martial law had been lifted": speech; ", saying …" and
                           # ", citing …" keep the declarer as their speaker)
                           r"(?!\s+(?:had|has|have|was|were|is|are|would|will|violators)\b)"
                           r"(?![^.;]*,\s+(?:saying|citing|adding|arguing|noting)\b)",
                           re.IGNORECASE)


_REPORTING_NOUN = re.compile(r"\s+(?:period|periods|requirements?|rules?|standards?|date"
                             r"|deadline|season|obligations?|system|line|cycle|window)\b")


# "can't deny you coverage", "denied him bail", "denied entry to": a refusal, not a denial
# ("denied her involvement" is ambiguous: "her" may be a possessive; "denied them at the
# time" denies allegations). The same words are exceptions in data/uncertainty_lexicon.json.
_ASK = frozenset({"ask", "asks", "asked", "asking"})
_DENY = frozenset({"deny", "denies", "denied", "denying"})
#: What is denied someone ("denied him bail"); tests check the lexicon's exceptions match.
REFUSAL_NOUNS = ("access", "entry", "permission", "bail", "visa", "visas", "coverage", "passage",
                 "asylum", "treatment", "care", "benefits", "aid", "food", "water", "medication",
                 "parole", "custody", "funding", "protection")
_REFUSED = re.compile(
    r"\s+(?:(?:you|him|them|us|me|[A-Z][\w’'.-]*)\s+(?:the\s+|a\s+|any\s+|their\s+|his\s+)?)?"
    r"(?:" + "|".join(REFUSAL_NOUNS) + r")\b"
    # "deny many energized independents the right to vote" (not "denied that he had the right")
    r"|\s+(?:(?!(?:that|it|he|she|they|we|i|ever|had|has|have|having|was|were|is|are)\b)"
    r"(?![\w’'-]+ing\b)[\w’'-]+\s+){0,5}?(?:the|their|his|her|its|a)\s+(?:right|rights|chance"
    r"|opportunity)\s+to\b")


# "spoke to Reuters", "talked with the Herald about the flooding": who was spoken to (and
# on what), with nothing said; "spoke to reporters, saying …" goes on in its participle
_SPOKE = frozenset({"spoke", "speaks", "speak", "speaking", "spoken", "talked", "talks", "talk",
                    "talking"})
# ("spoke to X that …" reports, but not "spoke to a resident, who said that …")
_SPOKE_TO = re.compile(r"\s+(?:to|with)\s+(?![^.;:,“”\"]*\bthat\b)[^.;:“”\"]{1,80}"
                       r"(?:[.!?]|,\s|$)")


# Verbs that report only with a clause or a quotation; with a bare object they act.
# (PolNeAR annotates "admitted X", "demands X resign", "continued to portray": not those.)
_OBJECT_VERBS = frozenset({"recorded", "records", "passed", "allows", "allowed",
                           # "Employers added 303,000 jobs", "vetoed the budget", "signed the
                           # bill", "accepted $50,000 in bribes", "laid off 600 employees"
                           "added", "adds", "vetoed", "vetoes", "signed", "signs", "accepted",
                           "accepts", "laid", "lays", "feared", "fears", "fearing",
                           # "has delivered Storm Shadow missiles to Ukraine"
                           "delivered", "delivers", "supplied", "supplies", "sent", "sends",
                           # "Russia seldom discloses its casualties": what, not that
                           "disclose", "discloses", "disclosed", "disclosing"})
_NUMBER_FIRST = re.compile(r"(?:\d|(?:some|about|up\s+to|nearly|another|an\s+extra|two|three|four"
                           r"|five|six|seven|eight|nine|ten|several|dozens|hundreds)\b)")


def acts_on_object(body: str, word: str, content: Offsets) -> bool:
    """Whether ``word`` with this content does something to an object rather than report.

    >>> text = "Peacekeepers recorded up to 60 projectiles."
    >>> acts_on_object(text, "recorded", (25, 42))
    True
    >>> text = "The report recorded that 60 projectiles fell."
    >>> acts_on_object(text, "recorded", (25, 44))
    False
    """
    if word == "adding":  # "adding 10 to 14 days to voyages": a sum ("adding that …" reports)
        return _NUMBER_FIRST.match(body, content[0]) is not None and not THAT_BEFORE.search(
            body, max(0, content[0] - 6), content[0])  # ("adding that 40 others were hurt")
    text = body[content[0] : content[1]]
    if _NUMBER_FIRST.match(text):  # "added 2 million appointments and had offered …": the
        # object ends where the next verb or a speech tag begins ("added 143,000 jobs in
        # January, the Labor Department said")
        text = _NEXT_VERB.split(text, 1)[0].split(", ", 1)[0]
    return word in _OBJECT_VERBS and body[content[0]] not in OPENING and (
        not is_clause(text) or body.startswith("to ", content[0]))


_NEXT_VERB = re.compile(r",?\s+and\s+(?:had|has|have|was|were|is|are|will|would)\s")
_FIGURES_BEFORE = frozenset({"the", "official", "initial", "earlier", "previous", "government"})
_OPEN_WORDS = frozenset({"how", "whether", "why", "who", "what", "if", "when", "where"})


def compared_or_open(tokens: list[Token], k: int) -> bool:
    """Whether the cue at ``k`` only compares ("higher than the official figures suggest")
    or sits in an open question ("It was not clear how the Houthis had identified …")."""
    before = [t.lower for t in tokens[max(0, k - 12) : k]]
    if "than" in before:
        i = k - 1
        while i >= 0 and is_np_word(tokens[i]):
            i -= 1
        if i >= 0 and tokens[i].lower == "than" and tokens[i + 1].lower in _FIGURES_BEFORE:
            return True
    if "clear" in before or "unclear" in before:
        return any(w in ("clear", "unclear") and nxt in _OPEN_WORDS
                   for w, nxt in pairwise(before))
    return False


_INSISTING = frozenset({"insisted", "insists", "insist", "insisting"})
_NOUN_CLAIMS = frozenset({"claims", "claim"})
_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "any", "no", "his", "her", "its", "their",
                               "given", "gave", "give", "received", "obtained", "signed"})
_RECORD_NOUNS = frozenset({"information", "data", "processing", "process", "payments",
                           "records", "history", "system", "systems", "forms", "handling",
                           "adjusters", "department", "backlog"})
_DECLINING = frozenset({"decline", "declines", "declined", "declining"})
# What one declines when refusing: "declined to comment", "declined repeated requests"
_REFUSED_THINGS = frozenset({"to", "comment", "comments", "further", "requests", "request",
                             "an", "interview", "interviews", "repeated", "multiple", "several",
                             "numerous", "our", "reuters", "questions", "invitations"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that",
                          "about", "around", "some", "just", "only"})
_NOUN_REPORTS = frozenset({"report", "reports", "claim", "claims", "estimate", "estimates",
                           "assessment", "assessments", "statement", "statements", "survey"})
_REPORT_VERBS = frozenset({"said", "says", "say", "found", "finds", "showed", "shows", "show",
                           "concluded", "concludes", "stated", "states", "noted", "notes",
                           "added", "alleged", "alleges", "suggested", "suggests", "estimated"})
_FINITE = frozenset({"could", "were", "are", "have", "had", "remain", "remained", "cannot",
                     "can", "would", "will", "may", "might", "appear", "appeared", "seem",
                     "seemed", "must", "should"})
_RESPONDING = frozenset({"responded", "responds", "respond", "retaliated", "replied"})
# What a response by force is to, or is made with
_FORCE = frozenset({"attack", "attacks", "strike", "strikes", "airstrikes", "shelling", "assault",
                    "aggression", "provocation", "offensive", "incursion", "invasion", "missile",
                    "missiles", "rocket", "rockets", "drone", "drones", "fire", "artillery",
                    "bombardment", "force", "raids", "raid", "troops", "tanks", "sanctions"})
_SAYING = frozenset({"saying", "stating", "adding", "arguing", "claiming", "insisting",
                     "noting", "writing", "telling"})
_AIDING = frozenset({"supports", "supported", "backs", "backed", "funds", "funded"})
_WH_SUBJECTS = frozenset({"who", "what", "which", "whom"})
_TELL = frozenset({"say", "specify", "disclose", "reveal", "explain", "indicate", "know"})
_NOT = frozenset({"not", "never", "didn't", "didn’t", "doesn't", "doesn’t", "declined",
                  "refused"})


def demand_or_aside(tokens: list[Token], k: int) -> bool:
    """Whether the cue at ``k`` makes a demand ("insisted on the return of soldiers"),
    answers with deeds ("troops responded, destroying several posts"), is a noun or a fall
    ("medical claims information", "a 30 percent decline"), tells
    what a body does in an aside ("MSF, which supports the hospital, said"), or stands in a
    question left open ("did not say who it believed was behind the attack").

    >>> from pipeline.extract.tokens import tokenize
    >>> [demand_or_aside(tokenize(t), 3) for t in ("Moscow had initially insisted on it",
    ...     "MSF , which supports the hospital", "He did not say who it believed was")]
    [True, True, False]
    >>> demand_or_aside(tokenize("He did not say who it believed was"), 6)
    True
    """
    word = tokens[k].lower
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if word in _INSISTING and nxt == "on":
        return True
    if word == "written" and k > 0 and tokens[k - 1].lower in _BEFORE_ADJECTIVE:
        return True  # "had given written permission", "a written statement": an adjective
    if word in _NOUN_CLAIMS and nxt in _RECORD_NOUNS:
        return True  # "medical claims information", "insurance claims data": a noun
    if word in _NOUN_REPORTS and (nxt in _REPORT_VERBS or (nxt in _FINITE and word.endswith(
            "s") and k > 0 and tokens[k - 1].text[0].islower())) and not (
            k > 0 and tokens[k - 1].lower in SUBJECT_PRONOUNS):  # "images it claims show"
        # "…, a U.N. report said": the report speaks, "report" is its noun; so is "The RSF's
        # battlefield claims could not be verified"
        return True
    if word in _DECLINING and (nxt not in _REFUSED_THINGS or (nxt == "to" and (
            k + 2 >= len(tokens) or not tokens[k + 2].lower.isalpha()
            or tokens[k + 2].lower in _DETERMINERS))):
        return True  # "a 30 percent decline to a …", "could decline far faster": a fall
    if word in _RESPONDING and k + 2 < len(tokens) and tokens[k + 1].text == "," and (
            tokens[k + 2].lower.endswith("ing") and tokens[k + 2].lower not in _SAYING):
        return True  # "Pakistani troops responded, destroying several posts": they fought
    if word in _RESPONDING and nxt in ("to", "with") and tokens[k].text.islower() and any(
            t.lower in _FORCE for t in tokens[k + 2 : k + 6]):
        return True  # "had responded to the attack with artillery fire": a deed
    if word in _AIDING and k >= 2 and tokens[k - 1].lower in ("which", "that") and (
            tokens[k - 2].text == ","):
        return True
    return k >= 3 and tokens[k - 2].lower in _WH_SUBJECTS and tokens[k - 3].lower in _TELL and (
        not _NOT.isdisjoint(t.lower for t in tokens[max(k - 6, 0) : k - 3]))
