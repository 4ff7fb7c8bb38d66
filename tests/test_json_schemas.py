"""The committed JSON Schema files must match the models they are generated from."""

from __future__ import annotations

from pathlib import Path

import orjson

from pipeline.json_schemas import check_schemas, schema_documents, write_schemas

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def test_committed_schemas_match_models() -> None:
    assert check_schemas(SCHEMAS) == [], "run `claimwatch schemas --write` and commit"


def test_drift_is_detected(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    assert check_schemas(tmp_path) == []
    path = tmp_path / "claim.schema.json"
    doc = orjson.loads(path.read_bytes())
    del doc["properties"]["claim_id"]
    path.write_bytes(orjson.dumps(doc))
    assert check_schemas(tmp_path) == ["claim.schema.json"]


def test_claim_schema_requires_the_contract_fields() -> None:
    required = set(schema_documents()["claim.schema.json"]["required"])
    assert {"claim_id", "article_id", "text", "span", "status", "checkworthiness",
            "extractor_version", "flagged"} <= required
