"""Readers for the evaluation file formats of ``shared/eval/README.md``.

Sentence files: one ``{"id", "text", "label": 0|1, "group"?}`` object a line.
Article files: one ``{"id", "publisher", "text", "attributions": [...]}`` object a line,
each attribution ``{"source", "cue", "content"}`` of spans ``{"text", "start", "end"}`` or null.

The data is read where it lies at run time and is never copied into the repository.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

import pipeline
from pipeline.settings import Settings

__all__ = [
    "EVAL_DIR_ENV",
    "GoldArticle",
    "GoldAttribution",
    "GoldSpan",
    "LabelledSentence",
    "default_eval_dir",
    "fold_of",
    "read_articles",
    "read_sentences",
]

#: Environment variable naming the evaluation data directory.
EVAL_DIR_ENV = "CLAIMWATCH_EVAL_DIR"


def default_eval_dir() -> Path:
    """``$CLAIMWATCH_EVAL_DIR`` (the ``eval_dir`` setting), else ``shared/eval`` beside the
    repository checkout."""
    configured = Settings().eval_dir
    if configured is not None:
        return configured
    repo_root = Path(pipeline.__file__).resolve().parent.parent
    return repo_root.parent / "shared" / "eval"


def fold_of(item_id: str, folds: int) -> int:
    """A fixed fold for an id (CRC-32, so the same in every process and Python version).

    >>> fold_of("ct24-train-16", 5) == fold_of("ct24-train-16", 5)
    True
    """
    return zlib.crc32(item_id.encode("utf-8")) % folds


@dataclass(frozen=True)
class LabelledSentence:
    id: str
    text: str
    label: bool
    group: str | None = None


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str

    def overlap(self, start: int, end: int) -> int:
        """Characters shared with ``[start, end)``."""
        return max(0, min(self.end, end) - max(self.start, start))


@dataclass(frozen=True)
class GoldAttribution:
    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan | None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    publisher: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _lines(path: Path, limit: int | None) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open("rb") as handle:
        count = 0
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error}") from error
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object")
            count += 1
            yield number, record


def read_sentences(path: Path, limit: int | None = None) -> list[LabelledSentence]:
    """The labelled sentences of a sentence file (the first ``limit`` if given)."""
    sentences = []
    for number, record in _lines(path, limit):
        try:
            label = record["label"]
            if label not in (0, 1):
                raise ValueError(f"label must be 0 or 1, got {label!r}")
            group = record.get("group")
            sentences.append(
                LabelledSentence(
                    id=str(record["id"]),
                    text=str(record["text"]),
                    label=bool(label),
                    group=None if group is None else str(group),
                )
            )
        except (KeyError, ValueError) as error:
            raise ValueError(f"{path}:{number}: bad sentence record: {error}") from error
    return sentences


def _span(raw: Any) -> GoldSpan | None:
    if raw is None:
        return None
    return GoldSpan(start=int(raw["start"]), end=int(raw["end"]), text=str(raw["text"]))


def read_articles(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """The articles and gold attributions of an article file (the first ``limit`` if given)."""
    articles = []
    for number, record in _lines(path, limit):
        try:
            attributions = tuple(
                GoldAttribution(
                    source=_span(item.get("source")),
                    cue=_span(item.get("cue")),
                    content=_span(item.get("content")),
                )
                for item in record.get("attributions", [])
            )
            articles.append(
                GoldArticle(
                    id=str(record["id"]),
                    publisher=str(record.get("publisher", "")),
                    text=str(record["text"]),
                    attributions=attributions,
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}:{number}: bad article record: {error}") from error
    return articles
