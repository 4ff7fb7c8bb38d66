"""Parties to conflicts, loaded from a JSON data file a user can replace or extend.

A source is *self-interested* when it belongs to a side of a conflict and reports on the
fighting (its own successes, the enemy's losses). Which organisations belong to which side
is world knowledge, so it lives in ``data/parties.json``, not in code; pass your own file
to :func:`load_parties` (same format) to extend or replace it.

>>> reg = default_parties()
>>> reg.match("the Russian Defense Ministry").name
'Russian Defense Ministry'
>>> reg.match("a Russian military spokesperson").side
'russia'
>>> reg.match("a military analyst based in Kyiv") is None
True
>>> reg.match("Moscow").side, reg.match("Moscow").entity_type.value
('russia', 'government')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from pipeline.extract.lexicon import ROLE_NOUNS
from pipeline.models import EntityType

__all__ = [
    "DEFAULT_PARTIES_PATH",
    "PartiesFileError",
    "Party",
    "PartyRegistry",
    "default_parties",
    "load_parties",
]

DEFAULT_PARTIES_PATH = Path(__file__).parent / "data" / "parties.json"
_FORMAT = "claimwatch-parties/1"

# An aide to an opposition figure is no voice of the state.
_UNOFFICIAL = re.compile(r"\b(?:opposition|exiled|former|dissident|ex-)", re.IGNORECASE)
# "ISIS survivors", "Islamic State expert X", "the Coalition to Defeat ISIS": of the party's
# victims, students or enemies, not its voice
_HELD = r"survivors?|victims?|captives?|hostages?|prisoners?|detainees?|widows?"
_NOT_MEMBER_AFTER = re.compile(
    r"[\s-]+(?:" + _HELD + r"|defectors?|returnees?)\b(?!\s+(?:negotiators?|envoys?"
    r"|coordinators?|swap|exchange|deal|chief|officials?|unit|affairs))", re.IGNORECASE)
# (experts on a group study it; a ministry's or an army's experts are its staff)
_STUDENTS_AFTER = re.compile(r"[\s-]+(?:experts?|researchers?|analysts?|scholars?|watchers?"
                             r"|specialists?)\b", re.IGNORECASE)
_NOT_MEMBER_BEFORE = re.compile(
    r"(?:\b(?:against|defeat|fighting|former|ex)\s+|anti-|counter-|\b(?:" + _HELD
    + r"|experts?\s+on|researchers?\s+on)\s+"
    r"(?:of\s+)?(?:the\s+)?)$", re.IGNORECASE)
# An analyst who once served a side speaks for none of them now.
_OUTSIDE_ANALYST = re.compile(r"\b(?:analyst|expert|researcher|scholar|academic)s?\b.{0,40}?"
                              r"\b(?:former|retired|ex-)", re.IGNORECASE)
# Heads that make "<demonym> X" an official voice of that side.
# Heads of a mention that speak for a side: bodies, and the offices of ROLE_NOUNS (but a
# "Russian director" may make films).
_OFFICIAL_HEADS = re.compile(
    r"(?:officials?|military|forces|army|troops|ministry|command|commanders|government"
    r"|authorities|sources?|security|defen[cs]e|general staff|officers?|leadership|administration"
    r"|intelligence|navy|air force|units?|soldiers|police|media|agency|embassy|diplomats?"
    r"|brigades?|battalions?|regiments?|divisions?|corps|marines|paratroopers|drone units?"
    r"|staff|headquarters|statement|ombudsman|commissioner|tall(?:y|ies)|figures|counts"
    r"|channel|(?:mil)?bloggers?|management|aides?|advis[eo]rs?"
    r"|estimates|" + "|".join(
        sorted(ROLE_NOUNS - {"director"})) + ")",
    re.IGNORECASE,
)
# "the UN agency for Palestinian refugees", "a charity helping Ukrainian children": people a
# body serves, whose demonym says nothing of the body's side.
_SERVED = re.compile(r"s?\s+(?:refugees?|civilians|children|prisoners|victims|people|families"
                     r"|detainees|hostages|patients|students|workers)\b", re.IGNORECASE)
# "Russia's regional governor": a place owning an office.
_NAMED_UNIT = re.compile(r"'s\s+[A-Z][a-z]+\s+group$")  # a front's grouping of forces
_PLACE_OWNER = re.compile(r"(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)'s\s")
# An official title, then only the capitalised words of a name.
_TITLED = re.compile(r"\b(?i:" + _OFFICIAL_HEADS.pattern + r")\s+(?:[A-Z][\w'.-]*\s*){1,3}$")


@dataclass(frozen=True, slots=True)
class Party:
    """An organisation (or its voice) on one side of a conflict."""

    name: str
    side: str
    side_label: str
    entity_type: EntityType
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class PartyRegistry:
    """All parties and sides of one data file, with a compiled matcher."""

    parties: list[Party]
    side_labels: dict[str, str]
    adversaries: dict[str, frozenset[str]]
    demonyms: dict[str, str]
    #: Place names that stand for a side's government when they are the whole source
    #: mention ("Moscow said", "Kyiv claims"), never inside a longer one ("an analyst in Kyiv").
    metonyms: dict[str, str] = field(default_factory=dict)
    _alias_re: re.Pattern[str] = field(init=False, repr=False)
    _by_alias: dict[str, Party] = field(init=False, repr=False)
    _demonym_re: re.Pattern[str] | None = field(init=False, repr=False)
    _metonym_re: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_alias = {}
        for party in self.parties:
            for alias in (party.name, *party.aliases):
                self._by_alias.setdefault(_norm(alias), party)
        aliases = sorted(self._by_alias, key=len, reverse=True)
        self._alias_re = re.compile(
            _NOT_TAIL + r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])"
            if aliases else r"(?!x)x",
            re.IGNORECASE,
        )
        dem = sorted((_norm(d) for d in self.demonyms), key=len, reverse=True)
        self._demonym_re = (
            re.compile(_NOT_TAIL + r"(?<![\w])(?P<d>" + "|".join(re.escape(d) for d in dem)
                       + r")s?(?![\w])",
                       re.IGNORECASE)
            if dem else None
        )
        places = sorted(self.metonyms, key=len, reverse=True)
        self._metonym_re = (
            re.compile(_NOT_TAIL + r"(?<![\w'-])(?:" + "|".join(re.escape(p) for p in places)
                       + r")(?![\w'’-])", re.IGNORECASE)
            if places else None
        )

    def match(self, mention: str) -> Party | None:
        """The party a source mention names or speaks for, if any."""
        text = mention.replace("’", "'")
        if _OUTSIDE_ANALYST.search(text):
            return None  # "a defence analyst and former Indian army colonel": no side's voice
        clause = _RELATIVE.search(text)
        if clause is not None and clause.start() > 0:
            # "Sudan's army, which has been fighting the RSF": the head names the side; the
            # clause only when the head names none ("Ali, who heads the RSF's media office")
            named = self.match(text[: clause.start()])
            if named is not None:
                return named
        if self.is_metonym(text):
            side = self.metonyms[_place(text)]
            return Party(name=mention.strip(), side=side,
                         side_label=self.side_labels.get(side, side),
                         entity_type=EntityType.GOVERNMENT)
        found = self._alias_re.search(text)
        if found is not None:
            alias = found.group().lower()
            party = self._by_alias.get(alias)
            # Short all-caps aliases (RT, SAF) must match case exactly to avoid ordinary words.
            if party is not None and (len(alias) > 3 or found.group().isupper()) and not (
                    _NOT_MEMBER_AFTER.match(text, found.end())
                    or _NOT_MEMBER_BEFORE.search(text, 0, found.start()) or (
                        party.entity_type is EntityType.ORGANISATION
                        and _STUDENTS_AFTER.match(text, found.end()))):
                return party
        if self._demonym_re is not None:
            dem = next((d for d in self._demonym_re.finditer(text)
                        if not _SERVED.match(text, d.end())), None)
            head = _head_word(text)
            if dem is not None and head is not None and (
                    _OFFICIAL_HEADS.fullmatch(head) or _titled_name(text, dem.end())) and (
                    head.lower() != "management" or "-" in dem.group("d")) and not (
                    _UNOFFICIAL.search(text) and head.lower().startswith(("aide", "advis"))):
                # ("the Russian-installed management": an occupying power's; "Russian
                # management" may run a firm)
                side = self.demonyms[dem.group("d").lower()]
                return Party(
                    name=mention.strip(), side=side, side_label=self.side_labels.get(side, side),
                    entity_type=_type_for(text.lower()),
                )
        owner = _PLACE_OWNER.match(text)
        if owner is not None and self.is_metonym(owner.group("place")):
            head = _head_word(text)
            if head is not None and (_OFFICIAL_HEADS.fullmatch(head) or (
                    head == "group" and _NAMED_UNIT.search(text))):  # "Ukraine's Kharkiv group"
                side = self.metonyms[_place(owner.group("place"))]
                return Party(
                    name=mention.strip(), side=side, side_label=self.side_labels.get(side, side),
                    entity_type=EntityType.MILITARY if head == "group" else _type_for(
                        text.lower()),
                )
        return None

    def named_in(self, text: str, start: int, end: int) -> list[tuple[int, Party]]:
        """Every party named by an alias in ``text[start:end]``, with where, in text order."""
        found: list[tuple[int, Party]] = []
        for match in self._alias_re.finditer(text, start, end):
            alias = match.group()
            party = self._by_alias.get(_norm(alias))
            if party is not None and (len(alias) > 3 or alias.isupper()):
                found.append((match.start(), party))
        return found

    def side_in(self, text: str) -> str | None:
        """The side whose demonym (or party alias) first appears in ``text``, if any."""
        text = text.replace("’", "'")
        hits: list[tuple[int, str]] = []
        if self._demonym_re is not None:
            dem = self._demonym_re.search(text)
            if dem is not None:
                hits.append((dem.start(), self.demonyms[dem.group("d").lower()]))
        alias = self._alias_re.search(text)
        if alias is not None and alias.group().lower() in self._by_alias:
            hits.append((alias.start(), self._by_alias[alias.group().lower()].side))
        if self._metonym_re is not None:  # "Russia lost two helicopters"
            place = self._metonym_re.search(text)
            if place is not None:
                hits.append((place.start(), self.metonyms[place.group().lower()]))
        return min(hits)[1] if hits else None

    def is_metonym(self, mention: str) -> bool:
        """Whether ``mention`` is just a place name standing for a side ("Moscow", "Kyiv's")."""
        return _place(mention) in self.metonyms

    def names_party(self, name: str) -> bool:
        """Whether ``name`` is one of the parties' names or aliases, give or take a word
        and an apposition that gives no one's office ("ISPR, the military's media wing",
        not "Jay Tarriela, the coast guard spokesman")."""
        text, _, apposition = name.replace("’", "'").partition(", ")
        if any(w.rstrip(",.").lower() in ROLE_NOUNS for w in apposition.split()):
            text = name.replace("’", "'")
        found = self._alias_re.search(text)
        if found is None:
            return False
        rest = (text[: found.start()] + text[found.end() :]).strip(" ,()'s")
        return len(rest.split()) <= 1 and not any(w.islower() and len(w) > 3 for w in rest.split())

    def are_adversaries(self, side_a: str, side_b: str) -> bool:
        return side_b in self.adversaries.get(side_a, frozenset())


_THE = re.compile(r"^the\s+", re.IGNORECASE)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s")


def _place(mention: str) -> str:
    """A mention as a metonym key: no leading "the", no possessive, lower case."""
    text = _THE.sub("", mention.replace("’", "'").strip()).lower()
    return text[:-2] if text.endswith("'s") else text


def _titled_name(mention: str, after: int) -> bool:
    """``Russian Defence Minister Andrei Belousov``: an official title (after the demonym)
    and then only the name."""
    return _TITLED.search(mention, after) is not None


def _head_word(mention: str) -> str | None:
    """The last word of a mention before any comma or relative clause, lower-cased."""
    # ("Ukraine's Khortytsia group of forces" is a formation: its head is "forces")
    core = re.split(r",|\s(?:who|which|that|based|operating|stationed|deployed|serving|fighting"
                    r"|in|at|of(?!\s+(?:forces|troops)\b)|from)\s",
                    mention)[0]
    words = re.findall(r"[\w-]+", core)
    return words[-1].lower() if words else None


# "South Sudan's government" is not "Sudan's government": a name's tail is not the name
_NOT_TAIL = r"(?<!(?-i:South)\s)(?<!(?-i:North)\s)(?<!(?-i:Equatorial)\s)(?<!(?-i:New)\s)"


def _norm(text: str) -> str:
    return text.replace("’", "'").lower()


def _type_for(text: str) -> EntityType:
    if re.search(r"\b(?:military|forces|army|troops|command|defen[cs]e|navy|soldiers)\b", text):
        return EntityType.MILITARY
    if re.search(r"\b(?:media|agency)\b", text):
        return EntityType.MEDIA
    if re.search(r"\b(?:spokes\w*|officials?|minister|president|envoy|diplomats?)\b", text):
        return EntityType.OFFICIAL
    return EntityType.GOVERNMENT


class PartiesFileError(ValueError):
    """A parties file that cannot be used; the message names the file and the reason."""


def load_parties(path: Path | str | None = None) -> PartyRegistry:
    """Load a parties file (default: the packaged ``data/parties.json``).

    Raises :class:`PartiesFileError` for a file that is missing, not JSON or not in the
    format, naming the file and, for an entry, its index.
    """
    where = Path(path or DEFAULT_PARTIES_PATH)
    try:
        raw = orjson.loads(where.read_bytes())
    except OSError as err:
        raise PartiesFileError(f"{where}: cannot read it ({err.strerror or err})") from err
    except orjson.JSONDecodeError as err:
        raise PartiesFileError(f"{where}: not JSON ({err})") from err
    if not isinstance(raw, dict) or raw.get("format") != _FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else type(raw).__name__
        raise PartiesFileError(f"{where}: not a {_FORMAT} file (format={found!r})")
    try:
        return _registry(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise PartiesFileError(f"{where}: {err}") from err


def _registry(raw: dict[str, Any]) -> PartyRegistry:
    sides = raw.get("sides", {})
    if not isinstance(sides, dict) or not all(isinstance(v, dict) for v in sides.values()):
        raise ValueError('"sides" must map each side to an object')
    labels = {key: str(value.get("label", key)) for key, value in sides.items()}
    adversaries = {key: frozenset(str(a) for a in value.get("adversaries", []))
                   for key, value in sides.items()}
    demonyms = {_norm(str(d)): key for key, value in sides.items()
                for d in value.get("demonyms", [])}
    for key, value in sides.items():
        if not isinstance(value.get("metonyms", []), list):
            raise ValueError(f'sides.{key}.metonyms must be a list of place names')
    metonyms = {_norm(str(m)): key for key, value in sides.items()
                for m in value.get("metonyms", [])}
    entries = raw.get("parties", [])
    if not isinstance(entries, list):
        raise ValueError('"parties" must be a list')
    parties = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or "name" not in entry or "side" not in entry:
            raise ValueError(f'parties[{i}] needs a "name" and a "side"')
        try:
            kind = EntityType(entry.get("entity_type", "organisation"))
        except ValueError:
            raise ValueError(f"parties[{i}]: unknown entity_type "
                             f"{entry.get('entity_type')!r}") from None
        side = str(entry["side"])
        parties.append(Party(name=str(entry["name"]), side=side,
                             side_label=labels.get(side, side), entity_type=kind,
                             aliases=tuple(str(a) for a in entry.get("aliases", []))))
    return PartyRegistry(parties, labels, adversaries, demonyms, metonyms)


@cache
def default_parties() -> PartyRegistry:
    """The packaged registry, loaded once."""
    return load_parties(DEFAULT_PARTIES_PATH)
