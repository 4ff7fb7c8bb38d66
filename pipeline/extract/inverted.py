"""The inverted frame: ``“CONTENT,” said SOURCE.`` / ``CONTENT, said a Ukrainian expert.``

After a closing quotation the verb and its speaker may be followed by anything ("…,” said
Smith before the rally); without one, "…, said X" is inverted only when X is a plausible
speaker and ends the clause. "…, Maverick, told AFP" and "…, charges the army rejects" are
not inverted at all.

>>> from pipeline.extract.quotes import QuoteIndex
>>> from pipeline.extract.segment import split_sentences
>>> from pipeline.extract.tokens import tokenize
>>> body = "“We won,” said a Ukrainian defense expert."
>>> tokens = tokenize(body)
>>> content, source = inverted(body, split_sentences(body)[0], tokens, 5, (10, 14),
...                            QuoteIndex(body))
>>> body[content[0]:content[1]], body[source[0]:source[1]]
('“We won,”', 'a Ukrainian defense expert')
"""

from __future__ import annotations

import re

from pipeline.extract.anonymity import is_anonymous
from pipeline.extract.attributed import Offsets
from pipeline.extract.citing import quoted_aside
from pipeline.extract.content import TRAILING, content_before
from pipeline.extract.entity_types import classify
from pipeline.extract.lexicon import (
    APPOSITION_STARTERS,
    DETERMINERS,
    IRREGULAR_PAST,
    REJECTING_VERBS,
)
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence
from pipeline.extract.source_roles import ROLE_WORDS
from pipeline.extract.tokens import Token, is_np_word, is_quote, np_end_after
from pipeline.models import EntityType

__all__ = ["after_quote", "inverted"]

_TOLD = frozenset({"told", "tells", "tell"})
_NUMBERS = frozenset("""two three four five six seven eight nine ten eleven twelve dozens
    hundreds thousands several""".split())  # noqa: SIM905
# Who can be a speaker without a name: "…, said a Ukrainian defense expert."
_SPEAKERS = frozenset({EntityType.OFFICIAL, EntityType.EXPERT, EntityType.WITNESS,
                       EntityType.MEDIA, EntityType.ANONYMOUS})
_BODIES = frozenset({EntityType.ORGANISATION, EntityType.GOVERNMENT, EntityType.MILITARY})


def after_quote(tokens: list[Token], k: int) -> bool:
    """Whether the cue at ``k`` directly follows a closing quotation (``,” said``)."""
    prev = tokens[k - 1]
    if is_quote(prev):
        return True
    return prev.text == "," and k >= 2 and is_quote(tokens[k - 2])


_NAME_ENDING = re.compile(r",\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*[.!?]?$")
_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "who", "what", "here"})


def _is_participle(tok: Token) -> bool:
    return tok.text[0].islower() and tok.lower.endswith(("ed", "ing"))


_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "today", "yesterday", "tonight"})
# Verbs that follow their content and come before their speaker without a quotation ("…,
# said the governor"); after a quotation any speech verb may ("“…,” insisted Ryan").
_INVERTING = frozenset("""said says added adds wrote writes asked asks explained explains continued
    recalled recalls noted notes observed replied answered insisted insists argued argues warned
    warns declared remarked cautioned concluded conceded admitted acknowledged claimed claims
    reported reports announced tweeted posted stated states told according""".split())  # noqa: SIM905


def inverted(
    body: str, sentence: Sentence, tokens: list[Token], k: int, cue: Offsets, quotes: QuoteIndex
) -> tuple[Offsets, Offsets] | None:
    """``“CONTENT,” said SOURCE.``: (content, source) or None."""
    first = tokens[k + 1]
    if tokens[k].lower in _TOLD or (tokens[k].lower in REJECTING_VERBS
                                    and not after_quote(tokens, k)):
        return None  # "…, Maverick, told AFP", "…, Baghaei, rejected the US version": objects
    if first.lower.endswith(("’s", "'s")) and first.lower[:-2] in _CONTRACTED:
        return None  # "Murphy, though, said he’s with Clinton": a clause, not a speaker
    if quoted_aside(tokens, k - 1) is not None:
        return None  # "Manafort, citing ''the magic of Trump,'' said the candidate …"
    if tokens[k].lower not in _INVERTING and not after_quote(tokens, k):
        return None  # "Blackwell, founder of X, endorsed Cruz": only reporting verbs invert
    end = np_end_after(tokens, k + 1, len(tokens))
    if end is None or tokens[end - 1].lower in REJECTING_VERBS or (
            end == k + 2 and first.lower in _DAYS):  # ("…, Rhodes, an adviser, said Sunday.")
        return None  # "…, charges the army rejects": the writer's tail, not "…, said X"
    kind = classify(body[first.start : tokens[end - 1].end])
    named = any(t.text[0].isupper() for t in tokens[k + 1 : end])
    # a headline's "…, says maritime agency": a body ending the sentence speaks, no article
    ends = end >= len(tokens) - 1 and kind in _BODIES
    if not (first.text[0].isupper() or first.lower in DETERMINERS or first.lower in (
            "he", "she", "they", "we", "i") or kind in _SPEAKERS or ends
            or (named and after_quote(tokens, k))):
        return None  # “…,” said retired neurosurgeon Ben Carson: a titled name is a speaker
    if not after_quote(tokens, k) and not named and kind in (EntityType.UNKNOWN,
                                                              EntityType.DOCUMENT):
        return None  # without a quotation, only a plausible speaker makes "…, said X" inverted
    if not after_quote(tokens, k) and (first.text[0].isdigit() or first.lower in _NUMBERS) and (
            kind not in _SPEAKERS):
        return None  # "…, claimed three more attacks on targets in the Golan": what, not who
    quoted = after_quote(tokens, k)
    if not quoted and any(t.text[0].islower() and (t.lower in IRREGULAR_PAST or (
            t.lower.endswith("ed") and not is_np_word(t))) for t in tokens[k + 2 : end]):
        return None  # "Fields, along with X, say Trump’s manager yanked her": a clause
    rest = body[tokens[end - 1].end : sentence.end]
    relative = end < len(tokens) and (tokens[end].lower in ("who", "whose") or (
        quoted and _is_participle(tokens[end])))
    if relative:
        # "…,” said one Republican involved in the planning, who spoke on condition …"
        comma = body.find(",", tokens[end].end, sentence.end)
        stop = comma if comma >= 0 else sentence.end
        rest = body[stop : sentence.end]
        end = max(i for i in range(end, len(tokens)) if tokens[i].end <= stop) + 1
        while end > k + 2 and not tokens[end - 1].text[0].isalnum():
            end -= 1  # the sentence's full stop is not part of the speaker
    if rest.strip() and not rest.lstrip().startswith((",", ".", ";", "!", "?")) and not quoted:
        # After a closing quotation the verb and its speaker may be followed by anything
        # ("…,” said Smith before the rally); without one, "…, said X" is inverted only
        # when X ends the clause.
        return None
    content = content_before(body, sentence, tokens[k - 1], quotes)
    if content is None:
        return None
    source_end = tokens[end - 1].end
    if rest.lstrip().startswith(",") and end < len(tokens) - 1 and (
            tokens[end + 1].lower in APPOSITION_STARTERS):
        # "…, said Alan Abramowitz, a demographer at Emory University."
        trailing = TRAILING.search(body, source_end, sentence.end)
        source_end = trailing.start() if trailing is not None else sentence.end
    elif rest.lstrip().startswith(",") and (ROLE_WORDS.search(
            body, tokens[k + 1].start, source_end) or is_anonymous(
            body[tokens[k + 1].start : source_end])):  # ("…, said a lawmaker, Oleksiy X.")
        holder = _NAME_ENDING.match(body, source_end)  # "…, said Halcyon's head of research,
        if holder is not None:  # Priya Nandakumar.": the role, then who holds it
            source_end = holder.end("name") - body.endswith(".", 0, holder.end("name"))
    return content, (tokens[k + 1].start, source_end)
