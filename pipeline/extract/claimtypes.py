"""What kind of claim a text makes, from verb and noun lexicons.

>>> text = "Units captured the crew of a tank and at least ten soldiers."
>>> [t.value for t in claim_types(text, True, False)]
['capture', 'quantity', 'action']
>>> [t.value for t in claim_types("The strike killed 12 people.", True, False)]
['casualty', 'strike', 'quantity', 'event']
"""

from __future__ import annotations

import re

from pipeline.models import ClaimType

__all__ = ["COMBAT_TYPES", "claim_types", "reports_combat_outcome"]

#: Claim types about the fighting itself: what a party to a conflict may report self-servingly.
COMBAT_TYPES = frozenset({ClaimType.CAPTURE, ClaimType.STRIKE, ClaimType.CASUALTY})

_LEXICON: list[tuple[ClaimType, re.Pattern[str]]] = [
    (ClaimType.CASUALTY, re.compile(
        r"\b(?:kill(?:ed|ing|s)?|dead|died|dies|death(?:s)?|wound(?:ed|ing)?|injur(?:ed|ies|y"
        r"|ing)|casualt(?:y|ies)|fatalit(?:y|ies)|losses|lost\s+(?:\w+\s+)?(?:soldiers|troops"
        r"|men|lives)|victims?|prisoners?|captives?|massacre\w*|bodies|eliminated|neutrali[sz]ed)\b",
        re.IGNORECASE)),
    (ClaimType.CAPTURE, re.compile(
        r"\b(?:captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing|ure)|took\s+control|taken\s+control"
        r"|taken\s+prisoner|took\s+prisoner|liberat(?:e|ed|ion)|occup(?:y|ied|ation)|overr(?:an|un)"
        r"|encircl(?:e|ed|ement)|surrender(?:ed)?|fell\s+to|retook|recaptur\w+|advanc(?:e|ed|es))\b",
        re.IGNORECASE)),
    (ClaimType.STRIKE, re.compile(
        r"\b(?:strikes?|struck|airstrikes?|air\s+strikes?|shell(?:ed|ing)|bomb(?:ed|ing|ardment)s?"
        r"|missiles?|rockets?|drone\s+attacks?|shot\s+down|downed|intercept(?:ed|ion)|destroy(?:ed"
        r"|ing|s)?|destruction|attack(?:ed|s)?|raid(?:ed|s)?|hit|fired|artillery|explosions?"
        r"|blasts?|sank|sunk)\b", re.IGNORECASE)),
    (ClaimType.CAUSAL, re.compile(
        r"\b(?:because(?:\s+of)?|due\s+to|caus(?:e|ed|es|ing)|led\s+to|leads\s+to|result(?:ed)?\s+in"
        r"|as\s+a\s+result|trigger(?:ed|s)?|owing\s+to|thanks\s+to|responsible\s+for|blamed?\s+for)\b",
        re.IGNORECASE)),
    (ClaimType.PREDICTION, re.compile(
        r"\b(?:will|going\s+to|expected\s+to|forecasts?|predict(?:s|ed)?|likely\s+to|could\s+shift"
        r"|projected|is\s+set\s+to|are\s+set\s+to|next\s+(?:week|month|year|few))\b",
        re.IGNORECASE)),
]
_ACTION = re.compile(
    r"\b\w+(?:ed)\b|\b(?:took|made|sent|won|lost|began|signed|launched|voted|passed|held|met"
    r"|gave|left|ran|built|cut|raised|paid|spent|sold|bought)\b", re.IGNORECASE)


def claim_types(text: str, has_quantity: bool, attributed: bool) -> list[ClaimType]:
    """Types for a claim's content, most specific first."""
    found = [kind for kind, pattern in _LEXICON if pattern.search(text)]
    if has_quantity:
        found.insert(len([k for k in found if k in COMBAT_TYPES]), ClaimType.QUANTITY)
    if any(k in COMBAT_TYPES for k in found) or ClaimType.CAUSAL in found:
        found.append(ClaimType.EVENT if _is_event(text) else ClaimType.ACTION)
    elif _ACTION.search(text):
        found.append(ClaimType.ACTION)
    if attributed and not found:
        found.append(ClaimType.STATEMENT)
    return list(dict.fromkeys(found))


_OUTCOME = re.compile(
    r"\b(?:captur\w*|seiz\w*|took\s+control|taken\s+control|prisoners?|captives?|liberat\w*"
    r"|destroy\w*|destruction|shot\s+down|downed|intercept\w*|repel\w*|repuls\w*|kill\w*"
    r"|eliminat\w*|neutrali[sz]\w*|wounded|casualt\w*|losses|lost|surrender\w*|sank|sunk"
    r"|struck|hit|retreat\w*|advanc\w*|gains?|victory|success\w*|fortified|strongholds?"
    r"|positions?|encircl\w*|recaptur\w*|retook|fell)\b",
    re.IGNORECASE,
)


def reports_combat_outcome(text: str) -> bool:
    """Whether a claim reports a result of fighting: gains, captures, kills, losses.

    >>> reports_combat_outcome("Units captured ten soldiers"), reports_combat_outcome("We pray")
    (True, False)
    """
    return _OUTCOME.search(text) is not None


def _is_event(text: str) -> bool:
    """Something happened (to someone) rather than somebody did something."""
    return re.search(r"\b(?:killed|died|dead|explosion|blast|struck|hit)\b", text,
                     re.IGNORECASE) is not None
