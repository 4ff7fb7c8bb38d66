"""How well an earlier claim fits an anaphor's words ("the capture", "this figure", "the
claims"): the scores :mod:`pipeline.extract.link_targets` ranks candidates by.

>>> from pipeline.extract.stems import word_stems
>>> capture = word_stems("Units captured the crew of a tank")
>>> score = antecedent_score("capture", ("captur",), capture, attributed=True,
...                          claim_cue="said", has_quantity=False, distance=1)
>>> score > 0
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.stems import stem, word_stems

if TYPE_CHECKING:
    from pipeline.extract.drafts import Draft

__all__ = [
    "MEDIUM_HEADS",
    "NARRATIVE_HEADS",
    "SAID_HEADS",
    "antecedent_score",
    "claim_stems",
    "fits_named_head",
    "relative_head",
]

_SPEECH_HEADS = ("claim", "report", "account", "statement", "assertion", "allegation",
                 "version", "accusation", "assessment", "criticism",
                 # "The number could not be verified": any count, not "the number of …"
                 "number", "figure")
#: Anaphor heads that name what a claim was made in ("its contents", "the recording"), with
#: the words that must be near the claim for it to be the one meant.
_MEDIUM_WORDS = {
    "content": ("memo", "document", "letter", "report", "file", "email", "leak", "record"),
    "recording": ("record", "audio", "message", "video", "tape", "call"),
    "message": ("message", "audio", "video", "record", "post", "statement"),
    "post": ("post", "social media", "facebook", "telegram", "twitter", "tiktok", "online"),
    "rumour": ("rumour", "rumor", "post", "social media", "facebook", "telegram", "online"),
    "rumor": ("rumour", "rumor", "post", "social media", "facebook", "telegram", "online"),
    "memo": ("memo",), "letter": ("letter",),
    "document": ("document", "memo", "report", "letter", "file", "leak", "record", "dossier")}
MEDIUM_HEADS = tuple(_MEDIUM_WORDS)
# Things agreed or done that a claim must name itself: "Police have not confirmed any arrests"
# is about no death toll said before
_NAMED_THINGS = ("ceasefire", "truce", "deal", "agreement", "withdrawal", "swap", "exchange",
                 "arrest")


def fits_named_head(head: str | None, frame: str) -> bool:
    """Whether a claim (``frame``: its words with its source and verb, lower case) can be
    what a medium or thing head means: "the recording" a claim made in an audio message,
    "the ceasefire" a claim about one.

    >>> fits_named_head("recording", "the group said in an audio message that …")
    True
    >>> fits_named_head("arrests", "the ministry said 40 people were killed")
    False
    """
    if head is None:
        return True
    for start, words in _MEDIUM_WORDS.items():
        if head.startswith(start):
            return any(w in frame for w in words)
    thing = next((t for t in _NAMED_THINGS if head.startswith(t)), None)
    return thing is None or thing in frame


# "images (that) it claims show …": the noun a pronoun's report is about stands before it
_PRONOUN_SPEAKER = re.compile(r"(?:it|they|he|she|we)\s", re.IGNORECASE)
_HEAD_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:(?:that|which)\s+)?$")
_NOT_HEADS = frozenset({"and", "but", "because", "what", "when", "where", "while", "how", "why",
                        "said", "says", "say", "who", "whom", "whether", "than", "after", "before",
                        "since", "until", "unless", "although", "though", "for", "yet", "then"})


def relative_head(body: str, start: int) -> int:
    """Where a claim's frame starts once the noun it is told about is in it: "images it
    claims show the launcher" is about the images.

    >>> body = "The army published images it claims show the launcher."
    >>> body[relative_head(body, 26):]
    'images it claims show the launcher.'
    >>> relative_head("The army said it had won.", 14)
    14
    """
    if not _PRONOUN_SPEAKER.match(body, start):
        return start
    found = _HEAD_BEFORE.search(body, max(0, start - 40), start)
    if found is None or found.group(1) in _NOT_HEADS:
        return start
    return found.start(1)


def claim_stems(body: str, draft: Draft) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of a claim's words (cached on the draft), with the noun a relative report
    is about ("images it claims show …")."""
    if draft.stems is None:
        words = body[draft.span[0] : draft.span[1]]
        frame = draft.frame()[0]
        head = relative_head(body, frame)
        if head < frame:  # the head noun only, not the pronoun and verb after it
            words = body[head : body.find(" ", head)] + " " + words
        draft.stems = word_stems(words)
    return draft.stems
_FINDING_CUES = frozenset({"found", "finds", "concluded", "concludes", "determined"})
#: Anaphor heads that name somebody's telling of events rather than an event or a number.
NARRATIVE_HEADS = ("account", "version")
# Singular heads naming what was said, whatever it counts: the nearest fit is meant.
SAID_HEADS = frozenset({"claim", "assertion", "statement", "allegation", "accusation",
                        "assessment", "criticism"})


def antecedent_score(
    head: str | None, keywords: tuple[str, ...], stems: tuple[frozenset[str], frozenset[str]],
    *, attributed: bool, claim_cue: str, has_quantity: bool, distance: float,
) -> float:
    """How well an earlier claim (given by its :func:`word_stems`) fits an anaphor; higher is
    better, <= 0 means no fit."""
    words, prefixes = stems
    score = 0.0
    # "the claim" names a statement, not what it is about: "an attack claimed by JNIM" in a
    # claim says nothing of which claim is meant ("the capture" does)
    spoken = stem(head.split()[-1]) if head is not None and head.startswith(_SPEECH_HEADS) else ""
    for key in keywords:
        if key == spoken:
            continue
        if "|" in key:  # any of the words: "captur|enter|took"
            if any(one in words or (len(one) >= 5 and one[:5] in prefixes)
                   for one in key.split("|")):
                score += 2.0
        elif key in words or (len(key) >= 5 and key[:5] in prefixes):
            score += 2.0
    if head is None or head.startswith(("development", "report", "information", "news", "story",
                                        "terms", "details", "extent", "circumstances")) or (
            head.startswith(MEDIUM_HEADS) and attributed):
        # ("its contents", "the recording", "the posts": what somebody said in them)
        score += 1.0
    if head is not None and head.startswith("report") and (
            claim_cue.lower() == "according to" or stem(claim_cue).startswith("report")):
        score += 1.0  # "denied the report": what was reported, rather than what was said
    if head is not None and head.startswith(("claim", "assertion", "allegation", "statement",
                                              "account", "version", "assessment", "accusation",
                                              "involvement", "responsibility", "finding",
                                              "projection", "forecast", "estimate", "critic",
                                              "charge")):
        score += 1.0 if attributed else 0.0
        # "the estimate" what was estimated, "the allegation" what was alleged, "the
        # finding" what was found
        cue = claim_cue.lower()
        score += 2.0 if stem(cue).startswith("claim") or cue[:5] == head[:5] or (
            head.startswith("finding") and cue in _FINDING_CUES) else 0.0
    if head is not None and head.startswith(NARRATIVE_HEADS):
        # "that account", "this version": what the last speaker said, whatever it is about
        return score - 0.25 * distance
    if has_quantity and not (head in SAID_HEADS and len(keywords) <= 1):
        # a bare "that claim" is what was said last, counted or not ("the drone claim" is not)
        score += 0.5 + (1.5 if head and head.startswith(("figure", "number", "toll", "tally",
                                                          "tallies", "count", "estimate")) else 0.0)
    return score - 0.05 * distance
