"""What the worker does with one message, as plain Python with no Kafka or faust in it.

``process_message`` turns the bytes of one ``articles`` record into the records to write:
every claim for ``claims``, the flagged ones for ``claims.flagged``, or a dead letter that
says why the message could not be processed. It never raises for a bad message, so one
bad record can never stop a worker.

>>> out = process_message(b"not json", MessageRef("articles", 0, 7, b"k"))
>>> out.dead_letter.stage, out.dead_letter.offset, out.claims
('decode', 7, [])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import orjson
from pydantic import ValidationError

from pipeline.extract import EXTRACTOR_VERSION, ExtractionResult, extract
from pipeline.models import (
    Article,
    Claim,
    DeadLetter,
    DeadLetterStage,
    describe_validation_error,
)

__all__ = ["MessageRef", "Outcome", "process_message", "refused_result"]

Extractor = Callable[[Article], ExtractionResult]


@dataclass(frozen=True)
class MessageRef:
    """Where a message came from, for dead letters and logs."""

    topic: str
    partition: int
    offset: int
    key: bytes | None = None


@dataclass
class Outcome:
    """The records one input message produces."""

    article_id: str | None = None
    claims: list[Claim] = field(default_factory=list)
    dead_letter: DeadLetter | None = None
    supported: bool = True
    note: str | None = None

    @property
    def flagged(self) -> list[Claim]:
        return [c for c in self.claims if c.flagged]


def _dead(
    payload: bytes | None, ref: MessageRef, stage: DeadLetterStage, err: BaseException
) -> Outcome:
    key = ref.key.decode("utf-8", "replace") if ref.key is not None else None
    letter = DeadLetter.for_payload(
        payload,
        source_topic=ref.topic,
        partition=ref.partition,
        offset=ref.offset,
        key=key,
        stage=stage,
        error_type=type(err).__name__,
        error=_explain(err),
        failed_at=datetime.now(UTC),
        extractor_version=EXTRACTOR_VERSION,
    )
    return Outcome(dead_letter=letter)


def _explain(err: BaseException) -> str:
    if isinstance(err, ValidationError):
        return describe_validation_error(err)
    return str(err) or type(err).__name__


def process_message(
    payload: bytes | None, ref: MessageRef, extractor: Extractor = extract
) -> Outcome:
    """Decode, validate and extract one message; any failure becomes a dead letter."""
    if payload is None:
        return _dead(payload, ref, DeadLetterStage.DECODE, ValueError("empty message (null value)"))
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError as err:
        return _dead(payload, ref, DeadLetterStage.DECODE, ValueError(f"not JSON: {err}"))
    try:
        article = Article.model_validate(data)
    except ValidationError as err:
        return _dead(payload, ref, DeadLetterStage.VALIDATE, err)
    try:
        result = extractor(article)
    except Exception as err:  # an extractor bug must not stop the stream
        return _dead(payload, ref, DeadLetterStage.EXTRACT, err)
    return Outcome(
        article_id=article.id, claims=list(result.claims), supported=result.supported,
        note=result.note,
    )


def refused_result(payload: bytes | None, ref: MessageRef, err: BaseException) -> Outcome:
    """The dead letter for a message whose results the broker refuses for good (a claim
    record over the topic's size limit): the article is kept whole for a later replay."""
    return _dead(payload, ref, DeadLetterStage.PRODUCE, err)
