"""Whether a party's source reports a combat outcome in its own favour, or praises its side.

A claim about the fighting serves the party that reports it when the party's own side did
something to the enemy ("its forces destroyed 37 Ukrainian drones", said by Russia) or the
enemy suffered something ("300 Ukrainian soldiers were killed", "Ukrainian forces lost 300
soldiers"). Crediting the enemy with a success, or reporting one's own losses, does not.
The side is read off the claim's grammatical subject: the words before its first verb,
where "it", "its", "we" and "our" point back at the speaker. A party's praise of its own
side ("Russia had adapted successfully to the sanctions") serves it too, war or not.
The subject is found by :mod:`pipeline.extract.outcome_subjects`.
"""

from __future__ import annotations

import re

from pipeline.extract.blame import blames, reports_harm
from pipeline.extract.drafts import Draft
from pipeline.extract.lexicon import ARMED_WORDS
from pipeline.extract.outcome_subjects import (
    NEGATIONS,
    OWN_SIDE,
    SUFFERING,
    bare_word,
    subject_side,
    subject_words,
)
from pipeline.extract.parties import PartyRegistry
from pipeline.extract.sources import SourceInfo
from pipeline.models import ClaimType, EntityType

__all__ = ["self_interested_source"]

_PLEDGING = frozenset({"will", "would", "shall"})
# Police use force too ("Police said they had killed four gunmen"), though their other verbs
# are words ("police condemned the violence"), so they are no ARMED_WORDS
_SECURITY = frozenset({"police", "policemen", "gendarmes", "gendarmerie"})
_CLEARING = re.compile(
    r"\b(?:no|none\s+of\s+the)\s+(?:civilians?|non-combatants|one|bystanders)\s+(?:was|were|had\s+been"
    r"|has\s+been|have\s+been)\s+(?:harmed|hurt|killed|injured|wounded|affected)"
    r"|\b(?:all|most)\s+(?:of\s+)?(?:the|those)\s+(?:dead|killed|victims)\s+(?:were|had\s+been)\s+"
    r"(?:armed\s+)?(?:combatants|fighters|militants|terrorists|soldiers)"
    r"|\b(?:did|does|do)\s+not\s+target\s+civilians|\bonly\s+(?:legitimate\s+)?military\s+"
    r"targets"
    # "none of its aircraft had been damaged", "No U.S. ships were damaged": its own losses
    r"|\b(?:no|none\s+of\s+(?:its|their|our|the))\s+(?:[A-Z][\w.]*\s+)?(?:aircraft|planes|jets"
    r"|ships|vessels|warships|soldiers|troops|personnel|equipment|positions)\s+(?:was|were"
    r"|had\s+been|has\s+been|have\s+been)\s+(?:damaged|hit|harmed|hurt|killed|injured|wounded"
    r"|lost|destroyed)"
    # "its units had not fired": a side denying its part
    r"|\b(?:its|their|our)\s+(?:units|forces|troops|soldiers)\s+(?:had|have|has|did)\s+not\s+"
    r"(?:fire|fired|opened\s+fire|attacked|shelled)\b", re.IGNORECASE)
# "the landing ship was operating as normal", "the base remained fully operational": a side
# denying its losses (when the thing is its own: see _unharmed)
_UNHARMED = re.compile(
    r"\b(?:was|were|is|are|remained|remains)\s+(?:operating|functioning|working)\s+(?:as\s+"
    r"normal|normally)|\b(?:remained|remains|is|was|were|are)\s+(?:fully\s+)?operational\b",
    re.IGNORECASE)
# what a side keeps for itself: "its units", "the landing ship", "the Nevatim base"
_OWN_ASSET = re.compile(r"\b(?:its|our|their)\b|\b(?:ship|vessel|base|airbase|airfield|frigate"
                        r"|warship|cruiser|destroyer|submarine|fleet|command|headquarters)s?\b",
                        re.IGNORECASE)
_NOT_OWN_THING = re.compile(r"['’]s\b|\b(?:only|just|few|no\s+more\s+than|\d+)\b",
                            re.IGNORECASE)
# Words that judge a side's performance rather than measure it, so no word of war is needed:
# its economy "adapted successfully", "proved resilient". A measured record ("exports hit a
# record") is a statistic that a ministry is the usual source of, so it is no praise.
_PRAISE = re.compile(r"\b(?:success(?:ful(?:ly)?)?|resilien(?:t|ce)|thriving|booming"
                     r"|stronger\s+than\s+ever)\b", re.IGNORECASE)
_PLACE_TAKEN = re.compile(
    r"\b(?:captured|seized|liberated|recaptured|retook|retaken|occupied|(?:took|taken|gained)"
    r"(?: full| complete)? control of)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z]")




def _party_voice(draft: Draft) -> SourceInfo | None:
    """The claim's source, or else its first relay, that speaks for a party."""
    return next((i for i in (draft.source, *draft.relays) if i is not None and i.party is not None),
                None)


def self_interested_source(body: str, draft: Draft, parties: PartyRegistry) -> SourceInfo | None:
    """The party source (or relay) of a combat-outcome claim that serves that party, if any."""
    att = draft.attribution
    if att is not None and body[att.cue[0] : att.cue[1]].lower() in _RAISED and _OWN_TOLL.match(
            body, draft.span[0], draft.span[1]):
        return None  # "raised its toll to six soldiers killed": an admission of its losses
    accuser = _accusing_source(body, draft, parties)
    if accuser is not None:
        return accuser
    # Outcome words alone are ambiguous outside the fighting ("its inflation rate fell",
    # "exports hit a record"): the claim must also have a word of war or a casualty.
    if _CLEARING.search(body, draft.span[0], draft.span[1]):
        # "no civilians were harmed", "all of the dead were combatants": a side clearing
        # its own conduct serves it as much as a victory does
        return _party_voice(draft)
    harmed = _HARMED_CIVILIANS.search(body, draft.span[0], draft.span[1])
    if harmed is not None and not _fighters_harmed(body, draft, harmed.start()) and (
            _own_doing(body, draft, parties)):  # (fighters among the harmed: "its troops" may
        # kill) -- "an Ethiopian drone strike killed 37 civilians", said by Ethiopian
        return None  # officials: an admission, against the party's interest
    unharmed = _UNHARMED.search(body, draft.span[0], draft.span[1])
    if unharmed is not None:
        own = _party_voice(draft)
        thing = body[draft.span[0] : unharmed.start()]
        side = parties.side_in(thing)
        if own is not None and own.party is not None and not _NOT_OWN_THING.search(thing) and (
                side == own.party.side or (side is None and _OWN_ASSET.search(thing))):
            return own  # (not "the Russian radar remained operational", said by Ukraine, nor
            # "the Kerch bridge", which Ukraine attacked)
    if _PRAISE.search(body, draft.span[0], draft.span[1]):
        praised = _own_praise(body, draft, parties)
        if praised is not None:
            return praised
    # A party's capture of a named place ("it has captured Pokrovsk") is one too, though no
    # word of war is in it; "police captured a suspect" and "inflation fell to 30%" are not.
    # An armed force's own strike needs no other word of war: "The army said it had hit a
    # power plant".
    if _pledged(body, draft):
        return None
    if "outcome" not in draft.tags or ("warfare" not in draft.tags and (
            ClaimType.CASUALTY not in draft.types) and not (
            ClaimType.CAPTURE in draft.types and _PLACE_TAKEN.search(
                body, draft.span[0], draft.span[1])) and not (
            draft.source is not None and _is_armed(body, draft.source) and (
                ClaimType.STRIKE in draft.types or ClaimType.CAPTURE in draft.types)) and not (
            ClaimType.STRIKE in draft.types and _names_enemy(body, draft, parties))):
        return None  # ("it had destroyed a Russian S-400 system", said by Ukraine: the enemy's)
    for info in (draft.source, *draft.relays):
        if info is not None and info.party is not None:
            # The subject is looked at only now: most claims have no party source at all.
            if _serves(body, draft, parties, info.party.side):
                return info
            # "Russia launched 87 drones and that air defences shot down 71 of them": the
            # second clause's subject is the speaker's own
            later = _AND_THAT.search(body, draft.span[0], draft.span[1])
            if later is not None and _serves(body, draft, parties, info.party.side, later.end()):
                return info
            if _OF_WHICH_DOWNED.search(body, draft.span[0], draft.span[1]) and _LAUNCHED.search(
                    body, draft.span[0], draft.span[1]):
                # "Russia had launched 112 drones, of which 76 were shot down": the enemy's
                # attack, and the speaker's interceptions
                side, suffered = subject_side(body, draft, parties)
                if side is not None and not suffered and parties.are_adversaries(
                        info.party.side, side):
                    return info
            return None
    source = draft.source
    if source is not None and _is_armed(body, source):
        # "The army said it had shot down 12 drones": whichever side it is on, a force
        # crediting itself with a success is a party to the fighting
        side, suffered = subject_side(body, draft, parties)
        if side == OWN_SIDE and not suffered:
            return source
        if side is None and _STATE_FORCE.search(body, *source.mention) and not (
                _ARMED_GROUP.search(body, *source.mention)) and (_REPELLED.match(
                    body, draft.span[0], draft.span[1]) or _OWN_FORCE.match(
                    body, draft.span[0], draft.span[1])) and not _REGRET.search(
                    body, draft.span[0], draft.span[1]):
            return source  # "the assault had been repelled", "soldiers had killed 12 militants"
    return None


# A state force's unnamed men doing what forces boast of, or the enemy's attack beaten back
_STATE_FORCE = re.compile(r"\b(?:army|military|police|navy|defen[cs]e|armed\s+forces)\b",
                          re.IGNORECASE)
_OWN_FORCE = re.compile(r"(?:the\s+)?(?:soldiers|troops|officers|policemen|police\s+officers"
                        r"|commandos)\s+(?:had\s+|have\s+|has\s+)?(?:killed|captured|seized"
                        r"|destroyed|repelled|repulsed|neutrali[sz]ed|eliminated|recaptured|retook"
                        r"|downed|intercepted|foiled|thwarted|rescued|freed)\b", re.IGNORECASE)
_REPELLED = re.compile(r"(?:the|an?|this)\s+(?:[\w-]+\s+)?(?:assault|attack|offensive|advance"
                       r"|raid|attempt|incursion)\s+(?:had|has|was|were)\s+(?:been\s+)?"
                       r"(?:repelled|repulsed|thwarted|foiled|beaten\s+back|pushed\s+back)\b",
                       re.IGNORECASE)
_REGRET = re.compile(r"\b(?:civilians|protesters|hostages|children|by\s+mistake|mistakenly"
                     r"|accidentally)\b", re.IGNORECASE)


_AND_THAT = re.compile(r",?\s+and\s+that\s+")
_OF_WHICH_DOWNED = re.compile(
    r",\s+(?:(?:\d[\d,]*|most|all|many|some)\s+)?of\s+(?:which|them)\s+(?:\d[\d,]*\s+|most\s+"
    r"|all\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:shot\s+down|intercepted"
    r"|destroyed|downed|neutrali[sz]ed|jammed|suppressed)\b", re.IGNORECASE)
# what an attacker sends, which the other side's defences down ("launched 112 drones")
_LAUNCHED = re.compile(r"\b(?:launched|fired|sent|used)\s+(?:[\w-]+\s+){0,4}?(?:drones?|missiles?"
                       r"|rockets?|shaheds?|projectiles|bombs|munitions)\b", re.IGNORECASE)
_DEFENCES = frozenset({"defences", "defenses", "defence", "defense", "interceptors"})


def _serves(body: str, draft: Draft, parties: PartyRegistry, own: str,
            start: int | None = None) -> bool:
    """Whether the outcome the claim (or its clause from ``start``) reports serves side
    ``own``: its own side did something, or the enemy suffered."""
    side, suffered = subject_side(body, draft, parties, start)
    if side == OWN_SIDE:
        side = own
    if side is not None:
        return suffered == parties.are_adversaries(own, side)
    if start is None:
        return not _nameless_victims(body, draft, suffered)
    # a later clause of no named side serves the speaker only as its own forces' success
    # ("… and that air defences shot down 71 of them"; not "and that fighting continued")
    found = subject_words(body[start : draft.span[1]].split(None, 16)[:16])
    return found is not None and not suffered and any(
        bare_word(w) in ARMED_WORDS or bare_word(w) in _DEFENCES for w in found[0])


def _accusing_source(body: str, draft: Draft, parties: PartyRegistry) -> SourceInfo | None:
    """The party source of a claim that its enemy abused or harmed protected people or
    places: ``the RSF had killed 200 civilians``, said by the army-backed government."""
    # most claims have no party source: look at that before scanning the words
    info = _party_voice(draft)
    if info is None or info.party is None:
        return None
    if not blames(body, draft.span) and not _own_people_harmed(body, draft, parties,
                                                                info.party.side):
        return None
    side, suffered = subject_side(body, draft, parties)
    if side is None and not suffered and _GENERIC_FORCE.match(body, draft.span[0]):
        # "The RSF accused the army of …": a party with one enemy means that enemy
        enemies = parties.adversaries.get(info.party.side, frozenset())
        side = next(iter(enemies)) if len(enemies) == 1 else None
    if side is None or side == OWN_SIDE or suffered:
        return None
    return info if parties.are_adversaries(info.party.side, side) else None


# Civilians as the object (not "people", whom a side's boast may mean too; not "no
# civilians", "avoid killing civilians"); fighters harmed alongside make it a boast again
_HARMED_CIVILIANS = re.compile(
    r"\b(?<!avoid\s)(?<!avoiding\s)(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+"
    r"(?:(?!(?:no|not|but|as|among|amongst|any)\b)[\w,-]+\s+){0,4}?(?:civilians|children"
    r"|villagers|patients|women(?!\s+(?:soldiers|fighters)))\b", re.IGNORECASE)
_HARM_VERB = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\b",
                        re.IGNORECASE)
_FIGHTERS = re.compile(r"\b(?:soldiers|troops|militants|fighters|gunmen|terrorists|combatants"
                       r"|insurgents|rebels|servicemen)\b", re.IGNORECASE)


def _fighters_harmed(body: str, draft: Draft, civilians: int) -> bool:
    """Whether the clause that harmed civilians also harmed fighters ("killed 15 Hamas fighters
    and injured several civilians", "…, which also wounded two civilians"), not an aside
    before it ("launched after rebels killed two soldiers nearby, killed 37 civilians")."""
    start = body.rfind(",", draft.span[0], civilians)
    if start >= 0 and _GOES_ON.match(body, start + 1):  # ", which also wounded …"
        start = body.rfind(",", draft.span[0], start)
    start = draft.span[0] if start < 0 else start
    return any(_FIGHTERS.search(body, m.start(), min(m.end() + 40, draft.span[1]))
               for m in _HARM_VERB.finditer(body, start, draft.span[1]))


_GOES_ON = re.compile(r"\s*(?:which|that|and|but)\b")


def _own_doing(body: str, draft: Draft, parties: PartyRegistry) -> bool:
    """Whether the claim's subject is the side of the party that speaks for it."""
    own = _party_voice(draft)
    if own is None or own.party is None:
        return False
    side, suffered = subject_side(body, draft, parties)
    return not suffered and side in (OWN_SIDE, own.party.side)


def _own_people_harmed(body: str, draft: Draft, parties: PartyRegistry, side: str) -> bool:
    """``Israeli troops killed 31 Palestinians``, said by the Gaza health ministry: harm
    done to the people of the speaker's own side."""
    return reports_harm(body, draft.span) and any(
        parties.demonyms.get(found.group(1).lower()) == side and not _NONE_BEFORE.search(
            body, max(draft.span[0], found.start() - 12), found.start())
        for found in _PEOPLE_OF.finditer(body, *draft.span))


_NONE_BEFORE = re.compile(r"\b(?:no|not|none\s+of\s+the)\s+$")  # "no Israelis were hurt"
_PEOPLE_OF = re.compile(r"\b([A-Z][a-z]+(?:an|i))s\b")  # "Palestinians", "Israelis"
_GENERIC_FORCE = re.compile(r"(?:the\s+)?(?:army|military|regime|junta|enemy|occupiers"
                            r"|(?:government|occupation|regime)\s+forces)\b", re.IGNORECASE)


def _nameless_victims(body: str, draft: Draft, suffered: bool) -> bool:
    """``two soldiers had been killed``, ``shelling had killed two civilians``: people of no
    named side were hurt. A party names the enemy's dead ("300 Ukrainian soldiers", "the
    enemy lost"); nameless dead in its own report are its own, or nobody's to claim."""
    words = [bare_word(w) for w in body[draft.span[0] : draft.span[1]].split(None, 16)[:16]]
    if _ENEMY_WORDS.intersection(words):
        return False
    found = subject_words(words)
    if found is None:  # a long subject: "An air strike on a hospital in Rakhine state killed"
        verb = next((i for i, w in enumerate(words) if w in ("killed", "wounded", "injured")), 0)
        found = (words[:verb], "", False) if verb else None
    if found is None or not found[0]:
        return False
    if suffered:  # ("the brigade had lost 40 soldiers": a unit of no named side, its own;
        # not "the ship had been hit", a target, nor "the Azov regiment had lost", named)
        raw = body[draft.span[0] : draft.span[1]].split(None, len(found[0]))[: len(found[0])]
        return found[0][-1] in _PEOPLE or (found[0][-1] in _UNITS and not found[2] and (
            found[1] in SUFFERING) and raw[0] in ("the", "The") and not any(
                w[:1].isupper() for w in raw[1:]))
    # "An air strike on a hospital killed 31 people": an attack named by no side, on
    # civilians (soldiers killed by it could be the enemy's, at the party's own hand)
    return bool(_ATTACKS.intersection(found[0])) and bool(
        _CIVILIANS.intersection(words[len(found[0]) :]))


_UNITS = frozenset({"brigade", "unit", "battalion", "regiment", "division", "company", "platoon",
                    "squad", "garrison", "crew", "ship", "vessel", "frigate", "cruiser", "corps"})
_RAISED = frozenset({"raised", "raises", "revised", "revises", "updated", "updates", "increased",
                     "increases", "lifted", "lifts"})
_OWN_TOLL = re.compile(r"(?:its|their|our)\s+(?:own\s+)?(?:death\s+)?(?:toll|losses|casualt)",
                       re.IGNORECASE)
_PEOPLE = frozenset({"soldiers", "servicemen", "troops", "people", "civilians", "residents",
                     "children", "women", "men", "workers", "crew", "personnel", "officers",
                     "policemen", "guards", "medics", "journalists", "others", "persons"})
_CIVILIANS = frozenset({"people", "civilians", "residents", "children", "women", "men", "persons",
                        "workers", "journalists", "medics", "patients", "others"})
_ATTACKS = frozenset({"shelling", "strike", "strikes", "airstrike", "airstrikes", "attack",
                      "attacks", "missile", "missiles", "rocket", "rockets", "drone", "drones",
                      "shell", "shells", "bombardment", "explosion", "blast", "fire", "bomb"})
_ENEMY_WORDS = frozenset({"enemy", "enemy's", "adversary", "militants", "terrorists",
                          "insurgents", "rebels", "occupiers", "invaders", "mercenaries"})


def _pledged(body: str, draft: Draft) -> bool:
    """``Hamas agreed to release 50 prisoners``, ``it would free 30 prisoners``: a promise
    or a concession reports no outcome, so it cannot overstate one; "claimed to have
    killed 50" still reports one."""
    words = [bare_word(w) for w in body[draft.span[0] : draft.span[1]].split(None, 10)[:10]]
    if len(words) > 1 and words[0] == "to":
        return words[1] not in ("have", "be", "been", "being")
    found = subject_words(words)
    return found is not None and found[1] in _PLEDGING and (
        len(words) <= len(found[0]) + 1 or words[len(found[0]) + 1] != "have")


def _own_praise(body: str, draft: Draft, parties: PartyRegistry) -> SourceInfo | None:
    """``Peskov said Russian exports had reached record levels``: a party's praise of
    its own side, of its economy or its standing as much as of its forces."""
    info = _party_voice(draft)
    if info is None or info.party is None:
        return None
    side, suffered = subject_side(body, draft, parties)
    if side == OWN_SIDE:
        side = info.party.side
    words = body[draft.span[0] : draft.span[1]].split()
    negated = NEGATIONS.intersection(bare_word(w) for w in words)
    return info if side == info.party.side and not suffered and not negated else None


def _names_enemy(body: str, draft: Draft, parties: PartyRegistry) -> bool:
    """Whether the claim names, first, a side that its party source is at war with."""
    named = parties.side_in(body[draft.span[0] : draft.span[1]])
    return named is not None and any(
        parties.are_adversaries(i.party.side, named)
        for i in (draft.source, *draft.relays) if i is not None and i.party is not None)


def _is_armed(body: str, source: SourceInfo) -> bool:
    if source.entity_type == EntityType.MILITARY:
        return True
    words = body[source.mention[0] : source.mention[1]].lower().split()
    if any(bare_word(w) in ARMED_WORDS or bare_word(w) in _SECURITY for w in words):
        return True
    head = _DESCRIPTION.split(body[source.mention[0] : source.mention[1]], 1)[0]
    return _ARMED_GROUP.search(head) is not None and not _OBSERVERS.search(head)


# "An al Qaeda-linked group", "An Islamist militant group", "the rebel alliance": armed
# parties the parties file does not name (not "an expert on jihadist groups", "a resident
# of the rebel-held town")
_ARMED_GROUP = re.compile(r"\b(?:militant|jihadist|al[- ]Qaeda|al[- ]Qaida|Islamic\s+State|rebel"
                          r"|insurgent|paramilitary|mercenary|guerrilla)\b(?!-(?:held|run|controlled"
                          r"|occupied))", re.IGNORECASE)
_DESCRIPTION = re.compile(r"\s(?:on|of|in|at|about|from|with|for|who|that)\s", re.IGNORECASE)
_OBSERVERS = re.compile(r"\b(?:experts?|analysts?|researchers?|residents?|officials?|doctors?"
                        r"|journalists?|scholars?|monitors?)\b", re.IGNORECASE)
