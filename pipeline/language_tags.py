"""Whether an article's ``language`` is a plausible BCP 47 tag, checked when it is published.

The worker extracts English only and skips anything else with an INFO line, so a tag such
as "english" or a typo would make an article vanish without a trace; ``publish`` refuses it
instead, saying why. The check is BCP 47's syntax (language, then optional script, region,
variants, extensions, private use; "-" or "_" between subtags) with the two-letter language
subtags limited to ISO 639-1's, where a typo is most likely. Three-letter subtags (ISO
639-2/3, such as "fil", "yue", "und") pass on syntax alone.

>>> language_problem("en-GB") is None and language_problem("uk") is None
True
>>> print(language_problem("english"))
'english' is not a language code (did you mean "en"?)
>>> print(language_problem("xx-nonsense"))
'xx-nonsense': 'xx' is not an ISO 639 language code (use e.g. "en", "en-GB" or "uk")
"""

from __future__ import annotations

import re

__all__ = ["language_problem"]

_ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())  # noqa: SIM905  (a table reads better as words than as 184 quoted strings)

_TAG = re.compile(
    r"(?P<language>[a-z]{2,3})(?:-[a-z]{3}){0,3}"  # language, extended language subtags
    r"(?:-[a-z]{4})?"  # script: Latn, Cyrl
    r"(?:-(?:[a-z]{2}|\d{3}))?"  # region: GB, 419
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"  # variants
    r"(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*"  # extensions
    r"(?:-x(?:-[a-z\d]{1,8})+)?",  # private use
    re.IGNORECASE,
)

# Names people write instead of a code; only used to suggest the code, never to rewrite the
# record, so what is published is always what the file said.
_NAMES = {
    "english": "en", "ukrainian": "uk", "russian": "ru", "french": "fr", "german": "de",
    "spanish": "es", "arabic": "ar", "chinese": "zh", "polish": "pl", "italian": "it",
    "portuguese": "pt", "turkish": "tr", "hebrew": "he", "persian": "fa", "japanese": "ja",
}

_EXAMPLES = 'use e.g. "en", "en-GB" or "uk"'


def language_problem(tag: str) -> str | None:
    """Why ``tag`` is not a usable language tag, or None when it is one."""
    name = tag.strip().lower()
    if name in _NAMES:
        return f'{tag!r} is not a language code (did you mean "{_NAMES[name]}"?)'
    match = _TAG.fullmatch(tag.replace("_", "-"))
    if match is None:
        return f"{tag!r} is not a BCP 47 language tag ({_EXAMPLES})"
    language = match.group("language").lower()
    if len(language) == 2 and language not in _ISO_639_1:
        return f"{tag!r}: {language!r} is not an ISO 639 language code ({_EXAMPLES})"
    return None
