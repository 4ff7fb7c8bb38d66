"""The claims a discourse link names by their speaker rather than by their words.

"X said Y, but the claim could not be confirmed" is about the claim just made; "He gave no
figures." and "The ministry did not provide evidence." are about the last claim of a
source the pronoun or the subject can stand for; "If confirmed, it would be …" is about
the recent claim whose words it shares. :mod:`pipeline.extract.link_targets` asks these
first and scores the anaphor's words against earlier claims only when they find none.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.cues_discourse import DiscourseLink
from pipeline.extract.drafts import Draft, content_words
from pipeline.extract.lexicon import SUBJECT_PRONOUNS, UNINFORMATIVE_WORDS
from pipeline.extract.sources import PERSON_TYPES, classify
from pipeline.extract.stems import word_stems
from pipeline.models import EntityType

__all__ = ["GROUP_NOUNS", "just_made", "mention_words", "sharing_words", "speakers_claim"]

_PRONOUN_WINDOW = 2  # sentences a bare pronoun may reach back
_NAMED_WINDOW = 4  # sentences a named subject may reach back to its speaker's claim

# ", but", "; yet", "… though" before a verdict: the clause right after a claim is about it
_CLAUSE_TURN = re.compile(  # (after the tag's "said on Sunday", if it is what comes first)
    r"[”\"’']?(?:\s+(?:said|says|reported|added)(?:\s+(?:on|late|early|last)\s+\w+)?)?\s*+"
    r"(?:[,;—–]?\s*+(?:but|yet|though|although|while)\b[^,;]{0,60}|;\s*+"
    # "…, adding that the figures were preliminary": the speaker on what it just said
    r"|,\s*+(?:adding|noting|cautioning|warning|stressing)\s+(?:that\s+)?)$")
_SAME_SUBJECT = re.compile(r"[”\"’']?\s*[,;]?\s*(?:but|yet)\s+")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_SHARING_WINDOW = 5  # sentences back an "If confirmed" sentence's words may reach
_NOT_NAMES = frozenset({"the", "a", "an", "its", "their", "his", "her", "however", "but", ""})

# A subject that stands for any body: "The group did not provide evidence."
GROUP_NOUNS = frozenset({"group", "organisation", "organization", "agency", "company", "firm",
                          "network", "movement", "alliance", "militia", "statement"})


def just_made(body: str, link: DiscourseLink, mine: list[Draft]) -> Draft | None:
    """The claim of this sentence right before a plain anaphor's clause, if no other
    speaker's report stands between them ("the Russian claim" names its claim: scored)."""
    if link.head is None and body[link.anaphor[0] : link.anaphor[1]].lower() not in (
            "this", "that"):
        return None  # "…, though this could not be verified": the claim just made
    turn = min(link.anaphor[0], link.cue[0])
    before = [d for d in mine if d.attribution is not None and not d.meta and d.span[1] <= turn]
    if not before:
        return None
    claim = before[-1]
    if len(link.keywords) > 1 and not (link.cue[0] < link.anaphor[0] and _SAME_SUBJECT.fullmatch(
            body, claim.span[1], turn)):
        return None  # "the Russian claim" names its claim (scored), unless the speaker goes
        # on about what he just said: "…, but could not confirm the number of cases"
    after = claim.span[1]
    told = claim.attribution.source if claim.attribution is not None else None
    if told is not None and after <= told[0] and told[1] < turn:
        after = told[1]  # "…, according to a local monitoring group, though this …"
    appositive = body.startswith(("a ", "an "), turn) and not body[after:turn].strip(" ,")
    if not appositive and not _CLAUSE_TURN.match(body, after, turn):
        return None  # (", a claim the army rejected": the claim just made, in apposition)
    if any(d is not claim and d.attribution is not None
           and claim.span[1] <= d.attribution.cue[0] < turn and d.attribution.kind != "participle"
           for d in mine):
        return None  # "…, while the mayor said the attack was not confirmed" ("…, adding that"
        # is the same speaker going on)
    return claim


def mention_words(phrase: str) -> frozenset[str]:
    """The words of a subject or source mention that can name the same speaker."""
    words = frozenset(w.strip(",;:()").removesuffix("’s").removesuffix("'s")
                      for w in phrase.lower().split())  # "official," in "X official, who …"
    return words - _NOT_NAMES


def _names_speaker(subject: frozenset[str], mention: str) -> bool:
    """Whether a subject ("the ministry", "the group", "Russia") can name the source of
    ``mention`` ("Russia's Defence Ministry", "the Sudan Doctors Network")."""
    if not subject.isdisjoint(mention_words(mention)):
        return True
    return not subject.isdisjoint(GROUP_NOUNS) and classify(mention) not in PERSON_TYPES


def speakers_claim(
    body: str, drafts: list[Draft], starts: list[int], sentence: int, link: DiscourseLink,
    fits: frozenset[EntityType] | None, subject: frozenset[str] | None = None,
) -> list[Draft]:
    """The nearest earlier claim with a source, if the pronoun (or the ``subject``'s words)
    can stand for that source."""
    i = bisect_left(starts, link.anaphor[0])
    # a name reaches further back than a pronoun: "The Israeli military did not provide
    # evidence" after two sentences of the other side's answer
    window = _NAMED_WINDOW if subject else _PRONOUN_WINDOW
    while i > 0:
        i -= 1
        draft = drafts[i]
        if draft.last < sentence and sentence - draft.last > window:
            return []  # checked before skipping meta drafts, so the walk stays short
        if (draft.last >= sentence and draft.span[1] > link.anaphor[0]) or draft.meta:
            continue  # (a claim made earlier in this sentence counts: "…, although he gave …")
        if draft.source is not None:
            # the words of the mention, not the party it resolved to: "Zelenskiy" is a he
            # though his party's type is a government's
            start, end = draft.source.mention
            if subject is not None:
                if not subject or _names_speaker(subject, body[start:end]) or (
                        body[start:end].lower() in SUBJECT_PRONOUNS  # "It said": the army
                        and _names_speaker(subject, draft.source.name)):
                    return _with_same_speaker(drafts, i, back=int(draft.last < sentence))
                continue  # a name is specific: look further back for its speaker
            fit = fits is None or classify(body[start:end]) in fits
            return _with_same_speaker(drafts, i) if fit else []
    return []


def sharing_words(body: str, drafts: list[Draft], sentence: int, start: int) -> Draft | None:
    """The recent claim with a source that shares most content words with the sentence
    from ``start`` ("…, it would be the first time a regional command has fallen")."""
    end = _SENTENCE_END.search(body, start)
    words = word_stems(body[start : end.start() if end is not None else len(body)])[0]
    words = frozenset(w for w in words if len(w) >= 4 and w not in UNINFORMATIVE_WORDS)
    best: tuple[int, Draft] | None = None
    for draft in reversed(drafts):
        if draft.last >= sentence or draft.meta or draft.source is None:
            continue
        if sentence - draft.last > _SHARING_WINDOW:
            break
        theirs = content_words(body, draft)
        # ("the third Russian warship lost" is about "sunk the landing ship": a compound's
        # head word counts as shared)
        shared = len(words & theirs) + sum(1 for w in words - theirs if any(
            len(t) >= 4 and w.endswith(t) for t in theirs))
        if shared and (best is None or shared > best[0]):
            best = (shared, draft)
    return best[1] if best is not None else None


def _with_same_speaker(drafts: list[Draft], i: int, back: int = 0) -> list[Draft]:
    """The claim at ``i`` and the claims its speaker made just before it in the same sentence
    ("said X, adding that Y. It did not provide evidence." is about X and Y), or ``back``
    sentences before it ("The army said X. It said Y. The army did not provide evidence.")."""
    draft = drafts[i]
    found = [draft]
    for earlier in reversed(drafts[max(i - 4, 0) : i]):
        if draft.first - earlier.last > back or earlier.meta or earlier.source is None or (
                draft.source is None or earlier.source.name != draft.source.name):
            break
        found.append(earlier)
    return found
