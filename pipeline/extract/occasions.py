"""The occasion of a statement between its speaker and its verb, which names nobody.

"Sean Spicer on Thursday evening said", "A poll released Wednesday found": the time is when
the statement was made; "X first said A, but in a later interview said B": the interview is
where X said B, not a speaker.

>>> from pipeline.extract.tokens import tokenize
>>> tokens = tokenize("Sean Spicer on Thursday evening said")
>>> tokens[before_time(tokens, 4)].text
'Spicer'
"""

from __future__ import annotations

from pipeline.extract.tokens import Token

__all__ = ["before_time", "occasion_only", "skip_occasion"]


# "on Thursday evening", "in the past", "in recent weeks", "in January", "over the weekend"
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday week
    month year night morning afternoon evening weekend weeks months years days past recent
    the few january february march april june july august september october november
    december""".split())  # noqa: SIM905
_TIME_OPENERS = frozenset({"on", "last", "this", "earlier", "late", "early", "in", "over",
                           "during"})


def before_time(tokens: list[Token], j: int) -> int:
    """``Sean Spicer on Thursday evening said``: the last token before a time phrase that
    sits between the speaker and the verb (``j`` itself when there is none)."""
    i = j
    while i > 0 and tokens[i].lower in _TIME_WORDS:
        i -= 1
    if i < j and i > 0 and tokens[i].lower in _TIME_OPENERS and tokens[i - 1].text[0].isalnum():
        return i - 1 - (i > 1 and tokens[i - 1].lower in ("late", "early"))  # "late on Monday"
    if i < j and i > 0 and tokens[i].text[0].islower() and tokens[i].lower.endswith(
            ("ed", "ing")) and tokens[i - 1].text[0].isalnum():
        return i - 1  # "A poll released Wednesday found": the poll, not the day
    return j


_OCCASIONS = frozenset({"interview", "interviews", "statement", "speech", "post", "tweet",
                        "letter", "briefing", "appearance", "address", "op-ed", "email",
                        "broadcast", "podcast", "call", "conversation", "testimony"})


def occasion_only(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the source phrase ``[start, end)`` is only where something was said ("but in
    a later interview said"): a statement noun after "in"/"during"."""
    return skip_occasion(tokens, end - 1) < start - 1


def skip_occasion(tokens: list[Token], j: int) -> int:
    """Index of the last token before an occasion phrase ending at ``j`` ("in a later
    interview", "during his first television appearance"), or ``j`` when there is none."""
    if j < 1 or tokens[j].lower not in _OCCASIONS:
        return j
    i = j - 1
    while i > 0 and j - i < 4 and tokens[i].text[0].islower() and (
            tokens[i].lower not in ("in", "during")):
        i -= 1
    return i - 1 if tokens[i].lower in ("in", "during") else j
