"""Running the extraction engine over evaluation data, turning its claims into predictions.

What counts as the engine's answer (definitions; scoring is in the ``*_scoring`` modules):

* ``checkworthy``: each sentence is run alone, as the body of an Article, with
  ``extract(threshold=0.0)`` so every candidate claim is seen. Its score is the highest
  ``checkworthiness`` of its claims (0 when it has none); it is positive when that score
  is at least the threshold (default: the engine's, 0.5). This is the same decision as
  "``extract`` at that threshold returns a claim", up to the 4 decimals claims carry.
* ``uncertain``: each sentence is run alone with ``extract(threshold=0.0)``. It is positive
  when some claim carries a reason whose code is in
  :data:`~pipeline.evaluation.sentence_scoring.UNCERTAIN_CODES` (hedge, not_verified,
  conditional, unattributed, anonymous_source) and whose cue span lies inside the
  sentence. Its score is the number of such reasons.
* ``attribution``: each article is run with ``extract(threshold=0.0)``; every claim with a
  claimant or an ``attribution_cue`` is a predicted attribution: the claim's span as
  content, the claimant's mention span (if there is one) as source.

``uncertain`` and ``attribution`` take an optional threshold instead of 0.0, to see how
the figures move when only claims above it count; the reported figures use 0.0.
A sentence the Article model refuses (blank text) counts as having no claim.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.evaluation.attribution_scoring import PredictedAttribution
from pipeline.evaluation.datasets import GoldArticle, LabelledSentence
from pipeline.evaluation.sentence_scoring import UNCERTAIN_CODES, SentencePrediction
from pipeline.extract import DEFAULT_THRESHOLD, extract
from pipeline.models import Article, Claim

__all__ = [
    "DEFAULT_THRESHOLD",
    "Progress",
    "attributions_of",
    "predict_attributions",
    "predict_checkworthy",
    "predict_uncertain",
    "sentence_claims",
    "uncertain_reasons",
]

#: Called after each item with (items done, items in all).
Progress = Callable[[int, int], None]

_UNCERTAIN = frozenset(code.value for code in UNCERTAIN_CODES)


def _quiet(done: int, total: int) -> None:
    """No progress output."""


def sentence_claims(index: int, text: str, threshold: float = 0.0) -> list[Claim]:
    """The claims the engine finds in one sentence run as a whole article (default: all)."""
    if not text.strip():
        return []
    article = Article(id=f"eval-{index}", body=text)
    return extract(article, threshold=threshold).claims


def predict_checkworthy(
    sentences: Sequence[LabelledSentence],
    threshold: float | None = None,
    progress: Progress = _quiet,
) -> list[SentencePrediction]:
    cut = DEFAULT_THRESHOLD if threshold is None else threshold
    predictions = []
    for index, sentence in enumerate(sentences):
        claims = sentence_claims(index, sentence.text)
        score = max((c.checkworthiness for c in claims), default=0.0)
        predictions.append(SentencePrediction(sentence.id, bool(claims) and score >= cut, score))
        progress(index + 1, len(sentences))
    return predictions


def uncertain_reasons(claims: Sequence[Claim], length: int) -> int:
    """How many reasons with a counted code and a cue inside ``[0, length)`` the claims carry."""
    count = 0
    for claim in claims:
        for reason in claim.reasons:
            span = reason.span
            if reason.code in _UNCERTAIN and span is not None and span.end <= length:
                count += 1
    return count


def predict_uncertain(
    sentences: Sequence[LabelledSentence],
    progress: Progress = _quiet,
    threshold: float = 0.0,
) -> list[SentencePrediction]:
    predictions = []
    for index, sentence in enumerate(sentences):
        claims = sentence_claims(index, sentence.text, threshold)
        found = uncertain_reasons(claims, len(sentence.text))
        predictions.append(SentencePrediction(sentence.id, found > 0, float(found)))
        progress(index + 1, len(sentences))
    return predictions


def attributions_of(claims: Sequence[Claim]) -> list[PredictedAttribution]:
    """The attributed claims (a claimant or an attribution cue), as (content, source
    mention) span pairs; the mention is None when no claimant was named in the text."""
    predicted = []
    for claim in claims:
        if claim.claimant is None and claim.attribution_cue is None:
            continue
        mention = claim.claimant.span if claim.claimant is not None else None
        predicted.append(
            PredictedAttribution(
                content=(claim.span.start, claim.span.end),
                source=None if mention is None else (mention.start, mention.end),
            )
        )
    return predicted


def predict_attributions(
    articles: Sequence[GoldArticle],
    progress: Progress = _quiet,
    threshold: float = 0.0,
) -> list[list[PredictedAttribution]]:
    predictions = []
    for index, gold in enumerate(articles):
        if gold.text.strip():
            article = Article(id=f"eval-{index}", body=gold.text, outlet=gold.publisher or None)
            claims = extract(article, threshold=threshold).claims
        else:
            claims = []
        predictions.append(attributions_of(claims))
        progress(index + 1, len(articles))
    return predictions
