"""Why each claim has its status: sentence cues, discourse links, and source checks.

* sentence-local cues (hedges, weasel words, "could not be confirmed", "if confirmed") come
  from :mod:`pipeline.extract.uncertainty` and apply to the claim whose content or speech
  cue they sit in;
* discourse statements about an earlier claim ("the claim has yet to be independently
  verified", "the reported capture may be an overstatement") are moved to that claim, and a
  sentence that only talks about another claim is marked ``meta`` (not a claim itself);
* relay statements ("This development, announced by RIA Novosti") extend the relay chain
  (reasons that come from the source itself: :mod:`pipeline.extract.source_reasons`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.extract.accounts import which_side
from pipeline.extract.accusations import denied_before, denied_earlier
from pipeline.extract.antecedents import best_antecedent
from pipeline.extract.attributed import Offsets
from pipeline.extract.claimtypes import COMBAT_TYPES, TypeIndex
from pipeline.extract.cue_scope import applies
from pipeline.extract.cues_discourse import DiscourseLink, find_links
from pipeline.extract.drafts import Draft
from pipeline.extract.link_targets import WALK_BACK, Scores, link_targets
from pipeline.extract.omissions import is_omission
from pipeline.extract.relays import find_relay
from pipeline.extract.segment import Sentence, sentence_index_at
from pipeline.extract.sources import SourceResolver
from pipeline.extract.status import EXPLANATIONS
from pipeline.extract.uncertainty import Cue
from pipeline.extract.verification_predicates import NO_COMMENT
from pipeline.models import ClaimType, EntityType, Reason, ReasonCode, Span

__all__ = ["CueFinder", "attach_discourse", "attach_sentence_cues", "reason_at"]

CueFinder = Callable[[str], Sequence[Cue]]


def reason_at(body: str, code: ReasonCode, span: Offsets, explanation: str = "") -> Reason:
    text = body[span[0] : span[1]]  # the reason's cue
    return Reason(code=code, cue=text, span=Span(start=span[0], end=span[1], text=text),
                  explanation=explanation or EXPLANATIONS[code])


def attach_sentence_cues(
    body: str, sentences: list[Sentence], drafts: list[Draft], find_cues: CueFinder
) -> dict[int, list[Offsets]]:
    """Give each draft the cues inside its content or speech verb; returns cue spans by sentence."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        for index in range(draft.first, draft.last + 1):
            by_sentence.setdefault(index, []).append(draft)
        if draft.attribution is not None:
            cue_sentence = sentence_index_at(sentences, draft.attribution.cue[0], draft.first)
            if cue_sentence not in range(draft.first, draft.last + 1):
                by_sentence.setdefault(cue_sentence, []).append(draft)
    spans: dict[int, list[Offsets]] = {}
    for index, owners in by_sentence.items():
        sentence = sentences[index]
        for cue in find_cues(sentence.text):
            span = (sentence.start + cue.start, sentence.start + cue.end)
            spans.setdefault(index, []).append(span)
            owner = _owner(owners, span)
            code = ReasonCode(cue.code)
            if code is ReasonCode.NOT_VERIFIED and owner is not None and owner.attribution and (
                    span[0] <= owner.attribution.cue[0] < span[1]):
                # "…, but the ministry declined to comment": about the claim before it
                earlier = [d for d in owners if d.span[1] <= span[0] and not d.meta
                           and d is not owner]  # ("…, according to provisional figures")
                if earlier:
                    owner.meta = owner.anaphoric = True
                    owner = max(earlier, key=lambda d: d.span[1])
            if code is ReasonCode.UNATTRIBUTED and owner is not None and owner.attribution and (
                    owner.attribution.cue == span and owner.source is not None
                    and not owner.source.anonymous):
                code = ReasonCode.HEDGE  # "The defence will argue that …": its own verb,
                # which reports an argument, by a source the article names
            vague = code is ReasonCode.UNATTRIBUTED and (cue.learnt or " " not in cue.text)
            if owner is not None and applies(body, owner, code, span, vague):
                explanation = _explanation(cue.text, vague) or _own_denial(body, owner, code,
                                                                           span)
                owner.reasons.append(reason_at(body, code, span, explanation))
            if code is ReasonCode.HEDGE:
                # "it assessed with moderate confidence that X": the hedge between a verb and
                # its that-clause qualifies X, a claim of its own
                for framed in owners:
                    att = framed.attribution
                    if framed is not owner and att is not None and (
                            att.cue[1] <= span[0] and span[1] <= framed.span[0]) and (
                            framed.span[0] - span[1] <= 8):
                        framed.reasons.append(reason_at(body, code, span, ""))
    return spans


def _own_denial(body: str, draft: Draft, code: ReasonCode, span: Offsets) -> str:
    """"The ministry denied that its forces shelled the village": the claim is what the
    claimant rejects, which a reader must not take for what it asserts."""
    att = draft.attribution
    if code is not ReasonCode.DISPUTED or att is None or att.cue != span or (
            draft.source is None):
        return ""
    return (f"{draft.source.name} rejects this (“{body[span[0]:span[1]]}”): the claim is what "
            "it denies, not what it says happened.")


def _owner(owners: list[Draft], span: Offsets) -> Draft | None:
    """The claim a sentence cue belongs to, best evidence first.

    The claim whose content holds the cue; else the one whose attribution frame (claimant
    mention, speech verb and what lies between them and the content) holds it, as in "some
    say", "it is widely believed", "experts suggest"; else the sentence's unattributed
    claim; else the nearest claim in the sentence, since a hedge or weasel word anywhere in a
    sentence ("Many perceived this as ...") colours what the sentence states.
    """
    for draft in owners:  # "… have claimed that units …": the verb hedges its own claim
        if draft.attribution is not None and draft.attribution.cue == span:
            return draft
    for draft in owners:
        if draft.span[0] <= span[0] and span[1] <= draft.span[1]:
            return draft
    for draft in owners:
        frame = draft.frame()
        if draft.attribution is not None and frame[0] <= span[0] <= frame[1]:
            return draft
    unattributed = [d for d in owners if d.attribution is None]
    if unattributed:
        return unattributed[0]
    return min(owners, key=lambda d: (_distance(d.frame(), span), d.span[1] - d.span[0]),
               default=None)  # on a tie, the innermost claim


def _distance(extent: Offsets, span: Offsets) -> int:
    return max(extent[0] - span[1], span[0] - extent[1], 0)


_TOLL_HEADS = ("death", "killing", "casualt", "loss", "toll")
_QUANTIFIERS = frozenset({
    "some", "many", "several", "certain", "numerous", "various", "few", "a", "most", "much",
    "countless", "lots", "plenty", "others", "the", "in"})


def _explanation(text: str, vague: bool) -> str:
    """Vague wording is not a missing source as such: say what it leaves open."""
    if not vague:
        return ""
    first = text.split()[0].lower()
    if first == "one":
        return f"“{text}” does not say which one."
    if first in _QUANTIFIERS:
        return f"“{text}” is vague: it does not say who, or how many."
    return f"“{text}” is a judgement or generalisation that no one is cited for."




def attach_discourse(
    body: str, sentences: list[Sentence], drafts: list[Draft], resolver: SourceResolver,
    typer: TypeIndex,
) -> None:
    """Move discourse-level statements and relays onto the claims they refer to."""
    own: dict[int, list[Draft]] = {}
    for draft in drafts:
        own.setdefault(draft.first, []).append(draft)
    starts = [draft.span[0] for draft in drafts]
    for index in typer.sentences_with("discourse", [s.start for s in sentences]):
        sentence = sentences[index]
        links = find_links(sentence.text, sentence.index, sentence.start) or which_side(
            sentence.text, sentence.index, sentence.start)
        linked = _apply_links(body, drafts, sentence, links, own.get(sentence.index, []), starts)
        if is_omission(sentence.text):  # "It did not name him." is no claim of its own
            for draft in own.get(sentence.index, []):
                draft.meta = True
        relay = find_relay(sentence.text, sentence.index, sentence.start)
        if relay is None:
            continue
        target = (best_antecedent(body, drafts, sentence.index, relay.head, relay.keywords)
                  if relay.anaphor is not None else _previous(drafts, sentence.index))
        if target is None:
            continue
        relay_info = resolver.remember(relay.relay)
        origin_info = resolver.remember(relay.origin) if relay.origin is not None else None
        if origin_info is not None:
            target.add_origin(origin_info, relay_info)
        else:
            target.add_origin(relay_info, None)
        if relay.anaphor is not None and not linked:
            _mark_meta(body, own.get(sentence.index, []), relay.anaphor)
    _anonymity_stated_after(sentences, drafts)
    denials = [(d, c, "later") for d, c in denied_earlier(body, drafts, resolver.parties)]
    denials += [(d, c, "before") for d, c in denied_before(body, drafts)]
    for denial, claim, when in denials:
        cue = denial.attribution.cue if denial.attribution is not None else denial.span
        if any(r.code == ReasonCode.DISPUTED and r.span is not None and r.span.start == cue[0]
               for r in claim.reasons):
            continue
        who = body[denial.source.mention[0] : denial.source.mention[1]] if (
            denial.source is not None) else "another source"
        claim.reasons.append(reason_at(
            body, ReasonCode.DISPUTED, cue,
            f"{EXPLANATIONS[ReasonCode.DISPUTED]} (“{who}” denied it {when})"))


# "did not comment", "remained silent": nobody confirmed it, which is not a check that failed
_SILENT = re.compile(r"comment|respond|repl|silent|reached|return", re.IGNORECASE)
_SILENCE = ("Not confirmed by those it concerns: they did not comment on it when the article "
            "was written.")
# "The officials spoke on condition of anonymity because …" (AP's style): the sources of the
# sentence before asked not to be named.
_ANONYMITY_AFTER = re.compile(
    r"(?:The|These|Both|All|They|He|She)\b[^.;,]{0,40}?\b(?:spoke|speaking|talked|asked|requested"
    r"|insisted|declined\s+to\s+be)\b[^.;]{0,40}?\b(?:anonymity|anonymously|not\s+to\s+be"
    r"\s+(?:named|identified)|named|identified)\b")
_ANONYMITY_WORDS = ("anonym", "named", "identified")  # every match holds one
_ANONYMITY_ASIDE = re.compile(r"(?:\s+[\w’'-]+){0,5}?,\s+(?:declining|refusing)\s+to\s+give\s+"
                              r"(?:his|her|their)\s+(?:full\s+|last\s+)?names?\b")


def _anonymity_stated_after(sentences: list[Sentence], drafts: list[Draft]) -> None:
    for draft in drafts:  # '"…," one man told Reuters, declining to give his name.'
        att, source = draft.attribution, draft.source
        if att is None or source is None or not source.name[:1].islower():
            continue  # (an unnamed source only, right after its tag or its claim)
        sentence = sentences[draft.last]
        aside = next((a for at in (max(att.cue[1], source.mention[1]), draft.span[1])
                      if sentence.start <= at <= sentence.end and (
                          a := _ANONYMITY_ASIDE.match(sentence.text, at - sentence.start))), None)
        if aside is None:
            continue
        if not source.anonymous:
            draft.source = replace(source, entity_type=EntityType.ANONYMOUS, anonymous=True)
        where = (sentence.start + aside.start(), sentence.start + aside.end())
        for other in drafts:  # "give his name": what the source would not do, no claim
            if other.attribution is not None and where[0] <= other.attribution.cue[0] < where[1]:
                other.meta = True
    for sentence in sentences[1:]:
        text = sentence.text
        if not any(w in text for w in _ANONYMITY_WORDS) or _ANONYMITY_AFTER.match(text) is None:
            continue
        before = [d for d in drafts if d.source is not None and d.last == sentence.index - 1]
        for draft in before:
            if draft.source is not None and not draft.source.anonymous:
                draft.source = replace(draft.source, entity_type=EntityType.ANONYMOUS,
                                       anonymous=True)
        for draft in drafts:
            if draft.first == sentence.index and before:
                draft.meta = True  # says who the sources are, no claim of its own


def _not_own_sides(body: str, link: DiscourseLink, mine: list[Draft], targets: list[Draft]
                   ) -> list[Draft]:
    """"Kremlin spokesman Peskov said the claims were unfounded": not the claims of his own
    side's state bodies (the Defence Ministry's denial), which he speaks for."""
    sides = {d.source.party.side for d in mine if d.source is not None and (
        d.source.party is not None) and (d.span[0] <= link.cue[0] < d.span[1] or (
            d.attribution is not None and d.attribution.cue == link.cue))}
    kept = [t for t in targets if t.source is None or t.source.party is None or (
        t.source.party.side not in sides) or t.source.entity_type not in _STATE_VOICES]
    if link.head is not None and (link.head.startswith("critic") or (link.head in (
            "reports", "claims") and " of " in body[link.anaphor[0] : link.anaphor[1]]
            and not WALK_BACK.search(body, max(0, link.cue[0] - 12), link.cue[0]))):
        return kept  # "Israel rejected the criticism", "denied reports of civilian deaths"
    return kept or targets  # (its own side's claims alone: a correction, "were false")


_STATE_VOICES = frozenset({EntityType.GOVERNMENT, EntityType.MILITARY, EntityType.OFFICIAL})


# What a plural verdict is about, in its own words: "the reports of casualties", "the
# casualty figures", "the battlefield reports" reach no claim of another kind.
_CASUALTY_SCOPE = re.compile(
    r"\b(?:casualty|death)\s+(?:figures|tolls|counts|claims|reports|numbers)\b|\b(?:claims|reports"
    r"|accounts|figures|numbers)\s+(?:about|of|on)\s+(?:the\s+)?(?:casualties|deaths|the\s+dead)\b",
    re.IGNORECASE)
_COMBAT_SCOPE = re.compile(r"\bbattlefield\s+(?:claims|reports|accounts)\b|\b(?:claims|reports"
                           r"|accounts)\s+(?:about|of|on)\s+(?:the\s+)?(?:fighting|combat)\b",
                           re.IGNORECASE)
_HARMED = re.compile(r"\b(?:killed|killing|dead|died|deaths?|wounded|wounding|injured|injuring"
                     r"|injuries|hurt|missing\s+(?:people|persons|civilians)|taken\s+to\s+hospital"
                     r"|hospitali[sz]ed|casualties|bodies|lives|slain|perished|fatalities|victims"
                     r"|massacred?|tolls?)\b", re.IGNORECASE)
_FIGHTING = re.compile(
    r"\b(?:troops|soldiers|fighters|front\s*line|frontline|positions|advanced|advancing|advance"
    r"|surrounded|encircled|offensive|assaults?|attacks?|attacked|retreat(?:ed|ing)?|withdr[eak]w?n?"
    r"|captured|recaptured|retook|repelled|shelling|shelled|holding\s+the\s+line"
    r"|under\s+(?:its|their|our)\s+control)\b", re.IGNORECASE)


def _in_scope(body: str, link: DiscourseLink, targets: list[Draft]) -> list[Draft]:
    start, end = link.anaphor
    if link.cue[0] >= end and link.cue[0] - end < 60:
        end = link.cue[0]  # the subject's words up to the verdict
    words = body[start:end]
    if _CASUALTY_SCOPE.search(words):
        kept = [t for t in targets if ClaimType.CASUALTY in t.types
                or _HARMED.search(body, *t.span)]
    elif _COMBAT_SCOPE.search(words):
        kept = [t for t in targets if not COMBAT_TYPES.isdisjoint(t.types)
                or _FIGHTING.search(body, *t.span)]
    else:
        return targets
    return kept


def _apply_links(
    body: str, drafts: list[Draft], sentence: Sentence, links: list[DiscourseLink],
    mine: list[Draft], starts: list[int],
) -> bool:
    moved = False
    scored: Scores = {}
    for link in links:
        targets = link_targets(body, drafts, starts, sentence.index, link, mine, scored)
        if link.code is ReasonCode.CORROBORATED:  # "The ministry later confirmed the strike"
            confirming = [d for d in mine if d.attribution is not None
                          and d.attribution.cue == link.cue]
            said = {d.source.name for d in confirming if d.source is not None}
            counts = {q.value for d in confirming for q in d.quantities}
            # corroborates nothing it said, nor a different count ("confirmed the deaths of
            # two of its members" after "three commanders were killed")
            targets = [t for t in targets if (t.source is None or t.source.name not in said)
                       and not (counts and t.quantities and counts.isdisjoint(
                           q.value for q in t.quantities))
                       # nor, by "the deaths of two boys", two missiles shot down
                       and not (link.head is not None and link.head.startswith(_TOLL_HEADS)
                                and ClaimType.CASUALTY not in t.types)]
        if link.code is ReasonCode.DISPUTED:
            targets = _not_own_sides(body, link, mine, targets)
        targets = _in_scope(body, link, targets)
        moved = moved or bool(targets)
        why = _SILENCE if _SILENT.search(body, link.cue[0], link.cue[1]) else (
            EXPLANATIONS[link.code])
        for target in targets:
            target.reasons.append(reason_at(
                body, link.code, link.cue,
                f"{why} (said later about “{body[link.anaphor[0]:link.anaphor[1]]}”)",
            ))
        if not targets:
            continue
        for draft in mine:
            if draft in targets:
                continue
            # The cue now belongs to the earlier claim; drop it from this sentence's claim
            # (but "X denied that it was negotiating" still denies its own content)
            own = draft.attribution.cue if draft.attribution is not None else None
            draft.reasons = [r for r in draft.reasons
                             if not (r.span and r.span.start < link.cue[1]
                                     and link.cue[0] < r.span.end and r.code == link.code)
                             or (r.span is not None and (r.span.start, r.span.end) == own)]
    opening = links[0] if links else None
    # "He gave no figures.": about the evidence for another claim, even when no earlier
    # claim fits (the verdict's words start with the pronoun); "The Kremlin did not respond
    # to a request for comment." is no claim either. "If confirmed, Chapo would succeed
    # Nyusi" that reaches no claim is the outlet's own claim, under its condition.
    about_another = opening is not None and opening.cue[0] == opening.anaphor[0] and not (
        body.startswith(("If ", "if "), opening.anaphor[0]))
    silence = opening and (NO_COMMENT.match(body, opening.anaphor[1] + 1)
                           or NO_COMMENT.match(body, opening.cue[0]))
    if moved or about_another or silence:
        cue, anaphor = links[0].cue, links[0].anaphor
        if cue[0] < anaphor[0] and anaphor[1] < cue[1]:
            anaphor = (anaphor[0], cue[1])  # "called the figures exaggerated": all verdict
        _mark_meta(body, mine, anaphor)
    if silence:
        for draft in mine:  # "did not respond to questions": "respond" reports nothing
            att = draft.attribution
            if att is not None and silence.start() <= att.cue[0] < silence.end():
                draft.meta = True
    return moved


def _mark_meta(body: str, mine: list[Draft], anaphor: Offsets) -> None:
    """A sentence whose subject is an earlier claim is not a claim of its own."""
    for draft in mine:
        if draft.attribution is None or draft.span[0] <= anaphor[0] < draft.span[0] + 40 or (
                anaphor[0] <= draft.attribution.cue[0] < anaphor[1]):  # "If X are confirmed,"
            draft.meta = True
        if draft.span[0] >= anaphor[0] - 5 and anaphor[0] <= draft.span[1] and (
                draft.span[1] <= anaphor[1] or _ANAPHOR_TAIL.fullmatch(
                    body, anaphor[1], draft.span[1])):
            # "denied that account": "that" misread; "denied the report on Thursday": the
            # time or channel after the earlier claim's name is no content either
            draft.meta = draft.anaphoric = True


# A time or channel only, to the sentence's end ("on Thursday", "late on Monday", "in a
# statement"): not "the attack on Thursday had killed three", a clause of its own
_ANAPHOR_TAIL = re.compile(
    r"(?:\s*,)?\s+(?:(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|overnight|today|yesterday|(?:last|this|on)\s+(?:week|month|year|night"
    r"|morning|evening)|in\s+(?:a|an|its|their|his|her)\s+(?:statement|post|interview|briefing"
    r"|communiqu[eé]|video|message)|as\s+(?:false|baseless|lies|propaganda|fabricated"
    r"|nonsense|untrue))(?:\s+(?:on|late|in|via)\s+[A-Z\w]+)?\s*[.!?]?")


def _previous(drafts: list[Draft], sentence: int) -> Draft | None:
    earlier = [d for d in drafts if d.last < sentence and not d.meta]
    return earlier[-1] if earlier else None
