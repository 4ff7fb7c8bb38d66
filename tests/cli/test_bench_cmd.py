"""``claimwatch bench extract`` on a tiny corpus."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.extract_bench import sample_articles


def test_bench_extract_json(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_bytes(orjson.dumps({"id": "a", "text": "Officials said 3 soldiers died.",
                                   "attributions": []}))
    result = CliRunner().invoke(main, ["bench", "extract", "--polnear", str(path), "--runs", "1",
                                       "--json"])
    assert result.exit_code == 0, result.output
    figures = orjson.loads(result.stdout.strip().splitlines()[-1])
    assert figures["runs"] == 1 and figures["articles"] == len(sample_articles()) + 1
    assert figures["threshold"] == 0.5  # the engine's default, not "None"
    seconds = figures["run_seconds"][0]
    assert figures["articles_per_second"] == pytest.approx(figures["articles"] / seconds,
                                                           rel=0.02)
    assert "cpu" in figures["machine"]


def test_bench_extract_reads_polnear_dev_from_the_eval_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [{"id": f"a{i}", "text": f"Officials said {i} soldiers died.", "attributions": []}
               for i in range(3)]
    (tmp_path / "attribution_polnear_dev.jsonl").write_bytes(
        b"\n".join(orjson.dumps(r) for r in records))
    monkeypatch.setenv("CLAIMWATCH_EVAL_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)  # not found relative to the working directory any more
    result = CliRunner().invoke(main, ["bench", "extract", "--runs", "1", "--json"])
    assert result.exit_code == 0, result.output
    figures = orjson.loads(result.stdout.strip().splitlines()[-1])
    assert figures["articles"] == len(sample_articles()) + 3


def test_bench_extract_text_without_polnear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMWATCH_EVAL_DIR", str(tmp_path))  # no PolNeAR file at the default
    result = CliRunner().invoke(main, ["bench", "extract", "--runs", "1"])
    assert result.exit_code == 0, result.output
    assert "articles/s" in result.stdout and "not found" in result.stderr


@pytest.mark.parametrize("via_env", [False, True], ids=["flag", "env"])
def test_bench_extract_refuses_a_missing_file_the_user_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, via_env: bool
) -> None:
    missing = tmp_path / "none.jsonl"
    args = ["bench", "extract", "--runs", "1"]
    if via_env:
        monkeypatch.setenv("CLAIMWATCH_BENCH_POLNEAR", str(missing))
    else:
        args += ["--polnear", str(missing)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert f"'{missing}' does not exist" in result.output
    assert "articles/s" not in result.output


def test_bench_extract_refuses_a_file_that_is_not_an_article_file(tmp_path: Path) -> None:
    path = tmp_path / "sentences.jsonl"
    path.write_bytes(orjson.dumps({"id": "s1", "text": "It rained.", "label": 0}))
    result = CliRunner().invoke(main, ["bench", "extract", "--polnear", str(path), "--runs", "1"])
    assert result.exit_code == 1
    assert f"{path}:1: not an article record" in result.output
    assert "articles/s" not in result.output
