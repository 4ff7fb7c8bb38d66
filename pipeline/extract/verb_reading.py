"""Whether a speech-verb form really reports something where it stands.

"claims" and "report" are nouns as often as verbs ("the drone claim", "could not verify
battlefield reports"), and a negated checking verb ("was not confirmed by Kyiv") reports
nothing but the lack of a confirmation. :mod:`pipeline.extract.speech` asks these before it
builds an attribution.
"""

from __future__ import annotations

import re

from pipeline.extract.lexicon import (
    EVIDENCE_VERBS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    VERB_NOUN_AMBIGUOUS,
)
from pipeline.extract.non_speech import compared_or_open, demand_or_aside
from pipeline.extract.tokens import Token

__all__ = [
    "CHECKING",
    "COUNT_WORDS",
    "judges_statement",
    "negated",
    "no_report",
    "other_sense",
]
# Verbs of checking say nothing was established when negated ("was unable to confirm the
# number", "has not been confirmed by Ukraine"): those are not-verified cues, not reports.
CHECKING = frozenset({"confirm", "confirms", "confirmed", "confirming", "verify", "verifies",
                      "verified", "verifying", "corroborate", "corroborates", "corroborated",
                      "observed"})
_NEGATIONS = frozenset({
    "not", "never", "neither", "unable", "cannot", "failed", "refused", "declined",
    "can't", "couldn't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "wasn't",
    "weren't", "isn't", "aren't", "won't", "wouldn't",
    "can’t", "couldn’t", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "hadn’t", "wasn’t",
    "weren’t", "isn’t", "aren’t", "won’t", "wouldn’t"})
_NEGATION_GAP = frozenset({"to", "be", "been", "being", "yet", "immediately", "independently",
                           "able", "has", "have", "had", "was", "were", "is", "are", "could",
                           "would", "can", "will", "so", "far", "as", "ever", "then"})


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
_FOUND = frozenset({"found", "discovered", "seen", "spotted", "located", "recovered"})
_PUSHING = frozenset({"pushed", "pushes", "pushing", "push"})
_AWAY = frozenset({"back", "out", "away", "across", "into", "off", "toward", "towards"})
_FEARED = frozenset({"reported", "feared", "presumed", "believed"})
_FATES = frozenset({"killed", "dead", "missing", "wounded", "injured", "kidnapped", "abducted",
                    "detained", "safe", "unharmed", "unhurt", "alive", "rescued"})


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


_PERSISTING = frozenset({"end", "die", "budge", "fade", "abate", "subside", "disappear", "heal"})


def _counted(tokens: list[Token], k: int) -> bool:
    """A count right before the word, or before one modifier of it ("two border posts")."""
    before = [tokens[k - 1]] + ([tokens[k - 2]] if k >= 2 and tokens[k - 1].text.isalpha() else [])
    return any((t.text.isdigit() and len(t.text) < 4) or t.lower in COUNT_WORDS for t in before)


_ANSWERING = frozenset({"declined", "refused", "replied", "responded", "answered", "said",
                        "says", "told"})
_CLOSING = frozenset({",", ":", "-", "–", "—"})  # what ends an opening question
_EN_PARTICIPLES = frozenset({"seen", "made", "taken", "written", "given", "shown", "drawn"})
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who"})


def _answered_later(tokens: list[Token], k: int) -> bool:
    """Whether the answer's own speech verb comes after the cue at ``k`` (so the cue is in
    the question): before the question's closing comma, colon or dash ("… in the strike he
    replied: …"), or after it ("… against Kyiv - the Kremlin spokesman declined …"); not
    "Asked how many had died he said 12 were killed - most of them children"."""
    close = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in _CLOSING), None)
    if close is None:
        return False
    # (after the mark, only an answering verb soon: "- a charge the Kremlin denies" is none)
    return tokens[close].text == "," or any(
        t.lower in SPEECH_VERBS for t in tokens[k + 1 : close]) or any(
        t.lower in _ANSWERING for t in tokens[close + 1 : close + 6])


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
    if k > 1 and tokens[0].lower == "asked" and tokens[1].lower in _QUESTION_WORDS and all(
            t.text != "," for t in tokens[2:k]) and _answered_later(tokens, k):
        return True  # "Asked whether the Philippines would ask the US to …, he said": a question
    if word in ("reports", "claims") and (nxt.endswith("ed") or nxt in _EN_PARTICIPLES) and (
            k + 2 < len(tokens) and tokens[k + 2].lower == "by"):
        return True  # "other bureau reports reviewed by reporters": the noun and its readers
    if nxt == "than" or (word == "pledged" and nxt.rstrip("s").endswith("delegate")):
        return True  # "easier said than done", "20 pledged delegates"
    if word == "rails" and nxt not in ("against", "at", "about", "on") and k > 0 and (
            tokens[k - 1].text[0].islower()):
        return True  # "the balcony rails match the imagery": the noun ("rails against" speaks)
    if k > 1 and tokens[k - 1].lower in ("nor", "or") and tokens[k - 2].lower in CHECKING and (
            negated(tokens, k - 2)):
        return True  # "neither confirmed nor denied that data was taken": an open question
    if word in ("declined", "refused") and nxt == "to" and k + 2 < len(tokens) and tokens[
            k + 2].lower in EVIDENCE_VERBS:
        return True  # "declined to give figures": nothing said (a verdict on the claims)
    if word.startswith("refuse") and nxt == "to" and k + 2 < len(tokens) and tokens[
            k + 2].lower in _PERSISTING and (k + 3 == len(tokens) or not tokens[k + 3].text[
                :1].isalnum()):
        return True  # "Why the insurgency refuses to end.": it goes on ("to end the war" is
        # a stance)
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
    if word in _FOUND and nxt in _PLACE_PREPOSITIONS and any(
            tokens[i].lower in ("a", "an") and tokens[i - 1].text == ","
            for i in range(max(1, k - 4), k)):
        return True  # "…, a Syrian man found in a forest": where he was, no finding
    if word in _PUSHING and ((nxt in _OBJECT_PRONOUN_WORDS and k + 2 < len(tokens) and tokens[
            k + 2].lower in _AWAY) or (nxt == "back" and (k + 2 == len(tokens) or tokens[
            k + 2].lower not in ("on", "against")))):
        return True  # "pushed them back across the frontier": force ("pushed back on": words)
    if word in _FEARED and nxt in _FATES and k >= 1:
        # "the 35,000 people reported killed", "Three people were reported missing": what is
        # said of them, a hedge on the whole clause, not a report whose content follows
        return True
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
                 ("cover", "with"), ("cover", "in"),  # "a window covered with plywood"
                 ("shout", "at"), ("yell", "at"), ("scream", "at"),  # "heard them shout at him"
                 # "Fighting continued in the region": went on, said nothing
                 *(("continu", p) for p in ("in", "on", "into", "throughout", "until", "unabated",
                                            "overnight", "for", "through", "across", "along")),
                 # "Sirens sounded across the region", "the ship was listing after the strike"
                 *(("sound", p) for p in ("across", "in", "throughout", "over", "for", "around",
                                          "near", "as")),
                 *(("listing", p) for p in ("after", "to", "badly", "heavily", "following")))

# Sources and nothing more to the sentence's end: "survivors and local officials."
_NAMES_ONLY = re.compile(r"(?:(?:the|a|an|its|his|her|their)\s+)?[\w’'-]+(?:,?\s+(?!that\b)"
                         r"[\w’'-]+){0,5}?\s*(?:[.!?](?:\s|$)|$)")
_SOURCE_WORD = re.compile(r"\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r")s?$|(?:sources|authorities"
                          r"|ministry|agency|officials|survivors|witnesses)$")
_SOURCE_THEN_WHO = re.compile(r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
                              + "|".join(sorted(PERSON_NOUNS)) + r"|sources|officials"
                              r"|survivors|witnesses)s?,?\s+(?:who|whom)\s(?!(?:said|say|says|told"
                              r"|claimed|reported|estimated|added)\b)", re.IGNORECASE)
_ARMED_OBJECT = re.compile(r"(?:[\w’'-]+\s+){0,4}?(?:troops|forces|soldiers|units|fighters)\b")
# What follows "declined" when it means "fell": an adverb, a measure, a time
_FALLING = re.compile(r"(?:\w+ly\b|(?:by|to|from)\s+(?:about\s+|nearly\s+)?\d|in\s+(?:the\s+)?"
                      r"(?:past|last|recent|first|second)\b)", re.IGNORECASE)




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
    if word in ("citing", "quoting") and _SOURCE_THEN_WHO.match(body, content_start):
        return True  # "…, citing residents who were searching for bodies": whom, again
    nxt = body[content_start : content_start + 6].split(None, 1)
    if not nxt:
        return False
    prep = nxt[0].lower()
    if word.startswith("deliver") and (prep[0].isdigit() or prep in COUNT_WORDS):
        # "Germany delivered two systems": weapons, not a speech ("three rulings" are words)
        thing = body[content_start : content_start + 40].split(None, 2)[1:2]
        return not thing or thing[0].lower().rstrip("s") not in _DELIVERED_WORDS
    return any(word.startswith(stem) and prep == p for stem, p in _OTHER_SENSES)


_PREPOSITIONS = frozenset({"of", "from", "on", "into", "in", "at", "about", "over", "near"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_FIGURES = frozenset({"figure", "figures", "number", "numbers", "estimate", "estimates", "toll",
                      "count", "total"})
_PROVING = frozenset({"showed", "shows", "show", "proved", "proves", "prove", "demonstrated",
                      "demonstrates", "demonstrate"})
_EVENTS = frozenset({"attack", "attacks", "strike", "strikes", "incident", "shelling", "bombing",
                     "war", "invasion", "raid", "crash", "explosion", "blast", "fire", "flood"})


def judges_statement(tokens: list[Token], source: tuple[int, int], k: int) -> bool:
    """"…, a claim Hamas denied": the verb's subject follows a statement noun it modifies, so
    the verb judges the statement (a sentence cue does that); it reports nothing itself.
    So does a participle after one: "…, a toll widely believed to be an undercount"."""
    first = source[0]
    head = next((i - 1 for i in range(first + 1, source[1]) if tokens[i].lower in _PREPOSITIONS),
                source[1] - 1)  # ("Video of the incident showed", "Footage from the blast")
    if source[1] - first == 1 and first > 1 and tokens[first].lower in _PRONOUNS and (
            tokens[first - 1].text[0].isdigit() or tokens[first - 1].lower in _FIGURES) and (
            tokens[first - 2].lower in ("the", "a", "its", "their", "this", "that", "an")) and any(
            t.text == "," for t in tokens[k + 1 : k + 5]):
        # "from the 256,000 it reported last month, and …": a figure it gave, no report
        # (but "Of the 300 they said 40 were children" reports)
        return True
    if tokens[k].lower in _PROVING and tokens[head].lower in _EVENTS:
        return True  # "the attack showed that Kyiv cannot be trusted": an argument, no source
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
