"""``claimwatch publish``: send articles from files, folders or stdin to the articles topic."""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from pipeline.cli.main import main
from pipeline.cli.options import existing_paths, probed_kafka_options, topic_name
from pipeline.extract.language import english_problem
from pipeline.inputs import InputRecord, read_inputs
from pipeline.publish import Publisher
from pipeline.settings import Settings
from pipeline.topics import ensure_topics, require_topics


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH... | -",
                callback=existing_paths)
@click.option("--topic", callback=topic_name,
              help="Target topic [env CLAIMWATCH_TOPIC_ARTICLES; default articles].")
@click.option("--create-topics/--no-create-topics", default=True, show_default=True,
              help="Create claimwatch's topics first if they are missing.")
@click.option("--progress/--no-progress", default=None,
              help="Report progress on stderr: a bar on a terminal, a line every 5 s off one "
                   "(a log file) [default: a bar when stderr is a terminal, else nothing].")
@probed_kafka_options
def publish(settings: Settings, paths: tuple[str, ...], topic: str | None, create_topics: bool,
            progress: bool | None) -> None:
    """Validate articles and publish them, keyed by article id.

    PATH is a .txt file (first line = title, rest = body), a .json file (an object or a
    list), a .jsonl file (one object a line), a folder of those, or - for stdin.
    Articles without an "id" get a stable content hash as id, so publishing the same
    article twice gives the same key.

    Every rejected record is reported as FILE:LINE: REASON on stderr (an item of a .json
    list as FILE:LINE (item N): REASON, N counting from 1), and the command then exits with
    status 1; the valid records are still sent. An input without any article (an empty
    file, an empty list, empty stdin) is rejected the same way, and so is an article too
    large to send in one request.

    Ctrl-C stops between records: those already queued are still sent and counted, the
    summary names the last record read, and the exit status is 130.

    \b
    Examples:
      claimwatch publish article.txt
      claimwatch publish feeds/ --topic articles
      cat batch.jsonl | claimwatch publish -
    """
    if topic:
        settings = settings.model_copy(update={"topic_articles": topic})
    if create_topics:
        ensure_topics(settings)
    else:  # else the producer retries a missing topic for a minute, logging every attempt
        try:
            require_topics(settings, [settings.topic_articles],
                           "create it, or drop --no-create-topics")
        except LookupError as err:
            raise click.ClickException(str(err)) from err
    show = sys.stderr.isatty() if progress is None else progress
    # asked for off a terminal (a log file): a plain line every few seconds, no bar
    plain = show and not sys.stderr.isatty()
    last = ""  # the location of the record read last, named if Ctrl-C stops the run
    unsupported: list[tuple[str, str]] = []  # sent, but the worker will not extract them
    read, said_at = 0, time.monotonic()
    with Progress(
        TextColumn("publishing"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[where]}"),
        console=Console(stderr=True), disable=not show or plain, transient=True,
    ) as bar, _ctrl_c() as interrupted:
        task = bar.add_task("publish", total=None, where="")

        def advance(record: InputRecord) -> None:
            nonlocal last, read, said_at
            last = record.location
            read += 1
            problem = english_problem(record.article.language, record.article.body) if (
                record.article is not None) else None
            if problem is not None:
                unsupported.append((record.location, problem))
            bar.update(task, advance=1, where=record.location)
            if plain and time.monotonic() - said_at >= _PLAIN_EVERY_S:
                said_at = time.monotonic()
                click.echo(f"publishing: {read} record(s) read, last {last}", err=True)

        with Publisher(settings) as publisher:
            report = publisher.publish_records(read_inputs(paths, stop=interrupted.is_set),
                                               on_progress=advance, stop=interrupted.is_set)
    for location, reason in report.rejected:
        click.echo(f"{location}: {reason}", err=True)
    rejected = {location for location, _ in report.rejected}
    for location, problem in unsupported:
        if location not in rejected:  # (an article too large was not sent at all)
            click.echo(f"{location}: sent, but the worker will skip it as unsupported: "
                       f"{problem}", err=True)
    click.echo(
        f"sent {report.sent}, rejected {len(report.rejected)} to {settings.topic_articles}",
        err=True,
    )
    if report.stopped:
        click.echo(f"interrupted: stopped after {last or 'no record'}", err=True)
        sys.exit(130)
    if not report.ok:
        sys.exit(1)


_PLAIN_EVERY_S = 5.0


@contextmanager
def _ctrl_c() -> Iterator[threading.Event]:
    """A first Ctrl-C asks the run to stop between records (what was queued is still sent
    and counted); a second one stops it at once."""
    asked = threading.Event()

    def handler(signum: int, frame: FrameType | None) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()
        click.echo("stopping after the records already queued (Ctrl-C again to quit now)",
                   err=True)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield asked
    finally:
        signal.signal(signal.SIGINT, previous)
