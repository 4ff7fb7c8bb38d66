"""``claimwatch worker``: run the stream worker (a faust-streaming app)."""

from __future__ import annotations

import logging
import signal
import sys
from types import FrameType

import click

from pipeline.cli.main import main
from pipeline.cli.options import group_name, kafka_options
from pipeline.extract.parties import PartiesFileError, load_parties
from pipeline.reachability import wait_for_broker
from pipeline.settings import Settings
from pipeline.topics import ensure_topics, match_changelog, missing_topics

log = logging.getLogger("claimwatch.worker")


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@main.command()
@click.option("--group", callback=group_name, help="Consumer group [env CLAIMWATCH_WORKER_GROUP; "
              "default claimwatch-worker].")
@click.option("--create-topics/--no-create-topics", default=True, show_default=True,
              help="Create claimwatch's topics first if they are missing.")
@kafka_options
def worker(settings: Settings, group: str | None, create_topics: bool) -> None:
    """Extract and flag claims from the articles topic until stopped (Ctrl-C).

    Reads articles, writes every claim to the claims topic and the flagged ones to
    claims.flagged (keyed by claim id), and sends any message it cannot process to
    articles.dlq with the reason. Start more workers with the same --group to share
    the partitions; add partitions to scale further.

    \b
    Example:
      CLAIMWATCH_BOOTSTRAP_SERVERS=kafka:9092 claimwatch worker --group desk-a
    """
    from pipeline.worker import run_worker  # faust is slow to import; keep --help fast

    if group:
        settings = settings.model_copy(update={"worker_group": group})
    if settings.parties_file is not None:  # a bad file stops here, before any topic is made
        try:
            load_parties(settings.parties_file)
        except PartiesFileError as err:
            raise click.ClickException(f"CLAIMWATCH_PARTIES_FILE: {err}") from err
    # Either signal stops the wait (SIGINT too: a shell starts `worker &` with it ignored);
    # faust installs its own handlers once it runs.
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        # a service waits for its broker, saying so in its own words: kafka-python's would
        # be a screenful of connection errors a minute
        wait_for_broker(settings, log.warning)
        if create_topics:
            ensure_topics(settings)
        else:  # fail here, clearly, rather than inside faust with a traceback
            missing = missing_topics(settings)
            if missing:
                raise click.ClickException(
                    f"topic(s) {', '.join(missing)} do not exist; run `claimwatch topics` or "
                    "leave out --no-create-topics")
        try:  # the table's changelog must have as many partitions as the articles topic
            partitions = match_changelog(settings)
        except ValueError as err:
            raise click.ClickException(str(err)) from err
    except KeyboardInterrupt:
        # a stop asked for before the worker ran ends it like one asked for later: status 0
        log.info("stopped before the worker started")
        sys.exit(0)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.argv = [sys.argv[0]]  # faust's Worker parses argv itself
    run_worker(settings, loglevel=settings.log_level.lower(), article_partitions=partitions)
