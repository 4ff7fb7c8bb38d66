"""The prefix-factored word regex matches exactly its words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.trie import trie_pattern

_WORD = st.text(alphabet="abcs'.-", min_size=1, max_size=6)


@given(st.lists(_WORD, min_size=1, max_size=30), _WORD)
def test_matches_exactly_the_words(words: list[str], probe: str) -> None:
    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word)
    assert (pattern.fullmatch(probe) is not None) == (probe in words)


def test_shared_prefixes_are_factored() -> None:
    assert trie_pattern(["say", "says", "said"]) == "(?:sa(?:id|y(?:s)?))"
    assert trie_pattern(["no", "yes"]) == "(?:(?:no|yes))"
