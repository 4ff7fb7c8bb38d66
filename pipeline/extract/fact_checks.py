"""Fact-check boxes: "Claim: …" followed by "Verdict: False".

Fact-checkers print the claim they checked and then their rating of it. The rating line
states no fact of its own: it is a verdict on the claim, which a reader must see on that
claim as a reason (disputed for "False" or "Misleading", corroborated for "True").

>>> from pipeline.extract.engine import extract
>>> from pipeline.models import Article
>>> body = "CLAIM: Troops shot down an army jet over Khartoum.\\nVERDICT: False."
>>> [(c.text, c.status, [r.cue for r in c.reasons]) for c in extract(Article(id="a", body=body),
...                                                                    threshold=0).claims]
[('Troops shot down an army jet over Khartoum.', 'disputed', ['False'])]
"""

from __future__ import annotations

import re

from pipeline.extract.drafts import Draft
from pipeline.extract.segment import Sentence
from pipeline.models import Reason, ReasonCode, Span

__all__ = ["rate_checked_claims"]

_VERDICT = re.compile(
    r"\s*(?:our\s+)?(?:verdict|rating|ruling|conclusion)\s*:\s*(?P<rating>[^.\n;]{1,40})",
    re.IGNORECASE)
_CLAIM_LABEL = re.compile(r"\s*(?:the\s+)?claim\s*:", re.IGNORECASE)
_DISPUTING = re.compile(
    r"(?:mostly\s+|partly\s+|half\s+)?(?:false|fake|fabricated|misleading|unproven|unsupported"
    r"|inaccurate|incorrect|altered|manipulated|doctored|satire|missing context|out of context"
    r"|no evidence|pants on fire|wrong)\b", re.IGNORECASE)
_CONFIRMING = re.compile(r"(?:mostly\s+)?(?:true|correct|accurate|verified|confirmed)\b",
                         re.IGNORECASE)
_REACH = 4  # sentences back a rating may look for the claim it rates


_CLAIMING = re.compile(r"claim|alleg|purport", re.IGNORECASE)


def rate_checked_claims(body: str, sentences: list[Sentence], drafts: list[Draft]) -> list[Draft]:
    """The drafts without rating lines, whose ratings become reasons of the claims rated."""
    if ":" not in body or not any(_VERDICT.match(s.text) for s in sentences if ":" in s.text):
        return drafts  # nearly every article: no rating line at all
    kept: list[Draft] = []
    for draft in drafts:
        sentence = sentences[draft.first]
        verdict = _VERDICT.match(sentence.text)
        if verdict is None:
            kept.append(draft)
            continue
        rating = verdict.group("rating").strip()
        code = (ReasonCode.DISPUTED if _DISPUTING.match(rating) else
                ReasonCode.CORROBORATED if _CONFIRMING.match(rating) else None)
        target = _rated(body, sentences, kept, draft.first) if code is not None else None
        if code is None or target is None:
            kept.append(draft)
            continue
        start = sentence.start + verdict.start("rating")
        span = Span(start=start, end=start + len(rating), text=rating)
        target.reasons.append(Reason(code=code, cue=rating, span=span,
                                     explanation=f"The fact-check rates it “{rating}”."))
    for draft in kept:  # "CLAIM: Troops shot down …": the label is no part of the claim
        label = _CLAIM_LABEL.match(body, draft.span[0])
        if label is not None and label.end() < draft.span[1]:
            start = label.end()
            while start < draft.span[1] and body[start].isspace():
                start += 1
            draft.span = (start, draft.span[1])
    return kept


def _rated(body: str, sentences: list[Sentence], before: list[Draft], index: int
           ) -> Draft | None:
    """The claim a rating line rates: the one on the last "Claim:" line, else the last one
    made as a claim ("A viral post claimed …", not the answer to it), else the last one."""
    recent = [d for d in before if index - _REACH <= d.first < index]
    labelled = [d for d in recent if _CLAIM_LABEL.match(sentences[d.first].text)]
    claimed = [d for d in recent if d.attribution is not None and _CLAIMING.match(
        body, d.attribution.cue[0])]
    pool = labelled or claimed or recent
    return pool[-1] if pool else None
