"""Whether an ambiguous cue form reads as a noun where it stands.

"claims", "report", "estimates" and "state" are nouns as often as verbs: "the drone claim",
"credible reports", "U.S. estimates put the toll at 10", "in Zamfara state". A noun reports
nothing, so :mod:`pipeline.extract.speech` asks these before it builds an attribution.

>>> from pipeline.extract.tokens import tokenize
>>> t = tokenize("Israel and Hezbollah trade claims after strikes")
>>> noun_reading(t[3], "claims", t[5])
True
"""

from __future__ import annotations

import re

from pipeline.extract.content import OPENING
from pipeline.extract.lexicon import DETERMINERS, NOUN_MODIFIERS, STATING_WORDS
from pipeline.extract.tokens import Token, is_quote

__all__ = ["demonym_noun", "noun_before_content", "noun_reading", "state_is_noun"]

# Plural nouns without an -s: "the police report" has a noun "report" after them.
_PLURAL_NOUNS = frozenset({"data", "people", "police", "media", "staff", "personnel"})
# Past forms that are never nouns, even right after a lower-case noun ("the inquiry found").
_ONLY_VERBS = frozenset({"found", "shown"})

# ", without providing evidence, that …": an aside between a verb and what it reports.
_ASIDE_AFTER = re.compile(r",\s*(?:without|citing|however|in|on|at|after|before|during|for"
                          r"|with|as|according|again|once|now|also|though|yesterday|today"
                          r"|[A-Z][a-z]+day)\b")

# A finite verb right after a plural cue word shows the word is the noun it is the subject of.
_FINITE_AFTER_NOUN = re.compile(r"(?:[a-z]+ly\s+)?(?:put|puts|were|are|have|had|show|showed|shown"
                                r"|suggest"
                                r"|suggested|vary|varied|range|ranged)\b")
# ... unless a subject pronoun stands before the cue word: "images it claims show the launcher"
_PRONOUN_BEFORE = re.compile(r"(?:^|\s)(?:it|he|she|they|we)\s+$", re.IGNORECASE)

# A report verb right after the cue word makes the word its subject: "The UN report said"
_REPORT_AFTER_NOUN = re.compile(r"(?:said|says|found|finds|concluded|concludes|stated"
                                r"|estimated|estimates|documented|noted|warned|puts?|showed"
                                r"|shows|listed|lists|counted|recorded|attributed|attributes|blamed"
                                r"|blames|accused|accuses)\s+(?:that\s+)?"
                                r"[\w“\"‘'$]")


# Nouns that also modify nouns ("the ministry claims") but are, before a past form or an
# object, the subject of the verb ("the ministry reported", "the army claims the town fell").
# After these a verb takes its base form, so an -s form there is a noun.
_BEFORE_BASE_FORM = frozenset({"have", "has", "had", "do", "does", "did", "will", "would", "can",
                               "could", "should", "may", "might", "must", "is", "are", "was",
                               "were", "be", "been", "being", "to"})
# Auxiliaries a verb's base form follows: "the air force did report that …"
_BASE_FORM_AUXILIARIES = frozenset({"do", "does", "did", "will", "would", "can", "could",
                                    "should", "may", "might", "must"})
_SUBJECT_NOUNS = frozenset({"army", "government", "intelligence", "media", "military",
                            "ministry", "police", "press"})


# Prepositions and modifiers after which an ambiguous form is a noun.
# "In a Telegram post, …": a platform's post, no poster ("shared on Telegram shows" is a verb)
_PLATFORMS = frozenset({"telegram", "facebook", "instagram", "twitter", "tiktok", "youtube",
                        "vk", "weibo", "blog", "linkedin"})
# Verbs whose object is what was said: "ignored calls to stop", "dismissed reports"
_TAKING_OBJECTS = frozenset({"ignored", "ignoring", "heeded", "heeding", "rejected", "dismissed",
                             "repeated", "repeating", "renewed", "renewing", "echoed", "echoing",
                             "answered", "received", "receiving", "welcomed", "amplified",
                             "amplifying", "spread", "spreading", "defied", "defying"})
# Posts a force holds: "forward posts", "posts along the border"
_OUTPOSTS = frozenset({"forward", "border", "frontline", "front-line", "observation", "checkpoint",
                       "listening", "outlying", "remote"})
_PLACED = frozenset({"in", "along", "near", "across", "at", "inside", "close"})
_BEFORE_NOUNS = frozenset({"since", "amid", "despite", "following", "among", "without",
                           "command", "unconfirmed", "initial", "preliminary", "conflicting",
                           "latest", "earlier", "further", "separate", "numerous", "multiple",
                           "peace", "ceasefire", "intelligence", "witness", "casualty",
                           # "These are baseless claims": an evaluation of claims, no speaker
                           "baseless", "unfounded", "groundless", "unsubstantiated", "false",
                           "fabricated", "exaggerated", "absurd", "ridiculous", "such", "trade",
                           "traded", "trading", "exchange", "exchanged", "rival", "competing",
                           # "pleaded not guilty to federal charges that …": the charges
                           "federal", "criminal", "formal", "fresh", "corruption", "fraud",
                           "bribery", "terrorism", "murder", "treason", "espionage"})


_QUANTIFIERS = frozenset({"neither", "either", "each", "every", "no", "any", "another"})


def noun_reading(prev: Token | None, word: str, nxt: Token | None = None) -> bool:
    """Whether an ambiguous form ("claims", "report") reads as a noun after ``prev``
    (and before ``nxt``)."""
    if word.endswith("s") and not word.endswith(("ss", "us")) and (
            prev is not None and prev.lower in _BEFORE_BASE_FORM):
        return True  # "have views that", "were reports": no verb takes -s after these
    if prev is not None and prev.lower in _SUBJECT_NOUNS and (
            word.endswith("ed") or _object_next(nxt) or (
                word.endswith("s") and nxt is not None and nxt.text == ",")):
        return False  # "the army claims, without providing evidence, that …"
    if prev is not None and word.endswith("ed") and prev.text[:1].isupper() and (
            prev.lower in NOUN_MODIFIERS):
        return False  # "ABC News reported": a name's last word, then its verb
    if prev is None or prev.lower in DETERMINERS or prev.lower in NOUN_MODIFIERS:
        return True
    if not word.endswith("ed") and (prev.lower in _QUANTIFIERS or (
            prev.text[0].islower() and "-" in prev.text and not prev.lower.endswith(
                ("ers", "ors", "ists", "ians", "ents", "ives")))):  # "ex-soldiers" would speak
        return True  # "Neither claim could be verified", "using fake-news claims to"
    if word.startswith("post") and (prev.lower in _PLATFORMS or prev.lower in _OUTPOSTS or (
            word == "posts" and nxt is not None and nxt.lower in _PLACED)):
        return True  # "fire on forward posts", "posts along the border": army positions
    if prev.text[0].isdigit() or prev.lower in _BEFORE_NOUNS or (
            prev.lower.endswith(("ible", "able")) and prev.text[0].islower()):
        return True  # "its 2023 report", "credible reports", "since talks stalled"
    if prev.lower.endswith(("'s", "’s")):
        return True
    if word.endswith("s") and not word.endswith(("ss", "us")) and prev.lower in _TAKING_OBJECTS:
        return True  # "ignored calls to stop", "repeated claims": the verb's object
    if prev.lower == "up" and word in ("plans", "plan", "proposals", "report", "reports"):
        return True  # "has drawn up plans to withdraw …": what was drawn up
    if not word.endswith(("s", "ed")) and prev.text[0].isupper() and nxt is not None and (
            nxt.lower in _FINITE_NEXT or (nxt.lower.endswith("ed") and nxt.text[0].islower())):
        return True  # "the Islamic State claim appeared", "A UN report released last year"
    # "the drone claim": a base form right after a lower-case singular noun is a noun.
    return (
        not word.endswith(("s", "ed"))
        and word not in _ONLY_VERBS
        and prev.text[0].islower()
        and not prev.lower.endswith("s")
        and prev.lower not in _PLURAL_NOUNS
        and prev.lower not in ("they", "we", "i", "you", "who", "which", "that", "to")
        and prev.lower not in _BASE_FORM_AUXILIARIES  # "did report that", "will claim"
    )


_FINITE_NEXT = frozenset({"could", "can", "was", "is", "has", "had", "would", "will", "may",
                          "might", "said", "says", "shows", "showed", "appears", "seems"})


def _object_next(nxt: Token | None) -> bool:
    """Whether the word after an ambiguous form opens its object or that-clause."""
    if nxt is None:
        return False
    return (nxt.lower in DETERMINERS or nxt.lower in ("that", "he", "she", "it", "they", "we")
            or nxt.text[0].isdigit() or nxt.text[0].isupper() or is_quote(nxt))


# Endings of nationality adjectives ("Russian", "Israeli", "Chinese", "British").
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "i")


def demonym_noun(tokens: list[Token], k: int) -> bool:
    """"the Russian claim", "a Ukrainian report": after an article and a nationality the
    ambiguous form is a noun ("the Kremlin claims" stays a verb)."""
    if k < 1:
        return False
    prev = tokens[k - 1]
    if not (prev.text[0].isupper() and prev.lower.endswith(_DEMONYM_ENDINGS)):
        return False
    # "the Russian claim"; "Armenian claims of an attack were false"
    return (k >= 2 and tokens[k - 2].lower in ("the", "a", "an")) or (
        k + 1 < len(tokens) and tokens[k + 1].lower == "of")


def noun_before_content(body: str, word: str, cue_end: int, content_start: int) -> bool:
    """Whether a plural cue word is a noun: a comma and no aside or quotation after it
    ("on treason charges, the court said"), or a finite verb ("U.S. estimates put …").

    >>> noun_before_content("U.S. estimates put the toll at 10", "estimates", 14, 15)
    True
    >>> noun_before_content("The UN report said 40 died", "report", 13, 14)
    True
    """
    if word in ("report", "statement") and _REPORT_AFTER_NOUN.match(body, content_start):
        return True  # "The UN report said 40 people died", "An Amnesty report found that"
    if not word.endswith("s") or word == "says":
        return False
    if body.startswith(",", cue_end) and body[content_start] not in OPENING and not (
            _ASIDE_AFTER.match(body, cue_end)):
        return True
    if _PRONOUN_BEFORE.search(body, max(0, cue_end - len(word) - 6), cue_end - len(word)):
        return False
    return _FINITE_AFTER_NOUN.match(body, content_start) is not None


def state_is_noun(prev: Token | None, word: str, nxt: Token | None) -> bool:
    """Whether "state(s)" names a place here: "the 15 states that have voted", "Rust Belt
    states", "in Zamfara state", "Kano and Katsina states," (not "the report states").

    >>> from pipeline.extract.tokens import tokenize
    >>> t = tokenize("in Zamfara state, police said")
    >>> state_is_noun(t[1], "state", t[3])
    True
    """
    if prev is None or word not in ("state", "states"):
        return False
    if prev.text[0].islower():
        return prev.lower not in STATING_WORDS
    if word == "state":  # a verb after one capitalised name would be "states"
        return not prev.lower.endswith("s")
    return nxt is not None and nxt.lower in (",", "and", "of", "in", "on")
