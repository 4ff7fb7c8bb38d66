"""Whether a speech-verb form really reports something where it stands.

"claims" and "report" are nouns as often as verbs ("the drone claim", "could not verify
battlefield reports"), and a negated checking verb ("was not confirmed by Kyiv") reports
nothing but the lack of a confirmation. :mod:`pipeline.extract.speech` asks these before it
builds an attribution.
"""

from __future__ import annotations

import re

from pipeline.extract.content import OPENING
from pipeline.extract.lexicon import (
    DETERMINERS,
    EVIDENCE_VERBS,
    NOUN_MODIFIERS,
    PERSON_NOUNS,
    STATEMENT_NOUNS,
    STATING_WORDS,
    VERB_NOUN_AMBIGUOUS,
)
from pipeline.extract.non_speech import compared_or_open, demand_or_aside
from pipeline.extract.tokens import Token, is_quote

__all__ = [
    "CHECKING",
    "COUNT_WORDS",
    "demonym_noun",
    "judges_statement",
    "negated",
    "no_report",
    "noun_before_content",
    "noun_reading",
    "other_sense",
    "state_is_noun",
]
# Plural nouns without an -s: "the police report" has a noun "report" after them.
_PLURAL_NOUNS = frozenset({"data", "people", "police", "media", "staff", "personnel"})
# Verbs of checking say nothing was established when negated ("was unable to confirm the
# number", "has not been confirmed by Ukraine"): those are not-verified cues, not reports.
CHECKING = frozenset({"confirm", "confirms", "confirmed", "confirming", "verify", "verifies",
                      "verified", "verifying", "corroborate", "corroborates", "corroborated",
                      "observed"})
_NEGATIONS = frozenset({"not", "never", "unable", "cannot", "failed", "refused", "declined",
                        "can't", "couldn't", "didn't", "doesn't", "don't", "hasn't", "haven't",
                        "hadn't", "wasn't", "weren't", "isn't", "aren't", "won't", "wouldn't",
                        "can’t", "couldn’t", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t",
                        "hadn’t", "wasn’t", "weren’t", "isn’t", "aren’t", "won’t", "wouldn’t"})
_NEGATION_GAP = frozenset({"to", "be", "been", "being", "yet", "immediately", "independently",
                           "able", "has", "have", "had", "was", "were", "is", "are", "could",
                           "would", "can", "will", "so", "far", "as", "ever", "then"})
# Past forms that are never nouns, even right after a lower-case noun ("the inquiry found").
_ONLY_VERBS = frozenset({"found", "shown"})


_FIND = frozenset({"find", "finds", "found", "finding"})
# "found itself at the centre", "found ways to press his agenda", "found sanctuary": finding
# a thing, not a finding.
_FOUND_THINGS = frozenset({"ways", "way", "time", "sanctuary", "refuge", "shelter", "work",
                           "jobs", "success", "favor", "favour", "solace", "comfort",
                           "inspiration"})
_AUXILIARY_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})
# "a statement posted on Telegram", "a video released by the army": a reduced relative
# clause on the thing said, not a report of its own.
_POSTED_THINGS = frozenset({"statement", "statements", "video", "videos", "message", "messages",
                            "post", "posts", "letter", "footage", "report", "reports"})
_PARTICIPLE_NEXT = frozenset({"on", "to", "in", "online", "by", "late", "earlier", "overnight",
                              "via", "from"})
_NAMING = frozenset({"calling", "calls", "called", "call", "styling", "styles", "styled"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
_RULING = frozenset({"ruled", "rule", "rules", "ruling"})
_PERFECT = frozenset({"has", "have", "had", "long"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "on", "after", "during", "over"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "”", "\"", "’", "'"})


_AMOUNTS = frozenset({"more", "over", "about", "nearly", "almost", "some", "millions",
                      "thousands", "hundreds", "by"})
_OBJECT_PRONOUN_WORDS = frozenset({"us", "me", "him", "her", "them", "you"})
_WEAPONS = frozenset("""strike strikes airstrike airstrikes missile missiles drone drones rocket
    rockets shell shells shelling bomb bombs blast explosion attack attacks barrage fire
    quake earthquake storm""".split())  # noqa: SIM905
_FEARED = frozenset({"reported", "feared", "presumed", "believed"})
_FATES = frozenset({"killed", "dead", "missing", "wounded", "injured", "kidnapped", "abducted",
                    "detained"})


# ("claims almost all of the sea" can still open a clause: "claimed almost all … were shot down")
_TERRITORIAL = frozenset({"sovereignty", "ownership"})
_CLAIMED_LAND = re.compile(
    r"(?:(?:almost |nearly |virtually |most |much |all |parts |part )+of (?:the )?"
    r"|(?:almost |nearly |virtually )?the (?:entire|whole) )(?:[\w’'-]+ ){0,3}"
    r"(?:sea|waters|territory|islands|region|land|province|coast)(?! (?:was|were|is|are|had"
    r"|has|have)\b)")
COUNT_WORDS = frozenset("""two three four five six seven eight nine ten dozens several
    hundreds thousands""".split())  # noqa: SIM905
# Subjects of "saw" that are times or events, which see nothing: "2023 saw", "the war saw"
_EVENT_NOUNS = frozenset("""exchange war year week month day weekend attack offensive fighting
    operation period conflict decade election ceasefire truce deal talks battle siege
    night""".split())  # noqa: SIM905


def _counted(tokens: list[Token], k: int) -> bool:
    """A count right before the word, or before one modifier of it ("two border posts")."""
    before = [tokens[k - 1]] + ([tokens[k - 2]] if k >= 2 and tokens[k - 1].text.isalpha() else [])
    return any((t.text.isdigit() and len(t.text) < 4) or t.lower in COUNT_WORDS for t in before)


def no_report(tokens: list[Token], k: int) -> bool:
    """Whether the cue word at ``k`` reports nothing where it stands: finding a thing, not a
    finding; a name a group gives itself; a party that rules a country.

    >>> from pipeline.extract.tokens import tokenize
    >>> [no_report(tokenize(text), 2) for text in ("The poll found that X led",
    ...     "He has found himself embroiled", "Nuns were found slain",
    ...     "A group calling itself NoName057(16) said", "Frelimo has ruled Mozambique since")]
    [False, True, True, True, True]
    >>> no_report(tokenize("Famine confirmed in parts of Sudan"), 1)
    True
    """
    if k + 1 >= len(tokens):
        return False
    word, nxt = tokens[k].lower, tokens[k + 1].lower
    if nxt == "than" or (word == "pledged" and nxt.rstrip("s").endswith("delegate")):
        return True  # "easier said than done", "20 pledged delegates"
    if word in ("declined", "refused") and nxt == "to" and k + 2 < len(tokens) and tokens[
            k + 2].lower in EVIDENCE_VERBS:
        return True  # "declined to give figures": nothing said (a verdict on the claims)
    if compared_or_open(tokens, k) or demand_or_aside(tokens, k):
        # "higher than the official figures suggest", "not clear how X identified", "insisted
        # on the return of", "MSF, which supports the hospital,"
        return True
    if word.startswith("authori") and nxt == "to" and k >= 1 and tokens[k - 1].lower in (
            "not", "was", "were", "is", "are", "been"):
        return True  # "who was not authorized to discuss the talks": leave, not a report
    if word in VERB_NOUN_AMBIGUOUS and word.endswith("s") and k >= 1 and _counted(tokens, k):
        return True  # "two border posts", "12 reports": counted things, nouns
    if word.startswith("claim") and (nxt in _TERRITORIAL or _CLAIMED_LAND.match(
            " ".join(t.lower for t in tokens[k + 1 : k + 10]))):
        # "China claims sovereignty over the islands", "Beijing claims almost all of the
        # South China Sea": territory, not words ("claimed most of the drones were downed")
        return True
    if word in ("saw", "sees") and any(t.lower in _EVENT_NOUNS for t in tokens[:min(k, 4)]):
        return True  # "The last exchange, in April 2023, saw 900 prisoners freed"
    if k >= 1 and word.endswith("ed") and tokens[k - 1].lower in _POSTED_THINGS and (
            nxt in _PARTICIPLE_NEXT):
        return True  # "In a statement posted on Telegram, X said": what X said it in
    if k == 1 and word.endswith("ed") and word != "said" and nxt in _PLACE_PREPOSITIONS and (
            tokens[-1].text not in _SENTENCE_ENDS):
        return True  # the headline "Famine confirmed in parts of Sudan": a passive
    if word in _FEARED and nxt in _FATES and k >= 1 and tokens[k - 1].lower not in _AUXILIARY_BE:
        return True  # "the 35,000 people reported killed": what is said of them (a hedge)
    if word in ("spoke", "spoken") and nxt in ("to", "with") and k + 2 < len(tokens) and (
            tokens[k + 2].lower in _OBJECT_PRONOUN_WORDS):
        return True  # "He spoke to us by video link": whom he spoke to, not what he said
    if word.endswith("ed") and k >= 1 and tokens[k - 1].lower in ("widely", "much", "heavily"):
        return True  # "one widely shared post": a description of the post
    if (word in ("admitted", "admits") and (nxt[0].isdigit() or nxt in COUNT_WORDS or (
            nxt in _AMOUNTS and nxt != "by"))) or (word in ("continued", "continues") and nxt in (
            "from", "until", "into", "through", "throughout", "overnight")):
        return True  # "The hospital admitted 40 patients", "Shelling continued from 10 p.m."
    if word == "viewed" and (nxt[0].isdigit() or nxt in _AMOUNTS):
        return True  # "a clip viewed more than 4 million times"
    if word in ("shared", "watched", "retweeted", "reposted") and any(
            t.lower == "times" for t in tokens[k + 1 : k + 6]):
        return True  # "was shared more than 2 million times": a count of shares
    if word in ("named", "identified") and k >= 1 and tokens[k - 1].lower == "be":
        return True  # "who asked not to be named": anonymity, nothing reported
    if word in ("hit", "hits") and k >= 1 and tokens[k - 1].lower in _WEAPONS:
        return True  # "Strike hits school in Sumy": an attack, not "Romney hits Trump"
    if word in _NAMING and nxt in _REFLEXIVES:
        return True  # "a group calling itself X": X is its name
    if word in _RULING:
        # "Frelimo has ruled Mozambique since 1975"; a court "ruled that …" reports
        return k >= 1 and tokens[k - 1].lower in _PERFECT and tokens[k + 1].text[0].isupper()
    if word not in _FIND:
        return False
    if nxt.endswith(("self", "selves")) or nxt in _FOUND_THINGS:
        return True
    # "two nuns are found slain", "is far more likely to be found alone": no finding
    return k >= 1 and tokens[k - 1].lower in _AUXILIARY_BE and nxt not in ("that", "to")


def negated(tokens: list[Token], k: int) -> bool:
    """Whether a negation governs the verb at ``k`` ("could not be independently verified")."""
    for i in range(k - 1, max(k - 6, -1), -1):
        word = tokens[i].lower
        if word in _NEGATIONS:
            return True
        if word not in _NEGATION_GAP and not (word.endswith("ly") and word != "only"):
            return False
    return False


# Nouns that also modify nouns ("the ministry claims") but are, before a past form or an
# object, the subject of the verb ("the ministry reported", "the army claims the town fell").
# After these a verb takes its base form, so an -s form there is a noun.
_BEFORE_BASE_FORM = frozenset({"have", "has", "had", "do", "does", "did", "will", "would", "can",
                               "could", "should", "may", "might", "must", "is", "are", "was",
                               "were", "be", "been", "being", "to"})
_SUBJECT_NOUNS = frozenset({"army", "government", "intelligence", "media", "military",
                            "ministry", "police", "press"})


# Prepositions and modifiers after which an ambiguous form is a noun.
# "In a Telegram post, …": a platform's post, no poster ("shared on Telegram shows" is a verb)
_PLATFORMS = frozenset({"telegram", "facebook", "instagram", "twitter", "tiktok", "youtube",
                        "vk", "weibo", "blog", "linkedin"})
_BEFORE_NOUNS = frozenset({"since", "amid", "despite", "following", "among", "without",
                           "command", "unconfirmed", "initial", "preliminary", "conflicting",
                           "latest", "earlier", "further", "separate", "numerous", "multiple",
                           "peace", "ceasefire", "intelligence", "witness", "casualty",
                           # "These are baseless claims": an evaluation of claims, no speaker
                           "baseless", "unfounded", "groundless", "unsubstantiated", "false",
                           "fabricated", "exaggerated", "absurd", "ridiculous", "such"})


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
    if prev is None or prev.lower in DETERMINERS or prev.lower in NOUN_MODIFIERS:
        return True
    if not word.endswith("ed") and (prev.lower in _QUANTIFIERS or (
            prev.text[0].islower() and "-" in prev.text and not prev.lower.endswith(
                ("ers", "ors", "ists", "ians", "ents", "ives")))):  # "ex-soldiers" would speak
        return True  # "Neither claim could be verified", "using fake-news claims to"
    if word.startswith("post") and prev.lower in _PLATFORMS:
        return True
    if prev.text[0].isdigit() or prev.lower in _BEFORE_NOUNS or (
            prev.lower.endswith(("ible", "able")) and prev.text[0].islower()):
        return True  # "its 2023 report", "credible reports", "since talks stalled"
    if prev.lower.endswith(("'s", "’s")):
        return True
    # "the drone claim": a base form right after a lower-case singular noun is a noun.
    return (
        not word.endswith(("s", "ed"))
        and word not in _ONLY_VERBS
        and prev.text[0].islower()
        and not prev.lower.endswith("s")
        and prev.lower not in _PLURAL_NOUNS
        and prev.lower not in ("they", "we", "i", "you", "who", "which", "that")
    )


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


# Cue words that, with this preposition after them, report nothing: "adding to the toll",
# "reported from Kyiv", "ships calling at ports", "clashed with police", "estimates of the
# losses" (a noun). (PolNeAR train: none of 8 "adding to", 8 "reported from", 4 "clashed
# with" is an attribution; "agreed to" and "responded to" mostly are, so they stay.)
_DELIVERED_WORDS = frozenset({"ruling", "speeche", "speech", "remark", "message", "warning",
                              "address", "statement", "verdict", "lecture", "sermon"})
_OTHER_SENSES = (("add", "to"), ("report", "from"), ("clash", "with"), ("call", "at"),
                 ("withdr", "from"),  # "since Ukraine withdrew from Kursk": moved, said nothing
                 ("talks", "with"), ("compared", "with"), ("estimates", "of"),
                 ("spoke", "by"), ("spoke", "from"), ("spoke", "after"), ("watch", "the"),
                 ("watch", "as"), ("seek", "access"),  # "spoke by phone", "watched the sky"
                 # "Fighting continued in the region": went on, said nothing
                 *(("continu", p) for p in ("in", "on", "into", "throughout", "until", "unabated",
                                            "overnight", "for", "through", "across", "along")))

# Sources and nothing more to the sentence's end: "survivors and local officials."
_NAMES_ONLY = re.compile(r"(?:(?:the|a|an|its|his|her|their)\s+)?[\w’'-]+(?:,?\s+(?!that\b)"
                         r"[\w’'-]+){0,5}?\s*(?:[.!?](?:\s|$)|$)")
_SOURCE_WORD = re.compile(r"\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r")s?$|(?:sources|authorities"
                          r"|ministry|agency|officials|survivors|witnesses)$")
_ARMED_OBJECT = re.compile(r"(?:[\w’'-]+\s+){0,4}?(?:troops|forces|soldiers|units|fighters)\b")
# What follows "declined" when it means "fell": an adverb, a measure, a time
_FALLING = re.compile(r"(?:\w+ly\b|(?:by|to|from)\s+(?:about\s+|nearly\s+)?\d|in\s+(?:the\s+)?"
                      r"(?:past|last|recent|first|second)\b)", re.IGNORECASE)


# ", without providing evidence, that …": an aside between a verb and what it reports.
_ASIDE_AFTER = re.compile(r",\s*(?:without|citing|however|in|on|at|after|before|during|for"
                          r"|with|as|according|again|once|now|also|though|yesterday|today"
                          r"|[A-Z][a-z]+day)\b")
# A finite verb right after a plural cue word shows the word is the noun it is the subject of.
_FINITE_AFTER_NOUN = re.compile(r"(?:put|puts|were|are|have|had|show|showed|shown|suggest"
                                r"|suggested|vary|varied|range|ranged)\b")
# A report verb right after the cue word makes the word its subject: "The UN report said"
_REPORT_AFTER_NOUN = re.compile(r"(?:said|says|found|finds|concluded|concludes|stated"
                                r"|estimated|estimates|documented|noted|warned|puts?|showed"
                                r"|shows|listed|lists|counted|recorded)\s+(?:that\s+)?"
                                r"[\w“\"‘'$]")


def other_sense(body: str, word: str, content_start: int) -> bool:
    """Whether the cue word is used in a sense that reports nothing, going by the preposition
    that opens its content.

    >>> other_sense("ships calling at ports", "calling", 14)
    True
    """
    if word.startswith("declin") and _FALLING.match(body, content_start):
        return True  # "Attacks have declined sharply": fell, refused nothing
    if word.startswith("withdr") and _ARMED_OBJECT.match(body, content_start):
        return True  # "Kyiv withdrew most of its troops": moved them, said nothing
    names = _NAMES_ONLY.match(body, content_start) if word in ("citing", "quoting") else None
    if names is not None and _SOURCE_WORD.search(names.group().rstrip(". !?")):
        return True  # "…, citing survivors and local officials.": whom, not what
    nxt = body[content_start : content_start + 6].split(None, 1)
    if not nxt:
        return False
    prep = nxt[0].lower()
    if word.startswith("deliver") and (prep[0].isdigit() or prep in COUNT_WORDS):
        # "Germany delivered two systems": weapons, not a speech ("three rulings" are words)
        thing = body[content_start : content_start + 40].split(None, 2)[1:2]
        return not thing or thing[0].lower().rstrip("s") not in _DELIVERED_WORDS
    return any(word.startswith(stem) and prep == p for stem, p in _OTHER_SENSES)


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
    return _FINITE_AFTER_NOUN.match(body, content_start) is not None


def judges_statement(tokens: list[Token], source: tuple[int, int], k: int) -> bool:
    """"…, a claim Hamas denied": the verb's subject follows a statement noun it modifies, so
    the verb judges the statement (a sentence cue does that); it reports nothing itself.
    So does a participle after one: "…, a toll widely believed to be an undercount"."""
    first = source[0]
    if any(tokens[i].lower in STATEMENT_NOUNS and tokens[i + 1].lower == "that"
           for i in range(first, min(source[1], len(tokens) - 1))):
        return True  # "Ukraine's claim that Moscow has rejected …": the claim's own verb
    if source[1] - first >= 2 and first > 0 and tokens[first - 1].text in (",", "—", "–") and (
            tokens[first].lower in STATEMENT_NOUNS and tokens[first].lower.endswith("s")):
        return True  # "…, allegations Moscow denies"
    if not (source[1] - first >= 2 and first > 0 and tokens[first - 1].text in (",", "—", "–")
            and tokens[first].lower in ("a", "an") and tokens[first + 1].lower in STATEMENT_NOUNS):
        return False
    if source[1] - first == 2:  # "…, a report said" is a source; "a figure disputed by" is not
        return tokens[k].lower.endswith("ed") and k + 1 < len(tokens) and (
            tokens[k + 1].lower in ("to", "by", "as"))
    return tokens[first + 2].text[0].isupper() or tokens[first + 2].lower == "that"


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
