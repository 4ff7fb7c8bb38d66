"""``claimwatch subscribe`` and ``claimwatch replay``: read topics back."""

from __future__ import annotations

import signal
import sys
import threading

import click
import orjson

from pipeline.cli.main import main
from pipeline.cli.options import group_name, probed_after, topic_name
from pipeline.positions import StartAt, parse_offsets, parse_since
from pipeline.replay import ReplayRefused, rewind_group
from pipeline.replay import republish as republish_range  # the --republish flag takes the name
from pipeline.settings import Settings
from pipeline.subscribe import Limits, format_pretty, tail
from pipeline.topics import require_topics


def _start(from_beginning: bool, since: str | None, offsets: str | None = None, *,
           with_offsets: bool = False) -> StartAt:
    """The start position from the options; ``with_offsets`` when the command has --offsets,
    so a conflict is explained with the options this command has."""
    names = ["--from-beginning", "--since", *(["--offsets"] if with_offsets else [])]
    if len([x for x in (from_beginning, since, offsets) if x]) > 1:
        raise click.UsageError(f"use only one of {', '.join(names[:-1])} and {names[-1]}")
    if since:
        try:
            return StartAt(since_ms=parse_since(since))
        except ValueError as err:
            raise click.BadParameter(str(err), param_hint="'--since'") from err
    if offsets:
        try:
            return StartAt(offsets=parse_offsets(offsets))
        except ValueError as err:
            raise click.BadParameter(str(err), param_hint="'--offsets'") from err
    return StartAt(earliest=from_beginning)


@main.command()
@click.option("--topic", "-t", default=None, callback=topic_name,
              help="Topic to tail [default: claims.flagged, env CLAIMWATCH_TOPIC_FLAGGED].")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest record.")
@click.option("--since", metavar="ISO-TIME", help="Start at records newer than this time.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl",
              show_default=True, help="jsonl: one JSON record a line; pretty: for people.")
@click.option("--max-messages", "-n", type=click.IntRange(min=1),
              help="Stop after this many records.")
@click.option("--idle-timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop after this long with no new record.")
@probed_after(lambda **opts: _start(opts["from_beginning"], opts["since"]))
def subscribe(settings: Settings, topic: str | None, from_beginning: bool, since: str | None,
              fmt: str, max_messages: int | None, idle_timeout: float | None) -> None:
    """Tail a sink topic: records on stdout, logs on stderr, until Ctrl-C.

    Without --from-beginning or --since it prints only records that arrive from now on.
    It reads every partition itself (no consumer group), so it never takes records
    away from workers or dashboards. A claim the worker retracted (its article was
    corrected, reprocessed, or it is no longer flagged) prints as {"deleted": CLAIM_ID}.

    \b
    Examples:
      claimwatch subscribe                           # new flagged claims, JSON lines
      claimwatch subscribe --topic claims --from-beginning --format pretty
      claimwatch subscribe --since 2026-11-24T08:00:00Z | jq .claimant.name
    """
    start = _start(from_beginning, since)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    # a shell starts `subscribe &` with SIGINT ignored: `kill -INT` must still stop it
    signal.signal(signal.SIGINT, signal.default_int_handler)
    name = topic or settings.topic_flagged
    try:
        require_topics(settings, [name])
    except LookupError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"tailing {name} {start.describe()} (Ctrl-C to stop)", err=True)
    count = 0
    try:
        for record in tail(settings, name, start, Limits(max_messages, idle_timeout), stop):
            value = record.value or b""
            if record.value is None:  # a tombstone: the worker retracted this claim
                key = (record.key or b"").decode("utf-8", "replace")
                click.echo(f"deleted: {key}" if fmt == "pretty" else orjson.dumps(
                    {"deleted": key}).decode())
            elif fmt == "pretty":
                click.echo(format_pretty(value))
            else:
                try:
                    line = orjson.dumps(orjson.loads(value)).decode()
                except orjson.JSONDecodeError:
                    line = orjson.dumps({"raw": value.decode("utf-8", "replace")}).decode()
                click.echo(line)
            sys.stdout.flush()
            count += 1
    except KeyboardInterrupt:
        pass
    except LookupError as err:
        raise click.ClickException(str(err)) from err
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`); that is a normal end
        return
    click.echo(f"{count} record(s) read", err=True)


def _replay_start(from_beginning: bool, since: str | None, offsets: str | None) -> StartAt:
    """The replay's start; none given is a usage error, named before anything connects."""
    start = _start(from_beginning, since, offsets, with_offsets=True)
    if start.latest:
        raise click.UsageError("say where to replay from: --from-beginning, --since or "
                               "--offsets")
    return start


@main.command()
@click.option("--topic", "-t", default=None, callback=topic_name,
              help="Topic to replay [default: articles, env CLAIMWATCH_TOPIC_ARTICLES].")
@click.option("--from-beginning", is_flag=True, help="Replay the whole topic.")
@click.option("--since", metavar="ISO-TIME", help="Replay records newer than this time.")
@click.option("--offsets", metavar="P:O,...", help="Replay from these offsets, e.g. 0:120,1:98.")
@click.option("--republish", is_flag=True,
              help="Copy the records onto the input topic instead of rewinding the group.")
@click.option("--group", callback=group_name,
              help="Group to rewind [default: the worker group].")
@probed_after(lambda **opts: _replay_start(opts["from_beginning"], opts["since"], opts["offsets"]))
def replay(settings: Settings, topic: str | None, from_beginning: bool, since: str | None,
           offsets: str | None, republish: bool, group: str | None) -> None:
    """Reprocess a topic range (after upgrading the extractor, say).

    \b
    Two ways, for two situations:
      (default)    rewind the worker consumer group to the start position; the next
                   worker start reprocesses from there. Workers must be stopped first
                   (refused while the group has live members). Nothing is copied.
      --republish  copy the records (key and value as they are) onto the input topic
                   while workers keep running. Use it to replay from another topic
                   (an archive) or when you cannot stop the workers.
    Either way claims keep their ids (same article, same extractor version), so sinks
    see updates, not duplicates.

    \b
    Examples:
      claimwatch replay --from-beginning
      claimwatch replay --since 2026-11-24T00:00:00Z --republish
      claimwatch replay --topic articles-archive --offsets 0:0 --republish
    """
    start = _replay_start(from_beginning, since, offsets)
    source = topic or settings.topic_articles
    if republish and group:
        raise click.UsageError("--group has no use with --republish: the copies are read by "
                               "whatever group consumes the input topic")
    sinks = {settings.topic_claims: "claims", settings.topic_flagged: "flagged claims",
             settings.topic_dlq: "dead letters"}
    if source in sinks:
        raise click.UsageError(
            f"{source!r} holds {sinks[source]}, not articles: nothing there can be reprocessed; "
            f"replay {settings.topic_articles!r} (the default) to extract again")
    if not republish and source != settings.topic_articles and not group:
        raise click.UsageError(
            f"the worker group reads {settings.topic_articles!r}, not {source!r}: rewinding it "
            "there does nothing; use --republish to copy that topic, or name a --group")
    try:
        require_topics(settings, [source])
        if republish:
            require_topics(settings, [settings.topic_articles],
                           "the input topic the copies go to; `claimwatch topics` creates it")
            live = sys.stderr.isatty()
            said = [-1]  # the last tenth said, off a terminal

            def progress(done: int, total: int) -> None:
                if live:  # one line, rewritten
                    click.echo(f"\rcopied {done}/{total}", err=True, nl=False)
                elif total and done * 10 // total > said[0]:
                    said[0] = done * 10 // total  # a log file: a line every tenth
                    click.echo(f"copied {done}/{total}", err=True)

            copied = republish_range(settings, source, start, on_progress=progress)
            click.echo(f"{chr(10) if live else ''}republished {copied} record(s) from {source} "
                       f"{start.describe()} onto {settings.topic_articles}", err=True)
            click.echo(orjson.dumps({"mode": "republish", "copied": copied}).decode())
        else:
            result = rewind_group(settings, source, start, group)
            kept = result.kept
            where = ",".join(f"{p}:{o}" for p, o in sorted(result.offsets.items()))
            if result.moved:
                click.echo(f"rewound group {result.group} on {result.topic} to {where} "
                           f"({start.describe()}); start the workers to reprocess", err=True)
            else:
                click.echo(f"nothing to reprocess: group {result.group} on {result.topic} is "
                           f"already at {where}, not past the start asked ({start.describe()})",
                           err=True)
            if kept:
                click.echo(f"partition(s) {', '.join(map(str, kept))} kept where the group "
                           "was, behind the offsets asked: a replay never moves a group "
                           "forward past articles it has not processed", err=True)
            by_partition = {str(p): o for p, o in sorted(result.offsets.items())}
            click.echo(orjson.dumps({"mode": "rewind", "group": result.group,
                                     "offsets": by_partition}).decode())
    except (ReplayRefused, LookupError, ValueError) as err:
        raise click.ClickException(str(err)) from err

