"""The wire models: round trips, strictness, deterministic ids."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from pipeline.models import (
    SCHEMA_VERSION,
    Article,
    Claim,
    DeadLetter,
    claim_id_for,
    describe_validation_error,
)


def test_article_round_trip_keeps_dates() -> None:
    a = Article(id="x", body="B", published_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC))
    back = Article.from_json(a.to_json())
    assert back == a and back.schema_version == SCHEMA_VERSION == 3


def test_article_rejects_unknown_fields_and_blank_body() -> None:
    with pytest.raises(ValidationError):
        Article.model_validate({"id": "x", "body": "B", "extra": 1})
    with pytest.raises(ValidationError, match="body is blank"):
        Article(id="x", body=" \n")
    with pytest.raises(ValidationError, match="id is blank"):
        Article(id="   ", body="B")


def test_claim_ids_depend_on_every_input() -> None:
    base = claim_id_for("a", "v1", 1, 5)
    assert base != claim_id_for("b", "v1", 1, 5)
    assert base != claim_id_for("a", "v1", 1, 6)
    assert base != claim_id_for("a", "v1", 2, 5)


def test_dead_letter_keeps_binary_payload() -> None:
    raw = b"\xff\x00not utf8"
    letter = DeadLetter.for_payload(
        raw, source_topic="t", partition=0, offset=1, stage="decode",
        error_type="ValueError", error="x", failed_at=datetime.now(UTC),
    )
    assert letter.payload_text is None
    assert DeadLetter.from_json(letter.to_json()).payload() == raw


def test_version_1_claims_still_read() -> None:
    span = {"start": 0, "end": 4, "text": "Rain"}
    old = {"schema_version": 1, "claim_id": "c-1", "article_id": "a", "text": "Rain",
           "span": span, "sentence": "Rain", "sentence_span": span, "checkworthiness": 0.5,
           "status": "asserted", "flagged": False, "extractor_version": "1.2.0"}
    claim = Claim.model_validate(old)
    assert claim.schema_version == 1 and claim.attribution_cue is None


@pytest.mark.parametrize(("tag", "problem"), [
    ("english", "'english' is not a language code (did you mean \"en\"?)"),
    ("xx-nonsense", "'xx' is not an ISO 639 language code"),
])
def test_an_article_refuses_a_language_the_worker_could_not_read(tag: str, problem: str) -> None:
    # before, only the publish command checked: the Python API let "english" through and the
    # worker then skipped the article as not English
    with pytest.raises(ValidationError) as raised:
        Article(id="a", body="B.", language=tag)
    assert problem in describe_validation_error(raised.value)
    assert Article(id="a", body="B.", language="en-GB").language == "en-GB"


def test_a_dead_letter_tells_a_tombstone_from_an_empty_value() -> None:
    # before: both were payload_b64 "" and payload_text "", so the null was lost
    fields = {"source_topic": "t", "partition": 0, "offset": 1, "stage": "decode",
              "error_type": "ValueError", "error": "x", "failed_at": datetime.now(UTC)}
    tombstone, empty = DeadLetter.for_payload(None, **fields), DeadLetter.for_payload(b"", **fields)
    assert (tombstone.payload_null, empty.payload_null) == (True, False)
    assert DeadLetter.from_json(tombstone.to_json()).payload_null
