"""Speed of the two per-sentence scorers: check-worthiness and uncertainty cues.

Times ``checkworthiness`` and ``find_uncertainty_cues`` over every sentence of a sentence
file (read in place, default: the CT24 dev file beside the repository), repeats the pass,
and prints the median and best microseconds per sentence with the machine it ran on.

    python benchmarks/bench_sentence_scorers.py [FILE] [--repeats 9]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.evaluation.datasets import default_eval_dir, read_sentences
from pipeline.extract.checkworthy import checkworthiness
from pipeline.extract.uncertainty import find_uncertainty_cues


def _per_sentence_us(
    function: Callable[[str], object], texts: list[str], repeats: int
) -> list[float]:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            function(text)
        timings.append((time.perf_counter() - started) / len(texts) * 1e6)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path,
                        default=default_eval_dir() / "checkworthy_ct24_dev.jsonl")
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    texts = [s.text for s in read_sentences(args.file)]
    checkworthiness(texts[0])  # load the model and lexicon before timing
    find_uncertainty_cues(texts[0])
    print(f"machine: {platform.machine()} {platform.processor() or ''} "
          f"cpus={os.cpu_count()} python={platform.python_version()} "
          f"load={os.getloadavg()[0]:.2f}")
    print(f"file: {args.file.name}, {len(texts)} sentences, "
          f"mean {statistics.mean(len(t) for t in texts):.0f} chars, {args.repeats} passes")
    for name, function in (("checkworthiness", checkworthiness),
                           ("find_uncertainty_cues", find_uncertainty_cues)):
        timings = _per_sentence_us(function, texts, args.repeats)
        print(f"{name:<22} median {statistics.median(timings):6.1f} us/sentence  "
              f"best {min(timings):6.1f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
