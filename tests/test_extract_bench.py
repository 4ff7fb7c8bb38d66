"""The benchmark helpers: corpus loading and one small measured run."""

from __future__ import annotations

import statistics
from pathlib import Path

import orjson
import pytest

from pipeline.extract import extract
from pipeline.extract_bench import load_corpus, machine_info, run_benchmark, sample_articles


def test_samples_and_polnear_corpus(tmp_path: Path) -> None:
    samples = sample_articles()
    assert "dpr-tank-crew" in [a.id for a in samples]
    path = tmp_path / "p.jsonl"
    rows = [{"id": f"r{i}", "text": f"Officials said {i} soldiers died.", "attributions": []}
            for i in range(3)]
    path.write_bytes(b"\n".join(orjson.dumps(r) for r in rows))
    corpus = load_corpus(path, limit=2)
    assert len(corpus) == len(samples) + 2
    assert len(load_corpus(tmp_path / "missing.jsonl")) == len(samples)


def test_run_benchmark_reports_medians_and_machine() -> None:
    articles = sample_articles()[:2]
    result = run_benchmark(articles, runs=2)
    assert result.articles == 2 and result.runs == 2 and len(result.run_seconds) == 2
    assert result.words == sum(len(a.body.split()) for a in articles)
    assert result.claims_per_article == sum(len(extract(a).claims) for a in articles) / 2
    # the rates are the counts over the median run time, rounded
    median = statistics.median(result.run_seconds)
    assert result.articles_per_second == pytest.approx(2 / median, rel=0.02)
    assert result.words_per_second == pytest.approx(result.words / median, rel=0.02)
    assert result.ms_per_article == pytest.approx(1000 * median / 2, rel=0.02)
    assert result.peak_traced_mib > 0 and result.max_rss_mib > 0
    assert result.machine["cores"] and result.machine["python"] == machine_info()["python"]
    assert result.to_dict()["extractor_version"] == result.extractor_version


def test_machine_load_average_is_rounded_to_two_decimals() -> None:
    loads = machine_info()["load_average"]
    assert loads is not None and len(loads) == 3
    assert all(len(repr(load).partition(".")[2]) <= 2 for load in loads), loads
