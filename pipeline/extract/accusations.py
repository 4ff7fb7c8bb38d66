"""Which earlier claims a denial of "the allegations" answers.

"Researchers said the video was fake. Meta said it had removed the video. Russia denies the
allegations." The plural anaphor fits every recent claim about as well, but Russia denies
only what is said against Russia: the claims that name the denier, or that were made as
accusations ("accused", "blamed"). Without any such claim, only the best fit is taken.

>>> from pipeline.extract.engine import extract
>>> from pipeline.models import Article
>>> body = ("Researchers said Russian agents made the video. Meta said it had removed the "
...         "video. Russia denies the allegations.")
>>> [c.status for c in extract(Article(id="a", body=body), threshold=0).claims]
['disputed', 'asserted']
"""

from __future__ import annotations

import re

from pipeline.extract.cues_discourse import DiscourseLink
from pipeline.extract.drafts import Draft

__all__ = ["ACCUSATION_HEADS", "against_denier"]

# "denied any involvement", "rejected responsibility": what is denied is the accusation
ACCUSATION_HEADS = ("allegation", "accusation", "charge", "involvement", "responsibility")
_ACCUSING_CUES = re.compile(r"(?:accus|alleg|blam|charg)", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w’'-]{2,}")
_NOT_NAMES = frozenset({"The", "But", "And", "However", "Its", "His", "Her", "Their"})


def against_denier(body: str, link: DiscourseLink, fits: list[Draft],
                   sides: tuple[str, ...] = ()) -> list[Draft]:
    """The claims among ``fits`` that accuse whoever denies in ``link``'s sentence: those
    made as accusations first, then those that name the denier or its side (``sides``: the
    side labels of the sentence's party sources, "Russian side" for "Moscow"), each in
    ``fits``' order."""
    start = max(body.rfind(". ", 0, link.cue[0]), body.rfind("\n", 0, link.cue[0])) + 1
    names = {n[:5] for n in _NAME.findall(body, start, link.cue[0]) if n not in _NOT_NAMES}
    sided = {label[:4] for label in sides}  # "Russian side" names "Russia" and "Russian"
    accusing = [d for d in fits if _accusing(body, d)]
    naming = [d for d in fits if d not in accusing and any(
        n[:5] in names or n[:4] in sided for n in _NAME.findall(body, d.span[0], d.span[1]))]
    return accusing + naming or fits[:1]


def _accusing(body: str, draft: Draft) -> bool:
    att = draft.attribution
    return att is not None and _ACCUSING_CUES.match(body, att.cue[0]) is not None
