"""Read articles from files, folders and stdin, naming where each record came from.

Formats:

- ``.txt``: one article; the first non-empty line is the title, the rest the body.
- ``.json``: one article object, or a list of them.
- ``.jsonl``: one article object a line.
- a folder: every ``.txt``, ``.json`` and ``.jsonl`` file under it, in sorted order.
- ``-``: stdin: a JSON list or object, JSON lines (sent one by one as they arrive), or
  else one text article.

Validation never stops the run: each record comes back either as an ``Article`` or with the
reason it was rejected, and a ``location`` a person can open: ``FILE:LINE``, for an item of
a .json list ``FILE:LINE (item N)`` (N counts from 1), and ``FILE`` alone when the whole
file is at fault (``<stdin>`` for stdin). An input that holds no article (an empty file,
an empty list, empty stdin) is rejected too, so it never passes as "sent 0".

>>> recs = list(parse_text("notes.txt", "Title\\n\\nBody text."))
>>> recs[0].article.title, recs[0].article.body
('Title', 'Body text.')
>>> bad = list(parse_jsonl("x.jsonl", '{"title": "no body"}\\nnot json\\n'))
>>> for r in bad: print(r.location, r.error)
x.jsonl:1 body: Field required
x.jsonl:2 invalid JSON: not a JSON value (a record is one JSON object)
"""

from __future__ import annotations

import json
import queue
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import orjson
from pydantic import ValidationError

from pipeline.models import Article, content_article_id, describe_validation_error

__all__ = [
    "SUFFIXES",
    "InputRecord",
    "not_utf8",
    "parse_json",
    "parse_jsonl",
    "parse_stdin",
    "parse_text",
    "read_inputs",
    "stream_stdin",
    "to_article",
]

SUFFIXES = (".txt", ".json", ".jsonl")
STDIN = "<stdin>"
# Bytes that are not UTF-8 survive decoding with "surrogateescape" as U+DC80..U+DCFF, so
# files and stdin can all be decoded that way and described alike afterwards.
_UNDECODED = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class InputRecord:
    """One input record: an article, or the reason it could not become one."""

    location: str
    article: Article | None = None
    error: str | None = None


def to_article(location: str, data: Any) -> InputRecord:
    """Validate one decoded record; an article without an id gets a stable content hash."""
    if not isinstance(data, dict):
        return InputRecord(location, error=f"expected a JSON object, got {type(data).__name__}")
    if not data.get("id"):
        raw_body, raw_url = data.get("body"), data.get("url")
        body = raw_body if isinstance(raw_body, str) else ""
        url = raw_url if isinstance(raw_url, str) else None
        data = {**data, "id": content_article_id(str(data.get("title") or ""), body, url)}
    try:
        article = Article.model_validate(data)
    except ValidationError as err:
        return InputRecord(location, error=describe_validation_error(err))
    return InputRecord(location, article=article)


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def not_utf8(text: str) -> tuple[int, str] | None:
    """The line (from 1) and description of the first byte of ``text`` that was not UTF-8,
    for text decoded with ``surrogateescape``; None when it all was.

    >>> not_utf8(b'ok\\n{"body": "\\xff"}'.decode("utf-8", "surrogateescape"))
    (2, 'not UTF-8: byte 0xff at column 11')
    """
    found = _UNDECODED.search(text)
    if found is None:
        return None
    at = found.start()
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    byte = ord(found.group()) - 0xDC00
    return text.count("\n", 0, at) + 1, f"not UTF-8: byte 0x{byte:02x} at column {column}"


def _json_error(err: orjson.JSONDecodeError) -> str:
    message = str(err).split(":")[0]
    if message.startswith("invalid literal") and not err.doc[: err.pos].strip():
        # orjson's "invalid literal, expected 'null'" for a line of text that starts with "n"
        message = "not a JSON value (a record is one JSON object)"
    return "invalid JSON: " + message


def _lines(text: str) -> list[str]:
    """Lines split at newlines only: ``str.splitlines`` also breaks at U+2028, U+0085 and
    form feeds, which JSON strings (orjson writes U+2028 as it is) and article text hold."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def _empty(name: str) -> InputRecord:
    what = "input" if name == STDIN else "file"
    return InputRecord(name, error=f"empty {what}: no article in it")


def parse_text(name: str, text: str) -> Iterator[InputRecord]:
    if not text.strip():
        yield _empty(name)
        return
    lines = _lines(text.strip())
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    if not body:
        yield InputRecord(f"{name}:1", error="no body after the title line")
        return
    yield to_article(f"{name}:1", {"title": title, "body": body})


def _item_lines(text: str, count: int) -> list[int]:
    r"""The line each item of the top-level JSON list ``text`` starts on.

    orjson, which parsed the list, keeps no positions; the standard library's decoder steps
    over one item at a time and says where it ended.

    >>> _item_lines('[\n  {"a": 1},\n  {"b": [2,\n 3]}, {}\n]', 3)
    [2, 3, 4]
    """
    decoder = json.JSONDecoder()
    lines: list[int] = []
    pos = text.index("[") + 1
    line, counted = 1, 0
    try:
        for _ in range(count):
            pos = _skip_space(text, pos)
            line += text.count("\n", counted, pos)
            counted = pos
            lines.append(line)
            _, pos = decoder.raw_decode(text, pos)
            pos = _skip_space(text, pos)
            if text.startswith(",", pos):
                pos += 1
    except (ValueError, RecursionError):  # cannot happen for what orjson read; stay usable
        return lines + [lines[-1] if lines else 1] * (count - len(lines))
    return lines


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":  # JSON's whitespace, no other
        pos += 1
    return pos


def parse_json(name: str, text: str) -> Iterator[InputRecord]:
    r"""One object (``FILE:LINE``) or a list of them (``FILE:LINE (item N)``, N from 1).

    >>> for r in parse_json("x.json", '[\n {"id": "a", "body": "B"},\n {"id": "b"}\n]'):
    ...     print(r.location, r.error)
    x.json:2 (item 1) None
    x.json:3 (item 2) body: Field required
    """
    if not text.strip():
        yield _empty(name)
        return
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as err:
        yield InputRecord(f"{name}:{err.lineno}", error=_json_error(err))
        return
    if isinstance(data, list):
        if not data:
            yield InputRecord(name, error="empty list: no article in it")
        for number, (item, line) in enumerate(
            zip(data, _item_lines(text, len(data)), strict=True), start=1
        ):
            yield to_article(f"{name}:{line} (item {number})", item)
    else:
        first_line = text[: len(text) - len(text.lstrip())].count("\n") + 1
        yield to_article(f"{name}:{first_line}", data)


def parse_jsonl(name: str, text: str, *, lineno_given: bool = False) -> Iterator[InputRecord]:
    """JSON lines, each record named ``FILE:LINE`` (``name`` is that already when
    ``lineno_given``: one line of a stream)."""
    if not text.strip():
        if not lineno_given:
            yield _empty(name)
        return
    for lineno, line in enumerate(_lines(text), start=1):
        if not line.strip():
            continue
        where = name if lineno_given else f"{name}:{lineno}"
        try:
            data = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            yield InputRecord(where, error=_json_error(err))
            continue
        yield to_article(where, data)


def parse_stdin(text: str) -> Iterator[InputRecord]:
    r"""Stdin holds a JSON list, one (maybe pretty-printed) object, JSON lines, or text.

    >>> [r.article.id for r in parse_stdin('[{"id": "a", "body": "B"}]')]
    ['a']
    >>> [r.article.id for r in parse_stdin('{\n  "id": "p",\n  "body": "B"\n}')]
    ['p']
    """
    text = text.removeprefix("\ufeff")
    head = text.lstrip()[:1]
    if head == "[":
        return parse_json(STDIN, text)
    if head == "{":
        try:
            orjson.loads(text)
        except orjson.JSONDecodeError:
            return parse_jsonl(STDIN, text)
        return parse_json(STDIN, text)
    return parse_text(STDIN, text)


_PARSERS = {".txt": parse_text, ".json": parse_json, ".jsonl": parse_jsonl}


def _read_file(path: Path) -> Iterator[InputRecord]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:  # (a BOM is tolerated; "\r\n" and a bare "\r" end lines, as text mode reads them)
        text = _newlines(_decode(path.read_bytes().removeprefix(b"\xef\xbb\xbf")))
    except OSError as err:
        yield InputRecord(str(path), error=f"cannot read: {err}")
        return
    bad = not_utf8(text)
    if bad is not None:
        yield InputRecord(f"{path}:{bad[0]}", error=bad[1])
        return
    yield from _PARSERS[path.suffix.lower()](str(path), text)


def _read_jsonl(path: Path) -> Iterator[InputRecord]:
    """JSON lines decoded line by line: a line that is not UTF-8 is rejected on its own,
    named by its line number, and the others are still read."""
    try:
        data = path.read_bytes()
    except OSError as err:
        yield InputRecord(str(path), error=f"cannot read: {err}")
        return
    if not data.strip():
        yield _empty(str(path))
        return
    for lineno, raw in enumerate(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        yield from _jsonl_line(f"{path}:{lineno}", _decode(raw))


def _jsonl_line(where: str, line: str) -> Iterator[InputRecord]:
    bad = not_utf8(line)
    if bad is not None:
        yield InputRecord(where, error=bad[1])
        return
    yield from parse_jsonl(where, line, lineno_given=True)


def _expand(path: Path) -> Iterator[Path | str]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not found:
            yield f"{path}: no .txt, .json or .jsonl files in this folder"
        yield from found
    elif not path.exists():
        yield f"{path}: no such file or folder"
    elif path.suffix.lower() not in SUFFIXES:
        yield f"{path}: unsupported file type (use .txt, .json or .jsonl)"
    else:
        yield path


_POLL_S = 0.2  # how often a wait for the next stdin line looks at ``stop``


def _lines_of(stream: TextIO, stop: Callable[[], bool] | None) -> Iterator[str]:
    """The stream's lines as they arrive; ends early once ``stop()`` is true, even while
    the writer is silent (a blocking read cannot be interrupted, so a thread reads).

    A stream with a byte buffer (real stdin) is read as bytes and decoded here, so a byte
    that is not UTF-8 is named on its line as in files, whatever the locale's decoding."""
    lines: queue.Queue[str | Exception | None] = queue.Queue(maxsize=1000)
    raw: Any = getattr(stream, "buffer", None)

    def pump() -> None:
        try:
            for line in (map(_decode, raw) if raw is not None else stream):
                lines.put(line)
        except (OSError, ValueError) as err:  # not UTF-8, a closed pipe: said in the main thread
            lines.put(err)
        finally:
            lines.put(None)

    threading.Thread(target=pump, name="stdin-reader", daemon=True).start()
    while True:
        try:
            line = lines.get(timeout=_POLL_S)
        except queue.Empty:
            if stop is not None and stop():
                return
            continue
        if line is None:
            return
        if isinstance(line, Exception):
            raise line
        yield line


def stream_stdin(stream: TextIO, stop: Callable[[], bool] | None = None
                 ) -> Iterator[InputRecord]:
    r"""Stdin as :func:`parse_stdin` reads it, but JSON lines record by record as they
    arrive (``tail -f feed.jsonl | claimwatch publish -``), not after the end of input.

    A first line that is a whole JSON object starts JSON lines; anything else (a list, a
    pretty-printed object, text) is read to its end and parsed as one input.

    >>> import io
    >>> [r.location for r in stream_stdin(io.StringIO('{"id": "a", "body": "B"}\n\n{"id": 1}'))]
    ['<stdin>:1', '<stdin>:3']
    """
    try:
        yield from _stream_records(_lines_of(stream, stop))
    except (OSError, ValueError) as err:
        yield InputRecord(STDIN, error=f"cannot read: {err}")


def _stream_records(lines: Iterator[str]) -> Iterator[InputRecord]:
    seen: list[str] = []
    for line in lines:
        seen.append(line.removeprefix("\ufeff") if not seen else line)
        if seen[-1].strip():
            break
    # a bad byte is reported on its line below, so it must not hide JSON lines (not even
    # before the first brace)
    first = _UNDECODED.sub(" ", seen[-1]).strip() if seen else ""
    data: Any = None
    if first.startswith("{"):
        try:
            data = orjson.loads(first)
        except orjson.JSONDecodeError:
            data = None
    if not isinstance(data, dict):
        text = _newlines("".join(seen) + "".join(lines))
        bad = not_utf8(text)
        if bad is not None:
            yield InputRecord(f"{STDIN}:{bad[0]}", error=bad[1])
            return
        yield from parse_stdin(text)
        return
    yield from _jsonl_line(f"{STDIN}:{len(seen)}", seen[-1])
    for lineno, line in enumerate(lines, start=len(seen) + 1):
        yield from _jsonl_line(f"{STDIN}:{lineno}", line)


def read_inputs(paths: Iterable[str], stop: Callable[[], bool] | None = None
                ) -> Iterator[InputRecord]:
    """Every record in the given paths (``-`` for stdin), in order. ``stop`` ends a stdin
    stream that is waiting for its writer (the files are read one record at a time)."""
    for raw in paths:
        if raw == "-":
            yield from stream_stdin(sys.stdin, stop)
            continue
        for item in _expand(Path(raw)):
            if isinstance(item, str):
                location, _, reason = item.partition(": ")
                yield InputRecord(location, error=reason)
            else:
                yield from _read_file(item)
