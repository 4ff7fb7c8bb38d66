"""Attribution: who says what, found as SOURCE – CUE – CONTENT spans in a body.

Patterns, each tried per speech cue (see :mod:`pipeline.extract.lexicon`):

* source first:   ``The ministry said (on Tuesday) (that) CONTENT.``
* content first:  ``“CONTENT,” the ministry said.`` / ``CONTENT, officials said.``
* inverted:       ``“CONTENT,” said a Ukrainian defense expert.``
* according to:   ``According to the ministry, CONTENT.`` / ``CONTENT, according to X.``
* colon:          ``The ministry responded:`` followed by the quoted next paragraph;
* impersonal:     ``It is believed that CONTENT`` (no source: unattributed);
* participles:    ``…, adding that CONTENT`` reuse the source of their clause;
* continuation:   a sentence that is wholly a quotation, right after an attributed quote
  in the same paragraph, continues the same source.

A quotation that runs over several sentences is one content span.

>>> body = "“We won,” the ministry said. According to the ministry, 37 drones fell."
>>> [(body[a.content[0]:a.content[1]], a.source and body[a.source[0]:a.source[1]])
...  for a in find_attributions(body, split_sentences(body), QuoteIndex(body))]
[('“We won,”', 'the ministry'), ('37 drones fell', 'the ministry')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.lexicon import (
    APPOSITION_STARTERS,
    CLAUSE_OPENERS,
    COGNITION_VERBS,
    CONTENT_ADJUNCTS,
    DETERMINERS,
    NOUN_MODIFIERS,
    OBJECT_VERBS,
    PARTICLES,
    SPEECH_VERBS,
    STANCE_VERBS,
    VERB_NOUN_AMBIGUOUS,
)
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence, split_sentences
from pipeline.extract.sources import classify
from pipeline.extract.tokens import (
    Token,
    is_quote,
    np_end_after,
    np_start_before,
    skip_prefix,
    tokenize,
)
from pipeline.extract.trie import trie_pattern
from pipeline.models import EntityType

__all__ = ["Attribution", "find_attributions"]

Offsets = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution; all offsets are into the body. ``source`` None = unattributed."""

    content: Offsets
    cue: Offsets
    source: Offsets | None
    sentence: int
    last_sentence: int
    kind: str


_CUE = re.compile(
    r"\b(?:according to|it (?:is|was|has been|had been) (?:widely |generally |also )?"
    r"(?:believed|said|reported|thought|claimed|alleged|expected|understood|rumou?red|feared"
    r"|estimated|suggested|assumed)|"
    + trie_pattern(SPEECH_VERBS | STANCE_VERBS | COGNITION_VERBS)
    + r")\b",
    re.IGNORECASE,
)
_ADJUNCTS = re.compile(r"\s*,?\s*(?:" + CONTENT_ADJUNCTS + r")\b[,]?", re.IGNORECASE)
_PASSIVE = re.compile(r"\s+(?:by|as)\b")
_PARTICLE_WORD = re.compile(r"\s+" + PARTICLES + r"(?=\s)")
_THAT = re.compile(r"\s*(?:that\b|:|,(?=\s*[“\"‘']))\s*", re.IGNORECASE)
_PARTICIPLE_WORDS = sorted(w for w in SPEECH_VERBS if w.endswith("ing"))
_OBJECT_THAT = re.compile(r"\s*(?:[\w’'.-]+\s+){1,8}?that\s+")
_PARTICIPLE = re.compile(r",\s*(?:and\s+)?(?:" + "|".join(_PARTICIPLE_WORDS) + r")\b")
_TRAILING = re.compile(r"[\s.!?;:,]*$")
_OPENING = frozenset("“\"‘'«")
_QUOTE_FIRST = frozenset({"content_first", "inverted", "parenthetical"})
_CLOSING = frozenset("”\"’'»")
_AUDIENCE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[A-Z][\w.’'&-]*|of|the|and)\s+)*?"
    r"(?:[A-Z][\w.’'&-]*|reporters|journalists|supporters|lawmakers|officials|voters"
    r"|(?:a |the )?(?:crowd|audience|newspaper|station|agency|committee|court|jury)"
    r"|him|her|them|us|me)"
    r"(?=\s*(?:that\b|,|:|[“\"‘]|\s+(?:on|in|during|last|this)\b|[.!?]*$))",
)


def find_attributions(
    body: str, sentences: list[Sentence], quotes: QuoteIndex
) -> list[Attribution]:
    """Every attribution in ``body``, in text order, at most one content per cue."""
    cues_by_sentence: dict[int, list[re.Match[str]]] = {}
    si = 0
    for match in _CUE.finditer(body):
        while si < len(sentences) and sentences[si].end <= match.start():
            si += 1
        if si == len(sentences):
            break
        if sentences[si].start <= match.start():
            cues_by_sentence.setdefault(si, []).append(match)
    found: list[Attribution] = []
    covered_until = -1
    for index, sentence in enumerate(sentences):
        if sentence.end <= covered_until:
            continue
        matches = cues_by_sentence.get(index)
        if matches:
            made = _sentence_attributions(body, sentences, index, matches, quotes)
            found.extend(made)
            if made:
                covered_until = max(covered_until, max(a.content[1] for a in made))
                continue
        cont = _continuation(body, sentences, index, quotes, found)
        if cont is not None:
            previous = found[-1]
            if previous.kind != "continuation":
                # “Q1,” she said. “Q2.” is one statement: one content from Q1 to Q2.
                found[-1] = replace(previous, content=(previous.content[0], cont.content[1]),
                                    last_sentence=cont.last_sentence)
            else:
                found.append(cont)
            covered_until = max(covered_until, cont.content[1])
    return found


def _sentence_attributions(
    body: str,
    sentences: list[Sentence],
    index: int,
    matches: list[re.Match[str]],
    quotes: QuoteIndex,
) -> list[Attribution]:
    sentence = sentences[index]
    tokens = tokenize(sentence.text, sentence.start)
    by_start = {tok.start: k for k, tok in enumerate(tokens)}
    headline = _is_headline(tokens)
    out: list[Attribution] = []
    for match in matches:
        region = quotes.region_at(match.start())
        if region is not None and region[1] - region[0] > 40:
            continue  # a verb inside someone's quotation belongs to that quotation
        k = by_start.get(match.start())
        if k is None or (match.group()[0].isupper() and k > 0 and not is_quote(tokens[k - 1])
                         and (not headline or tokens[k - 1].lower == "united")):
            continue  # "United States": a capitalised cue mid-sentence is part of a name
        previous = out[-1] if out else None
        inside = previous is not None and previous.content[0] <= match.start() < previous.content[1]
        if inside and previous is not None:
            coordinated = _coordinated(body, sentences, index, tokens, k, match, quotes, previous)
            if coordinated is not None:
                out[-1] = coordinated[0]
                out.append(coordinated[1])
                continue
        made = _one_cue(body, sentences, index, tokens, k, match, quotes, previous)
        if made is None:
            continue
        if inside and previous is not None and (
            made.source is None or not previous.content[0] <= made.source[0]
        ):
            continue  # a nested attribution needs its own source inside the outer content
        out.append(made)
    return out


def _coordinated(
    body: str,
    sentences: list[Sentence],
    index: int,
    tokens: list[Token],
    k: int,
    match: re.Match[str],
    quotes: QuoteIndex,
    previous: Attribution,
) -> tuple[Attribution, Attribution] | None:
    """``He says X and says Y``: split the first content, the second reuses the source."""
    j = skip_prefix(tokens, k - 1)
    if j < 1 or tokens[j].lower not in ("and", "but") or previous.source is None:
        return None
    cut = tokens[j - 1].end if tokens[j - 1].text == "," else tokens[j].start
    while cut > previous.content[0] and body[cut - 1] in " ,":
        cut -= 1
    if cut - previous.content[0] < 3:
        return None
    word = match.group().lower()
    after = _content_after(body, sentences[index], match.end(), quotes, told=word in OBJECT_VERBS)
    made = _make(after, (match.start(), match.end()), previous.source, sentences[index],
                 sentences, "coordinated")
    if made is None:
        return None
    return replace(previous, content=(previous.content[0], cut)), made


def _one_cue(
    body: str,
    sentences: list[Sentence],
    index: int,
    tokens: list[Token],
    k: int,
    match: re.Match[str],
    quotes: QuoteIndex,
    previous: Attribution | None,
) -> Attribution | None:
    sentence = sentences[index]
    cue: Offsets = (match.start(), match.end())
    word = match.group().lower()
    if word == "according to":
        return _according(body, sentence, tokens, k, cue, quotes)
    if word.startswith("it "):
        content = _content_after(body, sentence, cue[1], quotes)
        return _make(content, cue, None, sentence, sentences, "impersonal")
    prev = tokens[k - 1] if k else None
    if word in VERB_NOUN_AMBIGUOUS and _noun_reading(prev, word):
        return None
    if word.endswith("ed") and _PASSIVE.match(body, cue[1]):
        return None  # "announced by RIA Novosti", "described as": a participle, not a speaker
    quoted = _after_quote(tokens, k)
    if prev is not None and k + 1 < len(tokens) and (
            quoted or (prev.text == "," and not word.endswith("ing"))):
        inverted = _inverted(body, sentence, tokens, k, cue, quotes)
        if inverted is not None:
            return _make(inverted[0], cue, inverted[1], sentence, sentences, "inverted")
    if prev is not None and prev.text == "," and word.endswith("ing"):
        # "…, adding that CONTENT": the participle's subject is the clause's source.
        subject = previous.source if previous is not None else _subject(tokens, k)
        if subject is None:
            return None
        after = _content_after(body, sentence, cue[1], quotes, told=word in OBJECT_VERBS)
        return _make(after, cue, subject, sentence, sentences, "participle")
    source = _source_before(tokens, k)
    j = skip_prefix(tokens, k - 1)
    if source is None and j > 0 and tokens[j].lower == "and":
        # "She smiled and said …": the subject of the first verb speaks.
        subject = _subject(tokens, j)
        after = _content_after(body, sentence, cue[1], quotes, told=word in OBJECT_VERBS)
        if subject is not None and after is not None:
            return _make(after, cue, subject, sentence, sentences, "coordinated")
    if source is None:
        return None
    after = _content_after(body, sentence, cue[1], quotes, told=word in OBJECT_VERBS)
    before_source = tokens[source[0] - 1] if source[0] > 0 else None
    if before_source is not None and (before_source.text == "," or is_quote(before_source)):
        left = _content_before(body, sentence, before_source, quotes)
        quoted = is_quote(before_source) or (source[0] >= 2 and is_quote(tokens[source[0] - 2]))
        if quoted and left is not None and left[0] > sentence.start + 2:
            left = None  # a quoted title mid-sentence (on Fox News’s “Hannity,”), not content
        if left is not None and (after is None or _is_trivial(body, after)):
            return _make(left, cue, _span(tokens, source), sentence, sentences, "content_first")
        if left is not None and after is not None and (quoted or _comma_after(body, cue[1])):
            if quoted and body[after[0]] not in _OPENING and not body[
                    cue[1] : after[0]].strip().startswith(","):
                return _make(left, cue, _span(tokens, source), sentence, sentences,
                             "content_first")
            whole = (left[0], after[1])
            return _make(whole, cue, _span(tokens, source), sentence, sentences, "parenthetical")
    if after is None:
        if body[cue[1] : cue[1] + 2].strip().startswith(":"):
            return _colon(body, sentences, index, cue, _span(tokens, source), quotes)
        if source[0] == 0 and index > 0:
            # “… are missing.” Trump said. -- the quotation closed its own sentence.
            region = quotes.region_at(sentences[index - 1].end - 1)
            if region is not None and region[1] >= sentences[index - 1].end - 1:
                return Attribution(region, cue, _span(tokens, source),
                                   _index_at(sentences, region[0], index - 1), index,
                                   "content_first")
        return None
    return _make(after, cue, _span(tokens, source), sentence, sentences, "source_first")


def _is_headline(tokens: list[Token]) -> bool:
    """Title case ("Trump Says He Will Win"): most longer words are capitalised."""
    words = [t.text for t in tokens if len(t.text) > 3 and t.text[0].isalpha()]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _comma_after(body: str, pos: int) -> bool:
    """Whether the verb is followed by a comma, after any adjunct ("said Tuesday, …")."""
    adjunct = _ADJUNCTS.match(body, pos)
    if adjunct is not None:
        pos = adjunct.end()
        if body[pos - 1 : pos] == ",":
            return True
    return body[pos : pos + 1] == ","




def _subject(tokens: list[Token], k: int) -> Offsets | None:
    """The sentence's subject, for a participle with no attribution before it."""
    start = 0
    if tokens and tokens[0].lower in CLAUSE_OPENERS:
        comma = next((i for i in range(min(k, 15)) if tokens[i].text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    end = np_end_after(tokens, start, k)
    if end is None or end >= k or tokens[end].text == ",":
        return None
    return tokens[start].start, tokens[end - 1].end


def _noun_reading(prev: Token | None, word: str) -> bool:
    """Whether an ambiguous form ("claims", "report") reads as a noun after ``prev``."""
    if prev is None or prev.lower in DETERMINERS or prev.lower in NOUN_MODIFIERS:
        return True
    if prev.lower.endswith(("'s", "’s")):
        return True
    # "the drone claim": a base form right after a lower-case singular noun is a noun.
    return (
        not word.endswith(("s", "ed"))
        and prev.text[0].islower()
        and not prev.lower.endswith("s")
        and prev.lower not in ("they", "we", "i", "you", "who", "which", "that")
    )


def _after_quote(tokens: list[Token], k: int) -> bool:
    """Whether the cue at ``k`` directly follows a closing quotation (``,” said``)."""
    prev = tokens[k - 1]
    if is_quote(prev):
        return True
    return prev.text == "," and k >= 2 and is_quote(tokens[k - 2])


def _span(tokens: list[Token], source: tuple[int, int]) -> Offsets:
    return tokens[source[0]].start, tokens[source[1] - 1].end


def _source_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Token range ``[start, end)`` of the source phrase before the cue at ``k``."""
    j = skip_prefix(tokens, k - 1)
    if j < 0:
        return None
    if tokens[j].text in (",", "—", "–"):
        return _source_with_apposition(tokens, j)
    start = np_start_before(tokens, j)
    if start is not None and start > 1 and tokens[start - 1].lower in ("who", "that"):
        # "officials who spoke with The Huffington Post said": the officials are the source.
        outer = np_start_before(tokens, start - 2)
        if outer is not None:
            return outer, start - 1
    if start is None:
        who = next((i for i in range(j, max(j - 10, 0), -1) if tokens[i].lower == "who"), None)
        if who is not None and who > 0 and all(
                tokens[i].text[0].isalnum() for i in range(who, j + 1)):
            outer = np_start_before(tokens, who - 1)
            if outer is not None:
                return outer, who
    return (start, j + 1) if start is not None else None


def _source_with_apposition(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """``Smith, a spokesman for the ministry, said`` / ``Sims — a teacher — says`` /
    ``Gov. John Kasich (R-OH), said``: the source, with its apposition, ends at ``j``."""
    mark = tokens[j].text
    end = j
    for _ in range(3):
        c = next((i for i in range(end - 1, max(end - 24, -1), -1)
                  if tokens[i].text == mark or is_quote(tokens[i]) or tokens[i].text in ";:"),
                 None)
        segment_start = (c + 1) if c is not None else 0
        if segment_start >= end:
            return None
        first = tokens[segment_start]
        descriptive = first.lower in APPOSITION_STARTERS or first.text[0].isdigit() or (
            first.text[0].islower() and first.lower not in ("and", "but", "or"))
        if c is None or tokens[c].text != mark or not descriptive:
            # The part before the comma is the source itself, if it is one noun phrase.
            start = np_start_before(tokens, end - 1)
            return (start, j + 1) if start is not None and start == segment_start else None
        start = np_start_before(tokens, c - 1) if c > 0 else None
        if start is not None and not _descriptive(tokens[start]):
            return start, j + 1
        end = c
    return None


def _descriptive(tok: Token) -> bool:
    return tok.lower in APPOSITION_STARTERS or tok.text[0].isdigit()


def _inverted(
    body: str, sentence: Sentence, tokens: list[Token], k: int, cue: Offsets, quotes: QuoteIndex
) -> tuple[Offsets, Offsets] | None:
    """``“CONTENT,” said SOURCE.``: (content, source) or None."""
    first = tokens[k + 1]
    if not (first.text[0].isupper() or first.lower in DETERMINERS or first.lower in (
            "he", "she", "they", "we", "i")):
        return None
    end = np_end_after(tokens, k + 1, len(tokens))
    if end is None:
        return None
    if not _after_quote(tokens, k) and classify(
            body[first.start : tokens[end - 1].end]) in (EntityType.UNKNOWN, EntityType.DOCUMENT):
        return None  # without a quotation, only a plausible speaker makes "…, said X" inverted
    rest = body[tokens[end - 1].end : sentence.end]
    relative = end < len(tokens) and tokens[end].lower in ("who", "whose")
    if relative:
        comma = body.find(",", tokens[end].end, sentence.end)
        stop = comma if comma >= 0 else sentence.end
        rest = body[stop : sentence.end]
        end = max(i for i in range(end, len(tokens)) if tokens[i].end <= stop) + 1
    if rest.strip() and not rest.lstrip().startswith((",", ".", ";", "!", "?")):
        return None
    content = _content_before(body, sentence, tokens[k - 1], quotes)
    if content is None:
        return None
    source_end = tokens[end - 1].end
    if rest.lstrip().startswith(",") and end < len(tokens) - 1 and (
            tokens[end + 1].lower in APPOSITION_STARTERS):
        # "…, said Alan Abramowitz, a demographer at Emory University."
        trailing = _TRAILING.search(body, source_end, sentence.end)
        source_end = trailing.start() if trailing is not None else sentence.end
    return content, (tokens[k + 1].start, source_end)


def _content_before(
    body: str, sentence: Sentence, boundary: Token, quotes: QuoteIndex
) -> Offsets | None:
    """Content ending at a comma or closing quote: a quotation or the clause before it."""
    stop = boundary.end if is_quote(boundary) else boundary.start
    probe = boundary.start - 1 if boundary.text == "," else boundary.start
    region = quotes.region_at(max(probe, 0))
    if region is not None and region[1] >= stop - 1 and region[0] >= sentence.start - 5000:
        end = region[1]
        if boundary.text == "," and body[boundary.end : boundary.end + 1] in _CLOSING:
            end = max(end, boundary.end + 1)
        return region[0], end
    if stop - sentence.start < 12:
        return None
    return sentence.start, stop


def _content_after(
    body: str, sentence: Sentence, pos: int, quotes: QuoteIndex, *, told: bool = False
) -> Offsets | None:
    """Content after a cue: skips adjuncts, a ``told`` audience and ``that``."""
    end = sentence.end
    particle = _PARTICLE_WORD.match(body, pos, end)
    if particle is not None:
        pos = particle.end()
    for _ in range(3):
        adj = _ADJUNCTS.match(body, pos, end)
        if adj is None or adj.end() == pos:
            break
        pos = adj.end()
    if told:
        audience = _OBJECT_THAT.match(body, pos, end) or _AUDIENCE.match(body, pos, end)
        if audience is not None:
            pos = audience.end()
            adj = _ADJUNCTS.match(body, pos, end)
            if adj is not None:
                pos = adj.end()
    that = _THAT.match(body, pos, end)
    if that is not None:
        pos = that.end()
    while pos < end and body[pos].isspace():
        pos += 1
    if pos < end and body[pos] == "," and not _PARTICIPLE.match(body, pos, end):
        pos += 1  # "Still, he said, officials have to decide": the clause after the comma
        while pos < end and body[pos].isspace():
            pos += 1
        if body[pos : pos + 4].lower() in ("and ", "but ") or body[pos : pos + 3] == "as ":
            return None
    if pos >= end or body[pos] in ",;)":
        return None
    region = quotes.region_at(pos)
    if region is not None and body[pos] in _OPENING:
        if region[1] > end:
            return pos, region[1]
        tail = body[region[1] : end].strip()
        if not tail or tail in (".", "!", "?"):
            return pos, region[1]
    participle = _PARTICIPLE.search(body, pos, end)
    if participle is not None:
        end = participle.start()
    trailing = _TRAILING.search(body, pos, end)
    stop = trailing.start() if trailing is not None else end
    if stop - pos < 2:
        return None
    return pos, stop


def _is_trivial(body: str, span: Offsets) -> bool:
    text = body[span[0] : span[1]]
    return len(text) < 3 or text.lower().startswith(("and ", "but ", "as ", "when ", "in "))


def _according(
    body: str, sentence: Sentence, tokens: list[Token], k: int, cue: Offsets, quotes: QuoteIndex
) -> Attribution | None:
    start_tok = k + 2  # "according" "to"
    end = np_end_after(tokens, start_tok, len(tokens))
    if end is None:
        return None
    source = (tokens[start_tok].start, tokens[end - 1].end)
    prefix = body[sentence.start : cue[0]].strip(" ,")
    if len(prefix) < 12 or body[cue[0]].isupper() or prefix.endswith(":"):
        comma = body.find(",", source[1], sentence.end)
        if comma < 0:
            return None
        content = _content_after(body, sentence, comma + 1, quotes)
        if content is None:
            return None
        return Attribution(content, cue, source, sentence.index, sentence.index, "according")
    stop = cue[0]
    while stop > sentence.start and body[stop - 1] in " ,;—–-":
        stop -= 1
    return Attribution((sentence.start, stop), cue, source, sentence.index, sentence.index,
                       "according")


def _colon(
    body: str,
    sentences: list[Sentence],
    index: int,
    cue: Offsets,
    source: Offsets,
    quotes: QuoteIndex,
) -> Attribution | None:
    if index + 1 >= len(sentences):
        return None
    nxt = sentences[index + 1]
    region = quotes.region_at(nxt.start)
    end = region[1] if region is not None and region[0] == nxt.start else nxt.end
    return _make((nxt.start, end), cue, source, sentences[index], sentences, "colon")


def _continuation(
    body: str,
    sentences: list[Sentence],
    index: int,
    quotes: QuoteIndex,
    found: list[Attribution],
) -> Attribution | None:
    """A sentence that is one quotation, right after an attributed quote, same paragraph."""
    if not found or index == 0:
        return None
    previous = found[-1]
    sentence = sentences[index]
    if previous.last_sentence != index - 1 or sentences[index - 1].paragraph != sentence.paragraph:
        return None
    if previous.source is None or body[sentence.start] not in _OPENING:
        return None
    region = quotes.region_at(sentence.start)
    if region is None or region[0] != sentence.start or region[1] < sentence.end - 2:
        return None
    return _make(region, previous.cue, previous.source, sentence, sentences, "continuation")


def _index_at(sentences: list[Sentence], pos: int, hint: int) -> int:
    i = hint
    while i > 0 and sentences[i].start > pos:
        i -= 1
    return i


def _make(
    content: Offsets | None,
    cue: Offsets,
    source: Offsets | None,
    sentence: Sentence,
    sentences: list[Sentence],
    kind: str,
) -> Attribution | None:
    if content is None or content[1] <= content[0]:
        return None
    first = sentence.index
    while first > 0 and sentences[first].start > content[0]:
        first -= 1
    last = sentence.index
    while last + 1 < len(sentences) and sentences[last + 1].start < content[1]:
        last += 1
    return Attribution(content, cue, source, first, last, kind)


if __name__ == "__main__":  # pragma: no cover
    import sys

    text = sys.stdin.read()
    for att in find_attributions(text, split_sentences(text), QuoteIndex(text)):
        src = text[att.source[0] : att.source[1]] if att.source else None
        print(att.kind, "|", src, "|", text[att.cue[0] : att.cue[1]], "|",
              text[att.content[0] : att.content[1]][:100])
