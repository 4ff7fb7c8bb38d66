"""From reasons to a verification status: a small, ordered rule set.

1. any dispute (another source denies it, "may be an overstatement") → ``disputed``;
2. the article says it was not verified, or makes it conditional → ``unverified``;
3. independently confirmed ("Satellite images later confirmed the crash") → ``corroborated``,
   whatever doubt its source or wording left (a hedge, an anonymous or a self-interested
   source stay as reasons);
4. any such doubt → ``unverified``;
5. nobody is named for it and it is worded as hearsay ("experts suggest") → ``unattributed``;
6. otherwise → ``asserted``.

``single_source`` never decides a status on its own (most attributed news claims have one
source); it is added as supporting context to a claim that is already flagged.

>>> from pipeline.models import Reason, ReasonCode
>>> decide([Reason(code=ReasonCode.HEDGE, cue="reportedly")]).value
'unverified'
>>> decide([]).value
'asserted'
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.models import FLAGGED_STATUSES, Reason, ReasonCode, VerificationStatus

__all__ = ["EXPLANATIONS", "decide", "is_flagged"]

_UNVERIFIED = frozenset({
    ReasonCode.NOT_VERIFIED, ReasonCode.CONDITIONAL, ReasonCode.HEDGE,
    ReasonCode.ANONYMOUS_SOURCE, ReasonCode.SELF_INTERESTED_SOURCE,
})

_NOT_ESTABLISHED = frozenset({ReasonCode.NOT_VERIFIED, ReasonCode.CONDITIONAL})

#: Default human explanation per reason code (the engine adds specifics where it can).
EXPLANATIONS: dict[str, str] = {
    ReasonCode.NOT_VERIFIED: "The article says the claim has not been verified or confirmed.",
    ReasonCode.CONDITIONAL: "The claim is presented as conditional on confirmation.",
    ReasonCode.HEDGE: "The wording hedges the claim instead of asserting it.",
    ReasonCode.ANONYMOUS_SOURCE: "The source is not named.",
    ReasonCode.SELF_INTERESTED_SOURCE: "The source is a party to the conflict reporting on it.",
    ReasonCode.DISPUTED: "Another statement in the article disputes the claim.",
    ReasonCode.SINGLE_SOURCE: "Only one source in the article makes this claim.",
    ReasonCode.UNATTRIBUTED: "The claim is attributed to no identifiable source.",
    ReasonCode.CORROBORATED: "The article reports independent confirmation.",
}


def decide(reasons: Iterable[Reason]) -> VerificationStatus:
    """The status the reasons add up to (rules in the module docstring)."""
    codes = {ReasonCode(r.code) for r in reasons}
    if ReasonCode.DISPUTED in codes:
        return VerificationStatus.DISPUTED
    if codes & _NOT_ESTABLISHED:
        return VerificationStatus.UNVERIFIED
    if ReasonCode.CORROBORATED in codes:
        return VerificationStatus.CORROBORATED
    if codes & _UNVERIFIED:
        return VerificationStatus.UNVERIFIED
    if ReasonCode.UNATTRIBUTED in codes:
        return VerificationStatus.UNATTRIBUTED
    return VerificationStatus.ASSERTED


def is_flagged(status: VerificationStatus | str) -> bool:
    return str(status) in FLAGGED_STATUSES
