"""Words inside a sentence that show its content is not asserted as established.

Cue phrases come from a hand-written lexicon (``data/uncertainty_lexicon.json``), each
with a :class:`~pipeline.models.ReasonCode`: hedges ("reportedly", "may"), weasel or
unattributed wording ("some say", "it is believed"), explicit non-verification ("has yet to
be independently verified"), conditionals ("if confirmed"), disputes ("denied") and
corroboration ("independently confirmed"). Phrases marked ``fixed`` are always used; the
others are used only when ``claimwatch train uncertainty`` found them precise enough on
the CoNLL-2010 Wikipedia weasel/hedge training sentences (``data/uncertainty_selection.json``).

Matching is on whole words, case-insensitive, with the longest phrase winning where phrases
start at the same word. A capitalised cue word in mid-sentence after another word is taken
for a name ("in May 2019", "Will Smith") and skipped. The work per sentence is one regex
scan into words, a set test for any phrase's first word and a word-by-word dictionary walk
only when that finds one: linear in the sentence, nothing to backtrack.

>>> [(c.code.value, c.text) for c in find_uncertainty_cues("The strike reportedly killed 12.")]
[('hedge', 'reportedly')]
>>> [c.code.value for c in find_uncertainty_cues("It has yet to be independently verified.")]
['not_verified']
>>> find_uncertainty_cues("The ministry said 12 soldiers were killed in May.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from pipeline.models import ReasonCode

__all__ = [
    "LEXICON_PATH",
    "SELECTION_PATH",
    "Cue",
    "CueMatcher",
    "CuePhrase",
    "CueSelection",
    "default_matcher",
    "find_uncertainty_cues",
    "load_lexicon",
]

LEXICON_PATH = Path(__file__).parent / "data" / "uncertainty_lexicon.json"
SELECTION_PATH = Path(__file__).parent / "data" / "uncertainty_selection.json"
LEXICON_FORMAT = "claimwatch-uncertainty-lexicon/1"
SELECTION_FORMAT = "claimwatch-uncertainty-selection/1"

# Words that count a group ("three other people").
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand",
                     "thousands"})
# Hyphenated and apostrophe words are one token, so "so-called" and "can't" are single words.
_TOKEN = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:[.,]\d+)*|\S")


@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence; ``start``/``end`` are offsets into that sentence.

    ``learnt`` is True for phrases used because training found them precise on Wikipedia
    weasel data (vague quantifiers such as "many", peacock words) rather than hand-fixed
    ones; a caller may weigh those less.
    """

    code: ReasonCode
    start: int
    end: int
    text: str
    learnt: bool = False


@dataclass(frozen=True)
class CuePhrase:
    """One phrase of the lexicon with its optional words expanded away.

    ``key`` is the phrase as written (shared by its expansions); ``slots`` hold the words
    each position accepts, ``None`` for any word, ``{"#"}`` for any number. A phrase without
    a code is an exception: it yields no cue but, being longer, keeps a shorter cue from
    matching ("some 300 people" is a round number, not weasel wording).
    """

    key: str
    code: ReasonCode | None
    slots: tuple[frozenset[str] | None, ...]
    fixed: bool = False


def _expand(pattern: str) -> list[list[frozenset[str] | None]]:
    expansions: list[list[frozenset[str] | None]] = [[]]
    for raw in pattern.split():
        optional = raw.endswith("?") and len(raw) > 1
        word = raw[:-1] if optional else raw
        slot = None if word == "*" else frozenset(word.lower().split("|"))
        grown = [[*prefix, slot] for prefix in expansions]
        expansions = expansions + grown if optional else grown
    return [e for e in expansions if e]


def load_lexicon(path: Path = LEXICON_PATH) -> list[CuePhrase]:
    """Every phrase of a lexicon file, expanded; a pattern may appear only once."""
    data = orjson.loads(path.read_bytes())
    if data.get("format") != LEXICON_FORMAT:
        raise ValueError(f"{path}: not a {LEXICON_FORMAT} file")
    phrases: list[CuePhrase] = []
    seen: set[str] = set()
    for entry in data["entries"]:
        code = None if entry["code"] == "none" else ReasonCode(entry["code"])
        fixed = bool(entry.get("fixed", False))
        for pattern in entry["phrases"]:
            key = " ".join(pattern.split())
            if key in seen:
                raise ValueError(f"{path}: phrase {key!r} appears twice")
            seen.add(key)
            for slots in _expand(key):
                if slots[0] is None:
                    raise ValueError(f"{path}: phrase {key!r} starts with '*'")
                phrases.append(CuePhrase(key=key, code=code, slots=tuple(slots), fixed=fixed))
    return phrases


@dataclass(frozen=True)
class CueSelection:
    """What training learnt: which non-fixed phrases to use, and the evidence for each.

    ``evidence`` maps a phrase key to ``[sentences it fired in, of them uncertain]`` on
    the training sentences, kept so a reader can see why a phrase is (not) used.
    """

    learnt: frozenset[str]
    evidence: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def active(self, phrase: CuePhrase) -> bool:
        return phrase.fixed or phrase.key in self.learnt

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SELECTION_FORMAT,
            "metadata": dict(self.metadata),
            "learnt": sorted(self.learnt),
            "evidence": {k: list(v) for k, v in sorted(self.evidence.items())},
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(orjson.dumps(self.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")

    @classmethod
    def load(cls, path: Path) -> CueSelection:
        data = orjson.loads(path.read_bytes())
        if data.get("format") != SELECTION_FORMAT:
            raise ValueError(f"{path}: not a {SELECTION_FORMAT} file")
        return cls(
            learnt=frozenset(str(k) for k in data["learnt"]),
            evidence={str(k): (int(v[0]), int(v[1])) for k, v in data["evidence"].items()},
            metadata=dict(data.get("metadata", {})),
        )


class CueMatcher:
    """Finds the phrases of a lexicon in sentences."""

    def __init__(self, phrases: Iterable[CuePhrase]) -> None:
        index: dict[str, list[CuePhrase]] = {}
        for phrase in phrases:
            first = phrase.slots[0]
            assert first is not None  # load_lexicon refuses phrases starting with '*'
            for word in first:
                index.setdefault(word, []).append(phrase)
        # What may follow each first word, to drop most positions without trying phrases:
        # None when a one-word phrase or a '*'/'#' second slot makes any follower possible.
        follow: dict[str, frozenset[str] | None] = {}
        for word, candidates in index.items():
            candidates.sort(key=lambda p: -len(p.slots))  # longest first: it wins
            seconds = [p.slots[1] if len(p.slots) > 1 else None for p in candidates]
            if any(s is None or "#" in s for s in seconds):
                follow[word] = None
            else:
                follow[word] = frozenset().union(*(s for s in seconds if s is not None))
        self._index = index
        self._follow = follow
        self._first_words = frozenset(index)

    @staticmethod
    def _words(sentence: str) -> tuple[str, list[str]]:
        # Lower-casing ASCII and swapping ’ for ' keep every offset, so the words found
        # here line up with the spans found later on the same lower-cased text.
        lower = sentence.lower()
        if len(lower) != len(sentence):  # rare Unicode whose lower case changes length
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
        if "’" in lower:
            lower = lower.replace("’", "'")
        return lower, _TOKEN.findall(lower)

    @staticmethod
    def _fits(phrase: CuePhrase, words: list[str], at: int) -> bool:
        if at + len(phrase.slots) > len(words):
            return False
        for offset, slot in enumerate(phrase.slots):
            word = words[at + offset]
            if slot is None:
                if not word[0].isalpha():
                    return False
            elif word not in slot and not (word[0].isdigit() and "#" in slot):
                return False
        return True

    @staticmethod
    def _looks_like_a_name(sentence: str, words: list[str], spans: list[int], at: int) -> bool:
        start = spans[at]
        if sentence[start : start + 2].isupper() and sentence[
                start : start + len(words[at])].isupper():
            return True  # an acronym: "WHO said", "US officials"
        return at > 0 and sentence[start].isupper() and words[at - 1][0].isalnum()

    @staticmethod
    def _starts(lower: str) -> list[int]:
        return [m.start() for m in _TOKEN.finditer(lower)]

    def find(self, sentence: str) -> list[Cue]:
        """The cues of ``sentence``, left to right, not overlapping."""
        lower, words = self._words(sentence)
        if self._first_words.isdisjoint(words):
            return []
        starts: list[int] | None = None  # offsets cost a second scan; only found when needed
        cues: list[Cue] = []
        index, follow = self._index, self._follow
        count = len(words)
        free = 0  # words before this are inside a cue already found
        for at in [i for i, word in enumerate(words) if word in index]:
            if at < free:
                continue
            word = words[at]
            followers = follow[word]
            if followers is not None and (at + 1 == count or words[at + 1] not in followers):
                continue
            for phrase in index[word]:
                if not self._fits(phrase, words, at):
                    continue
                if starts is None:
                    starts = self._starts(lower)
                if self._looks_like_a_name(sentence, words, starts, at) or _counted(words, at):
                    break
                last = at + len(phrase.slots) - 1
                if phrase.code is not None:
                    start, end = starts[at], starts[last] + len(words[last])
                    text = sentence[start:end]
                    cues.append(Cue(phrase.code, start, end, text, learnt=not phrase.fixed))
                free = last + 1
                break
        return cues

    def fired(self, sentence: str) -> set[str]:
        """Keys of every cue phrase matching anywhere, overlaps included (training statistics).

        Phrases shorter than an exception matching at the same word do not count, as they
        would not match when the cues are found.
        """
        lower, words = self._words(sentence)
        if self._first_words.isdisjoint(words):
            return set()
        starts = self._starts(lower)
        keys: set[str] = set()
        for at, word in enumerate(words):
            candidates = self._index.get(word)
            if not candidates or self._looks_like_a_name(sentence, words, starts, at) or (
                    _counted(words, at)):
                continue
            fitting = [p for p in candidates if self._fits(p, words, at)]
            blocked = max((len(p.slots) for p in fitting if p.code is None), default=0)
            keys.update(p.key for p in fitting if p.code is not None and len(p.slots) > blocked)
        return keys


def _counted(words: list[str], at: int) -> bool:
    """``14 other people``: a counted group is no vague "other people"."""
    return words[at] == "other" and at > 0 and (
        words[at - 1][0].isdigit() or words[at - 1] in _COUNTS)


@cache
def default_matcher() -> CueMatcher:
    """The bundled lexicon restricted to fixed phrases and those training kept."""
    selection = CueSelection.load(SELECTION_PATH)
    return CueMatcher(p for p in load_lexicon(LEXICON_PATH) if selection.active(p))


def find_uncertainty_cues(sentence: str) -> list[Cue]:
    """Hedge, unattributed, not-verified, conditional, disputed and corroborated cues."""
    return default_matcher().find(sentence)
