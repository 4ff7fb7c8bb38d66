"""Compile a word list into one prefix-factored regex.

Python's ``re`` tries the branches of an alternation one by one, so ``said|says|saying|…``
with hundreds of words costs hundreds of attempts at every position. Factoring shared
prefixes (``sa(?:id|ys|ying)``) lets a mismatch fail at the first differing letter, which
makes the whole-body cue scan several times faster.

>>> pattern = trie_pattern(["said", "says", "saying", "told"])
>>> pattern
'(?:(?:sa(?:id|y(?:ing|s))|told))'
>>> import re
>>> [m.group() for m in re.finditer(r"\\b" + pattern + r"\\b", "he said, she told, saying")]
['said', 'told', 'saying']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no anchors, no flags) matching exactly the given words."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in sorted(set(words)):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    # Always one group, so the result can be dropped into any larger pattern.
    return f"(?:{_render(root)})"


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends_here = _END in node
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    # Branches start with different letters, so their order cannot change what matches.
    group = f"(?:{'|'.join(branches)})"
    return group + "?" if ends_here else group
