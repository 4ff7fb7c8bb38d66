"""The benchmark helpers: corpus loading and one small measured run."""

from __future__ import annotations

from pathlib import Path

import orjson

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
    result = run_benchmark(sample_articles()[:2], runs=2)
    assert result.articles == 2 and result.runs == 2 and len(result.run_seconds) == 2
    assert result.articles_per_second > 0 and result.words_per_second > 0
    assert result.peak_traced_mib > 0 and result.max_rss_mib > 0
    assert result.machine["cores"] and result.machine["python"] == machine_info()["python"]
    assert result.to_dict()["extractor_version"] == result.extractor_version
