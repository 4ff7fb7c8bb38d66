"""Benchmark of the extraction engine; prints figures and machine info as JSON.

    python benchmarks/bench_extract.py [--polnear PATH] [--runs N] [--limit N]

The same measurement as ``claimwatch bench extract --json`` (see
:mod:`pipeline.extract_bench`): the bundled samples plus the PolNeAR dev texts (read at
run time when present), medians of several timed passes, peak memory from a traced pass.
A second figure times the sample article alone, the size the throughput target refers to.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from pipeline.extract_bench import load_corpus, run_benchmark, sample_articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path,
                        default=Path("../shared/eval/attribution_polnear_dev.jsonl"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args(argv)

    if not args.polnear.is_file():
        print(f"{args.polnear} not found: bundled samples only", file=sys.stderr)
    corpus = load_corpus(args.polnear, limit=args.limit)
    mixed = run_benchmark(corpus, runs=args.runs, threshold=args.threshold)
    sample = [a for a in sample_articles() if a.id == "dpr-tank-crew"] * 200
    single = run_benchmark(sample, runs=args.runs, threshold=args.threshold)
    report = {"corpus": mixed.to_dict(), "sample_article_x200": single.to_dict()}
    print(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
