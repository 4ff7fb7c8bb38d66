"""Mentions that hide who the source is: "a senior official who spoke on condition of
anonymity", "security sources", "one executive, speaking on background", "company insiders".

>>> is_anonymous("a senior official who spoke on condition of anonymity")
True
>>> is_anonymous("Company insiders"), is_anonymous("the company's chief executive, Ann Li")
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["is_anonymous"]

_ANONYMOUS = re.compile(
    r"\b(?:anonymity|anonymous(?:ly)?|unnamed|unidentified|not authori[sz]ed to|declined to be"
    r" (?:named|identified)|asked not to be (?:named|identified)|on condition (?:that|of)"
    r"|(?:did not|didn't|does not|doesn't|would not|wouldn't) (?:want|wish) to be (?:named"
    r"|identified)|would not be (?:named|identified)"
    r"|gave only (?:his|her|their) (?:first name|call ?sign|nom de guerre)"
    r"|(?:declined|refused|declining|refusing) to give (?:his|her|their) (?:full |last )?names?"
    r"|gave (?:his|her|their) (?:first )?names? only as|asked that (?:his|her|their) names?"
    r" not be (?:used|published|given)"
    r"|identified (?:only )?(?:by (?:his|her|their) (?:first name|call ?sign)|only as)"
    r"|familiar with|who (?:was|were|had been|has been|have been) briefed on|on (?:deep )?"
    r"background|\binsiders\b"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|other|multiple"
    r"|numerous|various|informed|well-informed) (?:\w+ )?sources?\b"
    r"|sources? (?:close to|said|in|at|within|inside)\b"
    # "three people who had seen the memo": known only by what they saw
    r"|(?:people|persons?|officials?|diplomats?|aides?|someone|sources?) who (?:had |have |has )?"
    r"(?:seen|read|reviewed|viewed|heard)\b"
    r"|(?:one|two|three|some|several|each|both|either|neither|all|none) of (?:the|those|these)"
    r" (?:people|persons|sources|officials|diplomats|officers|aides|insiders)\b"
    r"|(?:people|persons?|officials?|diplomats?|aides?|someone|sources?) (?:\w+ )?"
    r"(?:close to|briefed on|privy to|involved in|knowledgeable about|with (?:\w+ )?knowledge)"
    r"|an? (?:senior |former |top )?(?:\w+ )?"
    r"(?:official|source|insider) who)",
    re.IGNORECASE,
)


# "security sources told AFP": sources named only by their field (a separate pattern, tried
# only on mentions that hold "source", since it is anchored at the mention's start).
_FIELD_SOURCES = re.compile(
    # "three marine insurance sources": a count and the field, whatever it is
    r"(?:two|three|four|five|six|several|multiple|numerous|various)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"sources|(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:security|military|diplomatic|local|intelligence"
    r"|government|medical|hospital|humanitarian|tribal|police|army|rebel|industry|shipping"
    r"|western|israeli|palestinian|russian|ukrainian|u\.s\.|european|iranian|arab|lebanese"
    r"|syrian|iraqi|sudanese|malian|egyptian|turkish|chinese|american|british|french)"
    r"\s+sources?"
    # "a senior Remain source", "a law enforcement source", "union sources": any description
    r"|(?:(?:an?|the|one)\s+)?(?!open\b|the\b|an?\b)(?:[\w’'.-]+\s+){1,3}(?-i:s)ources?",
    re.IGNORECASE)


# "a senior UN official", "one executive": a person described but not named is a source the
# reader cannot identify. ("Ukrainian officials" without an article speaks for an
# institution; "a Ukrainian official, Oleh Kiper," names.)
_UNNAMED_PERSON = re.compile(
    r"(?:a|an|one|two|three|four|five|several)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?:officials?|diplomats?|officers?|aides?|insiders?|negotiators?|mediators?|executives?"
    # "a doctor at the hospital": someone at the scene whom the report does not name
    r"|employees?|staffers?|managers?|engineers?|doctors?|nurses?|medics?|paramedics?|surgeons?"
    r"|rescuers?|(?:aid|health|medical)\s+workers?|fundraisers?|donors?|strategists?|operatives?"
    r"|advis[eo]rs?|lawmakers?|lobbyists?|consultants?)"
    # "two Western diplomats in the region", "an official based in Kyiv"
    r"(?:\s+(?:in|at|from|based\s+in|close\s+to|with)\s+(?:the\s+)?[\w’'. -]{1,40})?",
    re.IGNORECASE)


_RELIES_ON_SOURCES = re.compile(
    r"\b(?:(?:relies|relying|relied|draws|drawing|depends|depending)\s+on|with|through|via)\s+"
    r"(?:an?\s+)?(?:wide\s+|extensive\s+|large\s+)?(?:network|range|variety|web|number"
    r"|array)\s+of\s+(?:\w+\s+){0,2}?(?:sources|contacts|informants|activists)\b"
    r"(?:(?!\s+(?:who|whom|which|that)\b)[^,])*",  # (up to "who spoke on condition of …")
    re.IGNORECASE)


def is_anonymous(text: str) -> bool:
    """Whether a mention (with its apposition) hides the source's identity."""
    bare = text.strip(" ,")
    if bare.lower() in ("source", "sources"):
        return True  # a headline's "…, source says", "sources say": nobody named
    if _RELIES_ON_SOURCES.search(text):
        # "a monitor that relies on a network of sources inside Syria": how a named body
        # gathers its news, not who speaks
        text = _RELIES_ON_SOURCES.sub("", text)
    if _ANONYMOUS.search(text) is not None or (
            "ource" in text and _FIELD_SOURCES.fullmatch(bare) is not None) or (
            _UNNAMED_PERSON.fullmatch(bare) is not None):
        return True
    # "two senior officials and an internal report seen by this newspaper": unnamed people
    # with what no name identifies either
    first, *others = _AND.split(bare)
    return bool(others) and _UNNAMED_PERSON.fullmatch(first) is not None and all(
        (_DOCUMENT.search(other) or _UNNAMED_PERSON.fullmatch(other)) and not _CAPITAL.search(
            other) for other in others)


_AND = re.compile(r",?\s+and\s+")
_CAPITAL = re.compile(r"\b[A-Z]")
_DOCUMENT = re.compile(r"\b(?:reports?|documents?|memos?|letters?|records|files|data|assessments?"
                       r"|footage|videos?|images|photos|recordings?)\b")
