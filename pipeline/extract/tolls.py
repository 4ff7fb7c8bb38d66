"""Casualty (and displacement) counts that two sources give differently.

"The health ministry said 40 people were killed in the strike. The Israeli military put the
number of dead at 12." Nobody denies anything, yet the two counts cannot both be right, and
competing tolls are the commonest disagreement in war reporting. Two attributed claims
dispute each other here when they are close (one sentence or up to three apart), come from
different sources, count the same thing (deaths, injuries or the displaced, of one group: "people"
and "the dead" are one group, "civilians" and "militants" are not, as one may be part of
the other), over the same period, with ranges that cannot overlap ("at least 30" and "8"
cannot; "at least 12" and "40" can), and are about the same event: a place or a content
word both name, or the later one speaks of "the toll", "the number of dead" or "the
figure".

>>> from pipeline.extract.engine import extract
>>> from pipeline.models import Article
>>> body = ("Local officials said at least 30 civilians died in the shelling of Izium. "
...         "The army said 8 civilians died in Izium.")
>>> [c.status for c in extract(Article(id="a", body=body), threshold=0).claims]
['disputed', 'disputed']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pipeline.extract.accusations import DENIAL_VERBS
from pipeline.extract.contradictions import same_subject
from pipeline.extract.drafts import Draft
from pipeline.extract.lexicon import UNINFORMATIVE_WORDS
from pipeline.extract.stems import word_stems
from pipeline.models import ClaimType, Quantity, QuantityQualifier, Reason, ReasonCode, Span

__all__ = ["contradicting_counts"]

_WINDOW = 3  # sentences apart at most
_NEIGHBOURS = 8  # earlier counting claims looked at, at most (keeps the pass linear)
_LOOK = 40  # characters around a number searched for what it counts

_DEATH = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|dying|die|fatalit(?:y|ies)|bodies|lives"
    r"|death\s+toll|toll(?!\s+(?:roads?|booths?|gates?|free|charges?)))\b", re.IGNORECASE)
_INJURY = re.compile(r"\b(?:wounded|wounding|injured|injuring|injur(?:y|ies)|hurt)\b",
                     re.IGNORECASE)
# Counts of people driven from their homes compete as tolls do.
_DISPLACED = re.compile(r"\b(?:displaced|displacing|displacement|(?:had\s+|have\s+)?fled"
                        r"|uprooted|homeless|refugees)\b", re.IGNORECASE)
# What a count counts, when it is no group of its own: these name one group, the toll's
_GENERIC = frozenset({"people", "persons", "person", "dead", "deaths", "killed", "bodies",
                      "fatalities", "victims", "wounded", "injured", "casualties", "lives",
                      "others", "individuals"})
# Words every toll shares: they say nothing about which event is counted
_TOLL_STEMS = word_stems(
    "killed dead deaths died wounded injured toll casualties number figure people civilians"
    " least bodies victims soldiers children women displaced fled refugees")[0] | word_stems(
        " ".join(UNINFORMATIVE_WORDS))[0]
# "the toll", "the number of dead", "that figure": the later claim speaks of the same count
_SAME_TOLL = re.compile(
    r"\b(?:the|its|their|that|this)\s+(?:(?:death|casualty)\s+)?(?:toll|figures?|tally"
    r"|count|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|fatalities|casualties"
    r"|victims|injured|wounded))\b"
    # "the Red Cross said it had counted at least 140 dead": a count of its own of the toll
    r"|\bcounted\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?[\d,]+\s+(?:dead|deaths|bodies)\b",
    re.IGNORECASE)
# Deaths a measure prevented are no toll: "vaccines prevented 14.4 million deaths"
_AVERTED = re.compile(r"\b(?:prevent(?:ed|s|ing)?|sav(?:ed|es|ing)|avert(?:ed|s|ing)?"
                      r"|avoid(?:ed|s|ing)?)\b[^.;]*$", re.IGNORECASE)
# "globally" against "in the United States alone": counts of different scope
_GLOBAL = re.compile(r"\b(?:globally|worldwide|around\s+the\s+world|across\s+the\s+world)\b",
                     re.IGNORECASE)


_TIMES = re.compile(r"\s+times\b")
_SAME_GROUP = {"servicemen": "soldiers", "troops": "soldiers", "servicemembers": "soldiers",
               "service members": "soldiers"}
_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:an|ian|ese|ish|i)\b")
_GREW = re.compile(r"\b(?:rose|risen|rising|climbed|doubled|tripled|increased|jumped|grown|grew"
                   r"|swelled|mounted)\s+(?:again\s+)?to\s+(?:at\s+least\s+|more\s+than\s+)?$",
                   re.IGNORECASE)
# "put the number at 176", "gave the total as 90": the later claim's count of the same thing
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|gave|gives|set|sets)\s+(?:the|its"
                     r"|their|that)\s+(?:[\w-]+\s+)?(?:number|figure|total|count|tally|toll)\s+(?:at|as)\s+$")


@dataclass(frozen=True, slots=True)
class _Count:
    quantity: Quantity
    measure: str  # "death" or "injury"
    group: str  # "" for a toll of anyone
    low: float
    high: float


def contradicting_counts(body: str, drafts: list[Draft]) -> None:
    """Give ``disputed`` reasons to pairs of claims whose sources count one toll differently."""
    # ("Moscow denies targeting civilians, though thousands have been killed": a count in
    # what a source denies is not its count)
    counting = [(d, counts) for d in drafts if d.source is not None and not d.meta
                and d.attribution is not None and d.quantities
                and body[d.attribution.cue[0] : d.attribution.cue[1]].lower() not in DENIAL_VERBS
                and (counts := _counts(body, d))]
    for at, (later, later_counts) in enumerate(counting):
        for earlier, earlier_counts in reversed(counting[max(0, at - _NEIGHBOURS) : at]):
            if later.first - earlier.last > _WINDOW:
                break
            if earlier.span[1] > later.span[0] or not _other_source(earlier, later):
                continue
            pair = _disagreeing(earlier_counts, later_counts)
            if pair is None or not _same_event(body, earlier, later):
                continue
            if (pair[1].value or 0.0) > (pair[0].value or 0.0) and _GREW.search(
                    body, max(0, pair[1].span.start - 30), pair[1].span.start):
                continue  # "… had doubled to 80": the toll grew since, no rival count
            _dispute(body, earlier, later, pair[1])
            _dispute(body, later, earlier, pair[0])
            break
    _put_at_another(body, drafts)
    _corrected(body, drafts)
    _none_against_some(body, drafts)


# "no civilians were killed in its airstrike" against "several civilians were among the dead"
_NONE_HARMED = re.compile(
    r"\bno\s+(?P<group>civilians|children)\s+(?:[\w-]+\s+){0,2}?(?:was|were|had\s+been|has\s+been"
    r"|have\s+been)\s+(?P<harm>killed|hurt|injured|harmed|wounded)\b", re.IGNORECASE)
# the group harmed in the other account, the group word beside the harm
_SOME_HARMED = {
    "killed": r"(?:killed|dead|died|among\s+the\s+dead)",
    "harmed": r"(?:killed|dead|died|among\s+the\s+dead|wounded|injured|hurt|among\s+the\s+"
              r"(?:wounded|injured))"}
_NONE_BEFORE = re.compile(r"\b(?:no|not|none\s+of\s+the|without)\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
_ELSEWHEN = re.compile(r"\b(?:separate|separately|last\s+(?:month|year|week)|(?:19|20)\d\d"
                       r"|earlier\s+this\s+(?:month|year)|previous|since|over\s+the\s+past"
                       r"|in\s+the\s+past|before|often|such|similar|repeatedly|usually"
                       r"|(?:has|have)\s+killed)\b", re.IGNORECASE)
# no fact: "could be killed", "whether civilians were killed", "were not killed"
_OPEN = re.compile(r"\b(?:whether|if|unclear|investigat\w*|establish\w*|warn\w*|risk\w*|fear\w*)\b",
                   re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|on|near|at)\s+((?:[A-Z][\w'’-]+\s?){1,3})")
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _none_against_some(body: str, drafts: list[Draft]) -> None:
    """A source's "no civilians were killed" and another side's civilians among the dead of
    the same strike (one sentence apart, no other time) cannot both hold (no count needed)."""
    for at, none in enumerate(drafts):
        cleared = _NONE_HARMED.search(body, none.span[0], none.span[1]) if (
            none.source is not None and not none.meta) else None
        if cleared is None or _ELSEWHEN.search(body, none.span[0], none.span[1]):
            continue
        group, harm = cleared.group("group"), _SOME_HARMED[
            "killed" if cleared.group("harm").lower() == "killed" else "harmed"]
        some = re.compile(rf"\b{group}\s+(?:(?!(?:not|never|no|could|would|may|might|can"
                          rf"|will|should)\b)[\w-]+\s+){{0,2}}?{harm}\b|\b(?:killed|killing"
                          rf"|including)\s+(?:(?!(?:as|among|amongst|but|not|no|without|disguised|hiding|posing"
                          rf"|dressed)\b)[\w-]+\s+){{0,4}}?{group}\b", re.IGNORECASE)
        for other in drafts[max(0, at - _NEIGHBOURS) : at + _NEIGHBOURS]:
            if other is none or other.meta or abs(other.first - none.first) > 1 or (
                    ClaimType.CASUALTY not in other.types) or not _other_source(none, other) or (
                    _same_side(none, other)) or other.source is None or _ELSEWHEN.search(
                        body, max(0, min(other.span[0], other.source.mention[0]) - 30),
                        other.span[1]):
                continue
            named = some.search(body, other.span[0], other.span[1])
            if named is None or _NONE_BEFORE.search(body, max(0, named.start() - 20),
                                                    named.start()) or _OPEN.search(
                    body, max(0, named.start() - 40), named.start()) or _elsewhere(
                    body, none, other):
                continue
            said = Quantity(text=named.group(), span=Span(start=named.start(), end=named.end(),
                                                          text=named.group()))
            _dispute(body, none, other, said, body[other.span[0] : other.span[1]])
            _dispute(body, other, none, Quantity(text=cleared.group(), span=Span(
                start=cleared.start(), end=cleared.end(), text=cleared.group())),
                body[none.span[0] : none.span[1]])


def _elsewhere(body: str, one: Draft, other: Draft) -> bool:
    """Whether two accounts name different places or weekdays ("its strike on Kharkiv" and "a
    missile attack on Odesa")."""
    for pattern in (_PLACE, _WEEKDAY):
        ones = {m.group().split()[-1] for m in pattern.finditer(body, *one.span)}
        others = {m.group().split()[-1] for m in pattern.finditer(body, *other.span)}
        if ones and others and not ones & others:
            return True
    return False


def _same_side(one: Draft, other: Draft) -> bool:
    sides = [d.source.party.side for d in (one, other)
             if d.source is not None and d.source.party is not None]
    return len(sides) == 2 and sides[0] == sides[1]


def _corrected(body: str, drafts: list[Draft]) -> None:
    """``… 12 hostages had been handed over. Hamas said it had handed over 13 captives, not
    12``: a count given against another source's number, which it names, disputes it."""
    counted = [d for d in drafts if d.source is not None and not d.meta and d.quantities]
    for at, later in enumerate(counted):
        own, rival = next(((q, m) for q in later.quantities if q.value is not None and (
            m := _NOT_THAT.match(body, q.span.end))), (None, None))
        if own is None or rival is None:
            continue
        value = float(rival.group("n").replace(",", ""))
        for earlier in reversed(counted[max(0, at - _NEIGHBOURS) : at]):
            if later.first - earlier.last > _WINDOW:
                break
            named = next((q for q in earlier.quantities if q.value == value), None)
            if named is not None and earlier.span[1] <= later.span[0] and (
                    _other_source(earlier, later)):
                _dispute(body, earlier, later, own)
                _dispute(body, later, earlier, named)
                break


_NOT_THAT = re.compile(r",?\s+not\s+(?:the\s+)?(?P<n>\d[\d,]*)\b")


def _put_at_another(body: str, drafts: list[Draft]) -> None:
    """``… had released 183 prisoners. The prison service put the number at 176.``: "put
    the number at" gives another count of whatever was just counted, so any gap disputes."""
    counted = [d for d in drafts if d.source is not None and not d.meta and d.quantities]
    for at, later in enumerate(counted):
        put = next((q for q in later.quantities if q.value is not None and _PUT_AT.search(
            body, max(0, q.span.start - 60), q.span.start)), None)
        if put is None:
            continue
        for earlier in reversed(counted[max(0, at - _NEIGHBOURS) : at]):
            if later.first - earlier.last > _WINDOW:
                break
            if earlier.span[1] > later.span[0] or not _other_source(earlier, later):
                continue
            low, high = _bounds(put)
            counts = [q for q in earlier.quantities if q.value is not None and q.unit != "%"]
            if counts and not any(low <= _bounds(q)[1] and _bounds(q)[0] <= high for q in counts):
                # (no count of the earlier claim agrees with it: "5 killed in 3 villages" and
                # "put the number at 5" do)
                _dispute(body, earlier, later, put)
                _dispute(body, later, earlier, counts[0])
                break


def _counts(body: str, draft: Draft) -> list[_Count]:
    out = []
    for quantity in draft.quantities:
        if quantity.value is None or quantity.unit == "%" or quantity.text.startswith("$") or (
                _TIMES.match(body, quantity.span.end)):
            continue  # ("two or three times higher" multiplies a count; it is none)
        measure = _measure(body, quantity, draft)
        if measure is None or _AVERTED.search(body, max(draft.span[0], quantity.span.start - 30),
                                              quantity.span.start):
            continue
        unit = (quantity.unit or "").lower()
        unit = _SAME_GROUP.get(unit, unit)
        low, high = _bounds(quantity)
        # "four Armenian soldiers" and "two soldiers" (the speaker's own, perhaps) are not
        # one group; "30 Armenian servicemen" is
        side = _DEMONYM.search(quantity.text)
        group = "" if not unit or unit in _GENERIC else unit
        out.append(_Count(quantity, measure, f"{side.group().lower()} {group}" if side and group
                          else group, low, high))
    return out


def _measure(body: str, quantity: Quantity, draft: Draft) -> str | None:
    """Death, injury or displacement: the nearest such word around the number, inside the
    claim."""
    unit = (quantity.unit or "").lower()
    if _DEATH.fullmatch(unit):
        return "death"
    if _INJURY.fullmatch(unit):
        return "injury"
    start, end = quantity.span.start, quantity.span.end
    before = body[max(draft.span[0], start - _LOOK) : start]
    after = body[end : min(draft.span[1], end + _LOOK)]
    best: tuple[int, str] | None = None
    for pattern, measure in ((_DEATH, "death"), (_INJURY, "injury"), (_DISPLACED, "displaced")):
        first = pattern.search(after)
        if first is not None and (best is None or first.start() < best[0]):
            best = (first.start(), measure)
        for hit in pattern.finditer(before):  # the last one is the nearest
            distance = len(before) - hit.end()
            if best is None or distance < best[0]:
                best = (distance, measure)
    return best[1] if best is not None else None


def _bounds(quantity: Quantity) -> tuple[float, float]:
    value = quantity.value or 0.0
    qualifier = quantity.qualifier
    if qualifier is QuantityQualifier.RANGE and quantity.value_max is not None:
        return value, quantity.value_max
    if qualifier in (QuantityQualifier.AT_LEAST, QuantityQualifier.MORE_THAN):
        return value, math.inf
    if qualifier in (QuantityQualifier.AT_MOST, QuantityQualifier.LESS_THAN):
        return 0.0, value
    if qualifier is QuantityQualifier.APPROXIMATE:
        return value * 0.8, value * 1.2
    return value, value


def _disagreeing(earlier: list[_Count], later: list[_Count]) -> tuple[Quantity, Quantity] | None:
    for one in earlier:
        for other in later:
            if one.measure != other.measure or one.group != other.group:
                continue
            if one.quantity.period != other.quantity.period:
                continue
            # a gap of a tenth at least: "40" against "41" is an update, not a dispute
            if one.high * 1.1 < other.low or other.high * 1.1 < one.low:
                return one.quantity, other.quantity
    return None


def _other_source(one: Draft, other: Draft) -> bool:
    if one.source is None or other.source is None:
        return False
    names_one = {one.source.name, *(r.name for r in one.relays)}
    names_other = {other.source.name, *(r.name for r in other.relays)}
    return not names_one & names_other


def _same_event(body: str, earlier: Draft, later: Draft) -> bool:
    later_text = body[later.span[0] : later.span[1]]
    if bool(_GLOBAL.search(later_text)) != bool(_GLOBAL.search(body, *earlier.span)):
        return False  # the world's count and one country's
    return _SAME_TOLL.search(later_text) is not None or same_subject(
        body, earlier, later, _TOLL_STEMS)


def _dispute(body: str, claim: Draft, other: Draft, count: Quantity, says: str = "") -> None:
    if other.source is None or any(r.code == ReasonCode.DISPUTED for r in claim.reasons):
        return
    who = body[other.source.mention[0] : other.source.mention[1]]
    claim.reasons.append(Reason(
        code=ReasonCode.DISPUTED, cue=count.text,
        span=Span(start=count.span.start, end=count.span.end, text=count.text),
        explanation=f"Another source ({who}) " + (
            f"says “{says}”." if says else f"gives a different count: {count.text}.")))
