"""Sentences that say who passed an earlier claim on: "This development, announced by RIA
Novosti with reference to the Russian Defense Ministry, …".

>>> s = "This development, announced by RIA Novosti with reference to the Russian Defense Ministry"
>>> relay = find_relay(s, 0)
>>> s[relay.relay[0]:relay.relay[1]], s[relay.origin[0]:relay.origin[1]], relay.head
('RIA Novosti', 'the Russian Defense Ministry', 'development')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.attributed import Offsets
from pipeline.extract.citing import strip_span
from pipeline.extract.cues_discourse import anaphor_keywords, find_anaphor

__all__ = ["Relay", "find_relay"]

_RELAY = re.compile(
    r"(?<!\bAs\s)(?<!\bas\s)\b(?:announced|reported|released|published|stated|relayed|made public"
    r"|circulated)\s+by\s+"
    r"(?P<relay>(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,5})"
    r"(?:,?\s*(?:with\s+reference\s+to|citing|quoting|on\s+behalf\s+of|attributing\s+it\s+to)\s+"
    r"(?P<origin>(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,6}))?",
)
_MAIN_VERB_AFTER = re.compile(r"\s*([a-z]+)\b")
_COMPARED = re.compile(r"\b(?:matches|matched|exceeds|exceeded|compares|compared|close\s+to"
                       r"|similar\s+to|higher\s+than|lower\s+than|in\s+line\s+with)\b")
# Words after "announced by X" that go on with the sentence, not a main verb of its own
_ADJUNCT_WORDS = frozenset({"on", "in", "at", "late", "early", "last", "this", "earlier", "and",
                           "with", "citing", "quoting", "which", "that", "from", "after", "before",
                           "during", "via", "through", "as", "for", "of", "to", "but", "or",
                           "yesterday", "today", "overnight", "later"})


@dataclass(frozen=True, slots=True)
class Relay:
    """A relay statement: ``relay`` passed on the claim, ``origin`` is where it came from."""

    sentence: int
    anaphor: Offsets | None
    head: str | None
    keywords: tuple[str, ...]
    relay: Offsets
    origin: Offsets | None


def find_relay(sentence_text: str, sentence_index: int, offset: int = 0) -> Relay | None:
    """A sentence that says an earlier claim was passed on by someone (and from whom)."""
    if "by" not in sentence_text:  # the pattern is case-sensitive: "… by X" needs "by"
        return None
    relay = _RELAY.search(sentence_text)
    if relay is None:
        return None
    if sentence_text.startswith("According to ") and relay.start() < sentence_text.find(","):
        return None  # "According to the survivors' accounts relayed by the NGO, …": its source
    going_on = _MAIN_VERB_AFTER.match(sentence_text, relay.end())
    if going_on is not None and going_on.group(1) not in _ADJUNCT_WORDS:
        return None  # "A report published by Amnesty blamed the RSF": its own statement
    anaphor = find_anaphor(sentence_text[: relay.start()])
    if _COMPARED.search(sentence_text, anaphor.end() if anaphor is not None else 0,
                        relay.start()):
        # "The number is close to the daily tallies published by the General Staff": what
        # was published is something else, compared with the claim
        return None
    head, keys = anaphor_keywords(anaphor) if anaphor is not None else (None, ())
    origin = None
    if relay.group("origin"):
        origin = (relay.start("origin") + offset, relay.end("origin") + offset)
    return Relay(
        sentence_index,
        (anaphor.start() + offset, anaphor.end() + offset) if anaphor is not None else None,
        head, keys,
        (relay.start("relay") + offset, relay.start("relay") + len(relay.group("relay").rstrip())
         + offset),
        strip_span(sentence_text, origin, offset),
    )
