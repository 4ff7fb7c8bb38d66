"""Where a content's clause ends and the writer's own words, or an answer, begin.

", and he railed against …", ", but provided no evidence", ", a claim Hamas denied", ", a toll
believed to be an undercount", ", the latest in a series of attacks": what follows is not
more of what the source said.

>>> body = "The army said 40 rebels died, a claim the group denied."
>>> body[: NEW_CLAUSE.search(body).start()]
'The army said 40 rebels died'
"""

from __future__ import annotations

import re

from pipeline.extract.lexicon import EVIDENCE_GIVEN, STATEMENT_NOUN_STEMS

__all__ = ["NEW_CLAUSE", "SINCE_RECORD"]

# Ends of a content (below): a headline's ", Reports Defense Ministry"; the writer going on
# (", and he railed against …", ", but provided no evidence") or commenting (", a claim Hamas
# denied", ", a toll believed to be an undercount").
_STATEMENT = "(?:" + "|".join(STATEMENT_NOUN_STEMS) + ")"
#: A record the writer sets the content against: "the first such … since 2004", "the worst ever".
SINCE_RECORD = (r"the\s+(?:first|most\s+[a-z]+|biggest|largest|worst|second|third)\b"
                r"(?=[^,;.]{0,80}\b(?:since|ever|yet|in\s+(?:decades|years|history)))")
_GAVE = "|".join(EVIDENCE_GIVEN)
# The word before is no capitalised name (lookbehinds are of fixed width: one per length).
_NOT_AFTER_NAME = "".join(rf"(?<!\b[A-Z][\w’'.-]{{{n}}})" for n in range(16))
NEW_CLAUSE = re.compile(
    r"(?:(?<=\S)\s+(?:but|and)\s+(?:" + _GAVE + r"|made)\s+no\b"
    # ', while an Israeli official said …': another speaker's account set beside it
    r"|(?<=\S),[”\"’']?\s+while\s+(?=(?:(?!(?:who|whom|that|which|than|as|it|they|he|she|we|had"
    r"|has|have|would)\b)[\w’'.-]+\s+){1,6}?(?:said|says|told|claimed|claims"
    r"|insisted|insists|maintained|maintains|countered|counters)\b)"
    # "207 of its soldiers were killed and Azerbaijan reported 80 of its troops dead": the
    # other side's count set beside it
    # (not after a name: "Qatar said Russia and Ukraine said …" has two speakers of one claim)
    r"|(?<=\S)(?=,?\s+(?:and|but)\s)" + _NOT_AFTER_NAME + r",?\s+(?:and|but)\s+"
    r"(?=(?:[A-Z][\w’'.-]*\s+){1,4}(?:(?:reported|said|says|claimed|claims|told)\s(?!(?:about|of|nothing|so|him|her|them)\b)"
    r"|put\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:toll|figure|number|count|losses)\b))"
    # "— and he singled out X": the writer going on after a dash; ", but critics point to X",
    # ", an acknowledgment that advisers trumpeted", ", which one employee considered illegal":
    # others answering or the writer judging
    r"|\s+(?:—|–|--)\s+and\s+(?:he|she|they)\s"
    r"|,\s+but\s+(?:critics|opponents|others|rivals|detractors|skeptics|sceptics)\s+[a-z]+\b"
    r"|,\s+(?:an?\s+)?(?:acknowledge?ment|admission|concession|remark|reference)\s+(?:that|which)\b"
    r"|,\s+which\s+(?:(?:at\s+least\s+)?(?:one|some|many|several|most|critics|others)\b[\w\s-]{0,30}?)"
    r"\s(?:considered|called|described|saw|views?|viewed|regarded|deemed)\b"
    # "no one had been hurt and did not name the facility": what the speaker left out
    r"|(?<=\S)\s+(?:but|and)\s+did\s+not\s+(?:name|identify|specify|mention|disclose|give"
    r"|provide|say\s+(?:how|whether|when|where|who|why|what|which))\b"
    # "confirmed 96 would be freed but gave a lower figure": a second statement
    r"|(?<=\S)\s+but\s+(?:gave|put|offered|reported|cited)\s+(?:a\s+|the\s+)?(?:lower|higher"
    r"|different|smaller|larger)\b"
    r"|,(?P<closing>''|[”\"’']?)\s+(?:(?:and|but|(?<=[”\"’']\s)(?:though|although))\s+(?:he|she|they|we)\s+(?!said|says"
    r"|added|told)"
    r"|but\s+(?:" + _GAVE + r"|did\s+not|didn['’]t|declined|refused"
    r"|failed)\b|(?:but|though|although)\s+(?:the|this|these|those|such)\s+"
    r"(?:[\w’'-]+\s+){0,2}?" + _STATEMENT + r"s?\b|(?:a|an)\s+" + _STATEMENT + r"s?\s+"
    r"(?:(?:that\s+)?(?:[A-Z][\w’'-]*\s+){1,4}|the\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z]+\s+)?"
    r"|(?:that\s+)?(?:he|she|they|it)\s+)"
    r"(?:has\s+|have\s+)?(?:[a-z]+ly\s+)?(?:denied|disputed|rejected"
    r"|dismissed|refuted|contested|did\s+not|has\s+not|could\s+not|never)\b"
    # ", a claim the government denies", ", an account former colleagues dispute", ", which
    # the group rejects": the other side answering in the same sentence
    r"|(?:(?:a|an)\s+" + _STATEMENT + r"s?\s+(?:that\s+)?|which\s+)(?:[\w’'-]+\s+){1,4}?"
    r"(?:[a-z]+ly\s+)?(?:denies|deny|disputes|dispute|rejects|reject|dismisses|dismiss"
    r"|refutes|refute|contests|contest|denied|rejected|disputed|dismissed|refuted|contested)\b"
    r"(?=[^,;]{0,40}(?:[.!?]\s*)?$)"
    r"|(?:a|an)\s+" + _STATEMENT + r"s?\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+"
    r"(?:to|by|as)\b"
    r"|(?:a|an)\s+" + _STATEMENT + r"s?\s+(?:that|which)\s+(?!(?:is|was|are|were)\b)"
    # ", a claim that was partly borne out by satellite images": a verdict on it
    r"|(?:a|an)\s+" + _STATEMENT + r"s?\s+(?:that|which)\s+(?:is|was|are|were|has\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(?:borne|confirmed|verified|corroborated|denied|disputed|rejected"
    r"|contradicted|backed)\b"
    r"|(?:(?:a|an|the)\s+)?" + _STATEMENT + r"s?\s+(?:that|which)\s+"
    r"(?:cannot|can['’]t|could\s+not|couldn['’]t|(?:has|have|had|was|were|is|are)\s+not)\b"
    r"|without\s+(?:providing|offering|giving|presenting|citing)\b"
    r"|(?:accusations|allegations|charges|claims)\s+(?:that\s+)?(?:(?:the|its|his|her|their)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:has\s+|have\s+)?(?:[a-z]+ly\s+)?(?:denied|rejected|disputed"
    r"|dismissed|denies|deny|rejects|reject|disputes|dispute|dismisses|dismiss)\b"
    # the writer's characterisation closing the sentence: ", the latest in a series of
    # attacks", ", in what would be the biggest defeat …"
    r"|(?:the\s+(?:latest|deadliest|heaviest)\b|" + SINCE_RECORD + r")"
    r"(?=[^,;.]{0,120}(?:[.!?]\s*)?$)"
    r"|in\s+what\s+(?:would|could|may|might|appeared|appears|was|is|has|officials|analysts)\b"
    # ", days after an attack claimed by JNIM": the writer's background
    r"|(?:(?:a|one|two|three|four|five|several|just|only|barely)\s+)?(?:hours?|days?|weeks?"
    r"|months?)\s+(?:after|before)\b)"
    # "…; army denies": a second, answering clause
    r"|;\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:denies|denied|rejects|rejected|disputes)\b)")
