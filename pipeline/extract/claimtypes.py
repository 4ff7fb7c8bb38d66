"""What kind of claim a text makes, from word lexicons scanned once per article.

The body is split into words once; each word (or two- and three-word phrase) is looked up
in small lexicons that tag it (``capture``, ``casualty``, ``strike``, ``causal``,
``prediction``, plus ``outcome`` for results of fighting and ``opinion`` for evaluative
wording). A claim's types are the tags inside its span, found by bisection.

>>> text = "Units captured the crew of a tank and at least ten soldiers."
>>> [t.value for t in claim_types(text, True, False)]
['capture', 'quantity', 'action']
>>> [t.value for t in claim_types("The strike killed 12 people.", True, False)]
['casualty', 'strike', 'quantity', 'event']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress

from pipeline.models import ClaimType

__all__ = [
    "COMBAT_TYPES",
    "TypeIndex",
    "claim_types",
    "reports_combat_outcome",
    "types_from_tags",
]

#: Claim types about the fighting itself: what a party to a conflict may report self-servingly.
COMBAT_TYPES = frozenset({ClaimType.CAPTURE, ClaimType.STRIKE, ClaimType.CASUALTY})

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_GROUP = re.Match.group
_START = re.Match.start


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_EXACT: dict[str, frozenset[str]] = {}
_PREFIXES: dict[str, frozenset[str]] = {}
_PHRASES: dict[str, frozenset[str]] = {}


def _add(tag: str, exact: str = "", prefixes: str = "", phrases: tuple[str, ...] = ()) -> None:
    for word in exact.split():
        _EXACT[word] = _EXACT.get(word, frozenset()) | {tag}
    for prefix in prefixes.split():
        _PREFIXES[prefix] = _PREFIXES.get(prefix, frozenset()) | {tag}
    for phrase in phrases:
        _PHRASES[phrase] = _PHRASES.get(phrase, frozenset()) | {tag}


_add("casualty", "dead died dies death deaths casualty casualties fatality fatalities losses "
     "victim victims prisoner prisoners captive captives bodies eliminated neutralized "
     "neutralised wounded injured injuries injury injuring wounding", "kill massacr",
     ("lost soldiers", "lost troops", "lost men", "lost lives", "losing soldiers",
      "losing troops", "losing men", "one was hurt", "nobody was hurt", "no one hurt",
      "were hurt in", "was hurt in", "death toll", "forces toll", "civilian toll",
      "casualty toll", "human toll", "toll rose", "toll at", "toll climbed", "toll stood",
      "toll has risen", "toll had risen"))  # (the apostrophe of "forces' toll" goes)
# "11 people were hurt": hurt with a count ("exports were seriously hurt by sanctions" is no
# casualty)
_add("hurt", "", "", ("people were hurt", "others were hurt", "civilians were hurt",
                      "were seriously hurt", "were badly hurt", "were slightly hurt"))
# "hurt by" something is no casualty ("3,000 businesses were badly hurt by the sanctions")
# unless the thing is violent ("hurt by flying glass")
_add("hurtby", "", "", ("hurt by",))
_add("violentby", "", "", tuple(f"by {the}{cause}" for the in ("", "the ", "a ", "an ")
                                for cause in (
    "blast", "explosion", "shrapnel", "debris", "shelling", "strike", "attack", "fire",
    "gunfire", "missile", "drone", "rocket", "flying", "falling", "shell", "bomb", "bullets",
    "police", "soldiers", "troops", "security", "airstrike", "ied", "landmine", "mine",
    "mortar", "artillery", "grenade", "gas", "stray", "rubber", "russian", "israeli")))
_add("capture", "seize seized seizes seizing seizure liberate liberated liberation occupy "
     "occupied occupation overran overrun encircle encircled encirclement surrender "
     "surrendered retook retaken retake retakes advance advanced advances", "captur recaptur",
     ("took control", "taken control", "taken prisoner", "took prisoner", "fell to",
      "took full control", "taken full control", "took complete control",
      "taken complete control", "gained control", "taken the town", "took the town",
      "taken the city", "took the city", "taken the village", "took the village"))
_add("strike", "strike strikes struck airstrike airstrikes shelled shelling bombed bombing "
     "bombings bombardment missile missiles rocket rockets downed intercepted interception "
     "destruction attack attacked attacks raid raided raids hit fired artillery explosion "
     "explosions blast blasts sank sunk", "destroy",
     ("air strike", "air strikes", "drone attack", "drone attacks", "shot down", "blown up"))
# "its drone damaged a Russian landing ship" (not a delivery drone: see "civil")
_add("dronehit", "", "", ("drone damaged", "drones damaged", "drone struck", "drones struck"))
_add("causal", "because caused causes causing cause triggered triggers", "",
     ("due to", "led to", "leads to", "resulted in", "result in", "as a result", "owing to",
      "thanks to", "responsible for", "blamed for", "blame for"))
_add("prediction", "will forecast forecasts predict predicts predicted projected", "",
     ("going to", "expected to", "likely to", "could shift", "is set to", "are set to",
      "next week", "next month", "next year", "next few"))
_add("event", "killed died dead explosion blast struck hit")
_add("action", "took made sent won lost began signed launched voted passed held met gave left "
     "ran built cut raised paid spent sold bought")
_add("outcome", "prisoner prisoners captive captives destruction downed wounded losses lost "
     "losing sank sunk struck hit gain gains victory fortified stronghold strongholds "
     "position positions retook retaken fell casualty casualties overran overrun strike strikes "
     "fired launched targeted hits attacked",
     "captur seiz liberat destroy damag intercept repel repuls kill eliminat neutrali surrender "
     "retreat advanc success encircl recaptur",
     ("took control", "taken control", "shot down", "took full control", "taken full control",
      "taken the town", "took the town", "taken the city", "took the city", "taken the village",
      "took the village",
      "took complete control", "taken complete control", "gained control", "full control",
      "in control", "its objectives", "their objectives", "pushed back", "forced back",
      "driven back", "drove back"))
# Words of war: outcome words ("fell", "hit", "gains") are about the fighting only with one
# of these ("its inflation rate fell" is not).
_add("warfare", "forces troops army armies military soldiers servicemen personnel units unit "
     "brigade brigades battalion battalions regiment regiments fighters militants militia "
     "militias drones drone missiles missile rockets rocket tanks tank aircraft jets jet "
     "helicopters helicopter warplanes warship warships cruiser navy artillery positions "
     "village villages town towns city frontline offensive defences defenses convoy depot "
     "shelled shelling airstrike airstrikes overran overrun occupied airbase airfield airfields "
     "warehouse tanker tankers vessel vessels weapons weapon munitions ammunition projectiles "
     "targets destroyer destroyers frigate frigates ship ships airport barracks checkpoint "
     "headquarters garrison outpost trenches stronghold strongholds attack attacks assault "
     "assaults bunker bunkers boat boats gunboats fleet sortie sorties sabotage saboteurs "
     "infiltrators insurgents rebels guerrillas commandos mercenaries snipers launcher launchers "
     "howitzer howitzers mortars himars atacms iskander iskanders submarine submarines bomber "
     "bombers interceptors", "bombard",
     ("air defence", "air defense", "air defences", "air defenses", "front line", "air strike",
      "air strikes", "air base", "air bases", "military base", "military bases",
      "command centre", "command center", "command post", "command posts"))
_add("opinion", "should must important critical great terrible wonderful pray hope reminder "
     "underscores underscore highlights highlight demonstrates", "",
     ("i think", "i believe", "we believe", "in my view", "ought to"))

# Natural disasters strike and destroy too, but attack nobody.
_add("disaster", "earthquake earthquakes quake quakes flood floods flooding floodwaters storm "
     "storms hurricane hurricanes cyclone cyclones typhoon typhoons tsunami landslide landslides "
     "mudslide mudslides wildfire wildfires tornado tornadoes eruption aftershock aftershocks "
     "avalanche drought")

# Figures that "hit" a level are measured, not struck: "temperatures hit a record high".
_add("measure", "", "", ("hit a record", "hit record", "hit a high", "hit a low", "hit an all",
                         "hit new", "hit a new", "hit its highest", "hit its lowest"))

# The dead who vote (in fraud claims) are no toll: "ballots cast in the names of dead voters".
# "its delivery drone damaged a roof": no weapon
_add("civil", "", "", ("delivery drone", "delivery drones", "spraying drone", "camera drone",
                       "hobby drone", "consumer drone", "racing drone", "toy drone"))
_add("notoll", "motorway highway turnpike motorists cars pounds", "",
     ("toll road", "toll roads", "toll booth", "road toll", "bridge toll", "dead voters",
      "dead voter", "deceased voters", "dead people voted", "dead people voting",
      "prisoner swap", "prisoner exchange", "prisoner swaps", "prisoner exchanges",
      "prisoner release"))

# Surrendering papers or oneself to the police is no capture: "ordered to surrender his
# passport", "surrendered to police on Friday".
# ("The unemployment rate fell to 4.0%", "Exports fell to $2 billion": a figure, not a place)
_add("notcapture", "", "", (
    *(f"{figure} fell to" for figure in (
        "rate", "rates", "inflation", "unemployment", "exports", "imports", "prices", "shares",
        "index", "output", "sales", "profit", "profits", "revenue", "revenues", "growth",
        "turnout", "yields", "deficit", "surplus", "gdp")),
    *(f"{verb} {whose}{thing}" for verb in ("surrender", "surrendered", "surrenders")
      for whose in ("his ", "her ", "their ", "your ", "")
      for thing in ("passport", "passports", "travel", "licence", "license", "documents")),
    "surrendered to police", "surrendered to the police", "surrendered to authorities",
    "surrendered to the authorities", "surrender to police", "surrender to the police"))

# Words without which no discourse predicate or relay can match (see cues_discourse).
_add("discourse", "if should assuming false by citing quoting reference silent untrue fake "
     "evidence baseless gave how reached name identify mention disclose specify reveal "
     "elaborate lie lies invention provocation provocations nonsense fiction disinformation "
     "hoax slander smear pretext pants "
     "pinocchios preliminary provisional wrong inaccurate incorrect unfounded unsubstantiated "
     "groundless contested contests basis peer subject acknowledged true accurate correct "
     "absurd reflect revised withdrawn retracted amended names identities",
     "verif confirm corroborat provid offer present cite giv releas "
     "comment respond address overstat exaggerat inflat propagand fabricat mislead deny deni "
     "reject dismiss disput refut contradict debunk return check borne bore show reconcil "
     "establish unclear determin question doubt premature correspond lower higher smaller "
     "larger review examin inspect challenge accept unverif unconfirm uncorroborat",
     ("too high", "too low", "pushed back"))

_TYPE_OF = {
    "casualty": ClaimType.CASUALTY, "capture": ClaimType.CAPTURE, "strike": ClaimType.STRIKE,
    "causal": ClaimType.CAUSAL, "prediction": ClaimType.PREDICTION,
}
_ORDER = ("casualty", "capture", "strike", "causal", "prediction")
_PREFIX_LENGTHS = sorted({len(p) for p in _PREFIXES})
_PHRASE_FIRST = frozenset(p.split()[0] for p in _PHRASES)
_TAKING = frozenset({"taken", "took", "take", "takes", "taking"})
_CAPTURED = frozenset({"capture", "outcome"})
_NOT_PLACES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December I He She They We It The A
    This That""".split())  # noqa: SIM905


def _tags(word: str) -> frozenset[str]:
    tags = _EXACT.get(word, frozenset())
    for n in _PREFIX_LENGTHS:
        if len(word) >= n and word[:n] in _PREFIXES:
            tags = tags | _PREFIXES[word[:n]]
    if word.endswith("ed") and len(word) > 4:
        tags = tags | {"action"}
    return tags


# Word -> tags, filled as words are met; a plain dict looked up through a C-level map is
# several times cheaper per word than an lru_cache. Cleared when full so that a long-running
# worker's memory stays bounded.
_TAG_CACHE: dict[str, frozenset[str]] = {}
_TAG_CACHE_MAX = 65536


def _all_tags(words: list[str]) -> list[frozenset[str]]:
    missing = set(words).difference(_TAG_CACHE)
    if missing:
        if len(_TAG_CACHE) + len(missing) > _TAG_CACHE_MAX:
            _TAG_CACHE.clear()
            missing = set(words)
        for word in missing:
            _TAG_CACHE[word] = _tags(word)
    return list(map(_TAG_CACHE.__getitem__, words))


def _place_ends(body: str, matches: list[re.Match[str]], k: int) -> bool:
    """Whether the capitalised word ``k`` (or the name it opens) ends a place taken: "took
    Goma on Monday", "taken Chasiv Yar." but not "took Ukrainian soldiers prisoner", "took
    Reuters journalists on a tour", "take Christmas leave" (a noun follows the name)."""
    while k + 1 < len(matches) and matches[k + 1].group()[0].isupper() and (
            body[matches[k].end() : matches[k + 1].start()] == " "):
        k += 1  # "Chasiv Yar", "Kurakhove District"
    if k + 1 >= len(matches) or body[matches[k].end() : matches[k + 1].start()].strip():
        return True  # the text or the clause ends after the name
    return matches[k + 1].group().lower() in _AFTER_PLACE


_AFTER_PLACE = frozenset(
    """on in at after before from with and by during last this early late overnight
    yesterday today earlier following when where which amid despite""".split())  # noqa: SIM905


class TypeIndex:
    """Tagged word positions of one body, for fast per-span lookups."""

    __slots__ = ("_positions", "_tags")

    def __init__(self, body: str) -> None:
        # The per-word loop is the cost: words, starts and tags come from C-level maps, and
        # only the few words that can open a phrase are looked at in Python. Every word is
        # ASCII letters, so lower-casing them joined is the same as one by one.
        matches = list(_WORD.finditer(body))
        words = "\n".join(map(_GROUP, matches)).lower().split("\n") if matches else []
        found = _all_tags(words)
        phrases = _PHRASES
        n = len(words)
        for i in compress(range(n), map(_PHRASE_FIRST.__contains__, words)):
            if i + 1 < n:
                pair = words[i] + " " + words[i + 1]
                extra = phrases.get(pair)
                if extra:
                    found[i] = found[i] | extra
                if i + 2 < n:
                    extra = phrases.get(pair + " " + words[i + 2])
                    if extra:
                        found[i] = found[i] | extra
        for i in compress(range(n - 1), map(_TAKING.__contains__, words)):
            # "their troops have taken Chasiv Yar": a place taken by a force is a capture
            # (the phrase list can name "the town", not every town; "took Trump to court"
            # is none)
            after = matches[i + 1].group()
            if after[0].isupper() and after not in _NOT_PLACES and any(
                    "warfare" in tags for tags in found[max(0, i - 4) : i]) and (
                    _place_ends(body, matches, i + 1)):
                found[i] = found[i] | _CAPTURED
        self._positions = list(map(_START, compress(matches, found)))
        self._tags = list(filter(None, found))

    def tags(self, start: int, end: int) -> frozenset[str]:
        """All tags of words starting inside ``[start, end)``."""
        i = bisect_left(self._positions, start)
        j = bisect_left(self._positions, end, lo=i)
        out: frozenset[str] = frozenset()
        for tags in self._tags[i:j]:
            out = out | tags
        return out

    def sentences_with(self, tag: str, sentence_starts: list[int]) -> list[int]:
        """Indices of the sentences (given by their starts) holding a word with ``tag``."""
        found: list[int] = []
        for pos, tags in zip(self._positions, self._tags, strict=True):
            if tag in tags:
                index = bisect_right(sentence_starts, pos) - 1
                if index >= 0 and (not found or found[-1] != index):
                    found.append(index)
        return found

    def types(self, start: int, end: int, has_quantity: bool, attributed: bool
              ) -> list[ClaimType]:
        """Claim types of the span, most specific first."""
        return types_from_tags(self.tags(start, end), has_quantity, attributed)


def types_from_tags(tags: frozenset[str], has_quantity: bool, attributed: bool
                    ) -> list[ClaimType]:
    """Claim types for the tags of a span (:meth:`TypeIndex.tags`), most specific first."""
    found = [_TYPE_OF[t] for t in _ORDER if t in tags and not (
        t == "strike" and ("disaster" in tags or "measure" in tags) and "warfare" not in tags)
        and not (t == "casualty" and "notoll" in tags and "warfare" not in tags)
        and not (t == "capture" and "notcapture" in tags and "warfare" not in tags)]
    if has_quantity and "hurt" in tags and ("hurtby" not in tags or "violentby" in tags) and (
            ClaimType.CASUALTY not in found):
        found.insert(0, ClaimType.CASUALTY)
    if "dronehit" in tags and "civil" not in tags and ClaimType.STRIKE not in found:
        found.insert(len([k for k in found if k is ClaimType.CASUALTY]), ClaimType.STRIKE)
    if has_quantity:
        found.insert(len([k for k in found if k in COMBAT_TYPES]), ClaimType.QUANTITY)
    if not COMBAT_TYPES.isdisjoint(found) or ClaimType.CAUSAL in found:
        found.append(ClaimType.EVENT if "event" in tags else ClaimType.ACTION)
    elif "action" in tags:
        found.append(ClaimType.ACTION)
    if attributed and not found:
        found.append(ClaimType.STATEMENT)
    return found


def claim_types(text: str, has_quantity: bool, attributed: bool) -> list[ClaimType]:
    """Types for one text (the engine uses a :class:`TypeIndex` over the whole body)."""
    return TypeIndex(text).types(0, len(text), has_quantity, attributed)


def reports_combat_outcome(text: str) -> bool:
    """Whether a text reports a result of fighting: gains, captures, kills, losses.

    >>> reports_combat_outcome("Units captured ten soldiers"), reports_combat_outcome("We pray")
    (True, False)
    """
    return "outcome" in TypeIndex(text).tags(0, len(text))
