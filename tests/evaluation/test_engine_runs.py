from __future__ import annotations

from pipeline.evaluation.datasets import GoldArticle, LabelledSentence
from pipeline.evaluation.engine_runs import (
    attributions_of,
    predict_attributions,
    predict_checkworthy,
    predict_uncertain,
    sentence_claims,
    uncertain_reasons,
)
from pipeline.models import Claim, Claimant, Reason, Span


def _claim(start: int, end: int, *, claimant: Claimant | None = None,
           reasons: list[Reason] | None = None, cue: Span | None = None) -> Claim:
    span = Span(start=start, end=end, text="x" * (end - start))
    return Claim(
        claim_id="c", article_id="a", text=span.text, span=span, sentence=span.text,
        sentence_span=span, claimant=claimant, attribution_cue=cue, checkworthiness=0.9,
        status="asserted",
        reasons=reasons or [], flagged=False, extractor_version="t",
    )


def _reason(code: str, start: int | None) -> Reason:
    span = None if start is None else Span(start=start, end=start + 3, text="cue")
    return Reason(code=code, cue="cue", span=span)


def test_uncertain_reasons_count_documented_codes_with_a_cue_in_the_sentence() -> None:
    claims = [
        _claim(0, 10, reasons=[_reason("hedge", 2), _reason("disputed", 4)]),
        _claim(0, 10, reasons=[_reason("single_source", None), _reason("unattributed", None)]),
        _claim(0, 10, reasons=[_reason("not_verified", 40), _reason("anonymous_source", 0)]),
    ]
    # hedge at 2 and anonymous_source at 0 count; disputed, single_source, a span-less
    # reason and a cue beyond the sentence's 20 characters do not.
    assert uncertain_reasons(claims, 20) == 2


def test_attributions_are_claims_with_a_claimant_or_an_attribution_cue() -> None:
    mention = Span(start=0, end=5, text="Smith")
    said = Span(start=6, end=10, text="said")
    claims = [
        _claim(11, 20, claimant=Claimant(name="Smith", span=mention), cue=said),
        _claim(30, 40, claimant=Claimant(name="the ministry")),
        _claim(50, 60),
        # "Turnout appears to have fallen": attributed, but to nobody named.
        _claim(70, 80, cue=Span(start=71, end=81, text="appears to")),
    ]
    predicted = attributions_of(claims)
    assert [(p.content, p.source) for p in predicted] == [
        ((11, 20), (0, 5)), ((30, 40), None), ((70, 80), None)]


def test_engine_decisions_on_plain_sentences() -> None:
    sentences = [
        LabelledSentence("c", "Unemployment rose by 4 percent in 2019, the bureau said.", True),
        LabelledSentence("h", "The strike reportedly killed 12 soldiers near the border.", True),
        LabelledSentence("b", "   ", False),
    ]
    checkworthy = predict_checkworthy(sentences)
    assert checkworthy[0].positive and checkworthy[0].score >= 0.5
    assert not checkworthy[2].positive and checkworthy[2].score == 0.0
    strict = predict_checkworthy(sentences, threshold=1.0)
    assert not strict[0].positive

    uncertain = predict_uncertain(sentences)
    assert [p.positive for p in uncertain] == [False, True, False]
    assert sentence_claims(0, " ") == []


def test_engine_attributions_and_progress() -> None:
    text = "Officials said 12 soldiers were killed in the strike on Tuesday."
    seen: list[tuple[int, int]] = []
    (predicted,) = predict_attributions(
        [GoldArticle("a", "paper", text, ())], lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 1)]
    assert predicted, "the engine should attribute the claim to the officials"
    content, source = predicted[0].content, predicted[0].source
    assert "soldiers" in text[content[0]:content[1]]
    assert source is not None and text[source[0]:source[1]] == "Officials"
