"""Attribution: who says what, found as SOURCE – CUE – CONTENT spans in a body.

The whole body is scanned once for speech, stance and cognition verbs (see
:mod:`pipeline.extract.lexicon`); each sentence with cues goes through the patterns of
:mod:`pipeline.extract.speech` (source first, content first, inverted, according to, …)
and :mod:`pipeline.extract.nominal` ("X's claim that …"). This module adds what needs
more than one cue or one sentence:

* coordination:   ``He says X and says Y``: two contents, one source;
* nesting:        a cue inside another content counts only with its own source in it;
* labels:         ``Paul Ryan: FBI decision defies explanation`` (headlines, transcripts);
* continuation:   a sentence that is wholly a quotation, right after an attributed one in
  the same paragraph, extends that content (“Q1,” she said. “Q2.” is one statement).

A quotation that runs over several sentences is one content span.

>>> from pipeline.extract.segment import split_sentences
>>> body = "“We won,” the ministry said. According to the ministry, 37 drones fell."
>>> [(body[a.content[0]:a.content[1]], a.source and body[a.source[0]:a.source[1]])
...  for a in find_attributions(body, split_sentences(body), QuoteIndex(body))]
[('“We won,”', 'the ministry'), ('37 drones fell', 'the ministry')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.attributed import Attribution, make_attribution
from pipeline.extract.content import OPENING, TRAILING, is_clause
from pipeline.extract.coordination import coordinated
from pipeline.extract.estimates import find_estimates
from pipeline.extract.frames import evidential, put_it
from pipeline.extract.headlines import dash_label
from pipeline.extract.labels import (
    interview_names,
    opens_with_label,
    quote_label,
    speaker_label,
    transcript_turn,
)
from pipeline.extract.lexicon import (
    COGNITION_VERBS,
    LEARNED_CUES,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from pipeline.extract.nominal import find_nominal
from pipeline.extract.passives import relative_clause_close
from pipeline.extract.quote_runs import run_continuations
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.reprints import reprinted
from pipeline.extract.second_accounts import clause_break, coordinated_accounts, toll_after_tag
from pipeline.extract.segment import Sentence, sentence_index_at
from pipeline.extract.speech import is_headline, one_cue
from pipeline.extract.tokens import Token, is_quote, tokenize
from pipeline.extract.trie import trie_pattern

__all__ = ["Attribution", "find_attributions"]


_CUE_PATTERN = (
    r"\b(?:according to|in(?= (?:the |a |an |this |that |its |their |his |her |our |recent )?"
    r"(?:(?!that |which |who |and |to )[\w/’'.&-]+ ){0,6}?(?:polls?|surveys?)\b)"
    r"|it (?:is|was|has been|had been) (?:widely |generally |also )?"
    r"(?:believed|said|reported|thought|claimed|alleged|expected|understood|rumou?red|feared"
    r"|estimated|suggested|assumed)|"
    + trie_pattern(SPEECH_VERBS | STANCE_VERBS | COGNITION_VERBS | LEARNED_CUES)
    + r")\b"
)
# Scanning the lower-cased body case-sensitively is several times faster than IGNORECASE.
_CUE = re.compile(_CUE_PATTERN)
_NESTABLE = SPEECH_VERBS  # stance and cognition verbs nested in a content are mostly noise
# Inside what somebody said, "its troops found weapons" is what was said, not a second report.
_FINDING = frozenset({"found", "finds", "find", "showed", "shows", "show", "shown", "revealed"})
_CUE_ANY_CASE = re.compile(_CUE_PATTERN, re.IGNORECASE)
# “Q1," she said: mixed quote marks leave the quotation unclosed, so a comma and a closing
# double mark just before the verb show that the verb is outside the quotation after all.
_CLOSER = re.compile(r"[,!?][\"”]\s")


def find_attributions(
    body: str, sentences: list[Sentence], quotes: QuoteIndex
) -> list[Attribution]:
    """Every attribution in ``body``, in text order, at most one content per cue."""
    cues_by_sentence: dict[int, list[re.Match[str]]] = {}
    si = 0
    lowered = body.lower()
    scan = _CUE.finditer(lowered) if len(lowered) == len(body) else _CUE_ANY_CASE.finditer(body)
    for match in scan:
        while si < len(sentences) and sentences[si].end <= match.start():
            si += 1
        if si == len(sentences):
            break
        if sentences[si].start <= match.start():
            cues_by_sentence.setdefault(si, []).append(match)
    found: list[Attribution] = []
    covered_until = -1
    turn: Attribution | None = None  # a speaker's label opening the paragraph
    answering = interview_names(body)
    answers = body.count("A: ")
    inline = False  # the turn was opened inside a paragraph
    for index, sentence in enumerate(sentences):
        # "GEN. RYDER: I think …": a turn, whatever its first sentence says; in a transcript
        # (answers, "A:", after questions, "Q:") they open and close inside a paragraph too
        opens = _opens_paragraph(sentences, index)
        if opens or sentence.text.startswith("Q: ") or (
                sentence.text.startswith("A: ") and sentences[index - 1].text.startswith("Q: ")
                and answers > 1 and index not in cues_by_sentence):
            # (an explainer's "A: Ukraine's air force says …" cites someone: no turn)
            turn = transcript_turn(sentence, answering=answering)
            inline = not opens
        if sentence.end <= covered_until:
            continue
        statement = reprinted(body, sentences, index, quotes) if sentence.text.endswith(
            ":") else []
        if statement:  # "The following is the text of a statement issued by X:"
            found.extend(statement)
            covered_until = statement[-1].content[1]
            continue
        matches = cues_by_sentence.get(index)
        # (tokenised once: the second-accounts pass below reads the same tokens)
        tokens = tokenize(sentence.text, sentence.start) if matches else None
        made = _sentence_attributions(body, sentences, index, matches, quotes,
                                      tokens) if matches and tokens is not None else []
        nominal = [n for n in (*find_nominal(body, sentence), *find_estimates(body, sentence))
                   if not any(a.cue[0] <= n.cue[0] < a.cue[1] for a in made)]
        if nominal:
            made = sorted(made + nominal, key=lambda a: a.cue[0])
        if len(made) > 1:
            made = coordinated_accounts(
                body, made, tokens if tokens is not None else tokenize(sentence.text,
                                                                       sentence.start))
        if made and made[-1].kind == "content_first":
            made += toll_after_tag(body, sentence, made[-1])
        if len(made) > 1:
            made = _outer_that_clauses(body, made)
        # A content of quote marks alone (“I think she’s right.” -> ”) says nothing; the
        # sentence may still continue the quotation before it.
        made = [a for a in made if _WORDY.search(body, a.content[0], a.content[1])]
        if made:
            found.extend(made)
            if made:
                covered_until = max(covered_until, max(a.content[1] for a in made))
                continue
        label = speaker_label(body, sentence) or quote_label(body, sentences, index, quotes) or (
            dash_label(body, sentence)) or put_it(body, sentences, sentence, quotes)
        if label is not None:
            found.append(label)
            # An interview's answer ("A: …") is the interviewee's to the end of the turn.
            # (PolNeAR leaves transcript labels unannotated: this costs a little there.)
            # So is a transcript speaker's ("MARCHENKO: Good afternoon. Our drones struck …").
            continue
        if turn is not None and index > turn.sentence and (
                sentences[turn.sentence].paragraph == sentence.paragraph) and not (
                opens_with_label(sentence)) and not (inline and _NEW_TOPIC.match(sentence.text)):
            # "A: Twenty-three outposts. We captured 140 soldiers.": the turn goes on
            found.append(Attribution((sentence.start, sentence.end), turn.cue, turn.source,
                                     index, index, "label"))
            continue
        cont = _continuation(body, sentences, index, quotes, found)
        if cont is not None:
            at = _quoted_before(body, found)
            previous = found[at]
            if previous.kind != "continuation":
                # “Q1,” she said. “Q2.” is one statement: one content from Q1 to Q2.
                found[at] = replace(previous, content=(previous.content[0], cont.content[1]),
                                    last_sentence=cont.last_sentence)
            else:
                found.append(cont)
            covered_until = max(covered_until, cont.content[1])
            continue
        hedged = evidential(body, sentence, quotes)
        if hedged is not None:
            found.append(hedged)
    return run_continuations(body, sentences, quotes.regions, found) if found else found


_WORDY = re.compile(r"\w")
_OUTER_THAT = re.compile(r",\s+(?:but|and)\s+that\s")


def _outer_that_clauses(body: str, made: list[Attribution]) -> list[Attribution]:
    """"said the footage showed tanks in the village, but that it was unclear who …": the
    second that-clause is the outer verb's, so the inner verb's content ends before it."""
    out = list(made)
    for at, inner in enumerate(made):
        host = next((h for h in made if h is not inner and h.content[0] <= inner.cue[0]
                     and inner.content[1] <= h.content[1]), None)
        cut = _OUTER_THAT.search(body, inner.content[0], inner.content[1]) if host else None
        if cut is not None:
            out[at] = replace(inner, content=(inner.content[0], cut.start()))
    return out
_NEW_TOPIC = re.compile(r"(?:Separately|Meanwhile|Elsewhere|In other news)\b")


def _sentence_attributions(
    body: str,
    sentences: list[Sentence],
    index: int,
    matches: list[re.Match[str]],
    quotes: QuoteIndex,
    tokens: list[Token],
) -> list[Attribution]:
    by_start = {tok.start: k for k, tok in enumerate(tokens)}
    headline: bool | None = None  # only asked about a capitalised cue mid-sentence
    out: list[Attribution] = []
    for match in matches:
        region = quotes.region_at(match.start())
        if region is not None and region[1] - region[0] > 40 and not _CLOSER.search(
                body, max(region[0] + 1, match.start() - 60), match.start()):
            continue  # a verb inside someone's quotation belongs to that quotation
        k = by_start.get(match.start())
        if k is None or (tokens[k].end > match.end() and body[match.end()] in "- "):
            continue  # inside a word: "so-called", "much sought-after", "think tank"
        if body[match.start()].isupper() and k > 0 and not is_quote(tokens[k - 1]):
            if headline is None:
                headline = is_headline(tokens)
            if not headline or tokens[k - 1].lower == "united":
                continue  # "United States": a capitalised cue mid-sentence is part of a name
        previous = out[-1] if out else None
        inside = previous is not None and previous.content[0] <= match.start() < previous.content[1]
        if inside and previous is not None:
            split = coordinated(body, sentences, index, tokens, k, match, quotes, previous,
                                out[-2] if len(out) > 1 else None)
            if split is not None:
                out[-1] = split[0]
                if len(out) > 1 and split[1].source == out[-2].source:  # the outer speaker's
                    out[-2] = replace(out[-2], content=(out[-2].content[0], split[0].content[1]))
                out.append(split[1])
                continue
        made = one_cue(body, sentences, index, tokens, k, match, quotes, previous)
        if made is None:
            continue
        close = relative_clause_close(tokens, k)
        if close is not None and made.content[0] < close < made.content[1]:
            # "Okafor, who prosecutors say stole $4 million, pleaded not guilty": what they
            # say ends with the relative clause; the main clause goes on without them
            made = replace(made, content=(made.content[0], close))
        if previous is not None and previous.kind == "according" and (
                made.content[0] < previous.content[0] < made.content[1]):
            # "According to the ministry, which said C, MAIN": the relative clause's content
            # ends where the main clause (the according content) begins.
            end = TRAILING.search(body, made.content[0], previous.content[0])
            assert end is not None  # TRAILING matches at the end whatever comes before
            made = replace(made, content=(made.content[0], end.start()))
        coordinate = None if not inside or previous is None or made.source is None else (
            clause_break(body, tokens, by_start, previous.content[0], made.source[0]))
        if inside and previous is not None and coordinate is None and (
            made.source is None or not previous.content[0] <= made.source[0]
            or (match.group().lower() not in _NESTABLE and made.kind != "according")
            or (match.group().lower() in _FINDING
                and not is_clause(body[made.content[0] : made.content[1]]))
        ):
            continue  # a nested attribution needs a speech verb and its own source inside
        made = _within_opening_clause(tokens, quotes, made)
        made = _after_earlier_source(body, out, made)
        if previous is not None and made.source is not None and previous.source is not None and (
                made.content[0] <= previous.source[0] and previous.cue[1] <= made.content[1]
                < previous.content[1]) and _TRAILING_RELAY.match(
                    body[made.content[1] : previous.content[1]]):
            # "Peskov said Y, the state news agency TASS reported": Y ends where the report
            # of it is attributed (the reporter relays Y; see drafts._relay_nested)
            out[-1] = replace(previous, content=(previous.content[0], made.content[1]))
        if inside and previous is not None and previous.source is None and (
                made.source is not None and previous.kind == "passive"
                and made.content[0] <= previous.cue[0] < made.content[1]):
            # "X is believed to have Y, one of the sources said": one claim, the source's,
            # with the hedge inside it
            out[-1] = made
            continue
        if inside and previous is not None and coordinate is not None:
            # "A third said X, and Smith said Y": Smith's report is not part of X.
            out[-1] = replace(previous, content=(previous.content[0], coordinate))
        out.append(made)
    return out


# "…, the state news agency TASS reported", "…, according to Verstka": a report of what the
# sentence's speaker said, closing the sentence.
_TRAILING_RELAY = re.compile(
    r",\s+(?:according\s+to\s+[^,;“”\"]{1,60}|[^,;“”\"]{1,60}?\s+(?:reported|reports|wrote"
    # (", according to SITE Intelligence Group, which monitors jihadist websites")
    r"|writes))(?:,\s+(?:which|who)\s+[^,;“”\"]{1,80})?\W*$")


# Words that open a subordinate clause before the main one ("After reciting X, Beck said").
_SUBORDINATORS = frozenset({"after", "when", "while", "although", "though", "without", "before",
                            "since", "if", "because", "despite", "asked", "once", "unless",
                            "until", "whereas"})


def _after_earlier_source(body: str, out: list[Attribution], made: Attribution) -> Attribution:
    """A trailing report's content starts after an earlier "according to X" it would swallow:
    in "A, according to some estimates, and B, the UN says" the UN says B, not A."""
    if made.source is None or made.cue[0] <= made.content[0]:
        return made
    for earlier in reversed(out):
        if earlier.kind != "according" or earlier.source is None or not (
                made.content[0] <= earlier.content[0] < earlier.source[1] < made.content[1]):
            continue
        link = _AND_AFTER.match(body, earlier.source[1], made.content[1])
        if link is not None and made.content[1] - link.end() >= 10:
            return replace(made, content=(link.end(), made.content[1]))
    return made


_AND_AFTER = re.compile(r"\s*,\s+(?:and|but|while)\s+")


def _within_opening_clause(
    tokens: list[Token], quotes: QuoteIndex, made: Attribution
) -> Attribution:
    """A cue in a sentence-opening subordinate clause reports only up to the clause's comma:
    in "Without naming Sanders, Clinton cast her rival as …" the content is "Sanders"."""
    if not tokens or tokens[0].lower not in _SUBORDINATORS or made.content[0] < made.cue[1]:
        return made
    comma = next((t for t in tokens if t.text == "," and t.start >= made.cue[1]), None)
    if comma is None or not made.content[0] < comma.start < made.content[1]:
        return made
    if quotes.region_at(comma.start) is not None:
        return made  # a comma inside a quotation does not end the clause
    if comma.start - made.content[0] < 2:
        return made
    return replace(made, content=(made.content[0], comma.start))


def _opens_paragraph(sentences: list[Sentence], index: int) -> bool:
    return index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph


# "“Q1,” he said, adding that Y. “Q2.”": Q2 goes on with what was added, not with Q1.
# Only "adding": with "saying", "noting" and the like PolNeAR train had no gain.
_ADDING = "adding"


def _quoted_before(body: str, found: list[Attribution]) -> int:
    """Which attribution a continuation extends: the last one, unless that is a participle
    after a quotation (“Q1,” he said, referring to Trump. “Q2.”), where the quote goes on."""
    last = len(found) - 1
    cue = body[found[last].cue[0]:found[last].cue[1]].lower()
    if found[last].kind == "participle" and body[found[last].content[0]] not in OPENING and (
            cue != _ADDING):
        before = last - 1
        if before >= 0 and found[before].last_sentence == found[last].last_sentence and (
                body[found[before].content[0]] in OPENING):
            return before
    return last


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
    if previous.source is None or body[sentence.start] not in OPENING:
        return None
    region = quotes.region_at(sentence.start)
    if region is None or region[0] != sentence.start or region[1] < sentence.end - 2:
        return None
    last = sentences[sentence_index_at(sentences, region[1] - 1, index)]
    if region[1] < last.end - 2:
        return None  # “Q1. Q2,” he said.: a quotation with its own speaker
    return make_attribution(region, previous.cue, previous.source, sentence, sentences,
                            "continuation")
