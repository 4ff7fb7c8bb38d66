"""Throughput and memory of the extraction engine on a corpus of articles.

Used by ``claimwatch bench extract`` and ``benchmarks/bench_extract.py``. The corpus is the
bundled sample articles plus, when the file is there, the texts of a PolNeAR-format jsonl
(read at run time; nothing is copied). Each run extracts every article once; the figures
reported are medians over the runs, and peak memory is measured on a separate run under
``tracemalloc`` so that tracing does not slow the timed runs.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from pipeline.evaluation.datasets import read_articles
from pipeline.extract.engine import DEFAULT_THRESHOLD, EXTRACTOR_VERSION, extract
from pipeline.models import Article

__all__ = [
    "BenchResult",
    "describe_machine",
    "load_corpus",
    "machine_info",
    "run_benchmark",
    "sample_articles",
]

_SAMPLES = Path(__file__).resolve().parent / "samples"


@dataclass(frozen=True)
class BenchResult:
    """Medians over ``runs`` timed passes over the corpus."""

    articles: int
    words: int
    chars: int
    runs: int
    threshold: float | None
    articles_per_second: float
    words_per_second: float
    ms_per_article: float
    claims_per_article: float
    run_seconds: list[float]
    peak_traced_mib: float
    max_rss_mib: float
    extractor_version: str = EXTRACTOR_VERSION
    machine: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def sample_articles(directory: Path = _SAMPLES) -> list[Article]:
    """The bundled sample articles: ``*.txt`` (first line title) and ``*.json`` Articles."""
    articles: list[Article] = []
    for path in sorted(directory.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        articles.append(Article(id=path.stem, title=title.strip(), body=body))
    for path in sorted(directory.glob("*.json")):
        articles.append(Article.model_validate(orjson.loads(path.read_bytes())))
    return articles


def load_corpus(polnear: Path | None, *, limit: int | None = None) -> list[Article]:
    """Sample articles plus the texts of a PolNeAR-format jsonl file, if given and present.

    The file is read as ``claimwatch eval attribution`` reads it, so a file of another kind
    is refused (``ValueError`` naming the line and the reason) instead of timing nothing.
    """
    articles = sample_articles()
    if polnear is not None and polnear.is_file():
        articles += [Article(id=gold.id, body=gold.text)
                     for gold in read_articles(polnear, limit=limit) if gold.text.strip()]
    return articles


def describe_machine(machine: dict[str, Any]) -> str:
    """One line for :func:`machine_info`'s record, as the text reports print it."""
    return (f"{machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
            f"load {machine['load_average']}")


def machine_info() -> dict[str, Any]:
    """CPU model, core count, Python and platform, for the benchmark record."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "load_average": ([round(load, 2) for load in os.getloadavg()]
                         if hasattr(os, "getloadavg") else None),
    }


def run_benchmark(
    corpus: list[Article],
    *,
    runs: int = 5,
    threshold: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BenchResult:
    """Time ``runs`` passes of :func:`extract` over ``corpus`` (after one warm-up pass)."""
    if not corpus:
        raise ValueError("empty corpus")
    words = sum(len(a.body.split()) for a in corpus)
    chars = sum(len(a.body) for a in corpus)
    claims = sum(len(extract(a, threshold=threshold).claims) for a in corpus)  # warm-up
    seconds: list[float] = []
    for run in range(runs):
        start = time.perf_counter()
        for article in corpus:
            extract(article, threshold=threshold)
        seconds.append(time.perf_counter() - start)
        if progress is not None:
            progress(run + 1, runs)
    tracemalloc.start()
    for article in corpus:
        extract(article, threshold=threshold)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    median = statistics.median(seconds)
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return BenchResult(
        articles=len(corpus),
        words=words,
        chars=chars,
        runs=runs,
        threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
        articles_per_second=round(len(corpus) / median, 1),
        words_per_second=round(words / median, 1),
        ms_per_article=round(1000 * median / len(corpus), 3),
        claims_per_article=round(claims / len(corpus), 2),
        run_seconds=[round(s, 4) for s in seconds],
        peak_traced_mib=round(peak / 2**20, 2),
        max_rss_mib=round(rss_kib / 1024, 1),
        machine=machine_info(),
    )
