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
    "eval_dir_of",
    "fold_of",
    "read_articles",
    "read_sentences",
]

#: Environment variable naming the evaluation data directory.
EVAL_DIR_ENV = "CLAIMWATCH_EVAL_DIR"


def default_eval_dir() -> Path:
    """``$CLAIMWATCH_EVAL_DIR`` (the ``eval_dir`` setting), else ``shared/eval`` beside the
    repository checkout. Commands use :func:`eval_dir_of` with the settings they built, so a
    bad ``CLAIMWATCH_*`` variable is reported as such, not as a traceback from here."""
    return eval_dir_of(Settings())


def eval_dir_of(settings: Settings) -> Path:
    """The evaluation data directory ``settings`` name, else ``shared/eval`` beside the
    repository checkout."""
    if settings.eval_dir is not None:
        return settings.eval_dir
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


# JSON's names for the Python types, as the people writing the files know them
_KIND_NAMES: dict[type, str] = {int: "an integer", str: "a string", list: "a list",
                                dict: "an object", float: "a number", bool: "true or false"}


def _field(record: dict[str, Any], name: str, kind: type, what: str) -> Any:
    """``record[name]``, which must be present and of ``kind``; else a readable error."""
    if name not in record:
        raise ValueError(f"not {what}: no {name!r} field")
    value = record[name]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        what_kind = _KIND_NAMES.get(kind, f"a {kind.__name__}")
        raise ValueError(f"{name!r} must be {what_kind}, got {value!r}"[:200])
    return value


def read_sentences(path: Path, limit: int | None = None) -> list[LabelledSentence]:
    """The labelled sentences of a sentence file (the first ``limit`` if given)."""
    sentences = []
    for number, record in _lines(path, limit):
        try:
            what = "a sentence record (id, text, label)"
            label = _field(record, "label", int, what)
            if label not in (0, 1):
                raise ValueError(f"label must be 0 or 1, got {label!r}")
            group = record.get("group")
            sentences.append(
                LabelledSentence(
                    id=str(_field(record, "id", object, what)),
                    text=_field(record, "text", str, what),
                    label=bool(label),
                    group=None if group is None else str(group),
                )
            )
        except ValueError as error:
            raise ValueError(f"{path}:{number}: {error}") from error
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
            what = "an article record (id, text, attributions)"
            items = _field(record, "attributions", list, what)
            attributions = tuple(
                GoldAttribution(
                    source=_span(item.get("source")),
                    cue=_span(item.get("cue")),
                    content=_span(item.get("content")),
                )
                for item in items
            )
            articles.append(
                GoldArticle(
                    id=str(_field(record, "id", object, what)),
                    publisher=str(record.get("publisher", "")),
                    text=_field(record, "text", str, what),
                    attributions=attributions,
                )
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{path}:{number}: bad attribution span: {error!r}") from error
        except ValueError as error:
            raise ValueError(f"{path}:{number}: {error}") from error
    return articles
