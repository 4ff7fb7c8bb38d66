"""Quotations that run over several paragraphs, and whose they are.

When a quotation goes on into the next paragraph, print convention leaves the paragraph
that is continued without a closing mark and opens the next one with a mark again::

    He said: “The shelling did not stop all night.
    “By morning, 12 houses had burned down.”

Every paragraph of such a run is the same speaker's, and the speaker may be named in any of
them: an introduction in the first ("He said: “…"), a tag in the last ("…,” he added").
A paragraph of the run that no attribution covers gets the run's speaker. Only the
unclosed mark links paragraphs: a closed quotation followed by a new one is left alone, as
interviews alternate speakers paragraph by paragraph.

>>> from pipeline.extract.quotes import QuoteIndex
>>> body = "“We held the line.\\n\\n“We lost two men,” he said."
>>> [(body[s:e], body[t:u]) for s, e, t, u in
...  ((*r, *q) for r, q in linked_runs(body, QuoteIndex(body).regions))]
[('“We held the line.', '“We lost two men,”')]
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from pipeline.extract.attributed import Attribution, Offsets, make_attribution
from pipeline.extract.segment import Sentence, sentence_index_at

__all__ = ["linked_runs", "run_continuations", "runs_on"]

_CLOSING = frozenset("”\"'’»")


def _unclosed(body: str, region: Offsets) -> bool:
    """Closed by the paragraph's end rather than by a mark."""
    end = region[1]
    return body[end - 1] not in _CLOSING and (end == len(body) or body[end] == "\n")


def runs_on(body: str, before: Offsets, after: Offsets) -> bool:
    """Whether the quotation ``before`` runs on into ``after``, the one next to it."""
    # A straight single quote is too often an apostrophe ("the '80s") to open a run.
    return body[before[0]] != "'" and _unclosed(body, before) and not (
        body[before[1] : after[0]].strip())


def linked_runs(body: str, regions: list[Offsets]) -> list[tuple[Offsets, Offsets]]:
    """Pairs of quotation regions where the first runs on into the second."""
    return [(before, after) for before, after in pairwise(regions)
            if runs_on(body, before, after)]


def _runs(body: str, regions: list[Offsets]) -> list[list[Offsets]]:
    runs: list[list[Offsets]] = []
    for before, after in linked_runs(body, regions):
        if runs and runs[-1][-1] == before:
            runs[-1].append(after)
        else:
            runs.append([before, after])
    return runs


def _region_of(starts: list[int], regions: list[Offsets], pos: int) -> int | None:
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < regions[i][1] else None


def _touching(found: list[Attribution], regions: list[Offsets]) -> dict[int, list[int]]:
    """For each region index, the attributions whose content overlaps it or whose cue is in
    it. A bisection per attribution keeps this near linear on quote-heavy bodies."""
    starts = [start for start, _ in regions]
    touching: dict[int, list[int]] = {}
    for i, att in enumerate(found):
        hit = set()
        cue_region = _region_of(starts, regions, att.cue[0])
        if cue_region is not None:
            hit.add(cue_region)
        k = max(bisect_right(starts, att.content[0]) - 1, 0)
        while k < len(regions) and regions[k][0] < att.content[1]:
            if regions[k][1] > att.content[0]:
                hit.add(k)
            k += 1
        for k in hit:
            touching.setdefault(k, []).append(i)
    return touching


def run_continuations(
    body: str, sentences: list[Sentence], regions: list[Offsets], found: list[Attribution]
) -> list[Attribution]:
    """``found`` with each speaker's quotation stretched over the paragraphs of its run that
    no other attribution covers (one statement, as within a paragraph)."""
    runs = _runs(body, regions)
    if not runs:
        return found
    index = {region: k for k, region in enumerate(regions)}
    starts = [start for start, _ in regions]
    touching = _touching(found, regions)
    out = list(found)
    for run in runs:
        ks = [index[region] for region in run]
        members = set(ks)
        # The speaker's verb is outside the quotation; a verb inside it is what was said.
        at = min((i for k in ks for i in touching.get(k, ())
                  if found[i].source is not None
                  and _region_of(starts, regions, found[i].cue[0]) not in members), default=None)
        if at is None:
            continue
        speaker = found[at]
        mine = [n for n, k in enumerate(ks) if at in touching.get(k, ())]
        start, end = speaker.content
        for k in reversed(ks[: mine[0]]):
            if any(i != at for i in touching.get(k, ())):
                break
            start = regions[k][0]
        for k in ks[mine[-1] + 1 :]:
            if any(i != at for i in touching.get(k, ())):
                break
            end = _trimmed(body, regions[k])
        if (start, end) != speaker.content:
            first = sentences[sentence_index_at(sentences, start, speaker.sentence)]
            made = make_attribution((start, end), speaker.cue, speaker.source, first, sentences,
                                    speaker.kind)
            if made is not None:
                out[at] = replace(made, sentence=min(made.sentence, speaker.sentence))
    return out


def _trimmed(body: str, region: Offsets) -> int:
    end = region[1]
    while end > region[0] and body[end - 1].isspace():
        end -= 1
    return end
