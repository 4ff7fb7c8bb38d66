"""Roles a source is named by: a role held for an organisation, a kind of body, an
interviewee.

"The RSF's spokesman, Al-Fateh Qurashi," and "A spokesperson for the China Coast Guard,
Liu Dejun" name a person by the role first; the role says whose voice the person is.
"The charity" names the organisation heard last; "A:" in a transcript, the person the
outlet spoke to; "a man resembling Zelenskyy" names somebody else (``LOOKALIKE``).

>>> role_before("The RSF's spokesman, Al-Fateh Qurashi", 21)
"The RSF's spokesman"
>>> role_before("After meeting the minister, Smith said", 28) is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from pipeline.extract.attributed import Offsets
from pipeline.extract.entity_types import (
    PERSON_TYPES,
    classify,
    clean_name,
    is_anonymous,
    trim_name,
)
from pipeline.extract.lexicon import ROLE_NOUNS, SPEAKING_ROLES
from pipeline.extract.parties import Party
from pipeline.extract.source_info import SourceInfo
from pipeline.models import EntityType

__all__ = [
    "BODY_KINDS",
    "GROUP_HEADS",
    "HEAD_ALIASES",
    "LOOKALIKE",
    "PLACE_BEFORE_NAME",
    "ROLE_THEN_NAME",
    "ROLE_WORDS",
    "STATE_FORCE",
    "WORD",
    "PeopleIndex",
    "body_named_before",
    "body_named_since",
    "interviewee_before",
    "interviewees",
    "named_with_head",
    "names_again",
    "other_portfolio",
    "owner_party",
    "role_before",
    "same_body_before",
    "short_mention",
    "taken_up",
    "turn_speaker",
]

_ROLES = "|".join(sorted(ROLE_NOUNS))
ROLE_WORDS = re.compile(rf"\b(?:{_ROLES})\b", re.IGNORECASE)
#: Words before a name that deny it is that person: "a figure resembling", "posing as", a
#: fake's "to make President Sandu appear to say", "appearing to show the president".
LOOKALIKE = re.compile(
    r"\b(?:resembling|impersonating|posing\s+as|pretending\s+to\s+be|purporting\s+to\s+be"
    r"|purportedly\s+(?:showing|of)|(?:deep)?faked?\s+(?:video|clip|audio)\s+of|(?:appear|purport)"
    r"(?:s|ed|ing)?\s+to\s+show|(?:make|makes|made|making)(?=(?:\s+[A-Z][\w.’'-]*){1,4}\s+appear))"
    r"(?:\s+(?:a|an|the)\b)?(?=\s+\S)", re.IGNORECASE)
#: "the regional governor, Oleh Syniehubov": the role, then the name after a comma.
ROLE_THEN_NAME = re.compile(
    r"(?:(?i:the|a|an|its|his|her|their)|[A-Z][\w.-]*['’]s)\s+[^,]{0,40}?\b(?:"
    + "|".join(sorted(SPEAKING_ROLES))
    + r")(?:\s+(?:of|to|for)\s+"
    r"[^,]{1,40})?,\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}),?$")
#: A place noun just before the comma of ROLE_THEN_NAME: the name after it is the place's.
PLACE_BEFORE_NAME = re.compile(
    r"\b(?:town|city|village|province|region|district|county|state|country|capital|port|camp"
    r"|neighbou?rhood|suburb|island|oblast),\s+$", re.IGNORECASE)
#: Other words for a body's head word: "the junta" after "Myanmar's military government",
#: "Army spokesman X" after "the Sudanese Armed Forces".
HEAD_ALIASES = {"junta": frozenset({"military"}), "army": frozenset({"armed", "military"}),
                "military": frozenset({"army", "armed"})}
#: Heads that name the body of a kind heard last: "MSF said … The charity said".
BODY_KINDS = {
    **dict.fromkeys(("charity", "ngo", "company", "firm", "watchdog", "monitor"),
                    frozenset({EntityType.ORGANISATION})),
    "agency": frozenset({EntityType.ORGANISATION, EntityType.GOVERNMENT, EntityType.MEDIA}),
}
_BODY_WORDS = frozenset({"army", "military", "navy", "junta", "ministry", "government",
                         "police", "militia", "group", "staff", "guard"})
# "The Securities and Exchange Commission filed a lawsuit. The agency said": a public body
# named since, whatever its name's last word
_AGENCY_NAME = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|and|for|on)\s+){0,5}(?:Commission"
                          r"|Administration|Agency|Bureau|Service|Authority|Office|Board"
                          r"|Regulator)\b"
                          # agencies better known by their initials
                          r"|\b(?:IAEA|IEA|EPA|FDA|EMA|CIA|NSA|DEA|FAA|TSA|FEMA|NASA|ESA|UNRWA"
                          r"|OPCW|IRENA|EASA|NHTSA)\b")


def body_named_since(body: str, head: str, history: list[SourceInfo], at: int) -> str | None:
    """A body named by a capitalised name since the last source, for "the agency" ("The SEC
    filed a lawsuit. The agency said") and for "the company" when the organisation heard
    last is no firm ("A ransomware group calling itself BlackVault said it had stolen data
    from Nordhaven Logistics. The company denied it": Nordhaven)."""
    if head == "agency":  # (named after the last source's sentence, not inside its claim)
        start = body.find(". ", history[-1].mention[1]) + 1 if history else 0
        if start == 0 and history:
            return None
        found = [m.group() for m in _AGENCY_NAME.finditer(body, start, at)
                 if m.group()[0].isupper() and (" " in m.group() or m.group().isupper())]
        return found[-1] if found else None
    if head not in ("company", "firm"):
        return None
    last = next((e for e in reversed(history[-12:])
                 if e.entity_type is EntityType.ORGANISATION), None)
    if last is not None and not _NO_FIRM.search(body, *last.mention):
        return None  # "Velora Inc said … The company added": the firm heard last
    start = last.mention[1] if last is not None else max(0, at - 600)
    firms = [m.group() for m in _FIRM_NAME.finditer(body, start, at)]
    return trim_name(firms[-1]) if firms else None


# (lower case: "NSO Group", "Volkswagen Group" are firms; "a ransomware group" is none)
_NO_FIRM = re.compile(r"\b(?:group|gang|hackers?|collective|militia|rebels?|movement|union"
                      r"|coalition|charity|ministry|agency|army)\b")
_FIRM_NAME = re.compile(
    r"(?:[A-Z][\w’'&.-]*\s+){1,4}(?:Logistics|Airlines|Airways|Bank|Energy|Motors|Systems"
    r"|Technologies|Holdings|Inc|Corp|Corporation|Ltd|plc|PLC|LLC|Pharmaceuticals|Pharma"
    r"|Solutions|Shipping|Industries|Telecom|Communications|Software|Labs|Networks|Petroleum"
    r"|Mining|Steel|Electric|Insurance|Airports?|Railways)\b")


def named_with_head(body: str, head: str, at: int) -> str | None:
    """The last name before ``at`` (within 4,000 characters) that ends in ``head``: "the
    ministry" after "Russia's Defence Ministry"; not "The group" nor "a Russian company",
    which name nobody."""
    pattern = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}(?i:" + re.escape(head) + r")\b")
    last: re.Match[str] | None = None
    for match in pattern.finditer(body, max(0, at - 4000), at):
        if any(w[0].isupper() for w in match.group().split()[:-1]) and (
                trim_name(match.group()).lower() != head) and not body.endswith(
                (" a ", " an ", "A ", "An "), max(0, match.start() - 4), match.start()):
            last = match
    return trim_name(last.group()) if last is not None else None


#: A word, hyphens and apostrophes included ("al-Houthi", "Russia’s").
WORD = re.compile(r"[\w’'-]+")
# A clause opened by one of these is no role: "After meeting the foreign minister, Smith".
_NOT_A_ROLE = frozenset({"after", "before", "while", "when", "asked", "in", "at", "on", "with",
                        "like", "unlike", "as", "for", "to", "by", "from", "despite"})


def role_before(body: str, start: int) -> str | None:
    """The role right before a name and its comma ("The RSF's spokesman, | Name"), if the
    words since the last clause break name one."""
    before = body[max(0, start - 80) : start].rstrip()
    if not before.endswith(","):
        return None
    phrase = before[:-1]
    phrase = phrase[max(phrase.rfind(". "), phrase.rfind(", "), phrase.rfind("; "),
                        phrase.rfind("\n")) + 1 :].strip()
    first = phrase.split(None, 1)[0].lower() if phrase else ""
    if first in _NOT_A_ROLE or first.endswith("ing"):
        return None
    return phrase if ROLE_WORDS.search(phrase) else None


# Nouns a body word only modifies: "military bloggers", "military administration"
_MODIFIED = frozenset({"administration", "administrations", "blogger", "bloggers", "analyst",
                       "analysts", "expert", "experts", "correspondent", "correspondents",
                       "hospital", "court", "courts", "academy", "college", "historian"})


def _heads(text: str) -> set[str]:
    """Body words of ``text`` that head their phrase ("army's", "police"), not modifiers."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in WORD.findall(text.lower())]
    return {w for i, w in enumerate(words) if w in _BODY_WORDS and not (
        i + 1 < len(words) and words[i + 1] in _MODIFIED)}


def body_named_before(role: str, earlier: Iterable[tuple[str, Party | None]]) -> Party | None:
    """The party of the body a role names by its head word ("Army spokesman Nabil Abdallah"),
    from ``earlier`` (mention text, party) pairs, latest first.

    >>> from pipeline.extract.parties import default_parties
    >>> saf = default_parties().match("Sudanese Armed Forces")
    >>> earlier = [("The Sudanese Armed Forces", saf)]
    >>> body_named_before("Army spokesman Nabil Abdallah", earlier) == saf
    True
    """
    # "A spokesman for the army's Northern Command": the army's, as "Army spokesman"
    bodies = _heads(role)  # ("head of the Pokrovsk city military administration": none)
    if not bodies or not ROLE_WORDS.search(role):
        return None
    found = [party for mention, party in earlier if any(
        b in (said := _heads(mention) | set(WORD.findall(mention.lower())) - _BODY_WORDS)
        or not HEAD_ALIASES.get(b, frozenset()).isdisjoint(said) for b in bodies)]
    # ("General Staff spokesman" after both sides' General Staffs: neither's)
    return found[0] if found and len({p.side for p in found if p is not None}) == 1 else None


def other_portfolio(text: str, said: str) -> bool:
    """Whether two mentions of a ministry or service name different portfolios: "the defence
    ministry" is not "China's foreign ministry" heard before it."""
    mine = {_PORTFOLIOS[w] for w in WORD.findall(text.lower()) if w in _PORTFOLIOS}
    theirs = {_PORTFOLIOS[w] for w in WORD.findall(said.lower()) if w in _PORTFOLIOS}
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def names_again(text: str, said: str, head: str) -> bool:
    """Whether the nominal ``text`` (head word ``head``) names again the source heard as
    ``said``: the same head word or an alias of it, and no other portfolio."""
    words = WORD.findall(said.lower())
    return (head in words or not HEAD_ALIASES.get(head, frozenset()).isdisjoint(words) or (
        words[:2] == ["one", "of"] and head + "s" in words[:5])) and (  # "one of the officials"
        not other_portfolio(text, said))


_PORTFOLIOS = {
    **{w: w for w in ("foreign", "interior", "health", "finance", "justice", "energy",
                      "education", "agriculture", "transport", "information", "culture",
                      "environment", "trade", "security", "emergency")},
    "intelligence": "security",  # (the FSB is "the intelligence service" as well)
    "defence": "defence", "defense": "defence", "economy": "economy", "economic": "economy",
    "emergencies": "emergency", "labour": "labour", "labor": "labour",
}


def taken_up(earlier: SourceInfo, mention: Offsets, text: str, head: str) -> SourceInfo:
    """``earlier`` named again by its head word (``text``: the new mention); but after "a
    spokesperson for the agency", "the agency" is a body, and after "researchers and people
    familiar with the investigation", "the researchers" are the researchers alone."""
    parts = re.split(r"\s(?:for|of|at)\s", earlier.name.lower(), maxsplit=1)
    if len(parts) == 2 and ROLE_WORDS.search(parts[0]) and head in WORD.findall(parts[1]):
        return SourceInfo(clean_name(text), classify(text), mention, False, earlier.party)
    joined = earlier.name.split(" and ", 1)
    # (common nouns joined, not a name with "and" in it: "Department of Health and Human
    # Services" is one body)
    if len(joined) == 2 and joined[1][:1].islower() and (
            head in WORD.findall(joined[0].lower())) != (
            head in WORD.findall(joined[1].lower())):
        part = joined[0] if head in WORD.findall(joined[0].lower()) else joined[1]
        return SourceInfo(clean_name(part), classify(part), mention, is_anonymous(part),
                          earlier.party)
    return replace(earlier, mention=mention)


def same_body_before(text: str, earlier: Iterable[tuple[str, Party | None]]) -> Party | None:
    """The party of a body named again by its words alone: "The Ministry of Defence" after
    "Azerbaijan's Defence Ministry" (``earlier``: mention text and party, latest first).

    >>> from pipeline.extract.parties import default_parties
    >>> az = default_parties().match("Azerbaijan's Defence Ministry")
    >>> same_body_before("The Ministry of Defence", [("Azerbaijan's Defence Ministry", az)]) == az
    True
    """
    words = {w.removesuffix("'s").removesuffix("’s") for w in WORD.findall(text.lower())}
    if text[:4].lower() != "the " or not words & _BODY_WORDS:
        return None
    named = words - _FUNCTION_WORDS
    found = [party for mention, party in earlier if party is not None and named <= {
        w.removesuffix("'s").removesuffix("’s") for w in WORD.findall(mention.lower())}]
    return found[0] if found and len({p.side for p in found}) == 1 else None  # (one side's)


_FUNCTION_WORDS = frozenset({"the", "of", "for", "and"})
_INTERVIEWED = re.compile(
    r"(?:\b(?:spoke|talked|speaking|talking|sat\s+down)\s+(?:to|with)\s+|\binterview(?:ed)?\s+"
    r"(?:with\s+)?)(?P<who>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)")


# "Lt. Col. Viktor Hrytsenko, a spokesman for the Ukrainian military, spoke to us": the
# interviewee as the subject, with the apposition that says whom he speaks for
_INTERVIEWEE_SPOKE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>(?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+"
    r"(?:,\s+(?:a|an|the)\s[^,.\n]{3,120})?),?\s+(?:spoke|talked|has\s+spoken)\s+(?:to|with)\s+"
    r"(?:(?:us|me|reporters|journalists)\b|(?:the\s+)?(?:BBC|CNN|AP|AFP|Reuters|[A-Z][\w.]*"
    r"\s+(?:News|Times|Post|Journal|Radio|TV))\b)")


def interviewees(body: str) -> list[tuple[int, int]]:
    """Where the people an outlet spoke to are named, in text order (found once per article:
    a transcript's every answer asks for the one before it)."""
    found: list[tuple[int, int]] = []
    for pattern in (_INTERVIEWED, _INTERVIEWEE_SPOKE):
        for match in pattern.finditer(body):
            end = match.end("who") - match.group("who").endswith(".")  # "X."
            found.append((match.start("who"), end))
    return sorted(found)


def interviewee_before(body: str, pos: int, spans: list[tuple[int, int]] | None = None
                       ) -> tuple[int, int] | None:
    """Where the person the outlet spoke to is named last before ``pos`` (who answers "A:");
    ``spans`` are :func:`interviewees` of ``body``, if already found.

    >>> body = "We spoke to Olena Kovalenko in Kyiv. A: We stayed."
    >>> span = interviewee_before(body, 37)
    >>> body[span[0]:span[1]]
    'Olena Kovalenko'
    >>> body = "Olena Kovalenko, a nurse in Kyiv, spoke to us. A: We stayed."
    >>> span = interviewee_before(body, 47)
    >>> body[span[0]:span[1]]
    'Olena Kovalenko, a nurse in Kyiv'
    """
    spans = interviewees(body) if spans is None else spans
    i = bisect_left(spans, (pos, pos))
    while i > 0:
        i -= 1
        if spans[i][1] <= pos:
            return spans[i]
    return None


# A transcript turn's label at a line's start: "GEN. RYDER:", "MAJ. GEN. PATRICK RYDER:",
# "Kirby:"; not the questioner's "Q:"
_TURN = re.compile(r"[ \t]*(?P<who>(?:[A-Z][A-Z.’'-]*\s+){0,4}[A-Z][A-Z’'-]+|[A-Z][a-z]+(?:\s+[A-Z]"
                   r"[a-z]+)?):\s")


def turn_speaker(body: str, pos: int) -> tuple[int, int] | None:
    """The speaker whose transcript turn holds ``pos``: the label opening its line.

    >>> body = "GEN. RYDER: We assess that all six were destroyed."
    >>> span = turn_speaker(body, 12)
    >>> body[span[0]:span[1]]
    'GEN. RYDER'
    """
    line = body.rfind("\n", 0, pos) + 1
    found = _TURN.match(body, line, pos)
    if found is None or found.group("who") in ("Q", "A") or found.end() > pos:
        return None
    return found.start("who"), found.end("who")


#: Heads that refer back to an organisation named before: "the group", "the militia".
GROUP_HEADS = frozenset({"group", "militia", "movement", "rebels", "militants", "insurgents",
                         "organisation", "organization", "faction", "alliance", "coalition",
                         "jihadists", "paramilitaries", "paramilitary"})
#: A state's forces are no "group" ("the group said" after "Sudan's army" and the RSF).
STATE_FORCE = re.compile(r"\b(?:Army|Armed Forces|Military|Ministry|Government|Defen[cs]e"
                         r"|Navy|Air Force)\b")


_THE_NAME = re.compile(r"(?i:the)\s+([A-Z][a-z][\w’'-]*s)")


def short_mention(body: str, history: list[SourceInfo], text: str) -> SourceInfo | None:
    """``the Guards`` after ``Iran's Revolutionary Guards``: the source heard in full."""
    short = _THE_NAME.fullmatch(text)
    word = short.group(1) if short is not None else None
    for earlier in reversed(history[-12:] if word else []):
        said = body[earlier.mention[0] : earlier.mention[1]].split(",", 1)[0]
        if word in WORD.findall(said) and said.strip() != text.strip():
            return earlier
    return None


class PeopleIndex:
    """The last named person heard for each surname ("Regional governor Oleh Kiper" for
    "Kiper"), kept up with a resolver's growing history: looking back through the whole
    history for every bare surname made long texts quadratic."""

    def __init__(self) -> None:
        self._people: dict[str, SourceInfo] = {}
        self._seen = 0

    def last_named(self, history: list[SourceInfo], surname: str) -> SourceInfo | None:
        for info in history[self._seen :]:
            if " " in info.name and info.entity_type in PERSON_TYPES and not info.anonymous and (
                    " including " not in info.name):  # ("Critics, including Sen. Graham,")
                self._people[info.name.split()[-1]] = info
        self._seen = len(history)
        return self._people.get(surname)


def owner_party(history: list[SourceInfo], text: str, before: str = "") -> Party | None:
    """"Its spokesman, Khine Thu Kha,": the party of the body heard last, whose role it is;
    the body heard last with or without a side ("CEPADHO, a rights group, said … Its
    president" is the group's, not the army's heard before it)."""
    if _BARE_SPOKESMAN.fullmatch(text) and history:
        # "The Russian Defence Ministry denied it. A spokesperson said …": the body's, when
        # it is the source heard last, in the sentence before, with no other name since
        last = history[-1]
        gap = before[last.mention[1] :]
        return last.party if last.entity_type not in PERSON_TYPES and gap.count(". ") <= 1 and (
            not _NAME_INSIDE.search(gap)) else None
    if text[:4].lower() not in ("its ", "thei") or not ROLE_WORDS.search(text):
        return None
    body = next((e for e in reversed(history) if e.entity_type not in PERSON_TYPES), None)
    return body.party if body is not None else None


_BARE_SPOKESMAN = re.compile(r"(?i:a|an|the)\s+spokes(?:man|woman|person)")
_NAME_INSIDE = re.compile(r"[^.!?\s]\s+[A-Z]")  # a capitalised word not opening a sentence
