"""Sources that are members of a group heard before: "One of them said", "Another said",
"The second official said".

"One of them" speaks for the group ("Two industry sources"); "the second official" and
"the other" are someone else than "One official" before them: they keep the group's type,
anonymity and side under a name of their own, so two accounts are not one person's.

>>> from pipeline.extract.source_info import SourceInfo
>>> from pipeline.models import EntityType
>>> body = "One official said X. The second official said Y."
>>> first = SourceInfo("One official", EntityType.ANONYMOUS, (0, 12), True, None)
>>> mention = (body.index("The second"), body.index(" said Y"))
>>> group_member(body, [first], mention).name
'second official'
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Offsets
from pipeline.extract.parties import PartyRegistry
from pipeline.extract.source_info import SourceInfo

__all__ = ["group_member"]

_MEMBER_OF = re.compile(r"(?:one|two|some|another|each|both|either|neither|none|several|most)\s+"
                        r"of\s+(?:them|those|these)|one|another|(?:(?:a|the)\s+(?:second|third|fourth)"
                        r"|the\s+other)(?:\s+(?:person|source|official|man|woman|diplomat"
                        r"|officer|resident|witness))?")


def group_member(body: str, history: list[SourceInfo], mention: Offsets,
                 parties: PartyRegistry | None = None) -> SourceInfo | None:
    """The source ``mention`` names when it is a member of the last group (or anonymous
    source) heard, or None when it is no such mention."""
    # ("The second person, a Western intelligence official,": still one of the group, whose
    # apposition says what he is but not who)
    text, _, apposition = body[mention[0] : mention[1]].strip(" ,").partition(", ")
    words = text.lower().split()
    if not words or not _MEMBER_OF.fullmatch(" ".join(words)) or (
            apposition and not apposition.startswith(("a ", "an "))) or (
            apposition and parties is not None and parties.match(apposition) is not None):
        return None  # ("One of them, an Israeli military officer,": that side's officer)
    earlier = next((e for e in reversed(history) if e.anonymous or (
        e.name.split() and e.name.split()[-1].lower().endswith("s"))), None)
    if earlier is None:
        return None
    name = earlier.name
    if words[-1] not in ("them", "those", "these") and words != ["one"]:
        # ("One said …" after "Two residents …": one of them, who speaks for the group)
        head = earlier.name.split()[-1].lower()
        head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
        last = words[-1] if words[-1] not in ("other", "another") else head
        name = f"{'other' if 'other' in words[-1] else words[-2]} {last}" if len(
            words) > 1 else f"another {head}"  # "second official", "other official"
    if apposition:
        name = f"{name}, {apposition}"
    return SourceInfo(name, earlier.entity_type, mention, earlier.anonymous, earlier.party)
