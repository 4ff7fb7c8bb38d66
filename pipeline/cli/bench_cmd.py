"""``claimwatch bench``: performance measurements of the pipeline's parts."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from pipeline.cli.main import main
from pipeline.cli.options import build_settings, probed_kafka_options
from pipeline.settings import Settings

_POLNEAR_DEV = "attribution_polnear_dev.jsonl"


@main.group()
def bench() -> None:
    """Benchmarks. Figures go to stdout (text, or JSON with --json); progress to stderr."""


@bench.command("extract")
# exists=True: a file the user names (flag or variable) must be there; only the default
# location may be missing, which means "samples only"
@click.option("--polnear", "polnear",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, envvar="CLAIMWATCH_BENCH_POLNEAR",
              help=f"PolNeAR-format file whose texts join the corpus [env "
                   f"CLAIMWATCH_BENCH_POLNEAR; default: {_POLNEAR_DEV} in the eval folder, "
                   "CLAIMWATCH_EVAL_DIR, skipped if missing; a file named here must exist].")
@click.option("--no-polnear", is_flag=True, help="Use only the bundled sample articles.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Use only the first N PolNeAR articles.")
@click.option("--runs", type=click.IntRange(min=1), default=5, show_default=True,
              help="Timed passes over the corpus; the median is reported.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Check-worthiness threshold passed to the engine [default: the engine's].")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def bench_extract(polnear: Path, no_polnear: bool, limit: int | None, runs: int,
                  threshold: float | None, as_json: bool) -> None:
    """Articles/s, words/s and peak memory of the extraction engine on one core.

    The corpus is the bundled sample articles plus the texts of a PolNeAR-format file,
    read at run time. Each run extracts every article once, after one warm-up pass;
    medians over the runs are reported with the machine they were measured on.

    \b
    Examples:
      claimwatch bench extract
      claimwatch bench extract --polnear ../shared/eval/attribution_polnear_dev.jsonl --runs 7
      claimwatch bench extract --no-polnear --json
    """
    from pipeline.evaluation.datasets import eval_dir_of
    from pipeline.extract_bench import describe_machine, load_corpus, run_benchmark

    source = None if no_polnear else (polnear or eval_dir_of(build_settings()) / _POLNEAR_DEV)
    if source is not None and not source.is_file():  # the default location only
        click.echo(f"bench: {source} not found; using the bundled samples only", err=True)
        source = None
    try:
        corpus = load_corpus(source, limit=limit)
    except ValueError as error:  # the reader names the file, the line and the reason
        raise click.ClickException(f"bench: {error}") from error
    click.echo(f"bench: {len(corpus)} articles, {runs} runs", err=True)
    result = run_benchmark(
        corpus, runs=runs, threshold=threshold,
        progress=lambda done, total: click.echo(f"bench: run {done}/{total}", err=True),
    )
    if as_json:
        click.echo(orjson.dumps(result.to_dict()).decode())
        return
    lines = [
        f"corpus            {result.articles} articles, {result.words} words, "
        f"{result.chars} chars",
        f"runs              {result.runs} (median reported; seconds: {result.run_seconds})",
        f"articles/s        {result.articles_per_second}",
        f"words/s           {result.words_per_second}",
        f"ms/article        {result.ms_per_article}",
        f"claims/article    {result.claims_per_article} (threshold {result.threshold})",
        f"peak traced mem   {result.peak_traced_mib} MiB (tracemalloc, one pass)",
        f"max RSS           {result.max_rss_mib} MiB",
        f"machine           {describe_machine(result.machine)}",
        f"extractor         {result.extractor_version}",
    ]
    click.echo("\n".join(lines))


@bench.command("pipeline")
@click.option("--articles", "count", type=click.IntRange(min=1), default=300, show_default=True,
              help="Articles per run (copies of the sample article, each with its own id).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (one consumer group).")
@click.option("--runs", type=click.IntRange(min=1), default=3, show_default=True,
              help="Runs, each on fresh topics; the median is reported.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@probed_kafka_options
def bench_pipeline_cmd(settings: Settings, count: int, workers: int, runs: int,
                       as_json: bool) -> None:
    """Articles through a real broker and real workers: throughput and latency.

    Needs a running broker (`claimwatch broker start`, or CLAIMWATCH_BOOTSTRAP_SERVERS).
    Each run creates its own topics and worker group and deletes the topics afterwards.

    \b
    Examples:
      claimwatch bench pipeline
      claimwatch bench pipeline --workers 2 --articles 1000
    """
    import statistics

    from pipeline.demo import sample_dir
    from pipeline.extract_bench import describe_machine, machine_info
    from pipeline.pipeline_bench import bench_pipeline, sample_articles

    articles = sample_articles(count, sample_dir() / "dpr-tank-crew.txt")
    results = bench_pipeline(settings, articles, workers, runs, settings.home / "logs",
                             lambda text: click.echo(f"bench: {text}", err=True))
    summary = {
        "articles": count, "workers": workers, "runs": runs,
        "claims_per_run": results[0].claims,
        "publish_articles_per_s": round(statistics.median(r.publish_per_s for r in results), 1),
        "end_to_end_articles_per_s": round(
            statistics.median(r.end_to_end_per_s for r in results), 1),
        "latency_median_ms": round(statistics.median(r.latency_median_ms for r in results)),
        "latency_p95_ms": round(statistics.median(r.latency_p95_ms for r in results)),
    }
    machine = machine_info()
    if as_json:
        click.echo(orjson.dumps({**summary, "machine": machine}).decode())
        return
    for key, value in summary.items():
        click.echo(f"{key:28} {value}")
    click.echo(f"{'machine':28} {describe_machine(machine)}")
