"""Which claims a discourse link is about.

A verdict said later ("the claim could not be confirmed", "He gave no figures", "Russia's
claim … was disputed") is moved to the claim it refers to. In order of preference:

* a nominal claim inside the anaphor itself ("have disputed Russia's claim to have …");
* the claim this sentence has just made, when a plain anaphor opens the next clause ("X
  said Y, but the claim could not be confirmed") and no other speaker comes in between;
* for a bare pronoun ("He gave no figures."), the nearest earlier claim of a source that
  pronoun can stand for, or none; otherwise the earlier claims that best fit the
  anaphor's words (:func:`pipeline.extract.antecedent_scores.antecedent_score`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.accounts import (
    EACH_SIDE,
    OF_EACH_SIDE,
    POSSESSIVES,
    each_side,
    of_named_side,
    whole_account,
)
from pipeline.extract.accusations import ACCUSATION_HEADS, against_denier, denies_involvement
from pipeline.extract.antecedent_scores import (
    NARRATIVE_HEADS,
)
from pipeline.extract.antecedents import (
    ANAPHOR_WINDOW,
    TOLL_HEADS,
    ranked_antecedents,
    verdict_echo,
)
from pipeline.extract.cues_discourse import DiscourseLink
from pipeline.extract.drafts import Draft
from pipeline.extract.entity_types import firm_name
from pipeline.extract.lexicon import UNINFORMATIVE_WORDS
from pipeline.extract.sources import PERSON_TYPES, classify
from pipeline.extract.speaker_links import (
    GROUP_NOUNS,
    just_made,
    mention_words,
    sharing_words,
    speakers_claim,
)
from pipeline.extract.stems import stem, word_stems
from pipeline.extract.verification_predicates import NO_COMMENT, REVISED
from pipeline.models import ClaimType, EntityType, ReasonCode

__all__ = ["WALK_BACK", "Scores", "link_targets"]

_DENIAL_REACH = 2  # sentences a denial of a part reaches back
_BUT = re.compile(r",?\s+but\b")
_QUOTED_CLAIMS = re.compile(r"(?:[Tt]he\s+)?\w+\s+that\s+(?P<what>.+)", re.DOTALL)
_STOP_WORDS = UNINFORMATIVE_WORDS | {"the", "and", "had", "has", "was", "for", "its"}
_WORK_HEADS = frozenset({"study", "survey", "paper", "analysis", "research"})  # sources by name
_NAMED_OWNER = re.compile(r"(?P<owner>[A-Z][\w-]+)['’]s?\s")
_BODY_OWNER = re.compile(r"[Tt]he\s+(?:(?P<kind>[a-z][\w-]+)\s+)?(?P<owner>[a-z][\w-]+)['’]s?\s")
# "the (initial) police version": the owner as a modifier, any adjective before it no kind
_MODIFIER_OWNER = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)??(?P<kind>(?!))?(?P<owner>[a-z][\w-]+)\s+"
                             r"(?=(?:version|account|narrative)\b)")
_NAMED_WINDOW, _PLURAL_MARGIN = 80, 1.0  # (the window: for "the health …'s")
_SINGULAR_S = frozenset({"news", "losses", "casualties", "deaths", "gains", "data"})
_STATE_KINDS = frozenset({EntityType.GOVERNMENT, EntityType.MILITARY, EntityType.OFFICIAL})
_BODIES = _STATE_KINDS - {EntityType.OFFICIAL} | {EntityType.MEDIA, EntityType.ORGANISATION,
                                                  EntityType.DOCUMENT}
_PRONOUN_FITS: dict[str, frozenset[EntityType] | None] = {
    "he": PERSON_TYPES, "she": PERSON_TYPES, "it": _BODIES, "they": None}
_DEMONSTRATIVES = frozenset({"this", "that", "none", "accounts", "reports", "details"})

Scores = dict[tuple[str | None, tuple[str, ...], frozenset[str]], list[tuple[float, Draft]]]


def link_targets(
    body: str, drafts: list[Draft], starts: list[int], sentence: int, link: DiscourseLink,
    mine: list[Draft], scored: Scores,
) -> list[Draft]:
    """The claims ``link`` (in sentence ``sentence``, whose own drafts are ``mine``) is
    about. ``starts`` are the drafts' span starts (they are in text order); ``scored``
    keeps one sentence's antecedent scores, shared by its links."""
    if denies_involvement(body, link):
        # "The RSF denied any involvement in the attack": the claim that blamed it
        here = bisect_left(starts, link.cue[0])
        made_here = {id(d) for d in mine}
        recent: list[Draft] = []
        for draft in reversed(drafts[:here]):
            if sentence - draft.last > _DENIAL_REACH:
                break
            if not draft.meta and id(draft) not in made_here:
                recent.append(draft)
        if not recent:
            return []
        return against_denier(body, link, recent, _sides_heard(drafts, sentence, here),
                              fallback=False, every_named=True)
    revised = _REVISES.search(body, link.cue[0], link.cue[1] + 80) if (  # (its lookahead
        link.code is ReasonCode.DISPUTED) else None  # reads on past the cue)
    if revised is not None and revised.start() < link.cue[1]:
        # "PTV has since revised its report": what the reviser itself said before, nothing
        # else ("Egypt has withdrawn its statement" disputes no claim of Hamas)
        made_here = {id(d) for d in mine}
        earlier = [d for d in drafts[: bisect_left(starts, link.cue[0])] if not d.meta
                   and id(d) not in made_here and sentence - d.last <= ANAPHOR_WINDOW]
        return _revised(body, link, mine, earlier)
    nominal = [d for d in mine if d.attribution is not None and d.attribution.kind == "nominal"
               and link.anaphor[0] <= d.attribution.cue[0] < link.anaphor[1]]
    if nominal:
        return nominal
    pronoun = body[link.anaphor[0] : link.anaphor[1]].lower()
    if pronoun in ("it", "them", "this") and link.anaphor[0] > link.cue[0] and (
            link.code is ReasonCode.NOT_VERIFIED):
        # "X said it had received reports of a death, but had not been able to confirm it"
        said_before = [d for d in mine if d.attribution is not None
                       and d.span[1] <= link.cue[0] and _BUT.search(body, d.span[1], link.cue[0])]
        if said_before:
            return said_before[-1:]
    if pronoun in ("it", "them") and link.anaphor[0] > link.cue[0]:
        pronoun = "this"  # "The army denied it.": the claim, as "this" is, not a speaker
    if link.head is None and pronoun in _PRONOUN_FITS:
        return speakers_claim(body, drafts, starts, sentence, link, _PRONOUN_FITS[pronoun])
    if link.head is None and pronoun.startswith("if "):
        # "If confirmed, it would be …": the recent claim its words are about, found by shared
        # words: without any shared, which claim is meant is guesswork, and the sentence
        # keeps its own condition ("If confirmed, Chapo would succeed Nyusi")
        about = sharing_words(body, drafts, sentence, link.anaphor[1])
        return [about] if about is not None else []
    if link.head is None and pronoun.startswith("what "):
        # "could not verify what happened at the border": the claim sharing its words, or
        # else the claim just before (not for another time, nor a place named that no claim
        # names: "what happened in Ohio last year")
        end = body.find(".", link.anaphor[1])
        rest = body[link.anaphor[1] : end if end >= 0 else len(body)]
        if _OTHER_TIME.search(rest):
            return []
        about = sharing_words(body, drafts, sentence, link.anaphor[1])
        if about is not None or _NAMED_PLACE.match(rest):
            return [about] if about is not None else []
        pronoun = "this"
    if link.head is None and pronoun in ("this", "that") and link.anaphor[0] > link.cue[0] and (
            link.code in (ReasonCode.DISPUTED, ReasonCode.NOT_VERIFIED)):
        # "A spokesman denied this.", "We have not been able to verify this.": what was said
        # just before (the sentence before it), not the likeliest-looking claim further back
        own_ids = {id(d) for d in mine}
        before = [d for d in drafts[: bisect_left(starts, link.cue[0])]
                  if not d.meta and id(d) not in own_ids and d.last < sentence]
        if before:
            return before[-1:]
    # "either claim", "neither side's account", "the Israeli figures": the sides' claims
    window = ANAPHOR_WINDOW
    sides = each_side(body, drafts, sentence, window) if EACH_SIDE.match(pronoun) or (
        OF_EACH_SIDE.search(pronoun)) else of_named_side(body, link, drafts, sentence, window)
    if sides:
        return sides
    if link.head is None and NO_COMMENT.match(body, link.anaphor[1] + 1):
        return []  # "The Kremlin did not respond to a request for comment.": silence says nothing
    if link.head is None and pronoun.split()[0] not in _DEMONSTRATIVES:
        # "The ministry did not provide evidence.": the claim of the speaker it names
        return speakers_claim(body, drafts, starts, sentence, link, None, mention_words(pronoun))
    named = _NAMED_OWNER.match(body, link.anaphor[0], link.anaphor[1])
    if named is not None:  # "could not verify Benning's figure": Benning's claim, not the last
        owner = named.group("owner")
        claims = [d for d in drafts[: bisect_left(starts, link.anaphor[0])] if not d.meta
                  and d.source is not None and owner in d.source.name.split()
                  and sentence - d.last <= ANAPHOR_WINDOW]
        if claims:
            return [claims[-1]]
    owner = _BODY_OWNER.match(body, link.anaphor[0], link.anaphor[1]) or (
        _MODIFIER_OWNER.match(body, link.anaphor[0], link.anaphor[1]))
    if owner is not None and owner.group("owner").lower() not in GROUP_NOUNS:
        # "could not verify the army's account": a claim of a source of that kind or one
        # that names it ("a spokesman for the army"), not the footage described just before
        owned = _owners_claims(body, drafts[: bisect_left(starts, link.anaphor[0])],
                               sentence, owner.group("owner").lower(), owner.group("kind"))
        if owned is not None:
            owner_source = owned[-1].source if owned else None
            if owner_source is not None and link.head is not None and link.head.endswith(
                    "s") and link.head not in _SINGULAR_S:  # "the army's claims": all it made
                return [d for d in owned
                        if d.source is not None and d.source.name == owner_source.name]
            return owned[-1:]
    if link.head in _WORK_HEADS:
        # "The study has not been peer reviewed": what the study (its source) found
        found = [d for d in drafts[: bisect_left(starts, link.anaphor[0])] if not d.meta
                 and d.source is not None and link.head in d.source.name.lower().split()
                 and sentence - d.last <= ANAPHOR_WINDOW]
        work = found[-1].source.name if found and found[-1].source is not None else None
        if work is not None:
            return [d for d in found if d.source is not None and d.source.name == work]
    quoted = _QUOTED_CLAIMS.match(body, link.anaphor[0], link.anaphor[1])
    if quoted is not None:
        # "Claims that the dam burst are false": the claim that said most of those words,
        # not one sharing a single word with them ("the dam was damaged")
        words = {w for w in word_stems(quoted.group("what"))[0] if len(w) > 2} - _STOP_WORDS
        fits = [d for d in drafts[: bisect_left(starts, link.anaphor[0])] if not d.meta
                and sentence - d.last <= ANAPHOR_WINDOW and len(words & word_stems(
                    body[d.span[0] : d.span[1]])[0]) * 3 >= len(words) * 2]
        if fits or link.code is not ReasonCode.NOT_VERIFIED:
            return fits[-1:]  # (an unverified paraphrase: found as any other anaphor's)
    made = just_made(body, link, mine)
    if made is not None:
        return [made]
    # "“The claim is false,” Richer said", "Velora denied that report": not its own claims
    own = frozenset(firm_name(d.source.name) for d in mine if d.source is not None and (
        d.span[0] <= link.cue[0] < d.span[1] or (d.attribution and d.attribution.cue == link.cue))
    ) if link.code is ReasonCode.DISPUTED else frozenset()
    # "Israel's military rejected that account": another's account, not its own side's
    own_sides = frozenset(d.source.party.side for d in mine if d.source is not None and (
        d.source.party is not None) and d.attribution is not None and d.attribution.cue == link.cue
    ) if link.code is ReasonCode.DISPUTED and link.head in ("account", "version") and not (
        WALK_BACK.search(body, max(0, link.cue[0] - 12), link.cue[0])) else frozenset()
    fits = _best_fits(body, drafts, sentence, link, scored, bisect_left(starts, link.cue[0]), own,
                      own_sides)
    if len(fits) > 1 and pronoun.startswith(POSSESSIVES):
        # "Its figures": those of the source heard last, not every figure before
        last = next((d.source.name for d in reversed(drafts[: bisect_left(starts, link.cue[0])])
                     if d.source is not None and not d.meta), None)
        fits = [d for d in fits if d.source is not None and d.source.name == last] or fits
    if len(fits) == 1 and link.head in NARRATIVE_HEADS and (pronoun.startswith(POSSESSIVES) or (
            pronoun.split()[0] in ("the", "this", "that"))):
        return whole_account(drafts, sentence, fits[0])  # "Her account", "rejected the account"
    return fits


def _revised(body: str, link: DiscourseLink, mine: list[Draft], earlier: list[Draft]
             ) -> list[Draft]:
    """The claims the reviser of "X has since revised its report" made or passed on ("The
    BBC, quoting a hospital official, reported …"): X is the sentence's own speaker, or the
    words before the verb ("The BBC"), or for "It" the last source heard."""
    def voices(d: Draft) -> list[str]:
        return [firm_name(w.name) for w in (d.source, *d.relays) if w is not None]
    revisers = {firm_name(d.source.name) for d in mine if d.source is not None}
    start = max(body.rfind(". ", 0, link.cue[0]) + 2, body.rfind("\n", 0, link.cue[0]) + 1)
    subject = body[start : link.cue[0]].strip()
    if not revisers and subject.lower() in ("it", "they"):  # "It": a body, not a person
        revisers = set(next((voices(d) for d in reversed(earlier) if d.source is not None and (
            subject.lower() == "they" or d.source.entity_type not in PERSON_TYPES)), []))
    # the subject's head names the reviser: "The Iranian news agency Tasnim" is Tasnim (not
    # Iran), "The Hamas-run health ministry" the ministry (not Hamas)
    # (a common noun names no one alone: "Ukraine's health ministry" must match two words)
    words = subject.split()
    head = words[-1] if words else ""
    named = " ".join(words[-2:]).lower() if head[:1].islower() else head.lower()
    return [d for d in earlier if any(v in revisers or (named and (" " + named + " ") in (
        " " + v.lower() + " ")) for v in voices(d))]


def _owners_claims(body: str, earlier: list[Draft], sentence: int, owner: str,
                   modifier: str | None = None) -> list[Draft] | None:
    """The recent claims of the source an owner word stands for ("army" in "the army's
    account"): of that kind of source, or naming the owner in its mention (and its
    ``modifier``, "health" in "the health ministry's", which then reaches further back).
    None when the words name no kind of source (the anaphor's words then decide)."""
    kind = classify(f"the {modifier} {owner}" if modifier else "the " + owner)
    if kind is EntityType.UNKNOWN:
        return None
    kinds = _STATE_KINDS if owner in ("official", "government", "state") else {kind}
    found = []
    for d in earlier:
        if d.meta or d.source is None or sentence - d.last > _NAMED_WINDOW:
            continue
        words = mention_words(body[d.source.mention[0] : d.source.mention[1]])
        named = owner in words and (modifier is None or modifier in words)
        near = sentence - d.last <= ANAPHOR_WINDOW
        if (named and (modifier is not None or near)) or (
                near and modifier is None and d.source.entity_type in kinds):
            found.append(d)
    return found


def _sides_heard(drafts: list[Draft], sentence: int, here: int) -> tuple[str, ...]:
    """The side labels of this sentence's party sources ("Russian side" for "Moscow")."""
    return tuple(d.source.party.side_label for d in drafts[max(0, here - 8) : here + 8]
                 if d.first == sentence and d.source is not None and d.source.party is not None)


def _best_fits(
    body: str, drafts: list[Draft], sentence: int, link: DiscourseLink, scored: Scores,
    here: int, own: frozenset[str] = frozenset(), own_sides: frozenset[str] = frozenset(),
) -> list[Draft]:
    """The best fit, or for a plural anaphor ("the claims", "these figures") every earlier
    claim that fits about as well (``here``: the index of the first draft after the cue)."""
    key = (link.head, link.keywords, verdict_echo(body, link.anaphor[1]))
    found = scored.get(key)
    if found is None:
        found = scored[key] = ranked_antecedents(body, drafts, sentence, *key)
    found = [(score, d) for score, d in found
             if d.source is None or firm_name(d.source.name) not in own]
    others = [(score, d) for score, d in found if d.source is None or d.source.party is None
              or d.source.party.side not in own_sides]
    found = others or found  # (its own side's alone: a correction)
    if not found:
        return []
    plural = link.head is not None and link.head.endswith("s") and link.head not in _SINGULAR_S
    sides = _sides_heard(drafts, sentence, here)
    if not plural and link.head is not None and link.head.startswith(ACCUSATION_HEADS):
        # "denied the accusation"
        return against_denier(body, link, [d for _, d in found], sides)[:1]
    if not plural:
        return [found[0][1]]
    best, top = found[0]
    # "The group's claims": every recent claim of the source named, however well each fits
    owned = "'s " in body[link.anaphor[0] : link.anaphor[1]].replace("’", "'") or (
        # "Reuters could not verify the claims": all the claimant just made, not the last
        link.head is not None and link.head.startswith(("claim", "assertion", "statement",
                                                        "finding", "account", "version")))
    # "the tolls": every count of the dead given, however well each one's words fit; so are
    # "the discrepancies between the figures"
    between = link.head is not None and link.head.startswith(_COUNT_HEADS) and (
        _BETWEEN.search(body, max(0, link.anaphor[0] - 30), link.anaphor[0]) is not None)
    toll_like = between or (link.head is not None and link.head.startswith(TOLL_HEADS))
    tolls = toll_like and not owned and (
        "s' " not in body[link.anaphor[0] : link.anaphor[1]].replace("’", "'"))  # "rebels'"
    fits = _unbroken([draft for score, draft in found if score >= best - _PLURAL_MARGIN or (
        owned and draft.source is not None and top.source is not None
        and draft.source.name == top.source.name) or (
        tolls and draft.quantities and ClaimType.CASUALTY in draft.types)], drafts, sentence, here)
    if link.head is not None and link.head.startswith(ACCUSATION_HEADS):
        # "Russia denies the allegations": with none against Russia, the best fit only (what
        # others did is no allegation); "rejected the findings": all of them
        return against_denier(body, link, fits, sides, fallback=False) or (
            fits if link.head.startswith("finding") else fits[:1])
    if link.head is not None and link.head.startswith("report"):
        # "declined to comment on the reports": what was reported, when something was, not
        # every claim of the fighting nearby; and the reports just made, not one from far up
        reported = [d for d in fits if _reported(body, d)] or [  # else what unnamed sources said
            d for d in fits if d.source is not None and d.source.anonymous]
        if reported:
            nearest = max(d.last for d in reported)
            return [d for d in reported if nearest - d.last <= 1]
        return fits
    if toll_like and len(fits) > 1 and any(
            ClaimType.CASUALTY in d.types for d in fits):
        # "None of the tolls could be confirmed": every count of the dead or hurt, of
        # civilians, bodies or soldiers alike
        return [d for d in fits if ClaimType.CASUALTY in d.types]
    if link.head is not None and link.head.startswith(_COUNT_HEADS) and len(fits) > 1:
        # "The figures could not be reconciled": counts (a claim with no number is no
        # figure), of what the nearest one counts
        fits = [d for d in fits if d.quantities] or fits
        latest = max(fits, key=lambda d: d.span[0])
        units = {q.unit for q in latest.quantities} - {None}
        # (or by the same source: a department's jobs figure and jobless rate alike)
        said = latest.source.name if latest.source is not None else None
        fits = [d for d in fits if units & {q.unit for q in d.quantities} or (
            said is not None and d.source is not None and d.source.name == said)] or fits
    return fits


_REVISES = re.compile(REVISED)
#: "The ministry later denied …": a side taking back what it said itself
WALK_BACK = re.compile(r"\b(?:later|since|now|then)\s+$")
_OTHER_TIME = re.compile(r"\b(?:last\s+(?:year|month|week)|(?:19|20)\d\d|similar|before|after"
                         r"|earlier|previous|World\s+War|January|February|March|April|May|June"
                         r"|July|August|September|October|November|December)\b")
_NAMED_PLACE = re.compile(r"\s+(?:at|in|on|near|along)\s+(?:the\s+)?[A-Z]")
_BETWEEN = re.compile(r"\b(?:between|among)\s+$")
_COUNT_HEADS = ("figure", "number", "toll", "count", "tally", "tallies", "estimate")


def _unbroken(fits: list[Draft], drafts: list[Draft], sentence: int, here: int) -> list[Draft]:
    """The fits of a plural anaphor that run back from it unbroken: "those figures" are the
    figures just given, not a count three paragraphs up past claims about something else
    ("His lawyer said the trial was unfair.")."""
    chosen = {id(d) for d in fits}
    run: list[Draft] = []
    for i in range(min(here, len(drafts)) - 1, -1, -1):
        draft = drafts[i]
        if sentence - draft.last > ANAPHOR_WINDOW:
            break  # no fit lies farther back
        if draft.last >= sentence or draft.meta:
            continue
        if id(draft) not in chosen:
            if run:
                break
            continue  # claims after the nearest fit ("…, a source said") do not break it
        run.append(draft)
    kept = {id(d) for d in run}
    return [d for d in fits if id(d) in kept]


def _reported(body: str, draft: Draft) -> bool:
    att = draft.attribution
    if att is None:
        return False
    cue = body[att.cue[0] : att.cue[1]]
    return cue.lower() == "according to" or stem(cue).startswith("report")
