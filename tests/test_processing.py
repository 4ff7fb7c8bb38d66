"""One message through the worker's logic, without a broker."""

from __future__ import annotations

import orjson
import pytest

from pipeline.extract import ExtractionResult
from pipeline.models import Article, DeadLetterStage
from pipeline.processing import MessageRef, process_message, refused_result
from tests.articles import sample_article

REF = MessageRef("articles", 2, 41, b"key-1")


def test_sample_article_yields_flagged_claims() -> None:
    out = process_message(sample_article().to_json(), REF)
    assert out.dead_letter is None and out.supported
    assert out.flagged and all(c.flagged for c in out.flagged)
    # flagged means an unverified, disputed or unattributed status; the sample has asserted
    # claims too, so flagged is a strict part of all claims
    statuses = {"unverified", "disputed", "unattributed"}
    assert [c.claim_id for c in out.flagged] == [
        c.claim_id for c in out.claims if c.status in statuses]
    assert len(out.flagged) < len(out.claims)


@pytest.mark.parametrize(
    ("payload", "stage", "needle"),
    [
        (None, "decode", "null value"),
        (b"", "decode", "not JSON"),
        (b"[1,2", "decode", "not JSON"),
        (b'{"id": "a"}', "validate", "body: Field required"),
        (b'{"id": "a", "body": "x", "surprise": 1}', "validate", "surprise: Extra inputs"),
    ],
)
def test_bad_messages_become_dead_letters(payload: bytes | None, stage: str, needle: str) -> None:
    out = process_message(payload, REF)
    assert out.claims == []
    letter = out.dead_letter
    assert letter is not None
    assert (letter.stage, letter.source_topic, letter.partition, letter.offset, letter.key) == (
        stage, "articles", 2, 41, "key-1")
    assert needle in letter.error
    assert letter.payload() == (payload or b"")


def test_an_extractor_crash_is_a_dead_letter_not_a_crash() -> None:
    def broken(article: Article) -> ExtractionResult:
        raise RuntimeError("boom on " + article.id)

    payload = Article(id="a9", body="Text.").to_json()
    out = process_message(payload, REF, extractor=broken)
    assert out.dead_letter is not None
    assert (out.dead_letter.stage, out.dead_letter.error_type) == ("extract", "RuntimeError")
    assert out.dead_letter.error == "boom on a9"
    assert orjson.loads(out.dead_letter.payload()) == orjson.loads(payload)


def test_same_article_gives_same_claim_ids_wherever_it_was_read() -> None:
    # replay reprocesses idempotently: the ids depend on article, extractor and span only,
    # not on the message's topic, partition or offset
    payload = sample_article().to_json()
    first = [c.claim_id for c in process_message(payload, REF).claims]
    elsewhere = MessageRef("articles.replayed", 0, 9000, None)
    second = [c.claim_id for c in process_message(payload, elsewhere).claims]
    assert first == second and len(set(first)) == len(first)
    moved = sample_article().model_copy(update={"id": "other-id"}).to_json()
    assert not set(first) & {c.claim_id for c in process_message(moved, REF).claims}


def test_a_refused_result_becomes_a_produce_dead_letter_holding_the_article() -> None:
    payload = b'{"id": "a1", "body": "The ministry said 12 soldiers were killed."}'
    ref = MessageRef("articles", 2, 41, b"a1")
    out = refused_result(payload, ref, ValueError("record too large"))
    assert out.claims == [] and out.dead_letter is not None
    letter = out.dead_letter
    assert letter.stage == DeadLetterStage.PRODUCE
    assert (letter.partition, letter.offset, letter.key) == (2, 41, "a1")
    assert letter.payload() == payload and letter.error == "record too large"
