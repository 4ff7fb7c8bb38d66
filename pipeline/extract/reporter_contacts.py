"""Sources named with the reporter's contact or with what they pass on, whose subject runs
back past a pronoun: "hospital staff I spoke to in Abu Salim told me" (the staff, not Abu
Salim), "One post sharing it said" (the post, not "it").

>>> from pipeline.extract.tokens import tokenize
>>> text = "One post sharing it said"
>>> tokens = tokenize(text, 0)
>>> start, end = met_or_passing_on(tokens, 3)
>>> text[tokens[start].start : tokens[end - 1].end]
'One post sharing it'
"""

from __future__ import annotations

from pipeline.extract.tokens import Token, np_start_before

__all__ = ["met_or_passing_on"]

_PASSING_ON = frozenset({"sharing", "posting", "reposting", "showing", "circulating", "spreading",
                         "publishing", "reviewing", "carrying", "broadcasting", "amplifying",
                         "retweeting", "quoting", "viewing", "watching", "reading"})
_FRONTED = frozenset({"in", "at", "on", "by", "when", "after", "before", "during", "as", "since",
                      "while", "until"})
_CONTACT = frozenset({"spoke", "talked", "interviewed", "met", "reached", "contacted"})
# ("The first time I met him, Putin said": when, not who)
_WHEN_WHERE = frozenset({"time", "day", "night", "morning", "week", "moment", "village", "town",
                         "camp", "school", "checkpoint", "hospital", "place", "year", "evening"})


def met_or_passing_on(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The token range of such a source, whose last token is ``j`` (the word before the
    speech verb), if it is one."""
    met = next((i for i in range(j - 1, max(j - 8, 0), -1) if tokens[i].lower in ("i", "we")
                and tokens[i + 1].lower in _CONTACT), None)
    if met is not None and all(t.text[:1].isalnum() for t in tokens[met:j]) and (
            outer := np_start_before(tokens, met - 1)) is not None and (
            tokens[met - 1].lower not in _WHEN_WHERE) and (
            outer == 0 or tokens[outer - 1].lower not in _FRONTED):
        return outer, j + 1  # "hospital staff I spoke to in Abu Salim told me": the staff
    if tokens[j].lower in ("it", "them") and j > 1 and tokens[j - 1].lower in _PASSING_ON and (
            outer := np_start_before(tokens, j - 2)) is not None:
        return outer, j + 1  # "One post sharing it said": the post, not what it shares
    return None
