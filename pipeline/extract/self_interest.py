"""Whether a party's source reports a combat outcome in its own favour, or praises its side.

A claim about the fighting serves the party that reports it when the party's own side did
something to the enemy ("its forces destroyed 37 Ukrainian drones", said by Russia) or the
enemy suffered something ("300 Ukrainian soldiers were killed", "Ukrainian forces lost 300
soldiers"). Crediting the enemy with a success, or reporting one's own losses, does not.
The side is read off the claim's grammatical subject: the words before its first verb,
where "it", "its", "we" and "our" point back at the speaker. A party's praise of its own
side ("Russia had adapted successfully to the sanctions") serves it too, war or not.

>>> _subject_words("its forces had destroyed 37 Ukrainian drones".split())
(['its', 'forces'], 'destroyed', False)
>>> _subject_words("300 Ukrainian soldiers were killed in the past day".split())
(['300', 'Ukrainian', 'soldiers'], 'were', True)
"""

from __future__ import annotations

import re

from pipeline.extract.drafts import Draft
from pipeline.extract.lexicon import ARMED_WORDS, IRREGULAR_PAST, PATIENT_NOMINALS
from pipeline.extract.parties import PartyRegistry
from pipeline.extract.sources import SourceInfo
from pipeline.models import ClaimType, EntityType

__all__ = ["reports_harm", "self_interested_source"]

_OWN_SIDE = "\x00own"  # the subject is the speaker itself ("it", "its forces", "our troops")
_OWN_WORDS = frozenset({"it", "its", "we", "our", "they", "their", "his", "her"})
_NOT = frozenset({"not", "never", "didn't", "hadn't", "haven't", "hasn't", "wasn't", "weren't",
                  "couldn't", "didn’t", "hadn’t", "haven’t", "hasn’t", "wasn’t", "weren’t",
                  "couldn’t"})
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would",
                          "could", "did", "may", "might"})
_BE = frozenset({"was", "were", "is", "are", "been", "being"})
# Verbs whose subject is the side that suffered ("Ukrainian forces lost 300 soldiers").
_SUFFERING = frozenset({"lost", "lose", "loses", "suffered", "suffers", "sustained", "abandoned",
                        "surrendered", "retreated", "withdrew", "fled", "losing", "suffering",
                        "retreating", "fleeing", "surrendering", "withdrawing", "abandoning"})
_PARTICIPLES = frozenset({"hit", "struck", "shot", "held", "lost", "caught", "overrun",
                          "beaten", "left", "cut", "sunk", "forced", "pushed"})
_MAX_SUBJECT = 8
_FRONTING = frozenset({"on", "in", "at", "across", "along", "near", "during", "after", "since",
                       "overnight", "meanwhile", "elsewhere", "separately"})
_PLEDGING = frozenset({"will", "would", "shall"})
_LOSS_NOUNS = frozenset({"losses", "casualties", "dead", "deaths", "killed", "wounded"})
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
    r"|lost|destroyed)", re.IGNORECASE)
# Words that judge a side's performance rather than measure it, so no word of war is needed:
# its economy "adapted successfully", "proved resilient". A measured record ("exports hit a
# record") is a statistic that a ministry is the usual source of, so it is no praise.
_PRAISE = re.compile(r"\b(?:success(?:ful(?:ly)?)?|resilien(?:t|ce)|thriving|booming"
                     r"|stronger\s+than\s+ever)\b", re.IGNORECASE)
_PLACE_TAKEN = re.compile(
    r"\b(?:captured|seized|liberated|recaptured|retook|retaken|occupied|(?:took|taken|gained)"
    r"(?: full| complete)? control of)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z]")


def _bare(word: str) -> str:
    return word.strip(",.;:!?\"“”‘’'()").lower()


def _subject_words(words: list[str]) -> tuple[list[str], str, bool] | None:
    """The words before the first verb, that verb, and whether the clause is passive."""
    if words and words[0].lower() in _FRONTING:
        # "On the Israeli side, 22 soldiers … have been killed": the subject follows the
        # opening phrase's comma
        comma = next((i for i, w in enumerate(words[:7]) if w.endswith(",")), None)
        if comma is not None and comma + 1 < len(words):
            words = words[comma + 1 :]
    for i in range(1, min(len(words), _MAX_SUBJECT + 1)):
        word = _bare(words[i])
        if not word:
            continue
        verb = word in _AUXILIARIES or word in _SUFFERING or word in IRREGULAR_PAST or (
            word.endswith("ed") and words[i][0].islower())
        if verb:
            following = [w for w in (_bare(w) for w in words[i + 1 : i + 5]) if w not in _NOT]
            if word in ("had", "has", "have") and following[:1] == ["been"]:
                following = following[1:]
            elif word in ("had", "has", "have") and following and _is_participle(following[0]):
                return words[:i], following[0], False  # "Ukraine has lost 1,200 soldiers"
            elif word not in _BE:
                return words[:i], word, False
            # "were shelled", "had been destroyed", "were quickly overrun"; not "were able
            # to destroy" or "were successful in destroying", which say what the side did
            if following and following[0].endswith("ly") and following[0] != "only":
                following = following[1:]
            return words[:i], word, bool(following) and _is_participle(following[0])
    return None


def _is_participle(word: str) -> bool:
    return word.endswith(("ed", "en", "wn", "un")) or word in IRREGULAR_PAST or (
        word in _PARTICIPLES)


def _subject_side(body: str, draft: Draft, parties: PartyRegistry, start: int | None = None
                  ) -> tuple[str | None, bool]:
    """The side the claim's subject (or that of its clause from ``start``) is on, and
    whether that side suffered the event."""
    words = body[draft.span[0] if start is None else start : draft.span[1]].split(None, 16)[:16]
    head = words[1:] if words and words[0].lower() in ("the", "a", "an") else words
    lowered = [_bare(w) for w in head]
    if len(head) > 1 and lowered[0] in PATIENT_NOMINALS and lowered[1] == "of":
        # "the capture of Ukrainian soldiers": the side named suffered it, unless an agent
        # follows ("the capture of Soledar by Russian troops")
        if "by" in lowered:
            at = lowered.index("by")
            return parties.side_in(" ".join(head[at + 1 : at + 5])), False
        return parties.side_in(" ".join(head[2:7])), True
    if len(head) > 1 and lowered[1] in _LOSS_NOUNS and lowered[0] not in _OWN_WORDS:
        return parties.side_in(head[0]), True  # "Russian losses at around 300 a day"
    found = _subject_words(words)
    if found is None:
        return parties.side_in(" ".join(words[:6])), False
    subject, verb, passive = found
    rest = [_bare(w) for w in words[len(subject) : len(subject) + 8]]
    if passive and "by" in rest:  # "… were shot down by Ukrainian air defences"
        at = len(subject) + rest.index("by")
        agent = parties.side_in(" ".join(words[at + 1 : at + 5]))
        if agent is not None:  # ("wounded by drone fire" names no side: the subject's)
            return agent, False
    # "Ukraine is losing several hundred troops a day", "three commanders were among those
    # killed": that side suffered
    suffered = passive or verb in _SUFFERING or (verb in _BE and len(rest) > 1 and rest[1] in (
        _SUFFERING)) or (verb in _BE and rest[1:3] == ["among", "those"])
    if _NOT.intersection(rest[:3]):
        # "its air defences had not been able to intercept the missile": a failure, no
        # success; "our forces have not lost a single position": a success, no loss
        suffered = not suffered
    if _bare(subject[0]) in _OWN_WORDS:  # "its positions were shelled": its own side suffered
        return _OWN_SIDE, suffered
    side = parties.side_in(" ".join(subject))
    if side is None and any(_bare(w) in _OWN_WORDS for w in subject[1:4]):
        return _OWN_SIDE, suffered  # "two of its soldiers were killed"
    if side is None and words[0].lower() in _FRONTING:
        # "On the Israeli side, 22 soldiers … have been killed": the opening phrase's side
        comma = next((i for i, w in enumerate(words[:7]) if w.endswith(",")), 0)
        side = parties.side_in(" ".join(words[1 : comma + 1]).rstrip(",")) if comma else None
    return side, suffered


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
        return next((i for i in (draft.source, *draft.relays)
                     if i is not None and i.party is not None), None)
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
            return None
    source = draft.source
    if source is not None and _is_armed(body, source):
        # "The army said it had shot down 12 drones": whichever side it is on, a force
        # crediting itself with a success is a party to the fighting
        side, suffered = _subject_side(body, draft, parties)
        if side == _OWN_SIDE and not suffered:
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
_DEFENCES = frozenset({"defences", "defenses", "defence", "defense", "interceptors"})


def _serves(body: str, draft: Draft, parties: PartyRegistry, own: str,
            start: int | None = None) -> bool:
    """Whether the outcome the claim (or its clause from ``start``) reports serves side
    ``own``: its own side did something, or the enemy suffered."""
    side, suffered = _subject_side(body, draft, parties, start)
    if side == _OWN_SIDE:
        side = own
    if side is not None:
        return suffered == parties.are_adversaries(own, side)
    if start is None:
        return not _nameless_victims(body, draft, suffered)
    # a later clause of no named side serves the speaker only as its own forces' success
    # ("… and that air defences shot down 71 of them"; not "and that fighting continued")
    found = _subject_words(body[start : draft.span[1]].split(None, 16)[:16])
    return found is not None and not suffered and any(
        _bare(w) in ARMED_WORDS or _bare(w) in _DEFENCES for w in found[0])


# Harm done to people or places the laws of war protect, or an abuse in itself: a party
# that says its enemy did this blames the enemy ("Russian forces shelled a hospital",
# Ukraine's military said), which serves it as much as a victory does. The enemy's gains
# ("Russian forces captured the village") are no blame: a party admits them.
_ABUSE = re.compile(
    r"\b(?:tortur(?:ed|ing|e)|stole|stolen|starvation\s+as\s+a\s+weapon|responsible\s+for\s+(?:the\s+)?"
    r"(?:killings?|deaths?|massacre|abductions?)|execut(?:ed|ing)|massacred?|rap(?:ed|ing)|abduct(?:ed|ing)"
    r"|kidnapp(?:ed|ing)|deport(?:ed|ing)|loot(?:ed|ing)|mistreat(?:ed|ing)|war\s+crimes?"
    r"|human\s+shields?|chemical\s+attacks?"
    # a banned weapon used, not one banned or delivered ("agreed to ban cluster munitions")
    r"|(?:used|using|uses|fired|firing|dropped|dropping|deployed|deploying|with)\s+(?:[\w-]+\s+)"
    r"{0,3}?(?:chemical\s+(?:weapons?|munitions?|agents?)|(?:poison|toxic)\s+gas|nerve\s+agents?"
    r"|sarin|chloropicrin|cluster\s+munitions?|white\s+phosphorus))\b", re.IGNORECASE)
_HARM = re.compile(
    r"\b(?:killed|killing|shelled|shelling|struck|striking|bombed|bombing|targeted|targeting"
    r"|attacked|attacking|hit|fired\s+(?:on|at)|opened\s+fire\s+on|shot|destroyed|wounded"
    r"|injured|fired|launched|used|using|hid|hiding|stored|storing)\b", re.IGNORECASE)
_PROTECTED = re.compile(
    r"\b(?:civilians?|children|women|hospitals?|clinics?|schools?|residential|homes|houses"
    r"|apartment|aid\s+(?:workers?|convoys?)|humanitarian|prisoners|POWs|refugees?|displaced"
    r"|shelters?|markets?|mosques?|churches|medics|paramedics|ambulances?|journalists"
    r"|evacuation|evacuees|bread\s+line|non-combatants|victims|villagers|patients)\b",
    re.IGNORECASE)


def reports_harm(body: str, span: tuple[int, int]) -> bool:
    """Whether the text in ``span`` tells of harm done or an abuse ("shelled", "killed",
    "tortured"): what a denial of an attack can answer."""
    return _ABUSE.search(body, *span) is not None or _HARM.search(body, *span) is not None


def _accusing_source(body: str, draft: Draft, parties: PartyRegistry) -> SourceInfo | None:
    """The party source of a claim that its enemy abused or harmed protected people or
    places: ``the RSF had killed 200 civilians``, said by the army-backed government."""
    # most claims have no party source: look at that before scanning the words
    info = next((i for i in (draft.source, *draft.relays)
                 if i is not None and i.party is not None), None)
    if info is None or info.party is None:
        return None
    start, end = draft.span
    if _ABUSE.search(body, start, end) is None and not (
            _HARM.search(body, start, end) and _PROTECTED.search(body, start, end)):
        return None
    side, suffered = _subject_side(body, draft, parties)
    if side is None or side == _OWN_SIDE or suffered:
        return None
    return info if parties.are_adversaries(info.party.side, side) else None


def _nameless_victims(body: str, draft: Draft, suffered: bool) -> bool:
    """``two soldiers had been killed``, ``shelling had killed two civilians``: people of no
    named side were hurt. A party names the enemy's dead ("300 Ukrainian soldiers", "the
    enemy lost"); nameless dead in its own report are its own, or nobody's to claim."""
    words = [_bare(w) for w in body[draft.span[0] : draft.span[1]].split(None, 16)[:16]]
    if _ENEMY_WORDS.intersection(words):
        return False
    found = _subject_words(words)
    if found is None:  # a long subject: "An air strike on a hospital in Rakhine state killed"
        verb = next((i for i, w in enumerate(words) if w in ("killed", "wounded", "injured")), 0)
        found = (words[:verb], "", False) if verb else None
    if found is None or not found[0]:
        return False
    if suffered:  # ("the brigade had lost 40 soldiers": a unit of no named side, its own;
        # not "the ship had been hit", a target, nor "the Azov regiment had lost", named)
        raw = body[draft.span[0] : draft.span[1]].split(None, len(found[0]))[: len(found[0])]
        return found[0][-1] in _PEOPLE or (found[0][-1] in _UNITS and not found[2] and (
            found[1] in _SUFFERING) and raw[0] in ("the", "The") and not any(
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
    words = [_bare(w) for w in body[draft.span[0] : draft.span[1]].split(None, 10)[:10]]
    if len(words) > 1 and words[0] == "to":
        return words[1] not in ("have", "be", "been", "being")
    found = _subject_words(words)
    return found is not None and found[1] in _PLEDGING and (
        len(words) <= len(found[0]) + 1 or words[len(found[0]) + 1] != "have")


def _own_praise(body: str, draft: Draft, parties: PartyRegistry) -> SourceInfo | None:
    """``Peskov said Russian exports had reached record levels``: a party's praise of
    its own side, of its economy or its standing as much as of its forces."""
    info = next((i for i in (draft.source, *draft.relays)
                 if i is not None and i.party is not None), None)
    if info is None or info.party is None:
        return None
    side, suffered = _subject_side(body, draft, parties)
    if side == _OWN_SIDE:
        side = info.party.side
    negated = _NOT.intersection(_bare(w) for w in body[draft.span[0] : draft.span[1]].split())
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
    if any(_bare(w) in ARMED_WORDS or _bare(w) in _SECURITY for w in words):
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
