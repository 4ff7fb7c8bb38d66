"""Page furniture: lines of an article body that are not its text.

Bylines ("By Olena Harmash and Tom Balmforth"), credits ("Reporting by X; Editing by Y",
"X contributed to this report"), captions and photo credits ("Image caption: …",
"Photograph: Marwan Ali/AP"), link lines ("Related: …", "Read more: …") and correction
notes ("This article was amended on …") state no claim of the article, yet a sentence
without an attribution would otherwise become an unattributed claim of the outlet, and
"Additional reporting by X" would make "Additional" a source. A caption repeats what the
text around it reports, so it is left out too.

>>> [is_furniture(line) for line in (
...     "By Olena Harmash and Yuliia Dysa",
...     "(Reporting by Tom Balmforth in Kyiv; Editing by Peter Graff)",
...     "Read more: Ukraine war latest",
...     "Image caption: Smoke rises over El Fasher",
...     "By Tuesday, 40 people had died.",
...     "Reporting by the Times showed that the base was hit.",
...     "Russian Offensive Campaign Assessment, March 14",
... )]
[True, True, True, True, False, False, True]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract.content import is_clause

__all__ = ["FurnitureIndex", "is_correction_note", "is_furniture"]

_NAME = (r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|(?:al|el|ad|as|ash)-[\w'’-]+"  # "al-Mughrabi"
         r"|de|van|von|al|el|bin|da|di|la|le))*")
_CREDITED = rf"{_NAME}(?:\s+in\s+{_NAME})?"  # "Ahmed Tolba in Dubai"
_NAMES = rf"{_CREDITED}(?:\s*(?:,|and|&)\s*{_CREDITED})*"
_ONE_CREDIT = (r"(?i:(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|edited|"
               r"written|compiled|research|graphics|produced|photographs?|photos?|video)"
               rf"\s+by)\s+{_NAMES}")
# Whole lines of credits only: "Reporting by the Times showed that …" is text.
_CREDIT = re.compile(rf"[(\[]?\s*{_ONE_CREDIT}(?:\s*[;,]\s*{_ONE_CREDIT})*\s*[)\]]?\s*\.?")
# "By Olena Harmash and Yuliia Dysa", "By John Smith, Reuters", "By Jane Doe | AP": names
# only, so "By Tuesday, 40 people had died." is text.
_BYLINE = re.compile(
    rf"By\s+(?:{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*(?:[,|–—-]\s*{_NAME})?"
    # "By Olena Marchuk | Published 14 March 2025"
    r"(?:\s*[|–—]\s*(?:Published|Updated|Posted)\s+[\w ,:.]{1,40}?)?"
    r"|(?:a|our|an?\s+\w+)\s+(?:[Cc]orrespondent|[Rr]eporter|[Ss]taff\s+[Ww]riter)s?)\s*[.]?\s*"
)
# Labels that open a line of furniture.
_LABELLED = re.compile(
    r"(?:image\s+|photo\s+|video\s+)?caption|photo(?:graph)?|picture|credit|source"
    r"|related|read (?:more|also)|also read|see also|more on this story|watch"
    r"|note from the (?:author|editor)|editor['’]s note|correction"
    r"|(?:last\s+)?updated|coming up|first published|published|our standards",
    re.IGNORECASE,
)
_LABEL_END = re.compile(r"\s*:")
_CORRECTION = re.compile(
    r"(?:This (?:article|story|report) (?:was|has been) (?:amended|updated|corrected)"
    r"|An earlier version of this"
    # "An earlier entry misstated the toll": a live page's correction of itself ("An earlier
    # update said 12 were killed" may only be referring back; after "Correction:", below)
    r"|An earlier (?:entry|post|update|version)\s+(?:misstated|incorrectly|wrongly"
    r"|mistakenly|misidentified|misspelled))\b")
# "Correction: An earlier entry said 15 people were treated."
_LABELLED_CORRECTION = re.compile(
    r"(?:Correction|Clarification)\s*:\s+(?:An?\s+)?(?:earlier|previous)\s+(?:entry|post|update"
    r"|version|report|story)\b", re.IGNORECASE)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?: (?:reporting|to this (?:report|story|article)))\b[^.]{0,60}\.?\s*$")
# "Department of Defense, Washington, 12 February 2025", "Moscow , 9 August 2024"
_PLACE_DATE = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+(?:of|the|[A-Z][\w.'’-]*))*\s*,\s*){1,3}"
                         r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?|(?:[A-Z][\w.'’-]*\s*,\s*){1,3}"
                         r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\.?"
                         # a report's title line: "Russian Offensive Campaign Assessment, March 14"
                         r"|[A-Z][\w.'’-]*(?:\s+(?:of|the|on|and|for|in|[A-Z][\w.'’-]*))*\s*,\s*"
                         r"(?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?\.?")
_CAPTION_CREDIT = re.compile(
    r"(?:\(\s*(?:[A-Z][\w.&-]*\s+){1,3}via\s+Getty\s+Images\s*\)"
    r"|(?:Photograph|Photo|Picture|Image)s?\s*:\s*[^.:]{2,60}/\s*(?:Reuters|AP|AFP|Getty\s+Images"
    r"|EPA|Anadolu|[A-Z][\w]*)(?:\s+via\s+[A-Z][\w ]{1,30})?)\s*\.?$")
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+"
                             r"\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\.?")
_END_MARK = re.compile(r"[(\[]\s*(?:end\s+of\s+(?:the\s+)?(?:statement|text|release)|ends?)"
                       r"\s*[)\]]\.?|[-–—]+\s*ends?\s*[-–—]+|ENDS?\.?", re.IGNORECASE)
# A live page's title or a time stamp on a line of its own
# (a title must say it is one: "LIVE: Israel strikes Beirut suburbs" is a claim's headline)
_LIVE_PAGE = re.compile(r".*\b(?P<live>(?:latest|live)\s+updates|live\s+blog|as\s+it\s+happened)"
                        r"\s*$|(?P<stamp>\d{1,2}[:.]\d{2}(?:\s?(?:[AP]M|[ap]\.?m\.?))?(?:\s+[A-Z]{2,5})?"
                        r"\s*$)", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"^\s*live\s*:\s*|\s*[-–—:|]\s*$", re.IGNORECASE)


def _topic_only(title: str) -> bool:
    """A live page's topic ("India-Pakistan border tensions"), not a headline that reports
    something ("Russian missile strike kills 20 in Kharkiv"): a few words, no number."""
    words = _TITLE_LABEL.sub("", title).split()
    return len(words) <= 5 and not any(c.isdigit() for c in title) and not is_clause(
        title.lower())
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
_MAX_BYLINE = 120
_MAX_CREDIT = 300


def is_furniture(line: str) -> bool:
    """Whether a line (or a sentence) is a byline, credit, caption, link or correction note."""
    text = line.strip()
    label = _LABELLED.match(text)
    if label is not None and (end := _LABEL_END.match(text, label.end())) is not None:
        # "Correction: PTV now says two were wounded" states the corrected claim: only a note
        # about the page itself ("Correction: This article was amended …") is furniture
        return not label.group().lower().startswith("correction") or (
            _CORRECTION.match(text[end.end() :].lstrip()) is not None or len(text) <= 40 or (
                # "Correction: An earlier entry said 15 were hurt." alone (a line of two
                # sentences goes on with the corrected claim)
                _LABELLED_CORRECTION.match(text) is not None and not _NEXT_SENTENCE.search(text)))
    if len(text) <= _MAX_BYLINE and (live := _LIVE_PAGE.match(text)) and (
            live.group("stamp") or _topic_only(text[: live.start("live")])):
        return True  # "LIVE: India-Pakistan border tensions - latest updates", "09:12 IST"
    # Cheap word checks first: every line of text is tried, and almost none is furniture.
    if text.startswith(("This ", "An earlier")) and _CORRECTION.match(text):
        return True
    if "(@" in text and _POST_SIGNATURE.fullmatch(text):
        return True  # an embedded post's signature: "— Israel Defense Forces (@IDF) October 3"
    if ("Getty" in text or "/" in text or "Photograph" in text) and _CAPTION_CREDIT.search(text):
        return True  # a caption ending in its credit: "… on Friday. (AFP via Getty Images)"
    if len(text) <= 40 and _END_MARK.fullmatch(text):
        return True  # "(End of statement)", "-- ENDS --"
    if text.startswith(("Copyright", "©", "(c)")) and len(text) <= _MAX_BYLINE:
        return True  # "Copyright © 2025 Example News Ltd. All rights reserved."
    if len(text) <= _MAX_BYLINE and (_PLACE_DATE.fullmatch(text) or (
            text.isupper() and not any(c.isdigit() for c in text) and len(text.split()) >= 3
            and not is_clause(text.lower()))):
        return True  # a letterhead, a heading in capitals (no verb), "Moscow, 9 August 2024"
    if len(text) > _MAX_CREDIT:
        return False
    if ("by " in text or "By " in text) and _CREDIT.fullmatch(text):
        return True
    if "contributed" in text and _CONTRIBUTED.search(text):
        return True
    return (len(text) <= _MAX_BYLINE and text.startswith("By ")
            and _BYLINE.fullmatch(text) is not None)


def is_correction_note(sentence: str) -> bool:
    """Whether a sentence corrects the page (its claims are withdrawn ones): "An earlier
    version of this story said 15 people were hurt.", "Correction: An earlier entry said …".

    >>> is_correction_note("Correction: An earlier entry said 15 people were hurt.")
    True
    >>> is_correction_note("An earlier update said 12 people were killed.")
    False
    """
    text = sentence.lstrip()
    # ("This story was corrected to show that police said 5 …": what is right now)
    return text.startswith(("An earlier", "Correction", "Clarification")) and (
        _CORRECTION.match(text) is not None or _LABELLED_CORRECTION.match(text) is not None)


class FurnitureIndex:
    """The furniture lines of one body, for lookups by position.

    >>> body = "Kyiv said 20 drones fell.\\nImage caption: A drone. It fell.\\nMore text."
    >>> index = FurnitureIndex(body)
    >>> [index.covers(body.index(w)) for w in ("Kyiv", "It fell", "More")]
    [False, True, False]
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, body: str) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        start = 0
        for line in body.split("\n"):
            end = start + len(line)
            if line.strip() and is_furniture(line):
                self._starts.append(start)
                self._ends.append(end)
            start = end + 1

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies on a furniture line."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]
