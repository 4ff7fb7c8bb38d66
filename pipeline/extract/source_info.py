"""What the engine knows of a claim's source once its mention is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.attributed import Offsets
from pipeline.extract.entity_types import personal_name
from pipeline.extract.parties import Party
from pipeline.models import EntityType

__all__ = ["SourceInfo"]


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A resolved source: ``mention`` is where it is named in the text."""

    name: str
    entity_type: EntityType
    mention: Offsets
    anonymous: bool
    party: Party | None
    #: Where the text says the speaker only looks like, or purports to be, the one named
    #: ("a man resembling Zelenskyy"), or None.
    lookalike: Offsets | None = None

    def singled_out(self) -> bool:
        """A person or body by name, or one of a known kind in the singular ("the general"),
        not a vague group ("critics")."""
        return personal_name(self.name) or self.name[:1].isupper() or (
            self.entity_type is not EntityType.UNKNOWN and not self.name.endswith("s"))
