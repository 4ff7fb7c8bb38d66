"""From a source mention to a claimant: name, entity type, anonymity, party, coreference.

Cheap by design: a pronoun takes the nearest earlier source of a fitting kind; a nominal
("the ministry") the nearest with its head word and no other portfolio (not "the health ministry").

>>> r = SourceResolver("Officials at the Russian Defense Ministry spoke. The ministry said so.")
>>> info = r.resolve((49, 61))
>>> info.name, info.entity_type.value
('Russian Defense Ministry', 'military')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.extract.attributed import Offsets
from pipeline.extract.described_names import described_person
from pipeline.extract.entity_types import (
    APPOSITION,
    PERSON_TYPES,
    PERSONAL_PRONOUNS,
    bare_surname,
    classify,
    classify_in_context,
    clean_name,
    described_elsewhere,
    institution_name,
    is_anonymous,
    is_nominal,
    known_head,
    mention_end,
    personal_name,
)
from pipeline.extract.group_members import group_member
from pipeline.extract.labels import turn_name
from pipeline.extract.lexicon import PERSON_NOUNS
from pipeline.extract.parties import Party, PartyRegistry, default_parties
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.source_info import SourceInfo
from pipeline.extract.source_roles import (
    BODY_KINDS,
    GROUP_HEADS,
    LOOKALIKE,
    PLACE_BEFORE_NAME,
    ROLE_THEN_NAME,
    ROLE_WORDS,
    STATE_FORCE,
    WORD,
    PeopleIndex,
    body_named_before,
    body_named_since,
    interviewee_before,
    interviewees,
    named_with_head,
    names_again,
    other_portfolio,
    owner_party,
    role_before,
    same_body_before,
    short_mention,
    taken_up,
    turn_speaker,
)
from pipeline.extract.subjects_before import (
    IMAGE_WORDS,
    clause_person,
    images_publisher,
    own_subject,
    previous_person,
    previous_subject,
    publisher_before,
    relative_antecedent,
)
from pipeline.models import EntityType

__all__ = ["PERSON_TYPES", "SourceInfo", "SourceResolver", "classify", "clean_name", "is_anonymous"]

_ANSWER = re.compile(r"[ \t]*A\s?:\s")  # an interview answer's label opening its line
_ORGANISATIONAL, _PLURAL = frozenset({"it", "which"}), frozenset({"they", "we", "them"})
# Kinds a capitalised two-word name may have though it looks like a person's ("My Vote")
_NAMED_BODIES = frozenset({EntityType.ORGANISATION, EntityType.MEDIA, EntityType.DOCUMENT})
_ARMED_HEADS = frozenset({"rebels", "militants", "insurgents", "jihadists", "paramilitaries"})
_POSSESSIVE_PRONOUNS = {"their": "they", "his": "he", "its": "it"}  # "their demand for …"
_VOCATIVE = re.compile(r"(?P<who>(?:Mr|Mrs|Ms|Dr|Senator|Governor|President|Secretary|Mayor)\.?"
                       r"\s+[A-Z][\w’'-]+),\s+\Z")


class SourceResolver:
    """Resolves source mentions in text order, remembering the ones seen so far."""

    def __init__(self, body: str, parties: PartyRegistry | None = None,
                 quotes: QuoteIndex | None = None) -> None:
        self.body = body
        self.parties = parties or default_parties()
        self.history: list[SourceInfo] = []
        self._quotes = quotes  # the engine's; found here only when first needed
        self._described: dict[str, EntityType | None] = {}
        self._interviewees: list[tuple[int, int]] | None = None  # found when first needed
        self._people = PeopleIndex()

    def resolve(self, mention: Offsets, *, context_start: int | None = None) -> SourceInfo:
        mention = (mention[0], mention_end(self.body, *mention))
        text = self.body[mention[0] : mention[1]]
        lookalike = LOOKALIKE.search(self.body, max(0, mention[0] - 60), mention[1] + 8)
        if lookalike is not None and mention[0] - 2 <= lookalike.end() < mention[1]:
            # "a man resembling Zelenskyy said": not Zelenskyy, whoever it is
            name = self.body[min(lookalike.start(), mention[0]) : mention[1]]
            info = SourceInfo(clean_name(name), EntityType.UNKNOWN, mention, False, None,
                              (lookalike.start(), lookalike.end()))
            self.history.append(info)
            return info
        low = _POSSESSIVE_PRONOUNS.get(text.lower().strip(), text.lower().strip())  # "their"
        if text in ("Q", "A"):  # an interview's labels: the interviewer, the interviewee
            return self._interviewee(mention) if text == "A" else SourceInfo(
                "interviewer", EntityType.MEDIA, mention, False, None)
        group = group_member(self.body, self.history, mention, self.parties)
        named = ROLE_THEN_NAME.match(text) if ", " in text else None
        if named is not None and " " not in named.group("name") and PLACE_BEFORE_NAME.search(
                text, 0, named.start("name")):
            named = None  # "The mayor of the worst-hit town, Dogansehir,": the town's name
        shown = images_publisher(self.body, mention[0]) if _SHOWN & set(low.split()[:3]) else None
        if shown is not None:  # "The group published photographs showing …", "The town
            # released a statement Wednesday saying …": the publisher speaks
            publisher = self.resolve(shown)
            info = replace(publisher, mention=mention)
        elif group is not None:  # "One of them said", after "Two industry sources said"
            info = group
        elif named is not None:  # "the regional governor, Oleh Syniehubov,": an official
            role = text[: named.start("name")]  # ("his lawyer, Daniel Rourke,": a person)
            kind = EntityType.OFFICIAL if ROLE_WORDS.search(role) else classify(role)
            info = SourceInfo(named.group("name"), kind if kind is not EntityType.UNKNOWN
                              else EntityType.PERSON, mention, False,
                              self.parties.match(text) or owner_party(self.history, text)
                              or self._body_before(text))
        elif low == "you" and (called := _VOCATIVE.search(self.body, max(0, mention[0] - 60),
                                                          mention[0])) is not None:
            # "Mr. Whitfield, you have said …": the person addressed
            info = replace(self._named(called.span("who"), called.group("who")), mention=mention)
        elif (low in PERSONAL_PRONOUNS or low in _ORGANISATIONAL or low in _PLURAL) and not (
                text.strip().isupper() and len(text.strip()) > 1):  # "WHO", "US"
            info = self._pronoun(mention, low)
        elif is_nominal(text):
            info = self._nominal(mention, text)
            if info.party is None and _ALLEGIANCE.search(text):  # ", which is run by Hamas,"
                info = replace(info, party=self.parties.match(text))
        else:
            short = short_mention(self.body, self.history, text)  # "the Guards": named before
            info = replace(short, mention=mention) if short else self._named(mention, text)
        if info.entity_type is EntityType.ORGANISATION and turn_name(self.body, mention[0]) and (
                info.party is None and not known_head(text)):
            info = replace(info, entity_type=EntityType.PERSON)  # "RAMOS:", not "UNICEF:"
        self.history.append(info)
        return info

    def remember(self, mention: Offsets) -> SourceInfo:
        """Resolve a mention that is not itself a claim's source (a relay, say)."""
        return self.resolve(mention)

    def _named(self, mention: Offsets, text: str) -> SourceInfo:
        text = _DEFINED_ACRONYM.sub("", text) if "(" in text else text  # "X (RIA)"
        party = self.parties.match(text)
        if party is None and ", " in text:  # "X, the commander of Ukraine's eastern group"
            party = self.parties.match(text.partition(", ")[2])
        between = text.find(" between ")
        if party is not None and between >= 0 and all(
                at > between for at, _ in self.parties.named_in(text, 0, len(text))):
            party = None  # "Egypt and Qatar, which have been mediating between Israel and Hamas"
        anonymous = is_anonymous(text)
        name = clean_name(text)
        # its party's name only for (nearly) an alias: "a Russian military spokesperson" stays one
        named_party = party is not None and party.aliases and self.parties.names_party(name)
        surname = None if anonymous else bare_surname(name)  # ("Jordan" may be Jim Jordan)
        if surname is not None:  # "Kiper said" after "Regional governor Oleh Kiper"
            earlier = self._people.last_named(self.history, surname)
            if earlier is not None:
                return SourceInfo(earlier.name, earlier.entity_type, mention, False, earlier.party
                                  or (None if self.parties.is_metonym(text) else party))  # "Aden"
        if anonymous:
            kind = EntityType.ANONYMOUS
        elif named_party and party is not None:
            kind, name = party.entity_type, party.name
        elif party is not None and self.parties.is_metonym(text):  # "Moscow said"
            kind = party.entity_type
        else:
            kind = classify_in_context(text, self.body[mention[1] : mention[1] + 40])
            if kind is EntityType.PERSON:  # "Ambrey", a security firm; "My Vote", a group
                if name not in self._described:  # a name recurs: look it up once
                    self._described[name] = described_elsewhere(self.body, name)
                kind = self._described[name] or kind
            described = None if anonymous else described_person(name)
            if described is not None:
                # "Clara Dunmore, head of marine at Halcyon Risk": the name, and what she is
                name, kind = described
        owner = owner_party(self.history, text, self.body[:mention[0]]) if party is None else None
        if owner is None and party is None and not anonymous:
            # "Army spokesman X" after the army; "The Ministry of Defence" after Azerbaijan's
            owner = self._body_before(text)
            party = None if owner is not None else same_body_before(text, self._heard())
            kind = party.entity_type if party is not None else kind
        if owner is not None:  # "The RSF said … Its spokesman Al-Fateh Qurashi claimed"
            party, kind = owner, EntityType.OFFICIAL
        if party is None and not anonymous:
            role = role_before(self.body, mention[0])
            if role is not None:
                # "The RSF's spokesman, Al-Fateh Qurashi, said": whose spokesman he is
                party = self.parties.match(role) or owner_party(self.history, role) or (
                    self._body_before(role))
                if party is not None or kind in (EntityType.PERSON, EntityType.UNKNOWN):
                    kind = EntityType.OFFICIAL
        return SourceInfo(_AGE.sub("", name), kind, mention, anonymous, party)

    def _body_before(self, text: str) -> Party | None:
        """The party of a body heard just before whose role ``text`` names (its spokesman)."""
        return body_named_before(text, self._heard())

    def _heard(self) -> Iterator[tuple[str, Party | None]]:
        """The party mentions heard last (text, party), latest first."""
        return ((self.body[e.mention[0] : e.mention[1]], e.party)
                for e in reversed(self.history[-12:]) if e.party is not None)

    def _pronoun(self, mention: Offsets, low: str) -> SourceInfo:
        if low in ("we", "i") and not self._quoted(mention[0]):
            # "We found no sign": outside quotations, the writers; in a transcript, whose turn
            turn = turn_speaker(self.body, mention[0])
            if turn is not None:
                return replace(self._named(turn, self.body[turn[0] : turn[1]]), mention=mention)
            line = self.body.rfind("\n", 0, mention[0]) + 1
            if _ANSWER.match(self.body, line):  # "A: … I think the front will hold"
                return self._interviewee(mention)
            return SourceInfo("the authors", EntityType.MEDIA, mention, False, None)
        antecedent = (self._relative_antecedent(mention) if low in ("who", "which")
                      else self._publisher(mention) or self._previous_subject(mention)
                      if low in ("it", "they") else self._person_before(mention)
                      if low in ("he", "she") else None)
        if antecedent is not None:
            return SourceInfo(antecedent.name, antecedent.entity_type, mention,
                              antecedent.anonymous, antecedent.party)
        for earlier in reversed(self.history):
            # a party's named leader ("President Zelenskiy") is typed by it, but is a "he"
            head = earlier.name.split()[-1].lower() if earlier.name else ""
            if low in PERSONAL_PRONOUNS and head.endswith("s") and (
                    head[:-1] in PERSON_NOUNS or head[:-2] in PERSON_NOUNS or head.endswith(
                        ("ists", "experts"))):
                continue  # "Officials said … she wrote", "witnesses": never a group
            if low in _OTHER_GENDER and _OTHER_GENDER[low].search(self.body, *earlier.mention):
                continue  # "she" is not "a drone operator who gave only his call sign"
            said = self.body[earlier.mention[0] : earlier.mention[1]]  # "he": "Yahya Saree"
            if low == "it" and said[:4].lower() == "its " and _OWNED.search(said):
                continue  # "its vote tabulation put …. It said": what it owns is no "it"
            person = head in PERSON_NOUNS or (not institution_name(earlier.name) and (  # "a
                earlier.entity_type in PERSON_TYPES or (  # company spokesman" is a person
                    personal_name(earlier.name) and earlier.entity_type not in _NAMED_BODIES)
                )) or (low in PERSONAL_PRONOUNS and personal_name(said))
            if (low in PERSONAL_PRONOUNS and person) or (
                    low in _ORGANISATIONAL and not person) or low in _PLURAL:
                # whoever asked not to be named stays unnamed when taken up again
                anonymous = earlier.anonymous or any(
                    e.anonymous and e.name == earlier.name for e in self.history)
                kind = EntityType.ANONYMOUS if anonymous else earlier.entity_type
                return SourceInfo(earlier.name, kind, mention, anonymous, earlier.party)
        kind = EntityType.PERSON if low in PERSONAL_PRONOUNS else EntityType.UNKNOWN
        return SourceInfo(self.body[mention[0] : mention[1]], kind, mention, False, None)

    def _relative_antecedent(self, mention: Offsets) -> SourceInfo | None:
        """``Mr. Reid, who said …``: the noun phrase "who" takes up."""
        span, host_at = relative_antecedent(self.body, mention[0])
        if host_at is not None:  # "said Mariam Haidar, 46, a neighbour who said": named
            host = self._relative_antecedent((host_at, mention[1]))
            if host is not None and host.entity_type in PERSON_TYPES:
                return host
        return self._named(span, self.body[span[0] : span[1]]) if span is not None else None

    def _interviewee(self, mention: Offsets) -> SourceInfo:
        """Who answers "A:": the person the outlet spoke to, named before the transcript."""
        if self._interviewees is None:
            self._interviewees = interviewees(self.body)
        named = interviewee_before(self.body, mention[0], self._interviewees)
        if named is None:
            return SourceInfo("interviewee", EntityType.PERSON, mention, False, None)
        found = self._named(named, self.body[named[0] : named[1]])
        return SourceInfo(found.name, found.entity_type, mention, False, found.party)

    def _person_before(self, mention: Offsets) -> SourceInfo | None:
        """``Trump said Biden lied when he claimed``: the clause's named subject; ``Halyna,
        71, declined to … "…," she said``: a person opening the sentence before."""
        span = clause_person(self.body, mention[0])
        kinds = PERSON_TYPES if span is not None else {EntityType.PERSON}
        span = span or previous_person(self.body, mention[0])
        if span is None or (self.history and self.history[-1].mention[0] > span[0]):
            return None
        found = self._named(span, self.body[span[0] : span[1]])
        return found if found.entity_type in kinds else None

    def _previous_subject(self, mention: Offsets) -> SourceInfo | None:
        """``The Israeli military gave another version. In a statement, it said …``: an
        organisation opening the sentence before, if no source was heard after it."""
        span = own_subject(self.body, mention[0]) or previous_subject(self.body, mention[0])
        if span is None or (self.history and self.history[-1].mention[0] >= span[0]):
            return None
        found = self._named(span, self.body[span[0] : span[1]])
        return found if found.entity_type in _BODY_TYPES else None

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation."""
        self._quotes = self._quotes or QuoteIndex(self.body)
        return self._quotes.region_at(pos) is not None

    def _issuer(self, mention: Offsets, head: str) -> SourceInfo | None:
        """``The Malian army said in a statement … The statement said``: the army, the source
        last heard issuing one (as a source of the sentence that mentions it)."""
        window = self.body[max(0, mention[0] - 1500) : mention[0]].lower()
        if head not in window:
            return None
        at = max(0, mention[0] - 1500) + window.rfind(head)
        for earlier in reversed(self.history[-12:]):  # or a body that posted since
            if (earlier.mention[0] > at and _POSTED.match(self.body, earlier.mention[1])) or (
                    earlier.mention[0] < at and at - earlier.mention[1] < 80 and (
                    earlier.entity_type not in (EntityType.DOCUMENT, EntityType.UNKNOWN))):
                return SourceInfo(earlier.name, earlier.entity_type, mention, earlier.anonymous,
                                  earlier.party)
        return None

    def _publisher(self, mention: Offsets) -> SourceInfo | None:
        """``X published footage that it said …``, ``Dubai Airports said …, but it said``: X."""
        if (span := publisher_before(self.body, mention[0])) is not None:
            return self._named(span, self.body[span[0] : span[1]])
        last = self.history[-1] if self.history else None
        return None if last is None or last.anonymous or (last.entity_type in PERSON_TYPES and (
            not _BODY_NAME.search(last.name))) or _SENTENCE_BREAK.search(
            self.body, last.mention[1], mention[0]) else last  # (not "Smith said …, but it")

    def _nominal(self, mention: Offsets, text: str) -> SourceInfo:
        # "The official, who was not authorised to brief the media,": an official
        head = (APPOSITION.sub("", text).split() or text.split())[-1].rstrip(",").lower()
        if head in _ISSUED_THINGS and (issuer := self._issuer(mention, head)) is not None:
            return issuer
        since = body_named_since(self.body, head, self.history, mention[0])
        if head == "agency" and since:
            return self._named(mention, since)  # "The IAEA did not … The agency said": IAEA
        opener = self._previous_subject(mention)  # "X's Defence Ministry gave another account."
        if opener is not None and head in WORD.findall(opener.name.lower()) and (
                not other_portfolio(text, opener.name)):
            return taken_up(opener, mention, text, head)
        for earlier in reversed(self.history[-12:]):
            # the name before any apposition ("DeepState, a monitoring group" is no ministry), or
            # all of an unnamed source's description, and of "X, a group," for "the group"
            said = self.body[earlier.mention[0] : earlier.mention[1]]
            said = said if earlier.anonymous or head in GROUP_HEADS else said.split(",", 1)[0]
            if head in GROUP_HEADS and (is_nominal(said) or said.islower()):
                continue  # "the group" again: the organisation heard last decides (below)
            if names_again(text, said, head) and not (earlier.anonymous and re.search(
                    r"\b" + re.escape(head) + _MODIFIER_OF, said.lower())):  # a head only: not
                return taken_up(earlier, mention, text, head)  # "a police union official")
        full = named_with_head(self.body, head, mention[0])
        if full is not None and not other_portfolio(text, full):
            named = self._named(mention, full)
            if named.party is not None or named.entity_type != EntityType.UNKNOWN:
                return named
        if since is not None:  # "The SEC filed a lawsuit. The agency said": the SEC
            return self._named(mention, since)
        kinds = BODY_KINDS.get(head, frozenset())  # "MSF said … The charity said": MSF
        for body in (e for e in reversed(self.history[-12:]) if e.entity_type in kinds and not (
                is_nominal(self.body[e.mention[0] : e.mention[1]]))):  # "The union" is no firm
            return replace(body, mention=mention, anonymous=False)
        if head in GROUP_HEADS:
            # "Hezbollah said … The group said": the group heard last, as a source or named
            heard = next((e for e in reversed(self.history[-12:])
                          if e.entity_type in _GROUP_TYPES and not e.anonymous
                          and not (STATE_FORCE.search(e.name.title())
                                   and e.entity_type is not EntityType.ORGANISATION)
                          and (head not in _ARMED_HEADS or e.party is not None)), None)
            groups = [(at, p) for at, p in self.parties.named_in(
                self.body, max(0, mention[0] - 1500), mention[0]) if not STATE_FORCE.search(
                p.name) or p.entity_type is EntityType.ORGANISATION]  # "Arakan Army" is a group
            if groups and (heard is None or groups[-1][0] > heard.mention[0]):
                party = groups[-1][1]
                return SourceInfo(party.name, party.entity_type, mention, False, party)
            if heard is not None:
                return SourceInfo(heard.name, heard.entity_type, mention, False, heard.party)
        return self._named(mention, text)


_OWNED = re.compile(r"(?:tabulation|tally|count|figures|data|analysis|survey|estimate)\W*$")
_ALLEGIANCE = re.compile(r"\b(?:run|controlled|backed|funded|led|operated)\s+by\b|\bloyal\s+to\b")
_DEFINED_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)(?=,|$)")
# "CENTCOM said in a post on X": a body that issued something the next "statement" is
_POSTED = re.compile(r"\s+(?:said|says|wrote|posted)\s+(?:in\s+a\s+(?:post|video|message)"
                     r"|on\s+[A-Z])")
_ISSUED_THINGS = frozenset({"statement", "communique", "communiqué", "release", "post"})
_SHOWN = IMAGE_WORDS | _ISSUED_THINGS  # what a publisher speaks through
_AGE = re.compile(r",\s*\d{1,3},?\s*$")  # "Plant director Oleksandr Kravets, 58": no age
_SENTENCE_BREAK, _BODY_NAME = re.compile(r"[.!?;:][\"”’']?\s|\n"), re.compile(
    r"^[A-Z]\w*(?:\s+[A-Z][\w’'.-]*)*\s+[A-Z]\w*s$|^[A-Z]{2,}")  # "Dubai Airports", "CENTCOM"
_OTHER_GENDER = {"she": re.compile(r"\b(?:his|him|he|man|Mr|(?:spokes|chair|business)man)\b"),
                 "he": re.compile(r"\b(?:her|she|woman|Mrs|Ms|(?:spokes|chair)woman)\b")}
_GROUP_TYPES = frozenset({EntityType.ORGANISATION, EntityType.MILITARY})
_MODIFIER_OF = r"\s+(?!(?:and|or|of|for|in|at|on|who|with|from|close|familiar|[a-z]+ed)\b)[a-z]"
_BODY_TYPES = _GROUP_TYPES | {EntityType.GOVERNMENT, EntityType.MEDIA}
