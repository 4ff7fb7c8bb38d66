"""The status rules."""

from __future__ import annotations

import pytest

from pipeline.extract.status import EXPLANATIONS, decide, is_flagged
from pipeline.models import Reason, ReasonCode


def _r(*codes: str) -> list[Reason]:
    return [Reason(code=ReasonCode(c), cue="x") for c in codes]


@pytest.mark.parametrize(
    ("codes", "status"),
    [
        ((), "asserted"),
        (("hedge",), "unverified"),
        (("not_verified", "disputed"), "disputed"),
        (("self_interested_source",), "unverified"),
        (("anonymous_source",), "unverified"),
        (("conditional",), "unverified"),
        (("unattributed",), "unattributed"),
        (("unattributed", "hedge"), "unverified"),
        (("corroborated",), "corroborated"),
        (("corroborated", "disputed"), "disputed"),
        (("single_source",), "asserted"),
    ],
)
def test_decide(codes: tuple[str, ...], status: str) -> None:
    assert decide(_r(*codes)) == status


def test_flagged_and_explanations() -> None:
    assert [s for s in ("unverified", "disputed", "unattributed", "corroborated", "asserted")
            if is_flagged(s)] == ["unverified", "disputed", "unattributed"]
    assert set(EXPLANATIONS) == set(ReasonCode)


def test_confirmation_outweighs_doubts_about_the_source_but_not_non_verification() -> None:
    def reason(code: ReasonCode) -> Reason:
        return Reason(code=code, cue="x")

    corroborated = reason(ReasonCode.CORROBORATED)
    assert decide([reason(ReasonCode.SELF_INTERESTED_SOURCE), corroborated]).value == (
        "corroborated")
    assert decide([reason(ReasonCode.HEDGE), corroborated]).value == "corroborated"
    assert decide([reason(ReasonCode.NOT_VERIFIED), corroborated]).value == "unverified"
    assert decide([reason(ReasonCode.DISPUTED), corroborated]).value == "disputed"
