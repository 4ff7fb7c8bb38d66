"""Crude word stems, by which claims and anaphors are compared ("captured" with "capture",
"drones" with "drone").

>>> stem("captured"), stem("capture"), stem("drones"), stem("it")
('captur', 'captur', 'dron', 'it')
>>> [sorted(part) for part in word_stems("Drones captured")]
[['captur', 'dron'], ['captu']]
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["stem", "word_stems"]

_WORDS = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude stem good enough to match "capture" with "captured" and "drones" with "drone"."""
    w = word.lower().strip("’'")
    for suffix in ("ies", "ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def word_stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of a text's words, and their five-letter prefixes (for "captur…")."""
    stems = frozenset(map(stem, _WORDS.findall(text)))
    return stems, frozenset(s[:5] for s in stems if len(s) >= 5)
