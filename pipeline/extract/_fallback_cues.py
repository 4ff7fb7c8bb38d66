"""Stand-in for :mod:`pipeline.extract.uncertainty` while it is not importable."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.models import ReasonCode

_CUES = [
    (ReasonCode.NOT_VERIFIED, re.compile(
        r"(?:has|have) yet to be (?:independently )?(?:verified|confirmed)|could not be "
        r"(?:independently )?(?:verified|confirmed)", re.I)),
    (ReasonCode.CONDITIONAL, re.compile(r"\bif (?:confirmed|true)\b", re.I)),
    (ReasonCode.UNATTRIBUTED, re.compile(r"\b(?:experts suggest|it is believed|some say)\b", re.I)),
    (ReasonCode.HEDGE, re.compile(r"\b(?:reportedly|allegedly|may|might|claims?|claimed)\b", re.I)),
]


@dataclass(frozen=True)
class Cue:
    code: ReasonCode
    start: int
    end: int
    text: str


def find_uncertainty_cues(sentence: str) -> list[Cue]:
    return [Cue(code, m.start(), m.end(), m.group())
            for code, pattern in _CUES for m in pattern.finditer(sentence)]
