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
from pipeline.extract.lexicon import CONFIRMING_VERDICTS, DISPUTING_VERDICTS
from pipeline.extract.status import EXPLANATIONS
from pipeline.models import Reason, ReasonCode, Span

__all__ = ["fold_verdicts"]

_VERDICTS = {
    **dict.fromkeys(CONFIRMING_VERDICTS, ReasonCode.CORROBORATED),
    **dict.fromkeys(DISPUTING_VERDICTS, ReasonCode.DISPUTED),
}
# A verdict on a denial ("Moscow's denial that … was contradicted") turns the other way:
# such nominals are left as they are.
_DENIALS = ("denial", "denials")


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
        if att is not None and att.kind == "passive" and outer.span[1] <= att.cue[0]:
            code = _VERDICTS.get(body[att.cue[0] : att.cue[1]].lower())
        # The nominal must be what is judged: the outer subject, not something inside it.
        inner = [d for d in nominal if code is not None and _is_subject(body, outer, d)]
        if att is None or code is None or not inner:
            kept.append(outer)
            continue
        by = f" by {outer.source.name}" if outer.source is not None else ""
        verb = body[att.cue[0] : att.cue[1]]
        for draft in inner:
            draft.reasons.append(Reason(
                code=code, cue=verb, span=Span(start=att.cue[0], end=att.cue[1], text=verb),
                explanation=f"{EXPLANATIONS[code]} (the claim was {verb}{by})"))
    return kept


def _is_subject(body: str, outer: Draft, nominal: Draft) -> bool:
    """Whether the nominal claim is the whole subject of the outer one ("Kyiv's claim that …"
    and nothing more), and not a denial."""
    att = nominal.attribution
    if att is None or att.source is None or nominal is outer:
        return False
    lead = body[outer.span[0] : att.source[0]].strip().lower()
    return (lead in ("", "the") and nominal.span[1] == outer.span[1]
            and body[att.cue[0] : att.cue[1]].lower() not in _DENIALS)
