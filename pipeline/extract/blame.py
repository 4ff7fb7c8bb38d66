"""Words that tell of harm to protected people or places, or of an abuse in itself.

A party that says its enemy did this blames the enemy ("Russian forces shelled a hospital",
Ukraine's military said), which serves it as much as a victory does
(:mod:`pipeline.extract.self_interest`); a denial of an attack answers such words
(:mod:`pipeline.extract.accusations`). The enemy's gains ("Russian forces captured the
village") are no blame: a party admits them.

>>> blames("Russian shelling had cut power to several towns", (0, 48))
True
>>> blames("Russian forces captured the village", (0, 35))
False
"""

from __future__ import annotations

import re

__all__ = ["blames", "reports_harm"]

_ABUSE = re.compile(
    r"\b(?:tortur(?:ed|ing|e)|stole|stolen|starvation\s+as\s+a\s+weapon|responsible\s+for\s+(?:the\s+)?"
    r"(?:killings?|deaths?|massacre|abductions?)|execut(?:ed|ing)|massacred?|rap(?:ed|ing)|abduct(?:ed|ing)"
    r"|kidnapp(?:ed|ing)|deport(?:ed|ing)|loot(?:ed|ing)|mistreat(?:ed|ing)|war\s+crimes?"
    r"|human\s+shields?|chemical\s+attacks?|death\s+traps?"
    # people in general harmed (not "used 2,000 people in the assault"), homes cut off
    r"|(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting|shelled|targeting"
    r"|fired\s+(?:on|at)|opened\s+fire\s+on)\s+(?:[\w,-]+\s+){0,4}?(?:people|persons|crowds?"
    r"|fishermen)"  # (not "crew": "shot down a jet, killing both crew members" is combat)
    r"|(?:people|persons)\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:killed|wounded|injured"
    r"|hurt)|(?:killing|killed)\s+(?:dozens|scores|hundreds)"
    # towns and villages shelled, not the fighting placed "near the villages of …"
    r"|(?:shelled|shelling|struck|striking|bombed|bombing|attacked|attacking|hit|targeted"
    r"|targeting|fired|firing|launched|opened\s+fire\s+on|raided|torched|burned)\s+(?:(?!near\b"
    r"|around\b|outside\b)[\w’'-]+\s+){0,4}?(?:towns|villages|neighbou?rhoods|seafarers)"
    r"|cut(?:ting)?\s+(?:off\s+)?(?:the\s+)?(?:power|electricity|water|heating|gas)(?:\s+supplies"
    r"|\s+supply)?\s+(?:to|for|in)\b"
    # a banned weapon used, not one banned or delivered ("agreed to ban cluster munitions")
    r"|(?:used|using|uses|fired|firing|dropped|dropping|deployed|deploying|with)\s+(?:[\w-]+\s+)"
    r"{0,3}?(?:chemical\s+(?:weapons?|munitions?|agents?)|(?:poison|toxic)\s+gas|nerve\s+agents?"
    r"|sarin|chloropicrin|cluster\s+munitions?|white\s+phosphorus))\b", re.IGNORECASE)
_HARM = re.compile(
    r"\b(?:killed|killing|shelled|shelling|struck|striking|bombed|bombing|targeted|targeting"
    r"|attacked|attacking|hit|fired\s+(?:on|at)|opened\s+fire\s+on|shot|destroyed|wounded"
    r"|injured|fired|launched|used|using|hid|hiding|stored|storing|damaged|damaging|rammed"
    r"|ramming)\b",
    re.IGNORECASE)
_PROTECTED = re.compile(
    r"\b(?:civilians?|children|women|hospitals?|clinics?|schools?|residential|homes|houses"
    r"|apartment|aid\s+(?:workers?|convoys?)|humanitarian|prisoners|POWs|refugees?|displaced"
    r"|shelters?|markets?|mosques?|churches|medics|paramedics|ambulances?|journalists"
    r"|evacuation|evacuees|bread\s+line|non-combatants|victims|villagers|patients"
    # aid sites, the grid, civilian ships
    r"|aid\s+(?:sites?|seekers|distribution|points?|centres?|centers?|hubs?|trucks?|warehouses?)"
    r"|power\s+(?:supply|supplies|grid|plants?|stations?|lines?)|electricity\s+(?:supply|grid)"
    r"|water\s+(?:supply|supplies)|energy\s+(?:infrastructure|facilit\w+)|civilian\s+infrastructure"
    r"|(?:grain|cargo|merchant|civilian|container|passenger|commercial)\s+(?:ships?|vessels?)"
    r"|(?:supply|fishing|civilian)\s+boats?)\b",
    re.IGNORECASE)


def reports_harm(body: str, span: tuple[int, int]) -> bool:
    """Whether the text in ``span`` tells of harm done or an abuse ("shelled", "killed",
    "tortured"): what a denial of an attack can answer."""
    return _ABUSE.search(body, *span) is not None or _HARM.search(body, *span) is not None


def blames(body: str, span: tuple[int, int]) -> bool:
    """Whether the text in ``span`` tells of an abuse, or of harm to protected people or
    places: what a party says of its enemy to blame it."""
    return _ABUSE.search(body, *span) is not None or (
        _HARM.search(body, *span) is not None and _PROTECTED.search(body, *span) is not None)
