"""Is this article English? The declared tag first, then the text itself.

The text test is cheap and robust enough for news: most letters must be Latin, and
English function words must make up a plausible share of the words (in English prose
they are 35–50 % of tokens; in other Latin-script languages a few per cent).

>>> english_problem("en-GB", "The ministry said that at least ten soldiers were captured.")
>>> english_problem("de", "Das Ministerium sagte das.")
"declared language 'de' is not English"
>>> english_problem("en", "Министерство обороны сообщило о захвате экипажа танка.")
'text is not in Latin script (0% Latin letters)'
"""

from __future__ import annotations

import re

__all__ = ["english_problem"]

_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile(r"[^\W\d_\x00-\u024f]")
_STOPWORDS = frozenset(
    """the of and to a in is that for on was with as by it at from he she they his her said be
    are were has have had this an not but or which who will would their its been more than
    also after about after over into up out one all there when what we i you""".split()  # noqa: SIM905
)
# "a", "i", "on", "as", "an", "in", "he", "be" are words of French, Italian, Spanish,
# Portuguese or German too.
_DISTINCT_STOPWORDS = _STOPWORDS - {"a", "i", "on", "as", "an", "in", "he", "be"}
# English words of news flashes that no other Latin-script language spells alike, and the
# endings of English inflection ("shot down", "says", "launched", "overnight", "killing")
# ("over", "had", "will", "hit" are Dutch or German words too, and "-ing" is a Dutch and
# Scandinavian noun ending: "regering", "verdediging")
_FLASH_WORDS = frozenset(
    """says said say told shot down killed wounded injured struck overnight near least
    after under against during since were been has have would could should into onto than
    more most people troops forces army police officials spokesman spokeswoman ministry
    minister government president reported reports attack attacks attacked strike strikes
    drones missiles claimed claims citing quoting according sources two three four five six
    seven eight nine ten dozens hundreds thousands""".split())  # noqa: SIM905
_ENGLISH_ENDING = re.compile(r"[a-z]{3,}(?:ed|ly)$")
_MIN_WORDS = 12
_SHORT_WORDS = 40
_SAMPLE_CHARS = 3000


def english_problem(language: str, text: str) -> str | None:
    """Why ``text`` should not go through the English extractor, or None if it should."""
    tag = (language or "").strip().lower()
    # "en", "en-GB", and ISO 639-2's "eng" (which publish accepts as a tag too)
    if tag and not (tag in ("en", "eng") or tag.startswith(("en-", "en_", "eng-", "eng_"))) and (
            tag not in ("und", "mul")):
        return f"declared language {language!r} is not English"
    problem = _sample_problem(text[:_SAMPLE_CHARS])
    if problem is None:
        return None
    # A scraped page's navigation bar or a table may fill the first characters: judge the
    # lines that read as prose instead (only then: most articles pass at once).
    prose = _prose(text)
    return problem if prose == text[:_SAMPLE_CHARS] else _sample_problem(prose)


def _sample_problem(sample: str) -> str | None:
    words = _WORD.findall(sample.lower())
    letters = sum(map(len, words))
    if not letters:
        return "text has no letters"
    if not sample.isascii():
        share = 1.0 - len(_NON_LATIN.findall(sample)) / letters
        if share < 0.6:
            return f"text is not in Latin script ({share:.0%} Latin letters)"
    if len(words) < _MIN_WORDS:
        return None  # too short to judge: trust the declared tag
    ratio = sum(map(_STOPWORDS.__contains__, words)) / len(words)
    if ratio < 0.12 and len(words) < _SHORT_WORDS:
        # A wire flash is mostly names ("Belgorod governor Vyacheslav Gladkov said …"): its
        # lower-case words may still read as English, by the function words no other
        # Latin-script language shares
        lower = [w for w in _WORD.findall(sample) if w[0].islower()]
        if len(lower) >= 4 and sum(map(_DISTINCT_STOPWORDS.__contains__, lower)) >= (
                0.12 * len(lower)):
            return None
        # or by words and endings only English has ("air defences shot down 71 drones")
        english = sum(w in _DISTINCT_STOPWORDS or w in _FLASH_WORDS or bool(
            _ENGLISH_ENDING.match(w)) for w in lower)
        if len(lower) >= 4 and english >= 0.3 * len(lower):
            return None
    if ratio < 0.12:
        return f"text does not read as English ({ratio:.0%} English function words)"
    return None


def _prose(text: str) -> str:
    """The first :data:`_SAMPLE_CHARS` of the lines that read as prose: a scraped page's
    navigation bar ("Skip to main content | Menu | World | …") or a table says nothing of
    the article's language, and may fill the whole sample.

    >>> _prose("Home | World | Europe | Sport | Video\\nThe army said it shot down drones.")
    'The army said it shot down drones.'
    """
    kept: list[str] = []
    size = 0
    for line in text[: _SAMPLE_CHARS * 20].splitlines():
        words = line.split()
        if len(words) < 6 or line.count("|") >= 3 or line.count("\t") >= 3 or sum(
                w[0].isupper() for w in words) > 0.6 * len(words):
            continue
        kept.append(line)
        size += len(line) + 1
        if size >= _SAMPLE_CHARS:
            break
    return "\n".join(kept)[:_SAMPLE_CHARS] if kept else text[:_SAMPLE_CHARS]
