"""Reading and validating publish inputs, without a broker."""

from __future__ import annotations

import io
import os
import threading
import time
from pathlib import Path

import pytest

from pipeline.inputs import read_inputs, stream_stdin
from pipeline.models import content_article_id


def test_txt_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("My title\n\nFirst paragraph.\n\nSecond.", encoding="utf-8")
    (rec,) = read_inputs([str(path)])
    assert rec.article is not None
    assert rec.article.title == "My title"
    assert rec.article.body == "First paragraph.\n\nSecond."
    assert rec.article.id == content_article_id("My title", rec.article.body)


def test_jsonl_reports_each_bad_line_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "ok-1", "body": "Fine."}\n'
        "\n"
        '{"id": "x", "title": "no body"}\n'
        "{broken\n"
        '{"id": "y", "body": "   "}\n'
        '{"id": "z", "body": "Text", "language": "x"}\n'
        "[1, 2]\n",
        encoding="utf-8",
    )
    recs = list(read_inputs([str(path)]))
    assert [r.article.id for r in recs if r.article] == ["ok-1"]
    errors = {r.location: r.error for r in recs if r.error}
    assert errors == {
        f"{path}:3": "body: Field required",
        f"{path}:4": "invalid JSON: unexpected character, expected a string key",
        f"{path}:5": "body: body is blank",
        f"{path}:6": "language: String should have at least 2 characters",
        f"{path}:7": "expected a JSON object, got list",
    }


def test_json_list_and_unknown_field(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text('[{"id": "a", "body": "B"}, {"id": "b", "body": "B", "colour": 1}]')
    recs = list(read_inputs([str(path)]))
    assert recs[0].article is not None and recs[0].location == f"{path}:1 (item 1)"
    assert recs[1].error == "colour: Extra inputs are not permitted"


def test_folder_is_walked_in_order_and_other_files_ignored(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B\nbody b")
    (tmp_path / "sub" / "a.jsonl").write_text('{"id": "a", "body": "body a"}\n')
    (tmp_path / "notes.md").write_text("# not an article")
    ids = [r.article.id for r in read_inputs([str(tmp_path)]) if r.article]
    assert ids[1] == "a" and len(ids) == 2


def test_missing_path_and_wrong_suffix_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b")
    recs = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "x.csv")]))
    assert [r.error for r in recs] == [
        "no such file or folder",
        "unsupported file type (use .txt, .json or .jsonl)",
    ]


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [('{"id": "s1", "body": "From stdin."}\n', "s1"), ("Title line\nBody line.", None)],
)
def test_stdin_jsonl_or_text(monkeypatch: pytest.MonkeyPatch, stdin: str,
                             expected: str | None) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    (rec,) = read_inputs(["-"])
    assert rec.article is not None
    if expected:
        assert rec.article.id == expected
    else:
        assert rec.article.title == "Title line"


@pytest.mark.parametrize(
    "stdin",
    [
        '[{"id": "l1", "body": "One."}, {"id": "l2", "body": "Two."}]',
        '{\n  "id": "l1",\n  "body": "One."\n}\n',
        '\ufeff{"id": "l1", "body": "One."}\n{"id": "l2", "body": "Two."}\n',
    ],
)
def test_stdin_json_list_pretty_object_and_bom(monkeypatch: pytest.MonkeyPatch,
                                               stdin: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    recs = list(read_inputs(["-"]))
    assert [r.error for r in recs] == [None] * len(recs)
    assert recs[0].article is not None and recs[0].article.id == "l1"


def test_file_with_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "b1", "body": "Text."}\n')
    (rec,) = read_inputs([str(path)])
    assert rec.article is not None and rec.article.id == "b1"


def test_line_separators_inside_json_strings_do_not_split_records(tmp_path: Path) -> None:
    import orjson

    body = "First line\u2028second line\x85third\x0cfourth."
    path = tmp_path / "odd.jsonl"
    # orjson writes U+2028 and U+0085 as they are, not escaped
    path.write_bytes(orjson.dumps({"id": "odd", "body": body}) + b"\r\n")
    (rec,) = read_inputs([str(path)])
    assert rec.article is not None and rec.article.body == body

    text = tmp_path / "odd.txt"
    text.write_text("Title\u2028still the title\n\nBody\u2029text.", encoding="utf-8")
    (rec,) = read_inputs([str(text)])
    assert rec.article is not None
    assert rec.article.title == "Title\u2028still the title"
    assert rec.article.body == "Body\u2029text."


def test_language_must_be_a_language_code(tmp_path: Path) -> None:
    import orjson

    tags = ["en", "en-GB", "uk", "EN", "sr-Latn-RS", "es-419", "en_US", "english", "xx-nonsense",
            "en--GB"]
    path = tmp_path / "langs.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps({"id": f"l{i}", "body": "Text.", "language": tag})
                                for i, tag in enumerate(tags)))
    recs = list(read_inputs([str(path)]))
    assert [r.article.language for r in recs if r.article] == tags[:7]
    assert {r.location: r.error for r in recs if r.error} == {
        f"{path}:8": "language: 'english' is not a language code (did you mean \"en\"?)",
        f"{path}:9": "language: 'xx-nonsense': 'xx' is not an ISO 639 language code "
                     "(use e.g. \"en\", \"en-GB\" or \"uk\")",
        f"{path}:10": "language: 'en--GB' is not a BCP 47 language tag "
                      "(use e.g. \"en\", \"en-GB\" or \"uk\")",
    }


def test_json_list_items_are_named_by_line_and_number_from_one(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text('[\n  {"id": "a", "body": "B"},\n  {"id": "b",\n   "body": ""},'
                    ' {"id": "c"}\n]\n')
    recs = list(read_inputs([str(path)]))
    assert [(r.location, r.error) for r in recs] == [
        (f"{path}:2 (item 1)", None),
        (f"{path}:3 (item 2)", "body: String should have at least 1 character"),
        (f"{path}:4 (item 3)", "body: Field required"),
    ]
    broken = tmp_path / "broken.json"
    broken.write_text('[\n  {"id": "a",\n   "body": "B",}\n]')
    (rec,) = read_inputs([str(broken)])
    assert rec.location == f"{broken}:3" and rec.error is not None


@pytest.mark.parametrize(("name", "text", "error"), [
    ("e.jsonl", "", "empty file: no article in it"),
    ("e.jsonl", "\n  \n", "empty file: no article in it"),
    ("e.json", "", "empty file: no article in it"),
    ("e.json", " [ ] ", "empty list: no article in it"),
    ("e.txt", "\n", "empty file: no article in it"),
])
def test_a_file_without_an_article_is_rejected_as_such(
    tmp_path: Path, name: str, text: str, error: str
) -> None:
    path = tmp_path / name
    path.write_text(text)
    assert [(r.location, r.error) for r in read_inputs([str(path)])] == [(str(path), error)]


@pytest.mark.parametrize("stdin", ["", " \n"])
def test_empty_stdin_is_rejected_as_empty_input(monkeypatch: pytest.MonkeyPatch,
                                               stdin: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert [(r.location, r.error) for r in read_inputs(["-"])] == [
        ("<stdin>", "empty input: no article in it")]


def test_stdin_json_lines_come_one_by_one_as_they_arrive() -> None:
    """``tail -f feed.jsonl | claimwatch publish -``: the first record is read before the
    writer has written the second (before, nothing came until the end of input)."""
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd) as reader, os.fdopen(write_fd, "w") as writer:
        writer.write('{"id": "s1", "body": "First."}\n')
        writer.flush()
        records = stream_stdin(reader)
        first = next(records)  # the writer is still open: this must not wait for the end
        assert first.location == "<stdin>:1" and first.article is not None
        writer.write('not json\n{"id": "s3", "body": "Third."}\n')
        writer.close()
        rest = [(r.location, r.article.id if r.article else r.error) for r in records]
    assert rest == [("<stdin>:2", "invalid JSON: not a JSON value (a record is one JSON object)"),
                    ("<stdin>:3", "s3")]


def test_a_stop_ends_a_stdin_stream_whose_writer_is_silent() -> None:
    read_fd, write_fd = os.pipe()
    stop = threading.Event()
    with os.fdopen(read_fd) as reader, os.fdopen(write_fd, "w") as writer:
        writer.write('{"id": "s1", "body": "First."}\n')
        writer.flush()
        records = stream_stdin(reader, stop.is_set)
        assert next(records).location == "<stdin>:1"
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        assert list(records) == []  # ends once asked, though the writer never closed
        assert time.monotonic() - started < 5


@pytest.mark.parametrize("text", ['[{"id": "a", "body": "B"}]', '{\n "id": "a",\n "body": "B"\n}',
                                  "Title\nBody."])
def test_stdin_that_is_no_json_lines_is_read_whole(text: str) -> None:
    assert [r.article is not None for r in stream_stdin(io.StringIO(text))] == [True]


def test_stdin_that_is_not_utf8_is_named_not_called_empty() -> None:
    # before (streaming): a thread's traceback, then "empty input: no article in it"; then
    # the codec's own words for the whole input
    stream = io.TextIOWrapper(io.BytesIO(b'\xff\xfe{"id": "a", "body": "B"}\n'), encoding="utf-8")
    (record,) = stream_stdin(stream)
    assert (record.location, record.error) == ("<stdin>:1", "not UTF-8: byte 0xff at column 1")


def test_a_stdin_json_line_that_is_not_utf8_is_rejected_alone() -> None:
    # Before: "invalid JSON: str is not valid UTF-8" (or the codec's message, by locale).
    data = (b'{"id": "a", "body": "A."}\n{"id": "b", "body": "bad \xff"}\n'
            b'{"id": "c", "body": "C."}\n')
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    records = [(r.location, r.article.id if r.article else r.error) for r in stream_stdin(stream)]
    assert records == [("<stdin>:1", "a"), ("<stdin>:2", "not UTF-8: byte 0xff at column 26"),
                       ("<stdin>:3", "c")]


def test_a_bad_byte_before_the_first_brace_does_not_hide_the_lines_after_it() -> None:
    # Was: the first line did not start with "{", so all of stdin was read as one text and
    # rejected whole ("sent 0, rejected 1")
    data = b'\xff\xfe{"id": "bad"}\n{"id": "s-2", "body": "Police said two men were held."}\n'
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    records = [(r.location, r.article.id if r.article else r.error) for r in stream_stdin(stream)]
    assert records == [("<stdin>:1", "not UTF-8: byte 0xff at column 1"), ("<stdin>:2", "s-2")]


@pytest.mark.parametrize(("name", "data"), [
    ("story.txt", b"Title\nA body with a bad \xe9 byte.\n"),
    ("story.json", b'{"id": "a",\n "body": "caf\xe9 bad"}'),
])
def test_a_text_or_json_file_that_is_not_utf8_names_line_and_column(
        tmp_path: Path, name: str, data: bytes) -> None:
    # Before: "cannot read: 'utf-8' codec can't decode byte 0xe9 in position 24: ..."
    path = tmp_path / name
    path.write_bytes(data)
    (record,) = read_inputs([str(path)])
    column = data.split(b"\n")[1].index(b"\xe9") + 1
    assert (record.location, record.error) == (
        f"{path}:2", f"not UTF-8: byte 0xe9 at column {column}")


def test_stdin_text_article_that_is_not_utf8_names_its_line() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Title\nBody \x80 here.\n"), encoding="utf-8")
    assert [(r.location, r.error) for r in stream_stdin(stream)] == [
        ("<stdin>:2", "not UTF-8: byte 0x80 at column 6")]


def test_a_jsonl_line_that_is_not_utf8_is_rejected_alone(tmp_path: Path) -> None:
    # Before: one bad byte rejected the whole file, named by a byte position.
    path = tmp_path / "three.jsonl"
    path.write_bytes(b'{"id":"a","body":"Hello world here."}\n'
                     b'{"id":"b","body":"bad \xff byte"}\n'
                     b'{"id":"c","body":"Third one."}\n')
    records = list(read_inputs([str(path)]))
    assert [(r.location, r.article.id if r.article else None) for r in records] == [
        (f"{path}:1", "a"), (f"{path}:2", None), (f"{path}:3", "c")]
    assert records[1].error == "not UTF-8: byte 0xff at column 23"


def test_old_mac_line_endings_still_split_a_text_article(tmp_path: Path) -> None:
    # Review: files read as bytes had stopped splitting at a bare "\r" (text mode did)
    path = tmp_path / "mac.txt"
    path.write_bytes(b"Title\rThe body, on a line of its own.\r")
    (record,) = read_inputs([str(path)])
    assert record.article is not None and record.article.title == "Title"
    stream = io.TextIOWrapper(io.BytesIO(b"Title\rThe body.\r"), encoding="utf-8")
    (record,) = stream_stdin(stream)
    assert record.article is not None and record.article.body == "The body."


def test_a_stray_byte_outside_a_string_on_the_first_line_keeps_the_json_lines() -> None:
    # Review: the first line's bad byte made stdin one text input, dropping every JSON line
    data = b'{"id": "a", "body": "A."}\xff\n{"id": "b", "body": "B."}\n'
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    records = [(r.location, r.article.id if r.article else r.error) for r in stream_stdin(stream)]
    assert records == [("<stdin>:1", "not UTF-8: byte 0xff at column 26"), ("<stdin>:2", "b")]
