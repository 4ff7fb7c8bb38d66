"""Reasons that come from who a claim's source is and how it is quoted: an anonymous or
self-interested source, a distancing verb ("Moscow claims"), a speaker who only looks like
the one named, mutual blame, and single sourcing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.accusations import CHARGING_PAPER
from pipeline.extract.claimtypes import COMBAT_TYPES
from pipeline.extract.content import is_clause
from pipeline.extract.drafts import Draft, denies
from pipeline.extract.lexicon import REJECTING_VERBS
from pipeline.extract.parties import Party, PartyRegistry
from pipeline.extract.reasons import reason_at
from pipeline.extract.self_interest import self_interested_source
from pipeline.extract.sources import SourceInfo
from pipeline.models import ClaimType, EntityType, ReasonCode

__all__ = ["add_single_source", "attach_source_reasons"]

# Speech verbs by which the outlet keeps its distance from what it reports ("Moscow claims
# its forces took the village"), unlike "said".
_DISTANCING_VERBS = frozenset({"claim", "claims", "claiming", "alleges", "allege", "alleging",
                               "purports", "purported"})


_STATE_BODIES = frozenset({EntityType.GOVERNMENT, EntityType.MILITARY, EntityType.OFFICIAL})
_ACCUSING = frozenset({"accuse", "accuses", "accused", "accusing"})
# "The army and the RSF blamed each other for the attack": mutual blame is a dispute.
_BLAMING = frozenset({"blamed", "blame", "blames", "accused", "accuse", "accuses", "blaming",
                      "accusing"})
_CLAIMING = frozenset({"claimed", "claims", "claim", "claiming"})
# ("claimed credit card fraud had fallen", "claimed responsibility for X lay with Y": no act)
_RESPONSIBILITY = re.compile(r"(?:full\s+|sole\s+)?(?:responsibility|credit)\s+for\b(?![^.;]{0,80}"
                             r"\b(?:lay|lies|rests|rested)\s+with\b)", re.IGNORECASE)
# "Al-Shabaab said its fighters had carried out the assassination", "Hamas said it was behind
# the bombing": a claim of responsibility in other words
_OWN_ACT = re.compile(
    r"(?:it|we|(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:carried\s+out|was\s+behind|were\s+behind|staged|perpetrated)\s+(?:[\w'’-]+\s+)"
    r"{1,4}?(?:attacks?|assassinations?|bombings?|killings?|ambush(?:es)?|raids?|shootings?"
    r"|hijackings?|kidnappings?|abductions?)\b", re.IGNORECASE)
_CLAIMED_ACT = re.compile(
    r"(?:(?!(?:in|for|of|on|by|at|to|with|from|is|are|was|were|be|been|has|have|had|lives"
    r"|damages|compensation|responsibility|credit)\b)[\w'’-]+\s+){0,3}"
    r"(?:strikes?|attacks?|bombings?|downing|shootdown|killings?|capture|raids?|ambush(?:es)?"
    r"|assassinations?|hijackings?|seizure|sinking)"
    r"(?:\s+(?:on|against|in|near|at|of|off)\s+[^,;.]*)?[.:]?\s*", re.IGNORECASE)


def _claimed_act(body: str, span: tuple[int, int]) -> bool:
    """"Houthis claim missile strike on Israel's main airport": a headline's claimed act, a
    noun phrase and no clause ("claimed Israeli strikes killed 40" is a claim, not an act)."""
    return _CLAIMED_ACT.fullmatch(body, *span) is not None and not is_clause(
        body[span[0] : min(span[1], span[0] + 80)])


def _own_claimed_act(body: str, draft: Draft, parties: PartyRegistry) -> bool:
    """A claimed act with no other doer named before it, claimed by a body that could have
    done it: "Hezbollah claims drone attack on Israeli base", not "Kremlin claims Ukrainian
    drone attack on Putin's residence" (an accusation) nor "Residents claim police attack"."""
    if not _claimed_act(body, draft.span) or draft.source is None or (
            draft.source.entity_type in _NOT_DOERS):
        return False
    act = _ACT_NOUN.search(body, draft.span[0], draft.span[1])
    before = body[draft.span[0] : act.start() if act is not None else draft.span[0]]
    side = parties.side_in(before)  # ("Moscow attack", "October 7 attack": a place or a day)
    own = draft.source.party.side if draft.source.party is not None else None
    return _OTHER_DOER.search(before) is None and (side is None or side == own)


_NOT_DOERS = frozenset({EntityType.WITNESS, EntityType.PERSON, EntityType.UNKNOWN,
                        EntityType.EXPERT, EntityType.MEDIA})
_ACT_NOUN = re.compile(r"\b(?:strikes?|attacks?|bombings?|downing|shootdown|killings?|capture"
                       r"|raids?|ambush(?:es)?|assassinations?|hijackings?|seizure|sinking)\b",
                       re.IGNORECASE)
# a doer before the act: a name or demonym, a possessive, an agent noun
_OTHER_DOER = re.compile(r"['’]s\b|\b(?i:police|army|militia|troops|forces|soldiers|rebels"
                         r"|government|enemy|regime|junta|bandits?|jihadists?|terrorists?"
                         r"|insurgents?|gangs?|militants?|extremists?)\b"
                         # "PKK attack", "Zionist attack": a doer the parties file may not know
                         r"|\b[A-Z]{2,}\b|\b[A-Z][a-z]+(?:ist|ian|i)\b")


_EACH_OTHER = re.compile(r"(?:each\s+other|one\s+another)\b", re.IGNORECASE)


def attach_source_reasons(body: str, drafts: list[Draft], parties: PartyRegistry) -> None:
    """Distancing speech verbs, anonymous and self-interested sources."""
    interested: dict[str, int] = {}  # party source -> the last sentence it spoke in its favour
    sides: dict[str, Party] = {}  # a source's side, as a relay showed it ("RIA, citing the MoD")
    for draft in drafts:
        source = draft.source
        if source is None:
            continue
        if source.party is None and source.name in sides:
            # "…, RIA Novosti reported, citing the Defence Ministry. The ministry said …": the
            # same ministry, whose side the relay showed
            source = draft.source = replace(source, party=sides[source.name])
        elif source.party is None and (body_side := _speaks_for(body, source, sides)):
            # "Ukraine's General Staff said … General Staff spokesman X said": its side
            source = draft.source = replace(source, party=body_side)
        side = source.party or next((r.party for r in draft.relays if r.party is not None), None)
        if side is not None and not source.anonymous and source.entity_type in _STATE_BODIES:
            sides.setdefault(source.name, side)  # (a UN agency a state outlet cites has none)
        att = draft.attribution
        verb = body[att.cue[0] : att.cue[1]] if att is not None else ""
        # A verb, not the noun ("Kyiv's claim that …", "health claims made …"), with a clause
        # for content: "Hurricane Milton claims 16 lives" or "claims the title" report acts.
        if att is not None and att.kind != "nominal" and (
                source.entity_type is not EntityType.UNKNOWN) and ((
                verb.lower() in _DISTANCING_VERBS and (is_clause(
                    body[draft.span[0] : min(draft.span[1], draft.span[0] + 80)])
                    or _claimed_act(body, draft.span)))
                # "Prosecutors accuse Whitcombe of taking bribes": an accusation, unproven
                or (verb.lower() in _ACCUSING and " of " in body[draft.span[0] : draft.span[1]])):
            draft.reasons.append(reason_at(
                body, ReasonCode.HEDGE, att.cue,
                f"“{verb}” reports the statement without the outlet standing behind it."))
        elif att is not None and CHARGING_PAPER.fullmatch(body, *source.mention):
            draft.reasons.append(reason_at(
                body, ReasonCode.HEDGE, source.mention,
                f"“{body[source.mention[0]:source.mention[1]]}” charges someone: what it says "
                "is an allegation, not a finding."))
        if att is not None and att.kind != "nominal":
            _writers_verdict(body, draft, att.cue)
        if att is not None and verb.lower() in _BLAMING and _EACH_OTHER.match(
                body, draft.span[0]):
            draft.reasons.append(reason_at(
                body, ReasonCode.DISPUTED, att.cue,
                "Each side blames the other: their accounts contradict each other."))
        if source.lookalike is not None:
            draft.reasons.append(reason_at(
                body, ReasonCode.HEDGE, source.lookalike,
                "The text does not say the speaker is the person named, only that it looks "
                "or claims to be them."))
        if source.anonymous:
            draft.reasons.append(reason_at(
                body, ReasonCode.ANONYMOUS_SOURCE, source.mention,
                f"The source, “{body[source.mention[0]:source.mention[1]]}”, is not named."))
        else:
            relay = next((r for r in draft.relays if r.anonymous), None)
            if relay is not None:  # "X said …, according to a doctor who spoke on condition …"
                draft.reasons.append(reason_at(
                    body, ReasonCode.ANONYMOUS_SOURCE, relay.mention,
                    f"The claim reached the outlet through an unnamed source, "
                    f"“{body[relay.mention[0]:relay.mention[1]]}”."))
        party_source = self_interested_source(body, draft, parties)
        if party_source is not None:
            interested[source.name] = draft.last
        elif source.party is not None and draft.first - interested.get(source.name, -9) <= 2 and (
                _AFTERMATH.search(body, draft.span[0], draft.span[1])):
            # "Saree said the Houthis had targeted the tanker. He said the vessel was sinking.":
            # the outcome of the attack it just claimed, told by the same side
            draft.reasons.append(reason_at(
                body, ReasonCode.SELF_INTERESTED_SOURCE, source.mention,
                f"{source.name} is on the {source.party.side_label} of the conflict and "
                "reports the outcome of the attack it has just claimed."))
        if party_source is not None and party_source.party is not None:
            draft.reasons.append(reason_at(
                body, ReasonCode.SELF_INTERESTED_SOURCE, party_source.mention,
                f"{party_source.name} is on the {party_source.party.side_label} of the conflict "
                + ("and denies an account of the fighting." if denies(body, draft) else
                   "and reports on the fighting.")))
        elif party_source is not None:
            draft.reasons.append(reason_at(
                body, ReasonCode.SELF_INTERESTED_SOURCE, party_source.mention,
                f"{party_source.name} is an armed party reporting its own success."))
        elif att is not None and not source.anonymous and ((verb.lower() in _CLAIMING and (
                _RESPONSIBILITY.match(body, draft.span[0])
                or _own_claimed_act(body, draft, parties))) or (_OWN_ACT.match(
                    body, draft.span[0]) and verb.lower() not in REJECTING_VERBS)):
            # "LockBit claimed responsibility for the attack": whoever claims an act takes
            # credit for it, which serves the claimant, party to a war or not
            draft.reasons.append(reason_at(
                body, ReasonCode.SELF_INTERESTED_SOURCE, source.mention,
                f"{source.name} claims the act as its own: a claim of responsibility serves "
                "the one who makes it."))


# What an attack did to its target, in words of no battle: "the vessel was sinking"
_AFTERMATH = re.compile(
    r"\b(?:was|is|were|are|had\s+been|has\s+been)\s+(?:now\s+|still\s+)?(?:sinking|ablaze"
    r"|on\s+fire|burning|disabled|crippled|destroyed|badly\s+damaged|taking\s+on\s+water)\b"
    r"|\b(?:sank|caught\s+fire|went\s+down)\b", re.IGNORECASE)
# The outlet's own verdict on what it reports: "Trump falsely claimed that …", "repeated the
# baseless claim that …", "said, without evidence, that …"
_FALSELY = re.compile(r"\b(?P<verdict>falsely|wrongly|erroneously|baselessly|misleadingly"
                      r"|incorrectly|inaccurately|mistakenly)(?:\s+(?:and|but)\s+[a-z]+ly)?"
                      r"(?:\s+[a-z]+ly)?\s+$", re.IGNORECASE)
_FALSE_CLAIM = re.compile(
    r"(?:the|his|her|their|its|a|an)\s+(?:(?:long|widely|repeatedly|thoroughly|since)[\w-]*\s+)?"
    r"(?P<verdict>false|baseless|unfounded|debunked|discredited|unsubstantiated|bogus|unproven"
    r"|groundless|disproven|fabricated)\s+(?:conspiracy\s+)?(?:claims?|allegations?|assertions?"
    r"|theor(?:y|ies)|rumou?rs?|narratives?|notion|idea)\s+that\b", re.IGNORECASE)
_NO_EVIDENCE_AFTER = re.compile(r",?\s+(?P<verdict>without\s+(?:providing\s+|offering\s+"
                                r"|citing\s+|presenting\s+)?(?:any\s+)?evidence)\b", re.IGNORECASE)


def _speaks_for(body: str, source: SourceInfo, sides: dict[str, Party]) -> Party | None:
    """The side of a body named earlier whose name, without its country, opens a
    spokesman's mention ("General Staff spokesman Andriy Kovalyov")."""
    mention = body[source.mention[0] : source.mention[1]]
    if "spokes" not in mention:
        return None
    found = {side.side: side for name, side in sides.items() if len(name.split()) >= 3 and (
        mention.startswith(name.split(None, 1)[1] + " spokes"))}  # "Ukrainian General Staff"
    # (both sides' General Staffs named: whose spokesman it is, the mention does not say)
    return next(iter(found.values())) if len(found) == 1 else None


def _writers_verdict(body: str, draft: Draft, cue: tuple[int, int]) -> None:
    """A verdict the outlet writes into the frame of the claim it reports."""
    falsely = _FALSELY.search(body, max(0, cue[0] - 40), cue[0])
    if falsely is None:  # "repeated the baseless claim that X" (X the content) or "…: the false
        # claim that X" as content
        falsely = _FALSE_CLAIM.search(body, cue[1], draft.span[0] + 60)
        falsely = falsely if falsely is not None and falsely.start() <= draft.span[0] else None
    if falsely is not None:
        word = falsely.group("verdict")
        draft.reasons.append(reason_at(
            body, ReasonCode.DISPUTED, falsely.span("verdict"),
            f"The outlet itself calls the claim {'false' if word.endswith('ly') else word}."))
    unsupported = _NO_EVIDENCE_AFTER.match(body, cue[1])
    if unsupported is not None:
        draft.reasons.append(reason_at(
            body, ReasonCode.NOT_VERIFIED, unsupported.span("verdict"),
            "The outlet says the claim was made without evidence."))


# A source mention that names more than one source.
_SEVERAL = re.compile(r"(?:the\s+)?(?:several|many|multiple|numerous|various|two|three|four|five"
                      r"|both|independent)\b", re.IGNORECASE)


def add_single_source(body: str, draft: Draft) -> None:
    """Note single sourcing on an already flagged, attributed claim."""
    if draft.source is None or any(r.code == ReasonCode.CORROBORATED for r in draft.reasons):
        return
    if not (set(draft.types) & (COMBAT_TYPES | {ClaimType.QUANTITY})) or denies(body, draft):
        return  # a denier is no source of what it denies
    mention = body[draft.source.mention[0] : draft.source.mention[1]]
    if _SEVERAL.match(mention) or " and " in mention or any(
            r.code == ReasonCode.UNATTRIBUTED for r in draft.reasons):
        return  # "several fact-checking organisations", "experts": no one source
    draft.reasons.append(reason_at(
        body, ReasonCode.SINGLE_SOURCE, draft.source.mention,
        f"Only {draft.source.name} is given as the source of this claim."))
