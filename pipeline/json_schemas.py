"""JSON Schema files for the wire records, generated from the pydantic models.

``schemas/*.json`` in the repository are these, written by ``claimwatch schemas --write``;
a test regenerates them and fails when a model changed without the files.

>>> sorted(schema_documents())
['article.schema.json', 'claim.schema.json', 'dead-letter.schema.json']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel

from pipeline.models import SCHEMA_VERSION, Article, Claim, DeadLetter

__all__ = [
    "MODELS",
    "check_schemas",
    "project_schema_dir",
    "render",
    "schema_documents",
    "write_schemas",
]

MODELS: dict[str, type[BaseModel]] = {
    "article.schema.json": Article,
    "claim.schema.json": Claim,
    "dead-letter.schema.json": DeadLetter,
}


def project_schema_dir() -> Path | None:
    """``schemas/`` of the checkout this package runs from, or None (an installed wheel).

    The checkout is recognised by its pyproject.toml, so an unrelated ``schemas`` folder
    that happens to sit beside an installed package is never taken for it.
    """
    root = Path(__file__).resolve().parent.parent
    folder = root / "schemas"
    return folder if (root / "pyproject.toml").is_file() and folder.is_dir() else None


def schema_documents() -> dict[str, dict[str, Any]]:
    docs = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema(mode="validation")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"claimwatch/{name}"
        schema["x-schema-version"] = SCHEMA_VERSION
        docs[name] = schema
    return docs


def render(schema: dict[str, Any]) -> bytes:
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schema_documents().items():
        path = folder / name
        path.write_bytes(render(schema))
        written.append(path)
    return written


def check_schemas(folder: Path) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    stale = []
    for name, schema in schema_documents().items():
        path = folder / name
        if not path.exists() or path.read_bytes() != render(schema):
            stale.append(name)
    return stale
