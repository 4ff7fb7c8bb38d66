"""The grammatical subject of a claim about the fighting, its side, and whether it suffered.

The side is read off the words before the claim's first verb, where "it", "its", "we" and
"our" point back at the speaker (:data:`OWN_SIDE`); a passive verb or a verb of loss ("were
killed", "lost") means that side suffered what the claim tells of. Used by
:mod:`pipeline.extract.self_interest` to decide whom an outcome serves.

>>> subject_words("its forces had destroyed 37 Ukrainian drones".split())
(['its', 'forces'], 'destroyed', False)
>>> subject_words("300 Ukrainian soldiers were killed in the past day".split())
(['300', 'Ukrainian', 'soldiers'], 'were', True)
>>> subject_words("76 of the drones launched overnight were shot down".split())[1:]
('were', True)
"""

from __future__ import annotations

from pipeline.extract.drafts import Draft
from pipeline.extract.lexicon import IRREGULAR_PAST, PATIENT_NOMINALS
from pipeline.extract.parties import PartyRegistry

__all__ = ["NEGATIONS", "OWN_SIDE", "SUFFERING", "bare_word", "subject_side", "subject_words"]

OWN_SIDE = "\x00own"  # the subject is the speaker itself ("it", "its forces", "our troops")
_OWN_WORDS = frozenset({"it", "its", "we", "our", "they", "their", "his", "her"})
NEGATIONS = frozenset({"not", "never", "didn't", "hadn't", "haven't", "hasn't", "wasn't", "weren't",
                  "couldn't", "didn’t", "hadn’t", "haven’t", "hasn’t", "wasn’t", "weren’t",
                  "couldn’t"})
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would",
                          "could", "did", "may", "might"})
_BE = frozenset({"was", "were", "is", "are", "been", "being"})
# Verbs whose subject is the side that suffered ("Ukrainian forces lost 300 soldiers").
SUFFERING = frozenset({"lost", "lose", "loses", "suffered", "suffers", "sustained", "abandoned",
                        "surrendered", "retreated", "withdrew", "fled", "losing", "suffering",
                        "retreating", "fleeing", "surrendering", "withdrawing", "abandoning"})
_PARTICIPLES = frozenset({"hit", "struck", "shot", "held", "lost", "caught", "overrun",
                          "beaten", "left", "cut", "sunk", "forced", "pushed"})
_MAX_SUBJECT = 8
_FRONTING = frozenset({"on", "in", "at", "across", "along", "near", "during", "after", "since",
                       "overnight", "meanwhile", "elsewhere", "separately"})
_LOSS_NOUNS = frozenset({"losses", "casualties", "dead", "deaths", "killed", "wounded"})


def bare_word(word: str) -> str:
    return word.strip(",.;:!?\"“”‘’'()").lower()


def subject_words(words: list[str]) -> tuple[list[str], str, bool] | None:
    """The words before the first verb, that verb, and whether the clause is passive."""
    if words and words[0].lower() in _FRONTING:
        # "On the Israeli side, 22 soldiers … have been killed": the subject follows the
        # opening phrase's comma
        comma = next((i for i, w in enumerate(words[:7]) if w.endswith(",")), None)
        if comma is not None and comma + 1 < len(words):
            words = words[comma + 1 :]
    for i in range(1, min(len(words), _MAX_SUBJECT + 1)):
        word = bare_word(words[i])
        if not word:
            continue
        verb = word in _AUXILIARIES or word in SUFFERING or word in IRREGULAR_PAST or (
            word.endswith("ed") and words[i][0].islower())
        if verb and word not in _AUXILIARIES and _reduced_relative(words, i):
            continue  # "76 of the drones launched overnight were shot down": not its verb
        if verb:
            following = [w for w in (bare_word(w) for w in words[i + 1 : i + 5])
                         if w not in NEGATIONS]
            if word in ("had", "has", "have") and following[:1] == ["been"]:
                following = following[1:]
            elif word in ("had", "has", "have") and following and _is_participle(following[0]):
                return words[:i], following[0], False  # "Ukraine has lost 1,200 soldiers"
            elif word not in _BE:
                return words[:i], word, False
            # "were shelled", "had been destroyed", "were quickly overrun"; not "were able
            # to destroy" or "were successful in destroying", which say what the side did
            if following and following[0].endswith("ly") and following[0] != "only":
                following = following[1:]
            return words[:i], word, bool(following) and _is_participle(following[0])
    return None


def _reduced_relative(words: list[str], at: int) -> bool:
    """Whether the participle at ``at`` opens a phrase that describes the subject and ends
    at the subject's own "were"/"was" plus participle: "drones launched at Crimea were
    destroyed". "Russia claimed 40 drones were destroyed" opens a clause: no."""
    if words[at - 1].endswith(","):
        return False
    for j in range(at + 1, min(len(words) - 1, at + 5)):
        word = bare_word(words[j])
        if word in ("were", "was") and _is_participle(bare_word(words[j + 1])):
            between = [bare_word(w) for w in words[at + 1 : j]]
            return not between or between[0] in _MODIFIER_OPENERS or between[0].endswith("ly")
        if words[j - 1].endswith(",") or word in _CLAUSE_OPENERS:
            return False  # ("advanced overnight after defenders were overwhelmed")
    return False


_CLAUSE_OPENERS = frozenset({"that", "which", "and", "but", "after", "before", "as", "when",
                             "while", "where", "until", "because", "since", "once", "if",
                             "though", "although"})
_MODIFIER_OPENERS = frozenset({"at", "on", "in", "from", "over", "towards", "toward", "against",
                               "by", "into", "across", "overnight", "yesterday", "earlier",
                               "today", "tonight"})


def _is_participle(word: str) -> bool:
    return word.endswith(("ed", "en", "wn", "un")) or word in IRREGULAR_PAST or (
        word in _PARTICIPLES)


def subject_side(body: str, draft: Draft, parties: PartyRegistry, start: int | None = None
                  ) -> tuple[str | None, bool]:
    """The side the claim's subject (or that of its clause from ``start``) is on, and
    whether that side suffered the event."""
    words = body[draft.span[0] if start is None else start : draft.span[1]].split(None, 16)[:16]
    head = words[1:] if words and words[0].lower() in ("the", "a", "an") else words
    lowered = [bare_word(w) for w in head]
    if len(head) > 1 and lowered[0] in PATIENT_NOMINALS and lowered[1] == "of":
        # "the capture of Ukrainian soldiers": the side named suffered it, unless an agent
        # follows ("the capture of Soledar by Russian troops")
        if "by" in lowered:
            at = lowered.index("by")
            return parties.side_in(" ".join(head[at + 1 : at + 5])), False
        return parties.side_in(" ".join(head[2:7])), True
    if len(head) > 1 and lowered[1] in _LOSS_NOUNS and lowered[0] not in _OWN_WORDS:
        return parties.side_in(head[0]), True  # "Russian losses at around 300 a day"
    found = subject_words(words)
    if found is None:
        return parties.side_in(" ".join(words[:6])), False
    subject, verb, passive = found
    rest = [bare_word(w) for w in words[len(subject) : len(subject) + 8]]
    if passive and "by" in rest:  # "… were shot down by Ukrainian air defences"
        at = len(subject) + rest.index("by")
        agent = parties.side_in(" ".join(words[at + 1 : at + 5]))
        if agent is not None:  # ("wounded by drone fire" names no side: the subject's)
            return agent, False
    # "Ukraine is losing several hundred troops a day", "three commanders were among those
    # killed": that side suffered
    suffered = passive or verb in SUFFERING or (verb in _BE and len(rest) > 1 and rest[1] in (
        SUFFERING)) or (verb in _BE and rest[1:3] == ["among", "those"])
    if NEGATIONS.intersection(rest[:3]):
        # "its air defences had not been able to intercept the missile": a failure, no
        # success; "our forces have not lost a single position": a success, no loss
        suffered = not suffered
    if bare_word(subject[0]) in _OWN_WORDS:  # "its positions were shelled": its own side suffered
        return OWN_SIDE, suffered
    side = parties.side_in(" ".join(subject))
    if side is None and any(bare_word(w) in _OWN_WORDS for w in subject[1:4]):
        return OWN_SIDE, suffered  # "two of its soldiers were killed"
    if side is None and words[0].lower() in _FRONTING:
        # "On the Israeli side, 22 soldiers … have been killed": the opening phrase's side
        comma = next((i for i, w in enumerate(words[:7]) if w.endswith(",")), 0)
        side = parties.side_in(" ".join(words[1 : comma + 1]).rstrip(",")) if comma else None
    return side, suffered
