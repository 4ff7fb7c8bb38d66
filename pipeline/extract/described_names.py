"""A name followed by its apposition: "Ian Brodsky, a researcher at the Kyiv School of
Economics" is Ian Brodsky, an expert; "DeepState, a monitoring group," an organisation.

The apposition says what kind of source the name is; the claimant keeps only the name.
"""

from __future__ import annotations

import re

from pipeline.extract.entity_types import classify
from pipeline.extract.lexicon import ROLE_NOUNS
from pipeline.models import EntityType

__all__ = ["described_person"]

_NAME_THEN_APPOSITION = re.compile(  # ("Observatory for Human Rights": joining words in a name)
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:for|of|on|and)\s+(?:the\s+)?)?(?:[A-Z][\w’'.-]*|al-\w+|bin"
    r"|de|van|von)){0,5}),\s+(?P<what>(?:a|an|the|his|her|its|their|\d|[a-z])[^,]*(?:,[^,]*)?)")


def described_person(name: str) -> tuple[str, EntityType] | None:
    """A name followed by an apposition: the bare name, and the kind the apposition says.

    >>> described_person("Ian Brodsky, a researcher at the Kyiv School of Economics")
    ('Ian Brodsky', <EntityType.EXPERT: 'expert'>)
    """
    found = _NAME_THEN_APPOSITION.fullmatch(name)
    if found is None:
        return None
    what = found.group("what")
    words = [w.lower() for w in re.findall(r"[\w’'-]+", what)[:4]]
    kind = classify(name)  # "DeepState, a monitoring group …": what the apposition says
    if any(w in ROLE_NOUNS for w in words) and kind is not EntityType.EXPERT and (
            "former" not in words):  # ("the former police officer who leads a gang": no office)
        return found.group("name"), EntityType.OFFICIAL  # "head of marine at …" (but "chief
        # economist at …" is an expert)
    return found.group("name"), EntityType.PERSON if kind is EntityType.UNKNOWN else kind
