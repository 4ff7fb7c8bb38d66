"""Word tokens with offsets, and the noun-phrase walk that finds who is speaking.

A source phrase is found without a tagger: starting from the word before a speech verb
we walk left over words that can belong to a noun phrase (names, nouns, determiners,
``of``/``for`` between nouns, a parenthesis such as ``(DPR)``) and stop at words that
cannot (verbs, conjunctions, most prepositions) or at punctuation.

>>> toks = tokenize("A spokesman for the Russian ministry said on Tuesday")
>>> start = np_start_before(toks, 5)
>>> " ".join(t.text for t in toks[start:6])
'A spokesman for the Russian ministry'
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from pipeline.extract.lexicon import (
    ADVERB_NOUNS,
    COMMON_VERBS,
    CONTROL_VERBS,
    DEGREE_WORDS,
    DETERMINERS,
    NP_INNER,
    NP_STOP,
    OBJECT_PRONOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    VERB_NOUN_AMBIGUOUS,
    VERB_PREFIX,
)
from pipeline.extract.trie import trie_pattern

__all__ = [
    "Token", "is_capital_adverb", "is_np_word", "np_end_after", "np_start_before", "skip_prefix",
    "tokenize",
]

# Titles and initials keep their dot ("Mr.", "J.", "U.S.") so a name stays one phrase. A word
# is runs of word characters joined by single apostrophes, dots or hyphens (written with
# character-class runs rather than a per-character alternation, which is slower). "think
# tank" is one word, so that its "think" is never read as a verb of cognition.
# The titles are prefix-factored (they are tried at every capital); only one of two titles
# sharing a prefix ("Mr", "Mrs") can be followed by the dot, so their order does not matter.
_TITLES = """Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Lt Col Capt Sgt Prof Rev St Jr Sr Mt Ft Inc Co
    Corp Jan Feb Aug Sept Oct Nov Dec Brig Amb Maj Adm""".split()  # noqa: SIM905
_TOKEN = re.compile(
    trie_pattern(_TITLES) + r"\.(?=\s)|(?:[A-Z]\.){1,3}(?=[\s,’'])"
    r"|[Tt]hink[ -]tanks?\b|[A-Z][A-Z\d&]*(?:/[A-Z][\w&]*)+\b"  # "AFC/M23", "TODAY/Suffolk"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])"  # "1,000" is one number: its comma ends no clause
    r"|\w[\w&]*(?:['’.-]\w[\w&]*)*(?:['’]s\b)?|''|--+|[^\w\s]"
)
_NP_PARTICIPLES = frozenset(
    """unnamed unidentified elected retired leading ruling governing incoming outgoing
    founding united based armed allied detained affiliated polling monitoring shipping
    fighting voting wing king ring briefing building operating stationed deployed
    serving sharing""".split()  # noqa: SIM905
    # (and nouns that only end like a participle: "the military's media wing")
)
# Speech-verb participles that, after a determiner, are adjectives or nouns ("the alleged
# victims", "lawyers for the accused").
_ADJECTIVAL_SPEECH = frozenset({"alleged", "purported", "accused"})
# Determiners that stand alone as a subject: "Another says", "Many believe", "one in four said".
_PRONOMINAL = frozenset(
    """another some many most both several few all one two three four five six seven eight
    nine ten""".split()  # noqa: SIM905
)
# "most of them", "half of us": a share of a group the text has named speaks.
_PARTITIVE_PRONOUNS = frozenset({"them", "us", "you", "those"})
_PARTS = frozenset({"half", "none", "each", "either", "neither", "majority", "minority",
                    "rest"})
_REFLEXIVE_NAMES = frozenset({"itself", "themselves"})
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
# How unnamed sources are described: "a source close to the ministry", "people familiar with
# the matter", "officials briefed on the talks". The walk left goes on past these links.
_SOURCE_LINKS: dict[str, frozenset[str]] = {
    "to": frozenset({"close", "privy", "near"}),
    "with": frozenset({"familiar"}),
    "on": frozenset({"briefed"}),
    "about": frozenset({"knowledgeable"}),
    "in": frozenset({"involved"}),
}
# A pronoun glued to its auxiliary is one token: "he’s spoken out".
_CONTRACTED_PRONOUNS = frozenset(
    p + a for p in ("he", "she", "they", "we", "i", "you") for a in ("'s", "’s")
)
_QUOTE_CHARS = frozenset("\"“”‘’'«»") | {"''"}
_MAX_NP = 14
_NEW_TUPLE: Any = tuple.__new__


class Token(NamedTuple):
    """A word or punctuation mark; a tuple because thousands are made per article."""

    text: str
    start: int
    end: int
    lower: str


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets shifted by ``offset``."""
    # Thousands of tokens per article: ``tuple.__new__`` builds each named tuple without the
    # Python-level frame that ``Token(...)`` or ``Token._make`` costs.
    new, token = _NEW_TUPLE, Token
    lowered = text.lower()
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if len(lowered) != len(text):  # "İ".lower() is two characters: lower word by word
        return [new(token, (text[s:e], s + offset, e + offset, text[s:e].lower()))
                for s, e in spans]
    tokens = [new(token, (text[s:e], s + offset, e + offset, lowered[s:e])) for s, e in spans]
    if "WHO" in text or "US" in text:
        # The World Health Organization and the United States are no "who" or "us": their
        # lower case is kept upper, so no word list of pronouns takes them.
        tokens = [new(token, (t.text, t.start, t.end, t.text)) if t.text in _ACRONYMS else t
                  for t in tokens]
    if "--" in text:  # a typewriter dash is read as the dash it stands for
        tokens = [new(token, ("—", t.start, t.end, "—")) if t.text[:2] == "--" else t
                  for t in tokens]
    if "May" in text or "Will" in text:
        tokens = _names_not_words(tokens)
    return tokens


_ACRONYMS = frozenset({"WHO", "US"})
# Names spelt like a modal or a month ("said Will Doyle", "Theresa May said").
_NAME_HOMOGRAPHS = frozenset({"Will", "May"})


def _names_not_words(tokens: list[Token]) -> list[Token]:
    """``tokens`` with "Will" and "May" kept upper where a name is next to them, so no word
    list of modals or months takes them ("in May 2012" and "in May and" stay the month)."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok.text not in _NAME_HOMOGRAPHS:
            continue
        before = tokens[i - 1].text if i else ""
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if after in NP_STOP or after in COMMON_VERBS or after in SPEECH_VERBS:
            continue  # a headline's capitals: "Trump May Not Have …", "Voters Will Say No"
        if (i + 1 < len(tokens) and tokens[i + 1].text[0].isupper()) or (
                before[:1].isupper() and before.lower() not in NP_INNER):
            out[i] = _NEW_TUPLE(Token, (tok.text, tok.start, tok.end, tok.text))
    return out


def is_quote(tok: Token) -> bool:
    return tok.text in _QUOTE_CHARS


def is_np_word(tok: Token) -> bool:
    """Whether a token may be part of a source noun phrase."""
    first = tok.text[0]
    if not first.isalnum():
        return False
    low = tok.lower
    if low in NP_STOP or (not first.isupper() and low not in VERB_NOUN_AMBIGUOUS and (
            low in SPEECH_VERBS or low in COMMON_VERBS)):
        return False
    if first.isupper():
        return not is_capital_adverb(tok)
    if first.isdigit():
        return True
    if low == "far":
        return False  # "had so far confirmed": an adverb ("the Far East" is capitalised)
    if low.endswith(("ed", "ing")) and low not in _NP_PARTICIPLES:
        return False
    return not (low.endswith("ly") and low not in ADVERB_NOUNS)


# Endings of -ly adverbs that no common name shares ("Kelly", "Schlafly", "Beverly" and
# "Italy" keep theirs): how "Ultimately," or "Eagerly" at a sentence's start is told from
# a speaker's name.
_ADVERB_ENDINGS = ("ally", "ately", "ntly", "ously", "edly", "ively", "ingly", "fully", "ssly",
                   "ctly", "ably", "ibly", "arly", "gerly", "rtly", "etly", "tely",
                   "licly")


# Adverbs that open a noun phrase of quantity: "Nearly half said".
_APPROXIMATORS = frozenset({"nearly", "roughly", "approximately", "exactly", "barely", "merely"})


def is_capital_adverb(tok: Token) -> bool:
    """Whether a capitalised word is an -ly adverb ("Ultimately", "Publicly"), not a name.

    >>> [is_capital_adverb(Token(w, 0, len(w), w.lower())) for w in ("Publicly", "Kelly")]
    [True, False]
    """
    low = tok.lower
    return (len(low) >= 6 and low.endswith(_ADVERB_ENDINGS) and low not in ADVERB_NOUNS
            and low not in _APPROXIMATORS)


_NEGATED = re.compile(r"\w+n['’]t")


def skip_prefix(tokens: list[Token], j: int) -> int:
    """Index of the last token before ``j`` that is not an auxiliary, adverb or a control
    verb with ``to`` ("has also said", "don’t think", "went on to say")."""
    while j >= 0:
        low = tokens[j].lower
        if low in VERB_PREFIX or _NEGATED.fullmatch(low) or (
            low.endswith("ly") and tokens[j].text[0].islower() and low not in ADVERB_NOUNS
        ) or is_capital_adverb(tokens[j]):
            j -= 1
            continue
        if low == "turn" and j >= 1 and tokens[j - 1].lower == "in":
            j -= 2  # "which in turn cited"
            continue
        if low == "to" and j >= 1 and tokens[j - 1].lower in CONTROL_VERBS:
            j -= 2
            while j >= 0 and tokens[j].text[0].islower() and (
                    tokens[j].lower in CONTROL_VERBS or tokens[j].lower in DEGREE_WORDS):
                j -= 1  # "were slightly more likely to say"
                if j >= 1 and tokens[j].lower in ("and", "or") and (
                        tokens[j - 1].lower in DEGREE_WORDS):
                    j -= 1  # "most and least likely to"
            continue
        break
    return j


def np_start_before(tokens: list[Token], j: int) -> int | None:
    """Start index of the noun phrase ending at token ``j`` (inclusive), or None."""
    if j < 0:
        return None
    last = tokens[j]
    if last.lower in SUBJECT_PRONOUNS:
        return j
    if last.text == "%" and j >= 1 and tokens[j - 1].text[0].isdigit() and (
            j + 1 < len(tokens) and tokens[j + 1].lower in _POLLED_VERBS):
        return j - 1  # "42% say": a share of those polled (not "42% support Portman")
    if last.lower in _PARTITIVE_PRONOUNS and j >= 2 and tokens[j - 1].lower == "of" and (
            tokens[j - 2].lower in _PRONOMINAL or tokens[j - 2].lower in _PARTS):
        return j - 2  # "most of them said", "half of us think"
    if last.lower == "other" and j >= 1 and tokens[j - 1].lower == "the" and (
            j == 1 or not tokens[j - 2].text[0].isalnum()):
        return j - 1  # "The other said": the other one of those just heard
    if last.text != ")" and last.lower not in _PRONOMINAL and not (
        last.lower in OBJECT_PRONOUNS and _described_by(tokens, j)  # "a source close to him"
        and (last.lower != "her" or j + 1 == len(tokens) or not tokens[j + 1].text[0].isalpha()
             or tokens[j + 1].lower in SPEECH_VERBS)  # (not "close to her thinking")
    ) and (
        last.lower in OBJECT_PRONOUNS or last.lower in DETERMINERS or last.lower in NP_INNER
        or not (is_np_word(last) or _noun_after_determiner(tokens, j))
    ):
        return None
    i = j
    while i - 1 >= 0 and j - i < _MAX_NP:
        prev = tokens[i - 1]
        low = prev.lower
        if prev.text == ")" or (tokens[i].text == ")" and i == j):
            opening = _find_open_paren(tokens, i - 1 if prev.text == ")" else i)
            if opening is None:
                break
            i = opening
            continue
        if _described_by(tokens, i):
            i -= 2  # "an aide close to | Zelensky"
            continue
        if low == "of" and i >= 3 and tokens[i - 2].text == "%" and tokens[i - 3].text[0].isdigit():
            i -= 3  # "31% of voters": the share polled
            continue
        if low in ("under", "over") and i >= 2 and tokens[i].text.isdigit() and (
                tokens[i - 2].text[0].isalpha() and is_np_word(tokens[i - 2])):
            i -= 1  # "voters under 35 say": an age group
            continue
        if low == "dated" and i >= 2 and tokens[i].text[0].isdigit() and is_np_word(tokens[i - 2]):
            i -= 1  # "a ministry document dated | 2 October": the document, with its date
            continue
        if low in ("the", "a") and tokens[i].lower in _ALIAS_NOUNS and i >= 4 and (
                tokens[i - 2].lower in ("using", "under") or (tokens[i - 2].lower == "by" and (
                    tokens[i - 3].lower in ("going", "goes")))):
            # "a hacker using the name Voltz", "a blogger going by the alias Kremlin Watch"
            i -= 2 if tokens[i - 2].lower != "by" else 3
            continue
        if low in DETERMINERS:
            i -= 1
            if i >= 2 and tokens[i - 1].lower in NP_INNER and is_np_word(tokens[i - 2]):
                i -= 1
                continue
            if _described_by(tokens, i):
                i -= 2  # "a source close to | the ministry"
                continue
            break
        if low in NP_INNER:
            if i >= 2 and (is_np_word(tokens[i - 2]) or tokens[i - 2].text == ")"):
                i -= 1
                continue
            break
        if (i >= 2 and prev.text[0].islower() and low.endswith(("ed", "ing"))
                and (_determiner(tokens[i - 2]) or (i >= 3 and _modifying_adverb(
                    tokens[i - 2]) and _determiner(tokens[i - 3])))
                and (low not in SPEECH_VERBS or low in _ADJECTIVAL_SPEECH)):
            # "the unsigned opinion", "a leading expert", "the alleged victims", "a newly
            # formed militia", "Sudan's army-aligned government": an adjective after a
            # determiner or a possessive
            i -= 1
            continue
        if i >= 2 and _modifying_adverb(prev) and tokens[i].text[0].islower() and (
                _determiner(tokens[i - 2])):
            i -= 1  # "a previously unknown group": the adverb qualifies the adjective
            continue
        if low in _REFLEXIVE_NAMES and i >= 3 and tokens[i - 2].lower in ("calling", "calls"):
            i -= 2  # "a group calling itself | NoName057(16)"
            continue
        if low in SUBJECT_PRONOUNS or low in OBJECT_PRONOUNS or not is_np_word(prev):
            break
        i -= 1
    while i <= j and (tokens[i].lower in NP_INNER or tokens[i].text in "()"):
        i += 1
    return i if i <= j else None


_POLLED_VERBS = frozenset({"say", "said", "think", "thought", "believe", "believed", "agree",
                          "agreed", "disagree", "disagreed", "describe", "described", "expect",
                          "expected", "feel", "felt", "worry", "fear", "want", "wanted"})
_ALIAS_NOUNS = frozenset({"name", "alias", "pseudonym", "handle", "moniker", "nickname"})


def _determiner(tok: Token) -> bool:
    return tok.lower in DETERMINERS or (tok.text[0].isupper() and tok.lower.endswith(("'s", "’s")))


def _modifying_adverb(tok: Token) -> bool:
    low = tok.lower
    return tok.text[0].islower() and low.endswith("ly") and low not in ADVERB_NOUNS and (
        len(low) > 4)


def _described_by(tokens: list[Token], i: int) -> bool:
    """Whether the two tokens before ``i`` link a description to it ("close to", "familiar
    with", "briefed on") and a word before them can carry it ("a source", "officials")."""
    return i >= 3 and tokens[i - 2].lower in _SOURCE_LINKS.get(tokens[i - 1].lower, ())


def _noun_after_determiner(tokens: list[Token], j: int) -> bool:
    """"familiar with the planning", "close to the shelling": an -ing word after a
    determiner (or a possessive: "for Thursday's meeting") and a preposition is a noun, and so
    is "the accused". (Without the
    preposition an -ing word is more often an adjective before a noun cue: "any lingering
    doubts".)"""
    low = tokens[j].lower
    if low == "accused" and j >= 1 and tokens[j - 1].lower in DETERMINERS:
        return True  # "Lawyers for the accused said": the one accused
    return (j >= 2 and tokens[j].text[0].islower() and low.endswith("ing")
            and (tokens[j - 1].lower in DETERMINERS or tokens[j - 1].lower.endswith(
                ("'s", "’s"))) and low not in SPEECH_VERBS
            and (tokens[j - 2].lower in NP_INNER or tokens[j - 2].lower in _SOURCE_LINKS))


def _find_open_paren(tokens: list[Token], close: int) -> int | None:
    for k in range(close - 1, max(close - 8, -1), -1):
        if tokens[k].text == "(":
            return k
    return None


def np_end_after(tokens: list[Token], i: int, limit: int) -> int | None:
    """Exclusive end index of the noun phrase starting at token ``i`` (before ``limit``)."""
    if i >= limit:
        return None
    first = tokens[i]
    if first.lower in SUBJECT_PRONOUNS or first.lower in _CONTRACTED_PRONOUNS:
        return i + 1
    if first.lower in NP_INNER or not (is_np_word(first) or first.lower in DETERMINERS):
        return None
    k = i + 1
    while k < limit and k - i < _MAX_NP:
        tok = tokens[k]
        if tok.text == "(":
            closing = next((m for m in range(k + 1, min(k + 8, limit)) if tokens[m].text == ")"),
                           None)
            if closing is None:
                break
            k = closing + 1
            continue
        if tok.lower in _RELATIVES:
            break  # "one former executive who requested anonymity": the clause is not the name
        if tok.lower in ("neither", "either") and tokens[k - 1].lower not in NP_INNER:
            break  # "The company neither confirmed nor denied": the verbs' pair opens
        if tok.lower in NP_INNER or tok.lower in DETERMINERS or is_np_word(tok):
            k += 1
            continue
        if (tok.text[0].islower() and tok.lower.endswith(("ed", "ing")) and k + 1 < limit
                and is_np_word(tokens[k + 1]) and tokens[k + 1].lower not in DETERMINERS
                # (not "footage published on March 13 shows …": a place or time after it
                # makes a reduced relative clause, which ends the phrase)
                and tokens[k + 1].lower not in NP_INNER
                and (tokens[k - 1].text[0].islower() or tokens[k - 1].lower.endswith(
                    ("'s", "’s")))):
            # an adjectival participle: "the alleged captives", "Russia's claimed gains";
            # after a name it is the verb ("The United States placed Pierre under …")
            k += 1
            continue
        break
    while k > i + 1 and tokens[k - 1].lower in NP_INNER:
        k -= 1
    return k
