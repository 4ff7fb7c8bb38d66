"""Where the engine's time goes: own time per module of ``pipeline/extract`` under cProfile.

    python benchmarks/profile_extract.py [--copies N] [--polnear PATH]

Runs the sample article (or the PolNeAR texts, with ``--polnear``) through
:func:`pipeline.extract.extract` under cProfile and prints, per engine module, the share of
the time spent in its own code plus the C calls it makes (regex, str methods, pydantic).
cProfile slows Python code more than C code, so the shares are a guide, not a measurement;
``benchmarks/bench_extract.py`` gives the real figures.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections import defaultdict
from pathlib import Path

from pipeline.extract import extract
from pipeline.extract_bench import load_corpus, machine_info, sample_articles


def _module_of(filename: str) -> str:
    if "/pipeline/" in filename:
        return filename.rsplit("/pipeline/", 1)[1].removesuffix(".py").replace("/", ".")
    return "(outside the engine)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of the sample article")
    parser.add_argument("--polnear", type=Path, default=None,
                        help="profile on this PolNeAR jsonl's texts instead of the sample")
    args = parser.parse_args(argv)
    if args.polnear is not None:
        articles = load_corpus(args.polnear)
    else:
        articles = [a for a in sample_articles() if a.id == "dpr-tank-crew"] * args.copies
    for article in articles[:5]:  # warm caches (lexicons, compiled patterns)
        extract(article)
    profile = cProfile.Profile()
    profile.enable()
    for article in articles:
        extract(article)
    profile.disable()

    stats = pstats.Stats(profile)
    own: dict[str, float] = defaultdict(float)
    # Own time of each function, plus the time of the builtins (C calls) it made, goes to
    # the module that made them: that is the cost a change in that module can remove.
    for (filename, _, _), (_, _, tottime, _, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~" or not filename.endswith(".py"):
            shares = {key: value[2] for key, value in callers.items()}
            total = sum(shares.values()) or 1.0
            for (caller_file, _, _), caller_time in shares.items():
                own[_module_of(caller_file)] += tottime * caller_time / total
        else:
            own[_module_of(filename)] += tottime
    total = sum(own.values())
    print(f"{len(articles)} articles, {1000 * total / len(articles):.2f} ms/article under cProfile"
          f" on {machine_info()['cpu']}")
    for module, seconds in sorted(own.items(), key=lambda item: -item[1]):
        per_article = 1000 * seconds / len(articles)
        print(f"  {100 * seconds / total:5.1f}%  {per_article:6.3f} ms  {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
