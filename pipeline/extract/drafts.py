"""Claim drafts: one per attributed content and one per unattributed sentence (page
furniture such as bylines, credits and captions aside).

A draft is the engine's mutable working record for one claim before it is scored and
frozen into a :class:`~pipeline.models.Claim`. This module builds drafts from
attributions (resolving each source and any in-sentence relay such as "citing X" or
"with reference to X") and adds a draft for every sentence no attribution covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.extract.antecedent_scores import claim_stems
from pipeline.extract.attributed import Offsets
from pipeline.extract.attribution import Attribution
from pipeline.extract.citing import (
    IN_TURN_CITED,
    aside_relay,
    citing_origin,
    quoted_by,
    told_outlet,
)
from pipeline.extract.content import OPENING, THAT_BEFORE
from pipeline.extract.lexicon import ARMED_ACTS, REJECTING_VERBS, SPEECH_VERBS, UNINFORMATIVE_WORDS
from pipeline.extract.page_furniture import FurnitureIndex, is_furniture
from pipeline.extract.segment import Sentence, sentence_index_at
from pipeline.extract.sources import SourceInfo, SourceResolver, classify, clean_name
from pipeline.extract.writers_clauses import clause_after_report, writers_clause
from pipeline.models import ClaimType, EntityType, Quantity, Reason

__all__ = ["Draft", "build_drafts", "content_words", "denies", "reports_words"]



@dataclass(slots=True)
class Draft:
    """Working state of one claim. ``relays`` are nearest to the reader first."""

    span: Offsets
    first: int
    last: int
    attribution: Attribution | None = None
    source: SourceInfo | None = None
    relays: list[SourceInfo] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    types: list[ClaimType] = field(default_factory=list)
    meta: bool = False
    #: The content is only an anaphor ("denied the claim"): the link reasons on its claim.
    anaphoric: bool = False
    score: float = 0.0
    stems: tuple[frozenset[str], frozenset[str]] | None = None
    tags: frozenset[str] = frozenset()
    #: The content is nothing but another claim with its speaker ("Peskov said Y", TASS
    #: reported): that claim, relayed, is what a reader should see.
    relays_whole: bool = False

    def frame(self) -> Offsets:
        """From the first to the last of the claimant mention, speech cue and content."""
        att = self.attribution
        parts = [self.span] if att is None else [att.cue, self.span] + (
            [att.source] if att.source is not None else [])
        return min(p[0] for p in parts), max(p[1] for p in parts)

    def add_origin(self, origin: SourceInfo, relay: SourceInfo | None) -> None:
        """Record that the claim was passed on: ``relay`` (if any) got it from ``origin``."""
        if self.source is None:
            self.source = origin
            if relay is not None:
                self.relays.insert(0, relay)
            return
        names = {self.source.name, *(r.name for r in self.relays)}
        for item in (relay, origin):
            if item is not None and item.name not in names:
                self.relays.append(item)
                names.add(item.name)


def build_drafts(
    body: str,
    sentences: list[Sentence],
    attributions: list[Attribution],
    resolver: SourceResolver,
) -> list[Draft]:
    """Drafts in text order: attributed contents, then uncovered sentences."""
    drafts: list[Draft] = []
    covered: set[int] = set()
    reported: dict[int, int] = {}  # sentence -> where its first report begins
    quoted_on: set[int] = set()  # sentences that open inside a content begun before them
    ended: dict[int, int] = {}  # sentence -> where its last report ends
    tagged: dict[int, bool] = {}  # sentence -> whether that report ends with its source
    furniture = FurnitureIndex(body)
    # "Trump repeated his claim that X": the verb's content is X, so the noun's is no second
    verbal = {a.content for a in attributions if a.kind != "nominal"}
    for att in _within_hosts(body, attributions):
        if furniture.covers(att.cue[0]) or (att.kind == "nominal" and att.content in verbal):
            continue  # "Additional reporting by X": no source, no claim
        draft = Draft(att.content, att.sentence, att.last_sentence, attribution=att)
        passed = quoted_by(body, att.source) if att.source is not None else None
        if passed is not None:  # "A security official quoted by SANA said …"
            draft.source = resolver.resolve(passed[0])
            draft.relays = [resolver.remember(passed[1])]
        elif att.source is not None:
            speaker = resolver.resolve(_without_possessive(body, att))
            if _armed_act(body, att, speaker):
                continue  # "The Houthis have attacked more than 100 ships": an act, no words
            draft.source = speaker
            aside = aside_relay(body, att.source[1], att.cue[0])
            origin_span = None if aside is not None else _relay_origin(body, sentences, att)
            reader = _READ_BY.search(body, sentences[att.sentence].start, att.cue[0])
            if reader is not None:  # "In a communiqué read by Colonel X, the junta said"
                draft.relays = [resolver.remember(reader.span("who"))]
            translator = _TRANSLATED_BY.search(body, att.cue[1], att.content[0]) if (
                att.cue[1] < att.content[0]) else None
            if translator is not None:  # "said, according to a translation by the AP, that"
                draft.relays = [resolver.remember(translator.span("who"))]
            if aside is not None:  # "Peskov, according to the agency, described …"
                draft.relays = [resolver.remember(aside)]
            elif origin_span is not None and body.startswith("by ", origin_span[0]):
                # "X was quoted by TASS as saying": X speaks, TASS passes it on
                draft.relays = [resolver.remember((origin_span[0] + 3, origin_span[1]))]
            elif origin_span is not None:
                further = _further_origin(body, origin_span)  # "citing TASS, which in turn
                draft.relays = [speaker]  # cited the ministry": the ministry, via TASS
                if further is not None:
                    draft.relays.append(resolver.remember(origin_span))
                draft.source = resolver.remember(further or origin_span)
            elif (further := _further_origin(body, att.source)) is not None:
                draft.relays = [speaker]  # "according to the Post, which cited three people"
                draft.source = resolver.remember(further)
            elif (told := told_outlet(body, att.cue, att.content[0])) is not None and (
                    classify(body[told[0] : told[1]]) is EntityType.MEDIA):
                # "told Ukrainska Pravda": it passes the claim on (no source a later "it" means)
                draft.relays = [SourceInfo(clean_name(body[told[0] : told[1]]),
                                           EntityType.MEDIA, told, False, None)]
        drafts.append(draft)
        if att.kind == "relative":
            continue  # "The strike, which Moscow said …, killed five": the rest is the writer's
        cue_sentence = sentence_index_at(sentences, att.cue[0], att.sentence)
        covered.update(range(att.sentence, att.last_sentence + 1))
        quoted_on.update(i for i in range(att.sentence + 1, att.last_sentence + 1)
                         if att.content[0] < sentences[i].start < att.content[1])
        covered.add(cue_sentence)
        first = min(att.content[0], att.cue[0], att.source[0] if att.source else att.cue[0])
        reported[att.sentence] = min(reported.get(att.sentence, first), first)
        last = max(att.content[1], att.cue[1], att.source[1] if att.source else att.cue[1])
        if last >= ended.get(att.last_sentence, -1):
            ended[att.last_sentence] = last
            # ("…, according to X, and Y": Y follows the source; "X claimed Y, but few were
            # confirmed": the writer's check of Y)
            tagged[att.last_sentence] = last > att.content[1]
    for sentence in sentences:
        if sentence.index not in covered and not (
                furniture.covers(sentence.start) or is_furniture(sentence.text)):
            drafts.append(Draft((sentence.start, sentence.end), sentence.index, sentence.index))
        elif sentence.index in reported and sentence.index not in quoted_on:
            # "Tehran has seized five tankers, often in what analysts describe as …"
            main = writers_clause(body, sentence, reported[sentence.index])
            if main is not None:
                drafts.append(Draft(main, sentence.index, sentence.index))
        if sentence.index in ended:
            after = clause_after_report(body, sentence, ended[sentence.index],
                                        tagged.get(sentence.index, False))
            if after is not None:
                drafts.append(Draft(after, sentence.index, sentence.index))
    drafts.sort(key=lambda d: (d.span[0], d.span[1]))
    _relay_nested(body, drafts)
    _speaker_as_subject(body, drafts)
    # A claimant is never its own relay ("…, citing the ministry's daily briefing")
    for draft in drafts:
        if draft.source is not None:
            draft.relays = [r for r in draft.relays if r.name != draft.source.name]
    return drafts


# Who voiced a body's text: "a communiqué read (out) by Colonel-Major Amadou Abdramane"
_READ_BY = re.compile(r"\b(?:read(?:\s+out)?|delivered)\s+by\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}"
                      r"[A-Z][\w’'.-]*[\w’'-])")


def _within_hosts(body: str, attributions: list[Attribution]) -> list[Attribution]:
    """Attributions whose speech verb lies inside another's content, and whose content runs
    on over that other's speech verb, end where the other's content ends: "Satellite images
    show a build-up near the border, analysts say." (the images show "a build-up near the
    border", not "…, analysts say")."""
    out = list(attributions)
    by_sentence: dict[int, list[Attribution]] = {}
    for att in attributions:
        by_sentence.setdefault(att.sentence, []).append(att)
    for at, att in enumerate(out):
        for host in by_sentence[att.sentence][:_HOSTS]:  # a bound keeps run-ons linear
            if host is not att and (
                    host.content[0] <= att.cue[0] < host.content[1] < att.content[1]) and (
                    att.content[0] + 10 < host.content[1] <= host.cue[0] < att.content[1]) and (
                    _TAG_AFTER.fullmatch(body, host.content[1], host.cue[0])):
                out[at] = replace(att, content=(att.content[0], host.content[1]))
                break
    return out


_HOSTS = 12
_TAG_AFTER = re.compile(r",\s+[\w’'. -]{2,60}\s")  # "…, analysts say": a speaker after a comma
_SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def _speaker_as_subject(body: str, drafts: list[Draft]) -> None:
    """"The mission said that it had noted alterations": the pronoun opening a content is
    the speaker itself, whatever was mentioned last."""
    starts = {d.span[0]: d for d in drafts if d.source is not None}
    for draft in drafts:
        source = draft.source
        if source is None or body[source.mention[0] : source.mention[1]].lower() not in (
                _SUBJECT_PRONOUNS):
            continue
        host = starts.get(source.mention[0])
        if host is not None and host is not draft and host.source is not None:
            outer = host.source
            draft.source = SourceInfo(outer.name, outer.entity_type, source.mention,
                                      outer.anonymous, outer.party)


# Neighbours in text order that may hold a claim nested in a draft (a window keeps it linear)
_NEST_WINDOW = 3
# Kinds of attribution that pass a claim on whatever their cue is; verbs that issue one.
_PASSING_KINDS = frozenset({"according", "continuation", "label", "colon"})
_ISSUING = frozenset({"issued", "released", "published", "posted", "put", "shared"})


def _relay_nested(body: str, drafts: list[Draft]) -> None:
    """A claim nested in another claim's content reached the reader through that claim's
    source: "X claims Y, reports Z", "Z said X claimed Y".

    The nested attribution needs a named or typed source and a speech verb, and its source
    must open the host content (at most two words in, "that according to X"): deeper in,
    it is more often a clause the host swallowed by mistake. The host must pass the claim
    on (a speech verb, not "denied" or "rejected"). The innermost host wins; its own
    relays, set earlier because it starts earlier, complete the chain.
    """
    for index, draft in enumerate(drafts):
        att = draft.attribution
        if att is None or att.source is None or draft.source is None:
            continue
        known = draft.source.entity_type != EntityType.UNKNOWN or body[att.source[0]].isupper()
        if not known or body[att.cue[0] : att.cue[1]].lower() not in SPEECH_VERBS:
            continue  # nested stances and unknown sources are mostly noise
        best: Draft | None = None
        for host in drafts[max(index - _NEST_WINDOW, 0) : index + _NEST_WINDOW + 1]:
            if host is draft or host.source is None or not _passes_on(body, host):
                continue
            start, end = host.span
            if not (start <= att.source[0] and draft.span[1] <= end) or (
                    draft.span[0] <= start and end <= draft.span[1]):
                continue
            tagged = _tag_closes(body, att, host)
            if len(body[start : att.source[0]].split()) > 2 and not tagged and not _opens_with(
                    body, start, draft.source.name):
                continue  # (but "Trump said Biden lied when he claimed …": Biden opens it)
            if best is None or (start, -end) > (best.span[0], -best.span[1]):
                best = host
        if best is not None and best.source is not None:
            if (best.span[1] - draft.span[1] <= 1 and best.span[0] <= att.source[0]) or (
                    _tag_closes(body, att, best)):
                best.relays_whole = True
            names = {draft.source.name, *(r.name for r in draft.relays)}
            draft.relays[:0] = [r for r in (*best.relays, best.source) if r.name not in names]


def _tag_closes(body: str, att: Attribution, host: Draft) -> bool:
    """``Y, the governor said on Telegram, according to Ukrainska Pravda``: a content-first
    report whose speech tag ends the host's content, passed on by the host's source."""
    host_att = host.attribution
    return att.kind == "content_first" and host_att is not None and (
        host_att.kind == "according") and att.content[0] == host.span[0] and (
        _ADJUNCT_TAIL.fullmatch(body, att.cue[1], host.span[1]) is not None)


# What may follow the speech verb in a tag: "on Telegram", "on Sunday", "in a statement"
_ADJUNCT_TAIL = re.compile(r"(?:\s+(?:on|in|late|early|earlier|later|at|via|overnight|today"
                           r"|yesterday)\b[^,;:.]{0,40})?[\s,]*")


def _opens_with(body: str, start: int, name: str) -> bool:
    """Whether the content at ``start`` opens with the source's name ("the mayor …")."""
    text = body[start : start + len(name) + 4]
    return text.startswith(name) or text.lower().startswith("the " + name.lower())


# "did not deny", "has never disputed", "hasn't denied": a denial that does not happen.
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:(?!only\b)[a-z]+\s+)?$", re.IGNORECASE)


def denies(body: str, draft: Draft) -> bool:
    """Whether the claimant's own verb rejects the content ("X denied that Y"), and is not
    itself negated ("X did not deny that Y")."""
    att = draft.attribution
    if att is None or body[att.cue[0] : att.cue[1]].lower() not in REJECTING_VERBS:
        return False
    return _NEGATED_BEFORE.search(body, max(0, att.cue[0] - 24), att.cue[0]) is None


def _passes_on(body: str, host: Draft) -> bool:
    att = host.attribution
    if att is None:
        return False
    cue = body[att.cue[0] : att.cue[1]].lower()
    if cue in REJECTING_VERBS:
        return False
    return cue in SPEECH_VERBS or cue in _ISSUING or att.kind in _PASSING_KINDS


def _armed_act(body: str, att: Attribution, speaker: SourceInfo) -> bool:
    """Whether a cue word that is an act of force ("attacked", "blocked") has an armed party
    of the parties file for its subject (the mention's own words may not say it is armed)."""
    party = speaker.party
    return party is not None and party.entity_type in _ARMED_TYPES and (
        body[att.cue[0] : att.cue[1]].lower() in ARMED_ACTS)


_ARMED_TYPES = frozenset({EntityType.MILITARY, EntityType.ORGANISATION})


_IN_TURN_CITED = re.compile(IN_TURN_CITED)


def _further_origin(body: str, relay: Offsets) -> Offsets | None:
    """The origin an origin cited in turn: "citing TASS, which in turn cited the ministry"."""
    found = _IN_TURN_CITED.match(body, relay[1])
    if found is None:
        return None
    span = citing_origin("citing " + body[found.end() : found.end() + 120], 0)
    return None if span is None else (span[0] - 7 + found.end(), span[1] - 7 + found.end())


def _relay_origin(body: str, sentences: list[Sentence], att: Attribution) -> Offsets | None:
    """``… said, citing X`` / ``… with reference to X``: where X is, if stated in-sentence."""
    sentence = sentences[sentence_index_at(sentences, att.cue[0], att.sentence)]
    start = min(att.cue[1], att.source[1] if att.source else att.cue[1]) - sentence.start
    origin = citing_origin(sentence.text, max(start, 0), sentence.start)
    if origin is None:
        return None
    if att.content[0] <= origin[0] < att.content[1]:
        return None  # "citing" inside the content belongs to the content
    if att.content[1] <= origin[0] and _NEXT_CLAUSE.search(body, att.content[1], origin[0]):
        return None  # "X said A, but the agency, citing Y, put B": the agency's, not X's
    return origin


# "Hamas said in a statement, according to a translation by the AP, that …": who passed
# the words on in English, not who said them
_TRANSLATED_BY = re.compile(
    r"(?:according\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:translation|transcript)|translated)"
    r"\s+(?:by|from)\s+(?P<who>[^,;:“\"]{1,60}?)\s*,")
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas|and|yet|though|although)\s")
# Frames whose content is always what the source said, never an object of what it did.
_SPEECH_FRAMES = frozenset({"content_first", "inverted", "parenthetical", "colon", "label",
                            "according", "continuation", "impersonal"})
_SAY_WORDS = frozenset({"said", "say", "says", "saying", "told", "tell", "tells", "telling",
                        "added", "adds", "adding", "stated", "states", "noted", "notes", "claimed",
                        "claims", "insisted", "insists", "argued", "argues", "maintained",
                        "believes", "believed", "thinks", "thought"})


# Verbs whose object is what the source reports: "reported several incidents" ("showed"
# is no such verb: "showed strength in some cities" is a deed)
_REPORTING = frozenset({"reports", "reported", "recorded", "records", "documented", "counted",
                        "registered", "observed", "listed"})


def reports_words(body: str, draft: Draft) -> bool:
    """Whether a claim's content is what its source said (a clause, a quotation, or what it
    reported: "reports several explosions") rather than the object of something it did
    ("wrote many short stories", "rejected many ideas")."""
    att = draft.attribution
    if att is None:
        return False
    cue = body[att.cue[0] : att.cue[1]].lower()
    if att.kind in _SPEECH_FRAMES or cue in _SAY_WORDS or cue.rpartition(" ")[2] in _REPORTING:
        return True
    between = body[att.cue[1] : draft.span[0]]
    opens_quote = body[draft.span[0] : draft.span[0] + 1] in OPENING
    return opens_quote or bool(THAT_BEFORE.search(between))


def _without_possessive(body: str, att: Attribution) -> Offsets:
    """A nominal's source without its possessive: "Kyiv's claim that …" is Kyiv's (while
    "Moody's said" keeps its name whole)."""
    assert att.source is not None
    start, end = att.source
    if att.kind == "nominal" and body[end - 2 : end] in ("'s", "’s") and end - 2 > start:
        return start, end - 2
    return start, end


def content_words(body: str, draft: Draft) -> frozenset[str]:
    """A claim's content words (stems of four letters or more, not the commonest): what
    two claims must share to be about the same thing."""
    words = claim_stems(body, draft)[0]
    return frozenset(w for w in words if len(w) >= 4 and w not in UNINFORMATIVE_WORDS)
