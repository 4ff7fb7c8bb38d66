"""Numbers written in digits or English words, and their values.

>>> parse_number("1,200"), parse_number("twenty-five"), parse_number("$2.5 million")
(1200.0, 25.0, 2500000.0)
"""

from __future__ import annotations

import re

__all__ = ["CURRENCY_SIGN", "NUMBER", "VAGUE_COUNTS", "parse_number", "shared_scale"]

#: What a vague count stands for, as a lower-end guess: "dozens", "several hundred".
VAGUE_COUNTS = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0,
                "tens of thousands": 20000.0, "hundreds of thousands": 200000.0,
                "millions": 2e6, "several dozen": 36.0, "a few dozen": 36.0,
                "several hundred": 300.0, "a few hundred": 300.0, "several thousand": 3000.0,
                "a few thousand": 3000.0, "several million": 3e6, "a few million": 3e6}
_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "half a dozen": 6,
    "a": 1, "an": 1,  # only ever before a scale: "a hundred", "a thousand" (see _WORD_NUM)
}
_SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
           "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|half a dozen|a dozen|zero|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    # ("a hundred", not "half a million", "a quarter of a million")
    r"|nineteen|dozen|(?<!half\s)(?<!of\s)an?(?=\s(?:hundred|thousand|million|billion)\b)"
    # "One soldier was killed": "one" counts only a person (not "one of", "one day")
    r"|one(?=\s(?:[a-z-]+\s)?(?:person|civilian|soldier|child|woman|man|girl|boy|officer"
    r"|policeman|worker|journalist|fighter|militant|serviceman|resident|student|nurse|doctor"
    r"|patient|passenger|protester|crew\smember|aid\sworker|hostage|prisoner)\b)"
    # ... or opens a range: "one to seven people", "one or two drones", "between one and three"
    r"|one(?=\s(?:to|or)\s(?:two|three|four|five|six|seven|eight|nine|ten|\d)|[-–]\d)"
    r"|(?<=[Bb]etween\s)one(?=\sand\s(?:two|three|four|five|six|seven|eight|nine|ten|\d)))"
)
# Thousands grouped by commas or, in translated copy, by (no-break) spaces: "1 200 servicemen"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?"
#: A currency sign, with the letters of a dollar's country: "$", "A$", "HK$", "€".
CURRENCY_SIGN = re.compile(r"(?:us|a|c|hk|nz|s)?[$€£]", re.IGNORECASE)
#: A number in digits or English words, with its scale ("2.5 million", "20k").
NUMBER = (
    rf"(?:(?:US|A|C|HK|NZ|S)?[$€£]\s?)?(?:{_DIGITS}|{_WORD_NUM})(?:\s(?:hundred|thousand|million|billion|trillion|dozen))?"
    r"(?:bn|[km](?![a-z]))?"
)

def parse_number(text: str) -> float | None:
    """The value of a number written in digits or English words.

    >>> parse_number("1,200"), parse_number("twenty-five"), parse_number("$2.5 million")
    (1200.0, 25.0, 2500000.0)
    >>> parse_number("1 200"), parse_number("2\u00a0000"), parse_number("a hundred")
    (1200.0, 2000.0, 100.0)
    """
    t = text.lower().strip()
    t = t[sign.end() :].strip() if (sign := CURRENCY_SIGN.match(t)) else t
    if t in _UNITS_WORDS:
        return float(_UNITS_WORDS[t])
    scale = 1.0
    for word, factor in _SCALES.items():
        if t.endswith(word) and (len(word) > 2 or t[: -len(word)][-1:].isdigit()):
            t = t[: -len(word)].strip()
            scale = factor
            break
    t = re.sub(r"(?<=\d)[,\s\u202f](?=\d{3})", "", t)
    try:
        return float(t) * scale
    except ValueError:
        pass
    if t in _UNITS_WORDS:
        return _UNITS_WORDS[t] * scale
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _UNITS_WORDS and parts[1] in _UNITS_WORDS:
        return (_UNITS_WORDS[parts[0]] + _UNITS_WORDS[parts[1]]) * scale
    return None


SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def shared_scale(low: str, high: str, value: float | None, top: float) -> float | None:
    """"between two and three million", "five to six hundred": the scale written once, on
    the second number, is the first one's too (2 million, not 2)."""
    scale = high.rsplit(None, 1)[-1].lower()
    if value is None or len(high.split()) < 2 or scale not in SCALE_WORDS or len(
            low.split()) > 1 or value * SCALE_WORDS[scale] > top:
        return value
    return value * SCALE_WORDS[scale]
