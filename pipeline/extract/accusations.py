"""Which earlier claims a denial of "the allegations" answers.

"Researchers said the video was fake. Meta said it had removed the video. Russia denies the
allegations." The plural anaphor fits every recent claim about as well, but Russia denies
only what is said against Russia: the claims that name the denier, or that were made as
accusations ("accused", "blamed"). Without any such claim, only the best fit is taken.
A denial of a clause ("A junta spokesman denied the base had fallen") answers the nearest
earlier claim of another speaker that shares a content word with it
(:func:`denied_earlier`).

>>> from pipeline.extract.engine import extract
>>> from pipeline.models import Article
>>> body = ("Researchers said Russian agents made the video. Meta said it had removed the "
...         "video. Russia denies the allegations.")
>>> [c.status for c in extract(Article(id="a", body=body), threshold=0).claims]
['disputed', 'asserted']
"""

from __future__ import annotations

import re

from pipeline.extract.blame import reports_harm
from pipeline.extract.content import is_clause
from pipeline.extract.cues_discourse import DiscourseLink
from pipeline.extract.drafts import Draft, content_words
from pipeline.extract.parties import PartyRegistry
from pipeline.extract.stems import word_stems
from pipeline.models import ClaimType, ReasonCode

__all__ = ["ACCUSATION_HEADS", "DENIAL_VERBS", "against_denier", "denied_before", "denied_earlier",
           "denies_involvement"]

# "denied any involvement", "rejected responsibility": what is denied is the accusation
ACCUSATION_HEADS = ("allegation", "accusation", "charge", "involvement", "responsibility",
                    "finding", "critic")
_ACCUSING_CUES = re.compile(r"(?:accus|alleg|blam|charg)", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w’'-]{2,}")
_NOT_NAMES = frozenset({"The", "But", "And", "However", "Its", "His", "Her", "Their"})
_DENIER_REACH = 300  # characters before a denial's cue that may name the denier


_WORD = re.compile(r"[A-Za-z]+")
# the denier by its kind, as the claim it denies may name it: "army drones had struck"
_DENIER_HEADS = frozenset({"army", "military", "police", "junta", "militia", "navy"})
_NON_STATE = re.compile(r"\b(?:resistance|jihadist|rebel|opposition)\b")


def against_denier(body: str, link: DiscourseLink, fits: list[Draft],
                   sides: tuple[str, ...] = (), fallback: bool = True,
                   every_named: bool = False) -> list[Draft]:
    """The claims among ``fits`` that accuse whoever denies in ``link``'s sentence: those
    made as accusations first, then those that name the denier or its side (``sides``: the
    side labels of the sentence's party sources, "Russian side" for "Moscow"), each in
    ``fits``' order; when some accusation names the denier, accusations of others are not
    taken. Without ``fallback``, no claim when none accuses or names the denier. With
    ``every_named``, every claim naming the denier, else the first accusation only."""
    if not fits:
        return []
    # the denier is named in its sentence, just before the cue (bounded: one endless
    # sentence must not make every denial read back to its start)
    lo = max(0, link.cue[0] - _DENIER_REACH)
    start = max(body.rfind(". ", lo, link.cue[0]), body.rfind("\n", lo, link.cue[0]), lo - 1) + 1
    names = {n[:5] for n in _NAME.findall(body, start, link.cue[0]) if n not in _NOT_NAMES}
    # "Russian side" names "Russia" and "Russian"; "Myanmar resistance side" names no Myanmar
    sided = {label[:4] for label in sides if not _NON_STATE.search(label)}
    accusing = [d for d in fits if _accusing(body, d)]
    heads = {w.lower() for w in _WORD.findall(body, start, link.cue[0])} & _DENIER_HEADS
    naming = [d for d in fits if any(n[:5] in names or n[:4] in sided for n in _NAME.findall(
        body, _told_from(body, d), d.span[1])) or (heads and heads.intersection(
            w.lower() for w in body[d.span[0] : d.span[1]].split()[:4]))]  # ("army drones")
    if every_named:  # only what has the denier do something, and not the denier's own words
        naming = [d for d in naming if (d in accusing or _ACTS.intersection(d.types) or (
            _HARM.search(body, d.span[0], d.span[1]))) and not (d.source is not None and any(
                n[:5] in names for n in _NAME.findall(body, *d.source.mention)))]
        return [d for d in accusing if d in naming] + [
            d for d in naming if d not in accusing] or accusing[:1]
    if any(d in naming for d in accusing):
        # "accused Rwanda of backing M23. Rwanda denies the allegations.": not the
        # accusation against the army made just before by someone else
        return [d for d in accusing if d in naming] + [d for d in naming if d not in accusing]
    return accusing + naming or (fits[:1] if fallback else [])


def _told_from(body: str, draft: Draft) -> int:
    """Where a claim's words start, with whom its source blamed before saying it: "The army
    blamed the RSF, saying the group had shelled the convoy" names the RSF."""
    source = draft.source
    if source is not None and source.mention[1] <= draft.span[0] and (
            draft.span[0] - source.mention[1] < 80) and _BLAMING.fullmatch(
            body, source.mention[1], draft.span[0]):
        return source.mention[1]
    return draft.span[0]


# (only a blamed party and the saying: "accused the RSF of shelling the market, saying 20
# died" has its own accusation before the toll)
_BLAMING = re.compile(r"\s+(?:blamed|blames|held|holds)\s+(?:[^\s,]+\s+){0,4}?[^\s,]+,"
                      r"\s+(?:saying|adding|arguing|insisting)(?:\s+that)?\s+", re.IGNORECASE)
_ACTS = frozenset({ClaimType.ACTION, ClaimType.STRIKE, ClaimType.CASUALTY, ClaimType.CAPTURE})
# what a party is said to have done when it denies any part in it
_HARM = re.compile(r"\b(?:drones?|missiles?|rockets?|shell\w*|strikes?|struck|attack\w*|bomb\w*"
                   r"|fired|explosives?|killed|shot|sabotage\w*|hack\w*|behind|responsible|blew"
                   r"|blown|destroy\w*|sank|downed|hit|seized|captured|abduct\w*|kidnap\w*"
                   r"|poison\w*|assassinat\w*|murder\w*|executed|tortur\w*|interfer\w*|supplied"
                   r"|armed|funded|backed|ordered|planned|staged|orchestrated)\b", re.IGNORECASE)


# "denied any involvement in", "denied carrying out": the denier's part in an event is what
# is denied, not that the event happened or what it cost
_DENIED_PART = re.compile(
    r"\s+(?:(?:any|all|a)\s+)?(?:involvement|link|links|role|part|responsibility|connection"
    r"|ties|hand)(?:\s+(?:in|to|with|for)\b|\s*[.;]|,\s+(?:saying|calling|adding)\b)"
    r"|\s+(?:ever\s+)?(?:having\s+(?:carried\s+out|launched|fired|shelled|attacked|targeted"
    r"|bombed|struck|staged|ordered)|being\s+behind|(?:carrying\s+out|launching|firing"
    r"|shelling|attacking|targeting|bombing|striking|staging|orchestrating|ordering)\b)",
    re.IGNORECASE)


def denies_involvement(body: str, link: DiscourseLink) -> bool:
    """Whether ``link`` denies its speaker's part in the event its anaphor names ("The
    RSF denied any involvement in the attack"): only a claim that accuses the speaker is
    disputed by it, not one that reports the attack."""
    if link.code is not ReasonCode.DISPUTED:
        return False
    cue = body[link.cue[0] : link.cue[1]].lower()
    return cue.startswith(("deni", "deny")) and _DENIED_PART.match(body, link.cue[1]) is not None


def _accusing(body: str, draft: Draft) -> bool:
    att = draft.attribution
    if att is None:
        return False
    # made as an accusation ("accused X of …"), or accusing in its words ("attributed the
    # intrusions to a group", "Russia was behind the attack")
    return _ACCUSING_CUES.match(body, att.cue[0]) is not None or (
        _ACCUSING_CONTENT.search(body, draft.span[0], draft.span[1]) is not None) or (
        draft.source is not None and CHARGING_PAPER.fullmatch(body, *draft.source.mention)
        is not None)


#: A paper that charges someone: what it says is an allegation ("according to the indictment").
CHARGING_PAPER = re.compile(r"(?:(?:the|a|an|this|that|its|his|her|their)\s+)?(?:(?!(?:of|in|for"
                            r"|with|on|against|overseeing|familiar|about)\b)[\w’'.-]+\s+){0,3}?"
                            r"(?:indictments?|lawsuits?|(?:criminal\s+)?complaints?|affidavits?"
                            r"|charge\s+sheets?|charging\s+documents?)\W*", re.IGNORECASE)


_ACCUSING_CONTENT = re.compile(
    r"\ballegedly\b|"  # "A federation official allegedly accepted payments": an allegation
    r"\battribut(?:ed|es|ing)\s+(?:(?:the|this|these|its|their)\s+)?(?:[\w-]+\s+){0,3}?to\b"
    r"|\b(?:was|were|is|are|had\s+been)\s+behind\b|\b(?:was|were|is|are)\s+responsible\s+for\b",
    re.IGNORECASE)


# Only outright denials: "questioned" or "challenged" a clause is often a question asked.
DENIAL_VERBS = frozenset({"deny", "denies", "denied", "denying", "dispute", "disputes",
                           "disputed", "reject", "rejects", "rejected", "refute", "refutes",
                           "refuted"})
_DENIAL_WINDOW = 2  # sentences back a denial may reach


def denied_earlier(body: str, drafts: list[Draft], parties: PartyRegistry | None = None
                   ) -> list[tuple[Draft, Draft]]:
    """``(denial, claim)`` pairs: a speaker's denial of a clause ("A junta spokesman denied
    the base had fallen") disputes the nearest earlier claim of another speaker that shares
    a content word with it ("The alliance said it had captured the army base"), else the
    nearest that the denied act answers (:func:`_answers`)."""
    pairs: list[tuple[Draft, Draft]] = []
    for at, denial in enumerate(drafts):
        att = denial.attribution
        if att is None or denial.meta or denial.anaphoric or denial.source is None:
            continue
        # "The Kremlin said it had nothing to do with the election": a denial of its part
        free = _NOTHING_TO_DO.match(body, denial.span[0], denial.span[1])
        # ("Russia had nothing to do with", said for Russia; not "Biden had nothing to do
        # with", said by the Kremlin)
        name = free.group("name") if free is not None else None
        nothing = free is not None and (name is None or name in body[
            denial.source.mention[0] : denial.source.mention[1]] or (
            parties is not None and denial.source.party is not None
            and parties.side_in(name) == denial.source.party.side))
        if not nothing and body[att.cue[0] : att.cue[1]].lower() not in DENIAL_VERBS:
            continue
        head = body[denial.span[0] : min(denial.span[1], denial.span[0] + 80)]
        if not is_clause(head) and not _DENIED_DOING.match(head) and not (
                _BARE_DOING.fullmatch(head)) and not _INVOLVEMENT.match(head):
            # "rejected bills", "denied any wrongdoing": no statement to answer ("denies
            # targeting civilians" answers one, and so does "denied any role in the shelling")
            continue
        words = content_words(body, denial)
        part = nothing or _DENIED_PART.match(body, att.cue[1]) is not None
        answered = None
        # the denied verb ("denied that the ship had been hit"), weighed by _fit
        verb = _DENIED_VERB.search(body, denial.span[0], denial.span[1])
        acted = word_stems(verb.group("verb"))[0] if verb is not None else frozenset()
        sharing, best = None, 0.0
        bare = _BARE_INVOLVEMENT.fullmatch(head.strip()) is not None
        for earlier in reversed(drafts[:at]):
            if denial.first - earlier.last > _DENIAL_WINDOW:
                break
            if bare and not earlier.meta and earlier.last < denial.first and (
                    _new_incident(body, earlier)) and not _names_denier(
                    body, denial, earlier, parties):
                break  # "Separately, a fire destroyed …. Russia denied involvement.": in that
            if earlier.meta or earlier.last > denial.first or earlier.source is None or (
                    _same_speaker(earlier.source.name, denial.source.name)) or (
                    earlier.span[0] <= denial.span[0] and denial.span[1] <= earlier.span[1]):
                continue
            if part and not _names_denier(body, denial, earlier, parties):
                continue  # ("denied carrying out the attack" answers who blamed it, not the toll)
            shared = words & content_words(body, earlier)
            if free is not None and free.group("name") is not None and not (
                    _ANY_OBJECT.match(body, free.end())) and all(
                    parties is not None and parties.side_in(w) is not None for w in shared):
                continue  # "Putin had nothing to do with the grain deal's collapse": that only
            if _same_side(earlier, denial):
                # Moscow denying it targets civilians answers no count of Russia's defence
                # ministry that shares "Russian"; a denial that repeats the claim does
                if _restates(body, earlier, shared, parties):
                    answered = earlier
                    break
                continue
            fit = _fit(body, earlier, shared, acted)
            if fit > best:  # (ties: the nearer; without a denied verb, the nearest sharing)
                sharing, best = earlier, fit
                if not acted:
                    break
            if answered is None and sharing is None and _answers(body, head, denial, earlier,
                                                                 parties):
                answered = earlier
        answered = sharing if sharing is not None else answered
        if answered is not None:
            pairs.append((denial, answered))
            pairs.extend((denial, other) for other in _blaming_before(
                body, drafts[:at], denial, answered, words))
    return pairs


def _fit(body: str, claim: Draft, shared: frozenset[str], acted: frozenset[str]) -> float:
    """How well a claim fits a denial: the content words they share, plus the denied verb if
    the claim has it: 1.5 for a common one ("had been hit": the tanker "directly hit" over "the
    ship was proceeding"), 3.5 for a telling one ("tortured") that decides alone."""
    if not acted:
        return float(len(shared))
    verb = bool(acted & word_stems(body[claim.span[0] : claim.span[1]])[0])
    others = [w for w in shared if not any(w[:4] == a[:4] for a in acted)]
    return len(others) + ((3.5 if acted & _TELLING_VERBS else 1.5) if verb else 0.0)


_TELLING_VERBS = frozenset({"tortur", "execut", "abduct", "kidnapp", "rape", "raped", "loot",
                            "deport", "starv", "poison", "massacr", "behead", "mutilat"})
_DENIED_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:\w+ly\s+)?"
                          r"(?P<verb>[a-z]{3,}(?:ed|en)|hit|shot|struck|sunk|sank|lost)\b")
_NOTHING_TO_DO = re.compile(r"(?:it|they|he|she|we|I|(?P<name>(?-i:[A-Z])[\w-]+))\s+(?:had|has"
                            r"|have)\s+(?:had\s+)?nothing\s+to\s+do\s+with\b", re.IGNORECASE)
_BLAME_WINDOW = 4  # sentences back a denial reaches the other claims that blame the denier


def _blaming_before(body: str, earlier: list[Draft], denial: Draft, answered: Draft,
                    words: frozenset[str]) -> list[Draft]:
    """Other claims a little further back that name the denier and share the denied words:
    "Shelling by the RSF killed 31 people at the camp, the committee said. … It accused the
    RSF of targeting civilians. The RSF denied attacking the camp." disputes both."""
    found: list[Draft] = []
    for draft in reversed(earlier):
        if denial.first - draft.last > _BLAME_WINDOW:
            break
        if draft is answered or draft.meta or draft.source is None or draft.last > denial.first or (
                denial.source is not None and _same_speaker(
                    draft.source.name, denial.source.name)) or _same_side(draft, denial):
            continue
        if not words.isdisjoint(content_words(body, draft)) and _names_denier(
                body, denial, draft) and (_accusing(body, draft) or reports_harm(body, draft.span)):
            found.append(draft)  # (not "the RSF had allowed food convoys into the camp")
    return found


# "denied any involvement in the attack", "rejected responsibility for it"
_INVOLVEMENT = re.compile(r"(?:any\s+|all\s+)?(?:involvement|role|responsibility|part)(?:\s+"
                          r"(?:in|for)\b|\s*(?:[.;]|$))", re.IGNORECASE)  # ("denied involvement.")


def denied_before(body: str, drafts: list[Draft]) -> list[tuple[Draft, Draft]]:
    """``(denial, claim)`` pairs: a denial of any involvement disputes the accusations that
    follow it closely and name the denier ("The RSF denied any involvement in the attack.
    The government blamed the RSF for the attack.")."""
    pairs: list[tuple[Draft, Draft]] = []
    for at, denial in enumerate(drafts):
        att = denial.attribution
        if att is None or denial.meta or denial.source is None or (
                body[att.cue[0] : att.cue[1]].lower() not in DENIAL_VERBS) or (
                not _INVOLVEMENT.match(body, denial.span[0])):
            continue
        for later in drafts[at + 1 :]:
            if later.first - denial.last > _DENIAL_WINDOW:
                break
            if later.meta or later.source is None or not _accusing(body, later) or (
                    _same_speaker(later.source.name, denial.source.name)):
                continue
            if _names_denier(body, denial, later):
                pairs.append((denial, later))
    return pairs


def _names_denier(body: str, denial: Draft, claim: Draft,
                  parties: PartyRegistry | None = None) -> bool:
    """Whether ``claim`` names the speaker of ``denial``, or its side (by any party of that
    side in the parties file: "the GRU" names Russia's)."""
    if denial.source is None:
        return False
    mention = denial.source.mention
    names = {n[:5] for n in _NAME.findall(body, mention[0], mention[1]) if n not in _NOT_NAMES}
    side = denial.source.party.side if denial.source.party is not None else None
    if denial.source.party is not None:
        names.add(denial.source.party.side_label[:4])
    if side is not None and parties is not None and any(
            party.side == side for _, party in parties.named_in(body, *claim.span)):
        return True
    return any(n[:5] in names or n[:4] in names
               for n in _NAME.findall(body, claim.span[0], claim.span[1]))


def _answers(body: str, head: str, denial: Draft, earlier: Draft,
             parties: PartyRegistry | None) -> bool:
    """Whether a denied act answers a claim sharing no word with it: a side denying a loss
    ("denied losing the town") answers a capture; a side denying an act ("Moscow denies
    interfering") answers a claim whose subject is on its side ("Russia had spent …")."""
    if _LOSS.match(head):
        return ClaimType.CAPTURE in earlier.types
    party = denial.source.party if denial.source is not None else None
    if parties is None or party is None:
        return False
    subject = " ".join(body[earlier.span[0] : earlier.span[1]].split()[:4])
    return parties.side_in(subject) == party.side


# "denies targeting civilians", "denied having armed the rebels": an act it is accused of
_DENIED_DOING = re.compile(
    r"(?:ever\s+)?(?:having\s+[a-z]+ed|(?!(?:anything|nothing|something|everything)\b)"
    r"[a-z]{3,}ing)\s+(?:the\s+|any\s+|its\s+)?[a-z]")


# "denies interfering.": an act, with no object
_BARE_DOING = re.compile(r"(?!(?:wrongdoing|anything|nothing)\b)[a-z]{4,}ing\.?")
_LOSS = re.compile(r"(?:losing|ceding|abandoning|giving\s+up|surrendering|withdrawing\s+from"
                   r"|retreating\s+from)\b")


# "nothing to do with any hacking", "… with the attack": whatever was blamed on it
_ANY_OBJECT = re.compile(r"\s+(?:it|this|that|them|any|the\s+(?:attack|strike|incident|operation"
                         r"|campaign|hack|hacking|killing|explosion|blast|bombing|sabotage|arson"
                         r"|fire|cyberattack|assassination|poisoning|leak)s?)\b", re.IGNORECASE)
_NEW_TOPIC = re.compile(r"\s*(?:Separately|Meanwhile|Elsewhere|In\s+other\s+news)\b")
# an event of its own, which a bare denial after it answers (not "two suspects were held")
_INCIDENT = re.compile(
    r"\b(?:explo(?:sion|ded)|blasts?|fires?\s+(?:broke|destroyed|ripped)|caught\s+fire|set\s+"
    r"(?:on\s+)?fire|arson(?:ists?)?|sabotage|attack(?:ed|s)?|struck|hit|damaged|cut|severed|collapsed"
    r"|drones?|missiles?|hack(?:ed|ing)?)\b", re.IGNORECASE)


def _new_incident(body: str, claim: Draft) -> bool:
    """Whether a claim tells of another event: its sentence opens a new topic
    ("Separately, …") or it reports an incident of its own."""
    start = max(body.rfind(". ", 0, claim.span[0]) + 2, body.rfind("\n", 0, claim.span[0]) + 1)
    return _NEW_TOPIC.match(body, start) is not None or (
        _INCIDENT.search(body, *claim.span) is not None)
_BARE_INVOLVEMENT = re.compile(r"(?:any\s+|all\s+)?(?:involvement|role|responsibility|part)\.?",
                               re.IGNORECASE)
_GENERIC_FORCES = frozenset({"forc", "force", "forces", "troop", "troops", "soldier", "soldiers",
                             "military", "army", "units", "region", "area", "areas", "country",
                             "south", "north", "east", "west", "city", "town", "village",
                             "province", "district", "territory", "facilit", "facility",
                             "facilities", "infrastructure", "border", "capital", "part"})


def _restates(body: str, claim: Draft, shared: frozenset[str],
              parties: PartyRegistry | None) -> bool:
    """Whether a denial repeats a claim: two of its words at least, not its side's names or
    forces, and not names alone: the defence ministry denying that Russian forces lost
    positions near Bakhmut answers Prigozhin's claim that they did."""
    def telling(words: frozenset[str]) -> set[str]:
        return {w for w in words if w not in _GENERIC_FORCES and (
            parties is None or parties.side_in(w) is None)}
    kept = telling(shared)
    names = {w.lower() for w in _NAME.findall(body, *claim.span)}
    return len(kept) >= 2 and any(not any(n.startswith(w) for n in names) for w in kept)


def _same_side(claim: Draft, denial: Draft) -> bool:
    """Whether the claim's source is on the denier's side of a conflict: Moscow denying
    that it targets civilians answers no claim of Russia's defence ministry."""
    side = denial.source.party.side if denial.source and denial.source.party else None
    return side is not None and claim.source is not None and claim.source.party is not None and (
        claim.source.party.side == side)


def _same_speaker(one: str, other: str) -> bool:
    """"Ted Cruz" and "Cruz" (the resolver links most, not all, such pairs)."""
    return one == other or one.split()[-1:] == other.split()[-1:]
