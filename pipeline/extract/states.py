"""Names that stand for a state's government: a country ("Iran denied …") or its capital
("Minsk would respond", "Washington said"), as news uses them.

>>> names_a_state(["Minsk"]), names_a_state(["the", "Kremlin"]), names_a_state(["US"])
(True, False, True)
"""

from __future__ import annotations

from pipeline.extract.lexicon import COUNTRIES

__all__ = ["CAPITALS", "names_a_state"]

#: Capitals (and seats of government) that reports name for the state's government (not
#: those that are also first names: Sofia, Santiago).
CAPITALS = frozenset(n.replace("_", " ") for n in """
    abuja accra addis_ababa algiers amman ankara asmara astana athens baghdad baku bamako
    bangkok bangui beijing beirut belgrade berlin bern bishkek bogota brasilia bratislava
    brussels bucharest budapest buenos_aires cairo canberra caracas chisinau copenhagen dakar
    damascus delhi dhaka doha dublin dushanbe freetown hanoi harare havana helsinki islamabad
    jakarta juba kabul kampala khartoum kigali kinshasa kyiv kiev lima lisbon ljubljana london
    luanda lusaka madrid managua manila maputo mexico_city minsk mogadishu monrovia moscow
    muscat nairobi naypyidaw naypyitaw new_delhi niamey nicosia ottawa ouagadougou oslo paris
    prague pretoria pyongyang quito rabat riga riyadh rome sanaa sarajevo seoul skopje
    stockholm taipei tallinn tashkent tbilisi tegucigalpa tehran tirana tokyo tripoli
    tunis ulaanbaatar vienna vilnius warsaw washington wellington yangon yerevan zagreb
    """.split())  # noqa: SIM905


def names_a_state(words: list[str]) -> bool:
    """Whether a mention's words (determiner dropped) are a country or a capital."""
    joined = " ".join(words).lower().strip(",")
    return joined in COUNTRIES or joined in CAPITALS or words in (["US"], ["UK"])
