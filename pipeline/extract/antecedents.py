"""Which earlier claims fit an anaphor, best first.

"The video could not be verified", "the army rejected the report": the claims said in the
last sentences are scored by :func:`~pipeline.extract.antecedent_scores.antecedent_score`
(shared words, the anaphor's head, counts) and by how they were said (in a video, in a
report), by whom ("the ministry's figures") and what the verdict's own clause repeats.
"""

from __future__ import annotations

import re

from pipeline.extract.antecedent_scores import (
    NARRATIVE_HEADS,
    SAID_HEADS,
    antecedent_score,
    claim_stems,
    fits_named_head,
)
from pipeline.extract.claimtypes import COMBAT_TYPES
from pipeline.extract.content import is_clause
from pipeline.extract.cues_discourse import IMAGERY
from pipeline.extract.drafts import Draft
from pipeline.extract.lexicon import UNINFORMATIVE_WORDS
from pipeline.extract.speaker_links import mention_words
from pipeline.extract.stems import word_stems
from pipeline.models import ClaimType, EntityType

__all__ = ["ANAPHOR_WINDOW", "TOLL_HEADS", "best_antecedent", "ranked_antecedents",
           "verdict_echo"]

ANAPHOR_WINDOW = 15  # sentences an anaphor reaches back
_MIN_SCORE = 0.5
TOLL_HEADS = ("toll", "death toll", "tally", "tallies")
_EVENT_HEADS = frozenset({"crash", "sinking", "explosion", "damage", "attack", "strike",
                          "downing", "shootdown", "destruction", "capture", "seizure"})
_WITNESSES = frozenset({EntityType.WITNESS, EntityType.ANONYMOUS})
_FRAMED = frozenset({"report", "video", "statement", "letter", "post", "message", "recording",
                     "audio"})  # what a claim can be said in


def _names_source(keys: frozenset[str], words: frozenset[str]) -> bool:
    """Whether an anaphor's words name a source mention: a word of it, or for pictures a
    stem of one ("the imagery" names "Images taken by Maxar" by "imag")."""
    if not keys.isdisjoint(words):
        return True
    stems = tuple(k for k in keys if k in IMAGERY)
    return bool(stems) and any(w.startswith(stems) for w in words)


def best_antecedent(
    body: str, drafts: list[Draft], sentence: int, head: str | None, keys: tuple[str, ...]
) -> Draft | None:
    """The earlier claim that best fits an anaphor, if any."""
    scored = ranked_antecedents(body, drafts, sentence, head, keys)
    return scored[0][1] if scored else None


_CLAUSE_END = re.compile(r"[.;!?]|,[”\"’']")  # a quotation closed by its tag ends it too


def verdict_echo(body: str, after: int) -> frozenset[str]:
    """Content words of the verdict's own clause after its anaphor ("disputed the figure,
    saying 212 trucks had entered"): a claim using them is the one meant; not "rejected the
    allegations as malicious slander", the verdict's own words."""
    if body.startswith(" as ", after):
        return frozenset()
    end = _CLAUSE_END.search(body, after, after + 160)
    words, _ = word_stems(body[after : end.start() if end is not None else after + 160])
    return frozenset(w for w in words if len(w) >= 4 and w not in UNINFORMATIVE_WORDS)


def ranked_antecedents(
    body: str, drafts: list[Draft], sentence: int, head: str | None, keys: tuple[str, ...],
    echo: frozenset[str] = frozenset(),
) -> list[tuple[float, Draft]]:
    """Earlier claims that fit an anaphor, best first (ties: the nearest)."""
    scored: list[tuple[float, int, Draft]] = []
    narrative = head is not None and head.startswith(NARRATIVE_HEADS)
    # "Reuters could not verify the accounts": witnesses' accounts run on for a few sentences
    # ("Two other residents gave similar accounts."); an agency's figures are no account
    plural_accounts = narrative and head is not None and head.endswith("s")
    # sentences that only say how the claims were sourced are no distance ("Two other
    # residents gave similar accounts.")
    notes = {d.first for d in drafts if d.meta and d.first == d.last and d.first < sentence} - {
        d.first for d in drafts if not d.meta} if plural_accounts else set()
    counted = head in ("number", "figure", "estimate", "count")  # the count just given
    bare_said = head in SAID_HEADS and len(keys) <= 1
    # "the ministry's figures": words other than the head may name the claim's source
    named = frozenset(k.rstrip("'’") for k in keys) if len(keys) > 1 else None
    for draft in drafts:
        if draft.first >= sentence:
            break  # drafts are in text order: the rest come later
        if draft.last >= sentence or draft.meta or sentence - draft.last > ANAPHOR_WINDOW:
            continue
        att = draft.attribution
        start, end = draft.frame()
        if not fits_named_head(head, body[start:end].lower()):
            continue  # "the recording" is no claim made without one
        stems = claim_stems(body, draft)
        cue = body[att.cue[0] : att.cue[1]] if att is not None else ""
        if cue in ("citing", "quoting") and not is_clause(body[draft.span[0] : draft.span[1]]):
            continue  # "…, citing the ministry's daily briefing": whom a claim came from
        if cue[:5].lower() == "claim" and body.count(" ", *draft.span) < 3:
            cue = ""  # "claimed victory" names no claim that "the claim" could be
        score = antecedent_score(
            head, keys, stems,
            attributed=draft.source is not None,
            claim_cue=cue,
            has_quantity=bool(draft.quantities), distance=(sentence - draft.last - sum(
                1 for n in notes if draft.last < n < sentence)) * (
                0.6 if plural_accounts and draft.source is not None
                and draft.source.entity_type in _WITNESSES else 1.0),
        )
        if not (narrative or bare_said or counted) and not COMBAT_TYPES.isdisjoint(draft.types):
            score += 1.0 if head in _EVENT_HEADS else 0.5  # "the crash": a combat event
        if head is not None and head.rstrip("s") in _FRAMED and head.rstrip("s") in body[
                start : draft.span[0]].lower():
            # "X said in a report that …. The army rejected the report"; "said in a video
            # that …. The video could not be verified."
            score += 1.5
        if score > _MIN_SCORE and not echo.isdisjoint(stems[0]):
            score += 1.0
        if score > _MIN_SCORE and head is not None and head.startswith(TOLL_HEADS) and (
                ClaimType.CASUALTY in draft.types):
            score += 1.5  # "the death toll": a count of the dead, not of vehicles destroyed
        if named is not None and draft.source is not None and _names_source(
                named, mention_words(body[draft.source.mention[0] : draft.source.mention[1]])):
            score += 1.5
        if score > _MIN_SCORE:
            scored.append((score, draft.span[0], draft))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [(score, draft) for score, _, draft in scored]
