"""``claimwatch eval``: score the extraction engine on a labelled evaluation file."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from pipeline.cli.main import main
from pipeline.evaluation.datasets import fold_of, read_articles, read_sentences
from pipeline.evaluation.report import render, summary_line

TASKS = ("checkworthy", "uncertain", "attribution")


def _parse_fold(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise click.BadParameter("expected K/N, e.g. 0/5", param_hint="'--fold'") from None
    if n < 2 or not 0 <= k < n:
        raise click.BadParameter("need N >= 2 and 0 <= K < N", param_hint="'--fold'")
    return k, n


class _Reporter:
    """Progress on stderr: a bar, a line every tenth of the work, or (``quiet``) nothing."""

    def __init__(self, label: str, show_bar: bool, quiet: bool = False) -> None:
        self._label = label
        self._quiet = quiet
        self._bar = Progress(
            TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True, disable=not show_bar,
        )
        self._show_bar = show_bar
        self._task = self._bar.add_task(label, total=None)
        self._next = 0

    def __enter__(self) -> _Reporter:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)

    def __call__(self, done: int, total: int) -> None:
        if self._show_bar:
            self._bar.update(self._task, completed=done, total=total)
        elif self._quiet:
            return
        elif done >= self._next or done == total:
            click.echo(f"{self._label}: {done}/{total}", err=True)
            self._next = done + max(1, total // 10)


@main.command("eval")
@click.argument("task", type=click.Choice(TASKS))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N items.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0),
              help="checkworthy: score a sentence must reach to be positive [default: the "
                   "engine's 0.5]; uncertain, attribution: minimum check-worthiness of the "
                   "claims that count [default: 0.0, every candidate].")
@click.option("--fold", "fold_spec", metavar="K/N",
              help="Score only items whose id falls in fold K of N (CRC-32 of the id), "
                   "e.g. 0/5 for the fold `claimwatch train uncertainty` holds out.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr, or none at all [default: a bar when stderr is a "
                   "terminal, otherwise a line every 10%].")
def eval_cmd(task: str, file: Path, limit: int | None, threshold: float | None,
             fold_spec: str | None, progress: bool | None) -> None:
    """Score the extraction engine on FILE, a labelled file in the shared eval formats.

    \b
    checkworthy  sentence file: positive when the engine, run on the sentence
                 alone, finds a claim with check-worthiness >= the threshold.
    uncertain    sentence file: positive when a claim carries a hedge,
                 not_verified, conditional, unattributed or anonymous_source
                 reason cued in the sentence.
    attribution  article file: the engine's claims with a claimant or an
                 attribution cue, against the gold (source, cue, content)
                 spans; content, source and joint P/R/F1.

    Prints a readable report; the LAST line of stdout is one JSON object with at least
    precision, recall, f1 and n (attribution also content_f1, source_f1, joint_f1;
    a sentence file with "group" fields also map). Exact definitions: the docstrings of
    pipeline.evaluation.engine_runs, sentence_scoring and attribution_scoring.

    \b
    Examples:
      claimwatch eval checkworthy ../shared/eval/checkworthy_ct24_dev.jsonl
      claimwatch eval uncertain ../shared/eval/uncertain_wikiweasel_train.jsonl --fold 0/5
      claimwatch eval attribution ../shared/eval/attribution_polnear_dev.jsonl --limit 20
    """
    # Imported here so `claimwatch --help` does not load the engine's data files.
    from pipeline.evaluation import engine_runs
    from pipeline.evaluation.attribution_scoring import score_articles
    from pipeline.evaluation.sentence_scoring import score_sentences
    from pipeline.extract import EXTRACTOR_VERSION

    fold = _parse_fold(fold_spec)
    show_bar = sys.stderr.isatty() if progress is None else progress
    default = engine_runs.DEFAULT_THRESHOLD if task == "checkworthy" else 0.0
    summary: dict[str, Any] = {"task": task, "file": file.name,
                               "threshold": default if threshold is None else threshold}
    started = time.perf_counter()
    try:
        if task == "attribution":
            articles = read_articles(file)
            if fold is not None:
                articles = [a for a in articles if fold_of(a.id, fold[1]) == fold[0]]
            articles = articles[:limit]
            with _Reporter("articles", show_bar, quiet=progress is False) as report:
                predicted = engine_runs.predict_attributions(articles, report, threshold or 0.0)
            summary.update(score_articles([a.attributions for a in articles], predicted).summary())
            summary["n"] = len(articles)
        else:
            sentences = read_sentences(file)
            if fold is not None:
                sentences = [s for s in sentences if fold_of(s.id, fold[1]) == fold[0]]
            sentences = sentences[:limit]
            with _Reporter("sentences", show_bar, quiet=progress is False) as report:
                if task == "checkworthy":
                    predictions = engine_runs.predict_checkworthy(sentences, threshold, report)
                else:
                    predictions = engine_runs.predict_uncertain(sentences, report, threshold or 0.0)
            summary.update(score_sentences(sentences, predictions).summary())
    except (ValueError, KeyError) as error:  # the readers name the file and line
        raise click.ClickException(str(error)) from error
    if summary["n"] == 0:
        raise click.ClickException(f"{file}: nothing to score")
    seconds = time.perf_counter() - started
    summary.update(
        extractor_version=EXTRACTOR_VERSION,
        fold=fold_spec,
        limit=limit,
        seconds=round(seconds, 3),
        items_per_second=round(summary["n"] / seconds, 1) if seconds > 0 else None,
    )
    for line in render(task, summary):
        click.echo(line)
    click.echo(summary_line(summary))
