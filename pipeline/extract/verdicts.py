"""Verdicts on a nominal claim in the same sentence: "Kyiv's claim that it sank the cruiser
was later confirmed by the Pentagon".

The passive frame makes the Pentagon the source of "Kyiv's claim that it sank the cruiser",
but what the sentence reports is Kyiv's claim and a third party's verdict on it. So the
outer draft is dropped and its verb becomes a reason of the nominal claim inside it:
corroborated for a confirmation, disputed for a denial.

>>> from pipeline.extract.engine import extract
>>> from pipeline.models import Article
>>> body = "Russia's claim that it captured Robotyne was denied by Kyiv."
>>> [(c.text, c.claimant.name, c.status) for c in extract(Article(id="a", body=body)).claims]
[('it captured Robotyne', 'Russia', 'disputed')]
"""

from __future__ import annotations

from pipeline.extract.drafts import Draft
from pipeline.extract.status import EXPLANATIONS
from pipeline.models import Reason, ReasonCode, Span

__all__ = ["fold_verdicts"]

_VERDICTS = {
    **dict.fromkeys(("confirmed", "verified", "corroborated"), ReasonCode.CORROBORATED),
    **dict.fromkeys(("denied", "disputed", "rejected", "dismissed", "refuted", "debunked",
                     "contradicted"), ReasonCode.DISPUTED),
}


def fold_verdicts(body: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts without verdicts on a nominal claim, which become that claim's reasons."""
    nominal = [d for d in drafts if d.attribution is not None and d.attribution.kind == "nominal"]
    if not nominal:
        return drafts
    kept: list[Draft] = []
    for outer in drafts:
        att = outer.attribution
        code = None
        # Passive only ("… was denied by Kyiv"): in "Sanders dismissed Clinton's charges that
        # …" the dismissal is Sanders' own statement, and stays a claim.
        if att is not None and att.kind != "nominal" and outer.span[1] <= att.cue[0]:
            code = _VERDICTS.get(body[att.cue[0] : att.cue[1]].lower())
        inner = [d for d in nominal if code is not None and d is not outer
                 and outer.span[0] <= d.span[0] and d.span[1] <= outer.span[1]]
        if not inner or att is None or code is None:
            kept.append(outer)
            continue
        by = f" by {outer.source.name}" if outer.source is not None else ""
        verb = body[att.cue[0] : att.cue[1]]
        for draft in inner:
            draft.reasons.append(Reason(
                code=code, cue=verb, span=Span(start=att.cue[0], end=att.cue[1], text=verb),
                explanation=f"{EXPLANATIONS[code]} (the claim was {verb}{by})"))
    return kept
