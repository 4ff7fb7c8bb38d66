"""Every message claimwatch reads or writes, in one place.

These pydantic v2 models are the single source of truth for the wire format: the JSON
Schema files in ``schemas/`` are generated from them (``claimwatch schemas --write``) and a
test fails when the two drift apart. Every record carries ``schema_version`` so consumers
can tell formats apart when the models evolve.

Serialisation always goes through orjson:

>>> a = Article(id="a1", title="T", body="Officials said 3 people died.")
>>> Article.from_json(a.to_json()) == a
True
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any, Self

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.language_tags import language_problem

__all__ = [
    "FLAGGED_STATUSES",
    "SCHEMA_VERSION",
    "Article",
    "Claim",
    "ClaimType",
    "Claimant",
    "DeadLetter",
    "DeadLetterStage",
    "EntityType",
    "Quantity",
    "QuantityQualifier",
    "Reason",
    "ReasonCode",
    "Relay",
    "Span",
    "VerificationStatus",
    "claim_id_for",
    "content_article_id",
    "describe_validation_error",
]

# 2: Claim gained ``attribution_cue`` (optional, so version-1 claims still read).
# 3: Claim gained ``denied`` (defaults to False, so older claims still read).
SCHEMA_VERSION = 3

#: Statuses that put a claim on the flagged topic: a reader should not take it as established.
FLAGGED_STATUSES = frozenset({"unverified", "disputed", "unattributed"})


class _Record(BaseModel):
    """Base for wire records: immutable, strict about unknown fields, orjson in and out."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)

    def to_json(self) -> bytes:
        return orjson.dumps(self.model_dump(mode="json"))

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        return cls.model_validate(orjson.loads(data))


class Article(_Record):
    """A news article as published onto the ``articles`` topic."""

    schema_version: int = SCHEMA_VERSION
    id: str = Field(min_length=1, max_length=256, description="Stable article id; the Kafka key.")
    url: str | None = None
    outlet: str | None = Field(default=None, description="Publisher or source name.")
    title: str = ""
    body: str = Field(min_length=1, description="Full text; every span refers to it.")
    language: str = Field(default="en", min_length=2, max_length=16, description="BCP 47 tag.")
    published_at: datetime | None = None
    authors: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("id is blank")  # "   " would key every such article alike
        return value

    @field_validator("body")
    @classmethod
    def _body_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body is blank")
        return value

    @field_validator("language")
    @classmethod
    def _language_tag(cls, value: str) -> str:
        # "english" would make the worker skip the article as not English, without a trace
        problem = language_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value


def describe_validation_error(err: ValidationError) -> str:
    """Why a record failed a model, one ``field: message`` per problem.

    >>> try:
    ...     Article.model_validate({"id": "a"})
    ... except ValidationError as err:
    ...     print(describe_validation_error(err))
    body: Field required
    """
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'record'}: "
                     f"{e['msg'].removeprefix('Value error, ')}" for e in err.errors())


def content_article_id(title: str, body: str, url: str | None = None) -> str:
    """A stable id for an article that came without one: the hash of what identifies it.

    >>> content_article_id("T", "Body.") == content_article_id("T", "Body.")
    True
    """
    digest = hashlib.sha256()
    for part in (url or "", title, body):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return "sha256-" + digest.hexdigest()[:32]


class Span(_Record):
    """Character offsets ``[start, end)`` into ``Article.body`` and the text they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class EntityType(StrEnum):
    GOVERNMENT = "government"
    MILITARY = "military"
    MEDIA = "media"
    EXPERT = "expert"
    OFFICIAL = "official"
    ANONYMOUS = "anonymous"
    ORGANISATION = "organisation"
    PERSON = "person"
    WITNESS = "witness"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


class Relay(_Record):
    """An intermediary a claim was passed through (a news agency quoting a ministry)."""

    name: str
    entity_type: EntityType = EntityType.UNKNOWN
    span: Span | None = None


class Claimant(_Record):
    """Who makes a claim; ``via`` lists the relays, nearest to the reader first."""

    name: str
    entity_type: EntityType = EntityType.UNKNOWN
    span: Span | None = None
    via: list[Relay] = Field(default_factory=list)
    self_interested: bool = False
    party: str | None = Field(default=None, description="Side the claimant belongs to, if known.")


class QuantityQualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    APPROXIMATE = "approximate"
    RANGE = "range"


class Quantity(_Record):
    """A number in a claim with what it counts and how precisely it is stated."""

    text: str
    span: Span
    value: float | None = None
    value_max: float | None = None
    qualifier: QuantityQualifier = QuantityQualifier.EXACT
    unit: str | None = Field(default=None, description="What is counted: 'drones', '%', 'km'.")
    period: str | None = Field(default=None, description="Time frame: 'in a single week'.")


class ClaimType(StrEnum):
    EVENT = "event"
    ACTION = "action"
    QUANTITY = "quantity"
    CASUALTY = "casualty"
    CAPTURE = "capture"
    STRIKE = "strike"
    CAUSAL = "causal"
    PREDICTION = "prediction"
    STATEMENT = "statement"


class VerificationStatus(StrEnum):
    UNVERIFIED = "unverified"
    DISPUTED = "disputed"
    UNATTRIBUTED = "unattributed"
    CORROBORATED = "corroborated"
    ASSERTED = "asserted"


class ReasonCode(StrEnum):
    NOT_VERIFIED = "not_verified"  # "has yet to be independently verified"
    CONDITIONAL = "conditional"  # "if confirmed"
    HEDGE = "hedge"  # "reportedly", "allegedly", "claims"
    ANONYMOUS_SOURCE = "anonymous_source"
    SELF_INTERESTED_SOURCE = "self_interested_source"
    DISPUTED = "disputed"  # "may be an overstatement", denials
    SINGLE_SOURCE = "single_source"
    UNATTRIBUTED = "unattributed"  # "experts suggest", "it is believed"
    CORROBORATED = "corroborated"  # "independently confirmed by …"


class Reason(_Record):
    """Why a claim has its status: a code, the words that show it, and where they are."""

    code: ReasonCode
    cue: str = Field(description="The words in the article that show the reason.")
    span: Span | None = Field(default=None, description="Where the cue is in the body.")
    explanation: str = ""


class Claim(_Record):
    """One factual claim found in an article; the key on the ``claims`` topic is ``claim_id``."""

    schema_version: int = SCHEMA_VERSION
    claim_id: str = Field(description="Deterministic: same article and extractor version, same id.")
    article_id: str
    text: str = Field(description="The claim's content.")
    span: Span = Field(description="Where the content is in the article body.")
    sentence: str
    sentence_span: Span
    claim_types: list[ClaimType] = Field(default_factory=list)
    claimant: Claimant | None = None
    attribution_cue: Span | None = Field(
        default=None,
        description="The words that give the content as somebody's (\"said\", \"according to\","
        " \"reportedly\", \"appears to\"); None when the outlet states it itself.",
    )
    denied: bool = Field(
        default=False,
        description="True when the claimant rejects the content rather than asserting it "
        "(\"Moscow denied targeting the hospital\": the text is what Moscow denies).",
    )
    quantities: list[Quantity] = Field(default_factory=list)
    checkworthiness: float = Field(ge=0.0, le=1.0)
    status: VerificationStatus
    reasons: list[Reason] = Field(default_factory=list)
    flagged: bool = Field(description="True when status is unverified, disputed or unattributed.")
    extractor_version: str
    outlet: str | None = None
    article_url: str | None = None
    article_title: str | None = None
    published_at: datetime | None = None


def claim_id_for(article_id: str, extractor_version: str, start: int, end: int) -> str:
    """The deterministic id of the claim at ``[start, end)`` of an article's body.

    >>> claim_id_for("a1", "1.0", 0, 10) == claim_id_for("a1", "1.0", 0, 10)
    True
    >>> claim_id_for("a1", "1.0", 0, 10) == claim_id_for("a1", "1.1", 0, 10)
    False
    """
    raw = f"{article_id}\x00{extractor_version}\x00{start}\x00{end}".encode()
    return "c-" + hashlib.sha256(raw).hexdigest()[:24]


class DeadLetterStage(StrEnum):
    """Where processing a message failed."""

    DECODE = "decode"  # not JSON (or no value at all)
    VALIDATE = "validate"  # JSON, but not an article
    EXTRACT = "extract"  # the extractor raised on it
    PRODUCE = "produce"  # the broker refused its results for good (e.g. a record too large)


class DeadLetter(_Record):
    """A message the worker could not process, kept whole so nothing is lost."""

    schema_version: int = SCHEMA_VERSION
    source_topic: str
    partition: int
    offset: int
    key: str | None = None
    payload_b64: str = Field(description="The original message value, base64.")
    payload_text: str | None = Field(
        default=None, description="The value as text, if it is UTF-8 and at most 64 KiB."
    )
    payload_null: bool = Field(
        default=False, description="The message had no value at all (a tombstone), not an "
        "empty one; payload_b64 is then empty."
    )
    stage: DeadLetterStage
    error_type: str
    error: str
    failed_at: datetime
    extractor_version: str | None = None

    @classmethod
    def for_payload(cls, payload: bytes | None, **fields: Any) -> DeadLetter:
        raw = payload or b""
        text: str | None = None
        if len(raw) <= 64 * 1024:  # a readable copy only where it costs little
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = None
        return cls(payload_b64=base64.b64encode(raw).decode("ascii"), payload_text=text,
                   payload_null=payload is None, **fields)

    def payload(self) -> bytes:
        return base64.b64decode(self.payload_b64)
