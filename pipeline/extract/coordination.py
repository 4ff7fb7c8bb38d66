"""A second speech verb coordinated with the first: "He says X and says Y".

The first content ends before "and"; the second verb reuses the first one's speaker, or
the outer speaker's when the first report is nested in the outer one ("A diplomat said
information suggested X, but cautioned that Y"; "ECOWAS condemned what it called a coup
and said …").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.attributed import Attribution, make_attribution
from pipeline.extract.lexicon import ARMED_ACTS, ARMED_WORDS
from pipeline.extract.occasions import skip_occasion
from pipeline.extract.participles import permission
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence
from pipeline.extract.tokens import Token, skip_prefix
from pipeline.extract.verb_content import content_for
from pipeline.extract.verb_reading import no_report, other_sense

__all__ = ["coordinated"]

_PERSONAL_VERBS = frozenset({"cautioned", "warned", "added", "stressed", "insisted",
                             "acknowledged", "conceded", "cautions", "warns", "adds"})


_RELATIVE_BEFORE = re.compile(r"\b(?:what|which)\s+$")
_SAYING = frozenset({"said", "says", "announced", "declared", "vowed", "pledged", "promised"})


_AUXILIARIES = frozenset({"would", "will", "could", "had", "has", "have", "been", "is", "are",
                          "was", "were", "may", "might"})


def coordinated(
    body: str,
    sentences: list[Sentence],
    index: int,
    tokens: list[Token],
    k: int,
    match: re.Match[str],
    quotes: QuoteIndex,
    previous: Attribution,
    outer: Attribution | None = None,
) -> tuple[Attribution, Attribution] | None:
    """``He says X and says Y``: split the first content, the second reuses the source (the
    outer speaker's, when ``previous`` is nested in ``outer`` and the verb is one a person
    uses: "A diplomat said information suggested X, but cautioned that Y")."""
    j = skip_occasion(tokens, skip_prefix(tokens, k - 1))  # ("but in an interview said")
    if j < 1 or tokens[j].lower not in ("and", "but") or previous.source is None or (
            permission(tokens, k)) or no_report(tokens, k):
        # "… and had not been allowed to call his family", "… and pushed them back"
        return None
    region = quotes.region_at(tokens[j].start)
    if region is not None and previous.content[0] <= region[0]:
        return None  # '"deliberately rammed and blocked" the boat': inside the quotation
    cut = tokens[j - 1].end if tokens[j - 1].text == "," else tokens[j].start
    while cut > previous.content[0] and body[cut - 1] in " ,":
        cut -= 1
    if cut - previous.content[0] < 3:
        return None
    word = match.group().lower()
    inner = [t.lower for t in tokens[:j] if t.start >= previous.content[0]]
    if word in ARMED_ACTS and not _AUXILIARIES.intersection(inner) and any(
            w in ARMED_WORDS for w in inner[:5]):  # (its subject; "would leave … and
        # attacked Democrats" is the speaker's own act, in another tense)
        return None  # "Police said gunmen crossed the border and attacked herders": theirs
    after = content_for(word, body, sentences[index], match.end(), quotes)
    if after is not None and other_sense(body, word, after[0]):
        return None  # "… and was seeking access to the building": an act, no second report
    source = previous.source
    if outer is not None and outer.source is not None and (
            outer.content[0] <= previous.cue[0] < outer.content[1]) and (
            word in _PERSONAL_VERBS or (word in _SAYING and _RELATIVE_BEFORE.search(
                body, max(0, source[0] - 8), source[0]))):
        source = outer.source  # also "condemned what it called X and said Y": the outer's
    made = make_attribution(after, (match.start(), match.end()), source, sentences[index],
                            sentences, "coordinated")
    if made is None:
        return None
    return replace(previous, content=(previous.content[0], cut)), made
