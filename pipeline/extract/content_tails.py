"""Where a content ends before the writer's own words about it.

"The ministry said 12 soldiers were killed, but the foreign ministry declined to comment":
the caveat after the comma is the outlet's, and so are "…; the toll could not be
independently confirmed", ", in a statement carried by state TV", ", contradicting
Tehran's assertion that …" and ", without addressing the report directly".

>>> from pipeline.extract.quotes import QuoteIndex
>>> body = "He said 12 died, but the army declined to comment."
>>> body[8 : writers_tail(body, 8, len(body), QuoteIndex(body))]
'12 died'
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Offsets
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.tokens import Token

__all__ = ["dash_aside_end", "writers_tail"]


def dash_aside_end(tokens: list[Token], k: int, content: Offsets | None) -> Offsets | None:
    """The content of a participle that opens an aside with a dash ends at the dash that
    closes it ("Rubio — seeking a breakout — faced attacks": "a breakout")."""
    mark = tokens[k - 1].text if k else ""
    if content is None or mark not in ("—", "–"):
        return content
    dashes = [i for i in range(k + 1, len(tokens)) if tokens[i].text == mark]
    shut = dashes[0] if len(dashes) == 1 else None  # (more: asides inside the content)
    if shut is None or not content[0] < tokens[shut].start < content[1]:
        return content
    return content[0], tokens[shut - 1].end


def writers_tail(body: str, pos: int, end: int, quotes: QuoteIndex, *,
                 headline: bool = False) -> int:
    """Where the content that starts at ``pos`` ends, at most ``end``: before a caveat, a
    verdict or any other clause after a semicolon (in a headline, a second headline)."""
    if (_ACCUSING_BEFORE.search(body, max(pos - 12, 0), pos) and _GERUND_CONTENT.match(
            body, pos, end)) or (_GERUND_AFTER.search(body, max(pos - 12, 0), pos)
                                 and _GERUND.match(body, pos, end)):
        second = _SECOND_PREDICATE.search(body, pos, end)
        if second is not None and not _RELATIVE.search(body, pos, second.start()):
            # "accused China of hacking X and summoned its ambassador": the summons is the
            # accuser's act (not after "a minister who was later sanctioned and banned …")
            end = second.start()
    caveat = _CAVEAT.search(body, pos, end)
    if caveat is not None:  # "…, but the foreign ministry declined to comment": the writer's
        end = caveat.start()
    semicolon = body.find(";", pos, end)
    if semicolon >= 0 and headline:
        end = semicolon  # "RSF SAYS IT SEIZED KEY TOWN; ARMY DENIES": a second headline
    elif semicolon >= 0 and (_VERDICT_AFTER.match(body, semicolon, end) or (
            quotes.region_at(semicolon) is None and not _LIST_END.search(body, semicolon, end))):
        # "…; the toll could not be independently confirmed": the outlet's verdict; any
        # other clause after a semicolon is the writer's too ("did not respond to questions;
        # the post remained online"), unless "; and" makes the clauses a list of contents.
        end = semicolon
    return end


# ", but the ministry declined to comment", ", although he gave no figures", ", though
# estimates vary widely": the writer's caveat on the content, no part of it
_CAVEAT = re.compile(
    # ", in a statement carried by state TV.": where it was said, closing the sentence
    r",\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|post"
    r"|video|message|interview|briefing|address|speech)\b[^,;“”\"]{0,60}[.!?]?\s*$|"
    # ", sending its shares up 42%": the market's answer, the writer's report
    r",\s+(?:sending|pushing|driving|lifting|knocking)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?"
    r"(?:shares|stock|stocks|price|prices|bonds|currency|yields)\b|"
    # ", contradicting Tehran's assertion that …": the writer's reading, no part of it
    r",\s+(?:contradicting|refuting|belying|undermining)\s|"
    # ", after survivors told a rights group that …": another account, the writer's context
    r",\s+(?:after|as)\s+(?:[\w’'-]+\s+){1,4}?(?:told|said|reported|alleged|accused|claimed)\b|"
    # ", in an apparent reference to the sanctions": the writer's guess at what was meant
    r",\s+(?:in\s+)?an?\s+(?:apparent|likely|possible|veiled|thinly\s+veiled|oblique|indirect)\s+"
    r"(?:reference|allusion|swipe|dig|jab)\s+(?:to|at)\b|"
    # ", without addressing the report directly": how it was said, the writer's words
    r",\s+without\s+(?:directly\s+)?(?:addressing|commenting|elaborating|specifying|explaining"
    r"|naming|mentioning|referring)\b|"
    r",\s+(?:but|although|though)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?(?:declined\s+to"
    r"\s+comment|(?:did\s+not|didn't|has\s+not|have\s+not)\s+(?:immediately\s+|independently\s+)?"
    r"(?:respond(?:ed)?|comment(?:ed)?|confirm(?:ed)?|verified|verify|give|given|provide[ds]?)"
    r"|could\s+not\s+be\s+(?:independently\s+)?(?:reached|verified|confirmed)|(?:gave|provided"
    r"|offered)\s+no|vary|varied|differ"
    # ", but few have been confirmed by the U.S. military": the writer's check on the claims
    r"|(?:have|has|had)\s+been\s+(?:independently\s+)?(?:confirmed|verified))\b"
    # "confirmed that talks were taking place but declined to give details": the speaker's
    # refusal, after the content (no comma, no subject)
    # ("the suspect surrendered but declined to give a reason" is the suspect's refusal)
    r"|\s+but\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?(?:(?:give|provide|offer)"
    r"\s+(?:any\s+|further\s+|more\s+)?details|comment|elaborate|say\s+more)\b")
_LIST_END = re.compile(r";\s+(?:and|or)\s")
# "; the toll could not be independently confirmed": the outlet's verdict on the content
_VERDICT_AFTER = re.compile(
    r";\s+(?:the\s+(?:[\w’'-]+\s+){1,2}|this\s+|that\s+|it\s+|these\s+(?:[\w’'-]+\s+)?|neither"
    r"\s+(?:[\w’'-]+\s+)?|none\s+of\s+(?:[\w’'-]+\s+){1,2})(?:could|can|has|have|had|was|were"
    r"|is|are)(?:\s+not|n['’]t|not)?\s+(?:yet\s+to\s+)?(?:be(?:en)?\s+)?(?:\w+ly\s+)?"
    r"(?:verified|confirmed|corroborated|verify|confirm)\b", re.IGNORECASE)


# A content that is a gerund clause ("accused X of hacking …", "denied hacking …") cannot go
# on with a finite verb: "and summoned …" after it is the speaker's next act.
_GERUND = re.compile(r"(?!having\b)[a-z]{3,}ing\b")
_GERUND_CONTENT = re.compile(r"(?:[\w’'.-]+\s+){1,6}?of\s+(?!having\b)[a-z]{3,}ing\b")
_GERUND_AFTER = re.compile(r"\b(?:denied|denies|deny|denying|admitted|admits)\s+$")
_ACCUSING_BEFORE = re.compile(r"\b(?:accused|accuses|accuse|accusing|charged|blamed)\s+$")
_RELATIVE = re.compile(r"\b(?:who|which|that|whom)\b")
_SECOND_PREDICATE = re.compile(
    r"(?<![\s,]),?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:summoned|expelled|imposed|announced|called"
    r"|demanded|vowed|threatened|warned|recalled|sanctioned|ordered|urged|promised|pledged"
    r"|suspended|froze|banned|accused|said|added|insisted|described|dismissed|rejected|denied"
    r"|blamed)\b")
