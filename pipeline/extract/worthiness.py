"""Check-worthiness of a claim: the trained sentence model plus explainable adjustments.

The scoring helper's model (:func:`pipeline.extract.checkworthy.checkworthiness`) was
trained on debate sentences; news claims carry extra evidence it cannot see, so we add a
few fixed log-odds terms on top of its output:

* numbers and combat claim types make a claim more worth checking;
* an attributed claim is somewhat more check-worthy (somebody asserted it on the record);
* a question, a very short text, or a meta statement about another claim is less so.

>>> round(_combine(0.5, [0.0]), 2)
0.5
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pipeline.extract.checkworthy import checkworthiness
from pipeline.extract.claimtypes import COMBAT_TYPES
from pipeline.models import ClaimType

if TYPE_CHECKING:
    from pipeline.extract.drafts import Draft

__all__ = ["combined_checkworthiness"]



def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _combine(p: float, terms: list[float]) -> float:
    return 1.0 / (1.0 + math.exp(-(_logit(p) + sum(terms))))


def combined_checkworthiness(text: str, draft: Draft) -> float:
    """The model's score for ``text`` adjusted by the draft's own evidence."""
    base = checkworthiness(text)
    terms: list[float] = []
    if draft.quantities:
        terms.append(0.6)
    if not COMBAT_TYPES.isdisjoint(draft.types):
        terms.append(0.8)
    elif ClaimType.CAUSAL in draft.types or ClaimType.PREDICTION in draft.types:
        terms.append(0.2)
    if draft.source is not None:
        terms.append(0.3)
    if text.rstrip(" ’”'\"").endswith("?"):
        terms.append(-1.5)
    if text.count(" ") < 4:
        terms.append(-1.0)
    if "opinion" in draft.tags:
        terms.append(-0.6)
    if draft.meta:
        terms.append(-1.5)
    return _combine(base, terms)
