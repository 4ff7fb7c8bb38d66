"""Quantities: numbers (digits or words) with their qualifier, unit and time frame.

>>> text = "They shot down 37 drones in a single week and took at least ten soldiers."
>>> for q in find_quantities(text):
...     print(q.text, q.value, q.qualifier, q.unit, q.period, sep=" | ")
37 drones in a single week | 37.0 | exact | drones | in a single week
at least ten soldiers | 10.0 | at_least | soldiers | None
>>> [(q.value, q.value_max, q.qualifier, q.unit)
...  for q in find_quantities("between 5 and 7 percent")]
[(5.0, 7.0, 'range', '%')]
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extract.bare_counts import counted_before
from pipeline.extract.number_words import CURRENCY_SIGN, parse_number, shared_scale
from pipeline.extract.number_words import NUMBER as _NUMBER
from pipeline.extract.number_words import VAGUE_COUNTS as _VAGUE
from pipeline.extract.proportions import find_proportions
from pipeline.extract.trie import trie_pattern
from pipeline.models import Quantity, QuantityQualifier, Span

__all__ = ["find_quantities", "parse_number"]  # (parse_number: see number_words.py)

_QUALIFIER = (
    r"at least|no fewer than|no less than|a minimum of|at most|up to|no more than|a maximum of"
    r"|more than|over|above|in excess of|upwards of|less than|fewer than|under|below"
    r"|about|around|approximately|roughly|nearly|almost|some|an estimated|close to|closer to"
    r"|as many as|as much as|as high as|as low as|as long as|as far as|as few as|as little as"
    r"|an additional|another|only|just"
)
# Tried at every word start of a window, so prefix-factored. No qualifier is a prefix of
# another, so at most one can match at a place and the order of the alternatives is moot.
_QUALIFIER_TRIE = trie_pattern(_QUALIFIER.split("|"))
_QUAL_KIND = {q: kind for kind, words in (
    (QuantityQualifier.AT_LEAST, "at least|no fewer than|no less than|a minimum of|upwards of"
                                 "|as low as|as few as|as little as"),
    (QuantityQualifier.AT_MOST, "at most|up to|no more than|a maximum of|as many as|as much as"
                                "|as high as|as long as|as far as"),
    (QuantityQualifier.MORE_THAN, "more than|over|above|in excess of"),
    (QuantityQualifier.LESS_THAN, "less than|fewer than|under|below"),
) for q in words.split("|")}
_PERIOD = (
    r"(?:in|over|during|within|across|for|throughout)\s(?:just\s)?(?:a\s(?:single\s)?|the\s"
    r"(?:past\s|last\s|previous\s|first\s|same\s)?|one\s|\d+\s|two\s|three\s|several\s|recent\s)?"
    r"(?:\d+\s)?(?:hours?|days?|weeks?|months?|years?|night|weekend|decades?|24 hours)"
    r"|(?:per|a|an|each|every)\s(?:day|week|month|year|hour)(?!\s+(?:ago|earlier|before|later))"
    r"|overnight|daily|weekly|monthly|annually|(?:last|this)\s(?:week|month|year|night|weekend)"
    r"|since\s(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s\d{4})?|since\s\d{4}"
    r"|since\sthe\s(?:start|beginning)\sof\s[\w ]{1,20}?(?=[,.;]|\s(?:and|but)\b)"
)
_NOT_UNIT = (
    r"(?:of|the|a|an|and|or|but|in|on|at|to|for|from|with|by|as|is|was|were|are|be|been|has"
    r"|have|had|that|this|which|who|when|where|than|then|per|percent|old|ago|more|less|times"
    r"|each|while|after|before|since|during|over|into|out|up|down|it|they|he|she|we|its"
    r"|their|his|her|said|says|did|do|does|will|would|could|can|may|might|should|must|not"
    r"|across|always|perhaps|us|thus|unless|besides|towards|whereas|afterwards|as|was|has"
    r"|is|this|yes|yet|also|still|less|plus|them|those|these|whom|us|last|next|tolerance"
    # "about 190,000 between …", "the 17 million figure appears …", "31 Palestinians near"
    r"|between|among|against|despite|appears|seems|shows|means|remains|includes|suggests"
    r"|indicates|represents|comes|goes|higher|lower|larger|smaller|greater|fewer"
    r"|(?:near|outside|inside|along|beside|behind|within|amid|beyond)(?=\s+(?:the|a|an|its|\d))"
    # adverbs: "11 Kenyans provisionally suspended" counts Kenyans
    r"|[a-z]{2,}(?:ally|ively|ously|ently|antly|ately|edly|ingly|fully|lessly|arly))\b"
)
# Verbs that follow a count of their subject ("85 died", "100,000 fled"): no unit
_VERB_AFTER = r"(?:died|fled|extends|remain|remained|arrived|returned|survived|escaped|taken)\b"
# Modifiers, then one lower-case head: "ten Ukrainian soldiers", "14 other people".
_UNIT = (
    rf"(?:(?:other|additional|further|extra|new|more)\s)?"  # ("12 more bodies")
    # modifiers: names and adjectives ("Ukrainian", "armoured fighting", "fixed-wing")
    # ("U.S." too: "three U.S. telecommunications providers"; not "3 Su-25s. Officials")
    rf"(?:(?:[A-Z][\w’'-]*|[A-Z](?:\.[A-Z])+\.?|(?!{_VERB_AFTER}(?!\s[a-z]+s\b))[a-z][a-z-]*(?:ed|ing|al|ic|ive|ous)"
    rf"|fixed-wing|unmanned)\s){{0,3}}"
    rf"(?!{_NOT_UNIT}|{_VERB_AFTER})(?:"
    # "coast guard vessels": two singular words, then the plural head
    rf"[a-z][\w’'-]*(?<!s)\s(?!{_NOT_UNIT}|{_VERB_AFTER})[a-z][\w’'-]*(?<!s)"
    rf"\s(?!{_NOT_UNIT})[a-z][\w’'-]*s\b"
    # "cargo vessels", "personnel carriers", "young men"; "ethnic Armenians"
    rf"|[a-z][\w’'-]*(?:\s(?!{_NOT_UNIT})(?:(?<!s\s)[\w’'-]*(?:men|children|people)|[a-z][\w’'-]*s)\b)"
    rf"{{0,2}}|[A-Z][a-z]+ns\b)"
)
# Units written onto the number ("140km", "20t"). Not "155mm": a calibre names a weapon.
_GLUED = r"(?<=\d)(?:km|kg|mph|kW|MW|GW|t)(?![\w])"  # after a digit: "a tent" is no 10 t
_QUANTITY = re.compile(
    rf"(?<![\w.,:$€£])(?<![\w.,]-)(?:(?i:(?P<qual>{_QUALIFIER_TRIE}))\s)?"
    rf"(?:(?P<between>(?i:between)\s)|(?P<from>(?i:from)\s))?"
    rf"(?P<vague>(?i:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands"
    rf"|millions|(?:several|a few) (?:dozen|hundred|thousand|million)))?"
    rf"(?(vague)|(?P<num>(?i:{_NUMBER})))"
    # "between 60% and 70%": a sign after the first number needs one after the second
    rf"(?:(?P<pct1>\s?%|\s(?:percent|per\scent)(?(between)(?=\s(?:to|and|-|–)\s)|(?=\s(?:to|-|–)\s)))?"
    rf"\s?(?:-|–|to|and|or)\s?"
    rf"(?P<num2>(?i:{_NUMBER}))(?(pct1)(?=\s?%|\s(?:percent|per\scent))))?"
    rf"(?P<glued>{_GLUED})?"
    rf"(?:-(?P<hyunit>[a-z]+)\b(?!-))?"
    rf"(?P<pct>\s?%|\s(?:percent|per cent|percentage points))?"
    rf"(?:\s[ \t]?(?:of\s(?:the\s|its\s|their\s|his\s|her\s)?)?(?P<unit>{_UNIT}))?"
    rf"(?:\s(?P<period>{_PERIOD}))?(?![\w]|[:.,]\d)",
)
_RIGHT_AFTER = re.compile(r"\s*")  # one quantity straight after another's unit
_CLOCK = re.compile(r"\s?(?:[ap]\.?m\b|o['’]clock)|\s(?:GMT|UTC|EET|EEST|CET|CEST|BST|EST|EDT)\b",
                    re.IGNORECASE)  # "at around 0640 GMT": a time, no count
_FRACTIONS = {"halves": 2, "thirds": 3, "third": 3, "quarters": 4, "quarter": 4, "fifths": 5,
              "tenths": 10}
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_IN_YEAR = re.compile(r"\b(?:in|since|until|by|from|during)\s$", re.IGNORECASE)
_NAMED_UNIT = re.compile(r"\s(?:[A-Z][a-z]+\s)?(?:Brigade|Battalion|Regiment|Division|Corps"
                         r"|Squadron|Fleet)\b(?!\s+(?:[A-Z][\w-]*\s+)*[a-z]+s\b)")
# "in 2000 homes": a count after all ("in 2014 thousands fled" is a year)
_COUNTED_NEXT = re.compile(r"\s(?!(?:thousands|hundreds|millions|dozens|years|months|weeks"
                           r"|days)\b)[a-z]+s\b")
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "A$": "AUD", "C$": "CAD", "HK$": "HKD",
               "NZ$": "NZD", "S$": "SGD"}
_DATE_BEFORE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$|(?:No|no|#)\.?\s?$"
    # a label, not a count: "rule 37", "Resolution 2334", "Route 6", "Brigade 47"
    r"|(?i:rule|article|resolution|section|chapter|paragraph|route|highway|brigade|battalion"
    r"|regiment|division|corps|flight|phase|stage|block|level|model|version|number|project|type"
    r"|class|mark|mk)\s$"
)
_AGE_AFTER = re.compile(r"-(?:year|month|week|day)s?-old\b|\s+(?:years?|months?)\s+old\b")
_AGED_BEFORE = re.compile(r"\baged\s$")
_AGE_BEFORE = re.compile(r"[A-Z][\w’'.-]*,\s$")  # "Pierre, 41, was arrested": an age




def _unit(match: re.Match[str]) -> tuple[str | None, int]:
    """The counted thing (head noun of up to three words) and where the quantity text ends."""
    hyphenated = match.group("hyunit")  # "a 30-day ceasefire" counts days
    unit_text = match.group("unit")
    if match.group("glued"):  # "a 140km-long convoy" still measures km
        return match.group("glued"), max(match.end("glued"), match.end("hyunit"))
    end = match.end("unit") if unit_text is not None else match.end("hyunit")
    if hyphenated in _FRACTIONS:
        return "fraction", end
    if hyphenated is not None and hyphenated not in ("plus", "odd", "some"):
        return hyphenated, end
    if unit_text is not None and unit_text.lower().endswith("nautical miles"):
        return "nautical miles", end  # a sea mile is 15% longer than a statute mile
    if unit_text is not None:
        for before, word in pairwise(re.finditer(r"\S+", unit_text)):
            if word.group().endswith("ing") and (before.group().endswith("s") or (
                    before.group() in ("men", "women", "children", "people"))):
                # "two women placing bundles": the women place them, the count is of women
                return before.group().rstrip("’'").lower(), match.start("unit") + before.end()
        return unit_text.split()[-1].rstrip("’'").lower(), end
    for group in ("num2", "num", "vague"):
        if match.group(group):
            return None, match.end(group)
    return None, match.end()


# Every quantity holds a digit or a number word. The big pattern runs only on windows around
# those (a qualifier back, a unit and period forward): most of the cost of finding quantities.
# (The number words are prefix-factored: a plain alternation tries each word at every letter.)
_ANCHOR = re.compile(
    r"\d+|(?<![a-z])"
    + trie_pattern("""one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety zero dozen dozens scores tens hundred hundreds thousand thousands million
    millions""".split())  # noqa: SIM905
    + r"(?![a-z])"
)
_WORD_REST = re.compile(r"\S*")
_BACK, _AHEAD = 48, 96


def _windows(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    size = len(text)
    windows: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(lowered):
        start, end = max(0, anchor.start() - _BACK), min(size, anchor.end() + _AHEAD)
        # Never end a window inside a word: "ten|d" is not "ten".
        rest = _WORD_REST.match(text, end)  # "\S*" always matches
        end = rest.end() if rest is not None else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _matches(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    for start, end in _windows(text):
        out.extend(m for m in _QUANTITY.finditer(text, start, end) if not out
                   or m.start() >= out[-1].end())
    return out


_MONTH_AFTER = re.compile(
    r"\s(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?")
# Verbs whose "over" is a particle, not "more than": "handed over", "took over".
_PHRASAL_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking)\s$",
    re.IGNORECASE)
# "freed over six weeks" (during them); but "lasted over six weeks" is more than six
_REVISED = re.compile(r"\b(?:revised|raised|adjusted|marked)\s+(?:[\w’'-]+\s+){0,3}?(?:figures?"
                      r"|estimates?|forecasts?|tolls?|counts?|totals?|numbers?|tally)\s+$")
_EVENT_BEFORE_OVER = re.compile(r"\b(?!(?:lasted|spent|continued|stayed|remained|waited)\b)"
                                r"[a-z]+ed\s$")
# "took over three hours" is more than three hours.
_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years",
                         "second", "minute", "hour", "day", "week", "month", "year"})


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Quantities in ``text``; spans are shifted by ``offset`` (the text's place in a body)."""
    found: list[Quantity] = []
    for match in _matches(text):
        number = match.group("num")
        vague = match.group("vague")
        if number is None and vague is None:
            continue
        if number is not None and _YEAR.fullmatch(number) and (
                not match.group("unit") or not match.group("unit").endswith("s")
                or (_IN_YEAR.search(text, max(0, match.start() - 8), match.start())
                    and not _COUNTED_NEXT.match(text, match.end("num")))):
            continue  # a bare year ("the 1974 disengagement agreement", "in 2023") is a date
        if number is not None and _NAMED_UNIT.match(text, match.end("num")) and (
                text[max(0, match.start() - 4) : match.start()].lower() == "the "):
            continue  # "the 444 Brigade", "the 3 Commando Brigade": a unit's name
        if number is not None and _DATE_BEFORE.search(text, max(0, match.start() - 12),
                                                      match.start()):
            continue  # "Jan. 5", "No. 3": a date or a rank
        if number and not match.group("unit") and text[match.end() : match.end() + 1] == "," and (
                _AGE_BEFORE.search(text, max(0, match.start() - 30), match.start())):
            continue  # "Pierre, 41, was arrested": an age
        if number and (_AGE_AFTER.match(text, match.end("num")) or _AGED_BEFORE.search(
                text, max(0, match.start() - 6), match.start())):
            continue  # "a 71-year-old woman", "children aged 4 and 7": ages
        if _CLOCK.match(text, match.end("num") if number else match.end()) and (
                (match.group("unit") or "a").lower() in ("a", "p", "am", "pm", "o'clock",
                                                          "o’clock")):
            continue  # "after 2 a.m.", "between 10 p.m. and 4 a.m.": a time of day
        if text[match.start() : match.end() + 10].lower().startswith(("zero tolerance",
                                                                        "zero-tolerance")):
            continue  # "zero tolerance for doping": a stance, no count
        at = match.start("num") if number else match.start()
        if number and at > 0 and (text[at - 1].isalnum() or (
                text[at - 1] == "(" and at > 1 and text[at - 2].isalnum())):
            continue  # "NoName057(16)", "F16": part of a name
        if number and not match.group("unit") and _MONTH_AFTER.match(text, match.end()):
            continue  # "25 December 2024": a date
        qual_text = (match.group("qual") or "").lower()
        start = match.start()
        if qual_text == "over" and found and _RIGHT_AFTER.fullmatch(
                text, found[-1].span.end - offset, start) and found[-1].unit is not None:
            # "75 drones over eight regions": where they were, not more than eight
            qual_text, start = "", match.start("num") if number else start
        if qual_text == "over" and _PHRASAL_OVER.search(text, max(0, start - 12), start) and (
                (match.group("unit") or "").lower() not in _TIME_UNITS):
            # "handed over four captives", "took over three villages": a particle
            qual_text, start = "", match.start("num") if number else start
        if (qual_text == "over" and (match.group("unit") or "").lower() in _TIME_UNITS and (
                _EVENT_BEFORE_OVER.search(text, max(0, start - 16), start))) or (
                qual_text == "up to" and _REVISED.search(text, max(0, start - 40), start)):
            # "33 hostages are to be freed over six weeks": during them, not more than six;
            # "revised December's figure up to 307,000": a direction, no ceiling
            qual_text, start = "", match.start("num") if number else start
        qualifier = _QUAL_KIND.get(qual_text, QuantityQualifier.EXACT)
        if qual_text in ("about", "around", "approximately", "roughly", "nearly", "almost",
                         "some", "an estimated", "close to", "closer to"):
            qualifier = QuantityQualifier.APPROXIMATE
        # IGNORECASE lets "ſ" (long s) and the Kelvin sign stand for s and k: fold them.
        value = parse_number(number) if number else (
            _VAGUE.get(vague.casefold()) if vague else None)
        value_max = parse_number(match.group("num2")) if match.group("num2") else None
        if value_max is not None:
            qualifier = QuantityQualifier.RANGE
            value = shared_scale(number, match.group("num2"), value, value_max)
        elif vague and " " in vague.strip() and not vague.casefold().endswith("thousands"):
            qualifier = QuantityQualifier.APPROXIMATE  # "several dozen", "a few hundred"
        elif vague or match.group("hyunit") in ("plus", "odd"):
            qualifier = QuantityQualifier.AT_LEAST
        if qualifier is QuantityQualifier.EXACT and not qual_text and _EXCEEDS.search(
                text, max(0, start - 12), start):
            qualifier = QuantityQualifier.MORE_THAN  # "deaths could exceed 10,000"
        elif qualifier is QuantityQualifier.EXACT and not qual_text and _MAY_RISE.search(
                text, max(0, start - 40), start):
            qualifier = QuantityQualifier.AT_MOST  # "the toll could rise to 10": a ceiling
        sign = _MINUS.search(text, max(0, start - 6), start) if number else None
        if sign is not None and value is not None:
            value, start = -value, sign.start()  # "minus 5 degrees", "-5 degrees"
        denominator = _FRACTIONS.get(match.group("hyunit") or "")
        if denominator and value is not None:
            value = round(value / denominator, 4)  # "two-thirds"
        if match.group("pct"):
            unit: str | None = "%"
            end = match.end("pct")
        elif _MAGNITUDE.search(text, max(0, start - 10), start):
            unit, end = "magnitude", match.end("num")  # "a magnitude 7.6 quake"
        else:
            unit, end = _unit(match)
            if number and (sign := CURRENCY_SIGN.match(number)) is not None:
                unit = _CURRENCIES.get(sign.group().upper(), "USD")  # ("A$200 million": AUD)
            elif unit is None and (times := _TIMES_AFTER.match(text, end)) is not None:
                # "at least three times the official figure": a ratio, no count of deaths
                unit, end = "times", times.end()
            elif unit is None:
                unit = counted_before(text, start)
        period = match.group("period")
        if period:
            end = match.end("period")
        elif unit is not None and (rate := _RATE_AFTER.match(text, end)) is not None:
            period, end = rate.group("period"), rate.end()  # "15 million tonnes of crude a year"
        if match.group("between") and not value_max:
            start = match.start("num")
        quantity_text = text[start:end]
        past = _PAST.search(text, max(0, start - 30), start)
        if qual_text == "over" and unit in _TIME_UNITS and text.startswith(" of ", end):
            past, qualifier = match, QuantityQualifier.EXACT  # "over three days of fighting"
        if past is not None and unit in _TIME_UNITS and qualifier is QuantityQualifier.EXACT:
            # "killed two people in Kharkiv over the past 24 hours": the time frame of the
            # count before it in the sentence, no count of its own
            # (not across a comma: "added 143,000 jobs in January, …, while revisions showed
            # hiring in the previous two months was stronger")
            if found and found[-1].period is None and not _SENTENCE_END.search(
                    text, found[-1].span.end - offset, past.start()) and ", " not in text[
                    found[-1].span.end - offset : past.start()]:
                found[-1] = found[-1].model_copy(update={"period": text[past.start() : end]})
            continue
        found.append(Quantity(
            text=quantity_text,
            span=Span(start=start + offset, end=end + offset, text=quantity_text),
            value=value, value_max=value_max, qualifier=qualifier, unit=unit, period=period,
        ))
    shares = find_proportions(text, offset)
    if shares:  # "nearly half the population", "one in five children": a share, not a count
        kept = [f for f in found if f.unit == "fraction" or not any(
            q.span.start < f.span.end and f.span.start < q.span.end for q in shares)]
        found = sorted(kept + [q for q in shares if not any(
            q.span.start < f.span.end and f.span.start < q.span.end for f in kept)],
            key=lambda q: q.span.start)
    return _shared_units(text, found, offset)


_TIMES_AFTER = re.compile(r"\s+(?:times|fold)\b")


def _shared_units(text: str, found: list[Quantity], offset: int) -> list[Quantity]:
    """"58 of the 93 drones": the part counts what the whole counts. "More than 14,500
    children and 9,500 women": the qualifier of the first counts for the second."""
    for i in range(len(found) - 1):
        part, whole = found[i], found[i + 1]
        if part.unit is None and whole.unit is not None and _PART_OF.fullmatch(
                text, part.span.end - offset, whole.span.start - offset):
            found[i] = part.model_copy(update={"unit": whole.unit})
        elif whole.unit is None and part.unit is not None and _INCLUDING.fullmatch(
                text, part.span.end - offset, whole.span.start - offset):
            # "27 drones, including nine over Volgograd": nine drones; but "47 drones over
            # seven regions, including 19 over Volgograd" are 19 of the drones, not regions
            where = _PLACE_AFTER.match(text, whole.span.end - offset)
            counted = found[i - 1] if i > 0 and where is not None and text[
                : part.span.start - offset].rstrip().endswith(where.group(1)) else part
            found[i + 1] = whole.model_copy(update={"unit": counted.unit or part.unit})
        elif part.qualifier in _SHARED_QUALIFIERS and (
                whole.qualifier == QuantityQualifier.EXACT) and (_AND.fullmatch(
                text, part.span.end - offset, whole.span.start - offset) or _CONVERTED.fullmatch(
                text, part.span.end - offset, whole.span.start - offset)):
            # "some 20 km (12 miles)": the converted figure is as rough as the first
            found[i + 1] = whole.model_copy(update={"qualifier": part.qualifier})
    return found


_AND = re.compile(r",\s+|,?\s+and\s+")
_CONVERTED = re.compile(r"\s*\(")
_PLACE_AFTER = re.compile(r"\s+(over|in|near|across|around|from)\b")
_MAY_RISE = re.compile(r"\b(?:could|may|might|would|expected\s+to|likely\s+to)\s+(?:\w+\s+)?"
                       r"(?:rise|climb|reach|grow|increase|go\s+up)\s+(?:to\s+)?$", re.IGNORECASE)
_INCLUDING = re.compile(r",?\s+(?:including|among\s+them|of\s+which|of\s+whom)\s+")
# "could exceed 10,000", "topped 1,000" ("the top 10" ranks, it does not count more)
_EXCEEDS = re.compile(r"\b(?:exceed(?:s|ed|ing)?|(?<!the\s)top(?:s|ped|ping)?"
                      r"|surpass(?:es|ed|ing)?)\s$", re.IGNORECASE)
_MINUS = re.compile(r"(?:\bminus\s|(?<![\w.,])-)$", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\bmagnitude[-\s]$", re.IGNORECASE)
_PAST = re.compile(r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s$",
                   re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")
_RATE_AFTER = re.compile(
    r"(?:\s+of\s+[a-z]+"
    # "300 killed and wounded per day", "1,000 soldiers killed or wounded every day"
    r"|(?:\s+(?:killed|wounded|injured|dead|missing))?(?:\s+(?:and|or)\s+(?:killed|wounded"
    r"|injured|dead|missing))?)"
    r"\s+(?P<period>(?:a|per|each|every)\s(?:day|week|month|year))\b"
    r"(?!\s+(?:later|earlier|ago|before))")
_SHARED_QUALIFIERS = frozenset({QuantityQualifier.AT_LEAST, QuantityQualifier.MORE_THAN,
                                QuantityQualifier.APPROXIMATE, QuantityQualifier.AT_MOST,
                                QuantityQualifier.LESS_THAN})
