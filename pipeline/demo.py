"""``claimwatch demo``: the whole pipeline on one machine, from nothing, in one command.

It starts the local broker when no other one is configured, creates the topics, starts a
worker and the dashboard as child processes, publishes the bundled sample articles and
prints the flagged claims as they arrive. Ctrl-C (or ``--once``/``--timeout``) stops
everything it started, in reverse order.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import FrameType

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from pipeline.child_process import ClaimwatchChild
from pipeline.dashboard.runner import SERVING_MESSAGE
from pipeline.extract.language import english_problem
from pipeline.inputs import InputRecord, read_inputs
from pipeline.positions import StartAt, partitions_of
from pipeline.publish import Publisher
from pipeline.reachability import broker_problem
from pipeline.settings import Settings
from pipeline.subscribe import format_pretty, tail
from pipeline.topics import ensure_topics

__all__ = ["DemoOptions", "run_demo", "sample_dir"]

Say = Callable[[str], None]


@dataclass(frozen=True)
class DemoOptions:
    once: bool = False
    timeout: float | None = None
    settle: float = 10.0
    dashboard: bool = True
    keep_broker: bool = False
    samples: tuple[str, ...] = ()


def sample_dir() -> Path:
    """The sample articles shipped inside the package."""
    return Path(str(resources.files("pipeline") / "samples"))


def _flagged_text(value: bytes | None, articles: frozenset[str] | None = None,
                  seen: set[str] | None = None) -> str | None:
    """How the demo prints one flagged-claims record; None for a heartbeat, a tombstone,
    (given the ids of the articles the demo published) a claim of some other article (on a
    shared broker the demo's worker may also process articles others published), or
    (given the claim ids already shown) a claim shown before: copies of the sample left in
    the topic by an interrupted demo give the same claims again.

    >>> _flagged_text(None) is None
    True
    >>> _flagged_text(b'{"article_id": "other"}', frozenset({"mine"})) is None
    True
    >>> seen: set[str] = set()
    >>> record = b'{"article_id": "mine", "claim_id": "c1"}'
    >>> [_flagged_text(record, frozenset({"mine"}), seen) is None for _ in range(2)]
    [False, True]
    """
    if value is None:
        return None
    if articles is not None or seen is not None:
        try:
            fields = orjson.loads(value)
            article, claim = fields.get("article_id"), fields.get("claim_id")
        except (orjson.JSONDecodeError, AttributeError):
            article = claim = None
        if articles is not None and article not in articles:
            return None
        if seen is not None and isinstance(claim, str):
            if claim in seen:
                return None
            seen.add(claim)
    return format_pretty(value) + "\n"


def _unsupported(records: list[InputRecord], say: Say) -> int:
    """Say which published articles the worker will skip as not English; return how many.

    The worker only logs them to its own log, so without this a demo of such articles
    would end in "0 flagged claim(s)" and no word why. Its test is the extractor's own.
    """
    count = 0
    for record in records:
        if record.article is None:
            continue
        problem = english_problem(record.article.language, record.article.body)
        if problem is not None:
            count += 1
            say(f"{record.location}: will be skipped as unsupported: {problem}")
    return count


def _child(args: list[str], settings: Settings, log_path: Path) -> ClaimwatchChild:
    # Its own session: Ctrl-C reaches the demo alone, which then stops its children in order;
    # in the terminal's process group they would see it too and exit on their own.
    # die_with_parent: if the demo is killed outright, its children go too.
    # Children log to their files at INFO whatever the demo's own level: the demo knows they
    # are ready by an INFO line ("serving at …"), which a WARNING level would drop.
    return ClaimwatchChild(args, settings, log_path, own_session=True, die_with_parent=True,
                           extra_env={"CLAIMWATCH_LOG_LEVEL": "INFO"})


class _Interrupt:
    """SIGINT and SIGTERM as one orderly stop: the first one ends the demo, later ones wait.

    A KeyboardInterrupt raised at a random point can land inside a Kafka client and leave
    its I/O thread running, and a second Ctrl-C (``timeout`` forwards the terminal's one
    again) would cut the stop of the worker short, so the broker went first and every
    client left logged refused connections. While flagged claims are followed the handler
    only sets ``event``, which the loop checks; before that (starting up) it raises, as
    then there is nothing better to stop at.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self.event = threading.Event()
        self.raising = True

    def __call__(self, signum: int, _frame: FrameType | None) -> None:
        if self.signum is not None:
            return  # already stopping; the stop in progress must finish
        self.signum = signum
        self.event.set()
        if self.raising:
            raise KeyboardInterrupt

    def install(self, stack: ExitStack) -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            stack.callback(signal.signal, sig, signal.signal(sig, self))
        # Once a stop is asked for, the Kafka clients being torn down may log a cancelled
        # request ("Metadata refresh: failed Cancelled"): noise, not news. A filter only
        # reads the event, so nothing logging-related runs in the signal handler itself.
        for handler in logging.getLogger().handlers:
            handler.addFilter(self._drop_kafka_after_stop)
            stack.callback(handler.removeFilter, self._drop_kafka_after_stop)

    def _drop_kafka_after_stop(self, record: logging.LogRecord) -> bool:
        return not (self.event.is_set() and record.name.startswith("kafka"))

    @property
    def exit_code(self) -> int | None:
        """128 + the signal number, as a shell reports a command a signal ended."""
        return None if self.signum is None else 128 + self.signum


def _quiet_kafka() -> None:
    # A client an interrupt left half-closed would log every refused reconnection once the
    # broker is gone; by now nothing the demo still holds should talk to it.
    logging.getLogger("kafka").setLevel(logging.CRITICAL)


def _start_broker(settings: Settings, stack: ExitStack, opts: DemoOptions, say: Say) -> None:
    why = broker_problem(settings)
    if why is None:
        say(f"using the Kafka broker at {settings.bootstrap_servers}")
        return
    if not settings.is_local_default():
        raise RuntimeError(f"no Kafka broker answers at {settings.bootstrap_servers} ({why})")
    from pipeline.broker import LocalBroker

    # die_with_parent: if the demo is killed outright, the kernel stops the broker too
    broker = LocalBroker(settings, progress=say, die_with_parent=not opts.keep_broker)
    if not opts.keep_broker:  # before start: an interrupt while it boots stops it too
        stack.callback(broker.stop)
        stack.callback(_quiet_kafka)
        stack.callback(say, "stopping the local broker")
    say("starting a local Kafka broker (the first run downloads Kafka from Maven Central)…")
    broker.start()
    say(f"local broker ready at {settings.bootstrap_servers}")


def run_demo(settings: Settings, opts: DemoOptions, say: Say, out: Say) -> int:
    """Run the demo; ``say`` gets progress (stderr), ``out`` the flagged claims (stdout).

    Returns the exit status: 0 (or 1 when ``--once`` saw nothing processed), or 128 + the
    signal number (130 for Ctrl-C, 143 for SIGTERM) once everything started is stopped.
    """
    interrupt = _Interrupt()
    try:
        with ExitStack() as stack:
            interrupt.install(stack)
            code = _run(settings, opts, say, out, stack, interrupt)
    except KeyboardInterrupt:  # raised by the handler while starting up
        code = 1
    if interrupt.exit_code is not None:
        say("stopped")
        return interrupt.exit_code
    return code


def _run(settings: Settings, opts: DemoOptions, say: Say, out: Say, stack: ExitStack,
         interrupt: _Interrupt) -> int:
    logs = settings.home / "logs"
    _start_broker(settings, stack, opts, say)
    ensure_topics(settings)
    began_ms = int(time.time() * 1000)

    worker = _child(["worker", "--no-create-topics"], settings, logs / "demo-worker.log")
    stack.callback(worker.stop, 20.0)
    stack.callback(say, "stopping the worker")
    say(f"worker started (pid {worker.pid}, log {logs / 'demo-worker.log'})")
    if opts.dashboard:
        dash = _child(["dashboard"], settings, logs / "demo-dashboard.log")
        stack.callback(dash.stop, 20.0)
        stack.callback(say, "stopping the dashboard")
        url = f"http://{settings.dashboard_host}:{settings.dashboard_port}/"
        # the log line, not a connection, which could reach whatever else holds the port
        if dash.wait_for_log(SERVING_MESSAGE, timeout=30.0):
            say(f"dashboard at {url} (log {logs / 'demo-dashboard.log'})")
        else:
            say(f"the dashboard did not start (exit status {dash.poll()}); going on without "
                f"it: {dash.last_log_line()}")

    paths = list(opts.samples) or [str(sample_dir())]
    records = list(read_inputs(paths))
    with Publisher(settings) as publisher:
        report = publisher.publish_records(records)
    for location, reason in report.rejected:
        say(f"rejected {location}: {reason}")
    skipped = _unsupported(records, say)
    published = frozenset(r.article.id for r in records if r.article is not None)
    if opts.once and not report.sent:
        say("nothing was published, so there is nothing to wait for")
        return 1
    say(f"published {report.sent} article(s); flagged claims follow (Ctrl-C to stop)")
    progress = _WorkerProgress(settings) if opts.once else None
    if progress is not None:
        stack.callback(progress.close)
    interrupt.raising = False  # from here on the loop stops at the event, its consumer closed
    flagged = 0
    shown_ids: set[str] = set()
    done_at: float | None = None
    started = last = checked = time.monotonic()
    relay = _WorkerNotes(say)
    for record in tail(settings, settings.topic_flagged, StartAt(since_ms=began_ms),
                       stop=interrupt.event, heartbeat=True):
        now = time.monotonic()
        shown = _flagged_text(record.value if record is not None else None, published,
                               shown_ids)
        if shown is not None:
            flagged += 1
            last = now
            out(shown)
        relay.say_new(worker.log_text())
        if worker.poll() is not None:
            say(f"the worker exited with status {worker.poll()}; see its log")
            return 1
        if opts.timeout and now - started > opts.timeout:
            break
        if progress is not None and done_at is None and now - checked > 2.0:
            checked = now
            if progress.caught_up():
                done_at = now  # its output is written before its offsets are committed
        if opts.once and done_at is not None and now - max(done_at, last) > 2.0:
            break
        if opts.once and flagged and now - last > opts.settle:
            break
    if interrupt.event.is_set():
        say("interrupted")
    say(f"{flagged} flagged claim(s) shown" + (
        f"; {skipped} article(s) skipped as unsupported (the extractor reads English only)"
        if skipped else ""))
    return 0 if flagged or done_at is not None or not opts.once else 1


# What the worker logs that explains a silent demo: "no partitions assigned after 15 s: group
# … is still rebalancing", and the line that ends it.
_NOTE = re.compile(r"^\S+ \S+ (?:WARNING|ERROR|CRITICAL) claimwatch\.worker: (.*)$"
                   r"|^\S+ \S+ INFO claimwatch\.worker: (partitions assigned: .*)$", re.MULTILINE)


class _WorkerNotes:
    """Relays the worker's warnings from its log file to the demo's stderr, once each."""

    def __init__(self, say: Say) -> None:
        self.say, self.seen = say, 0

    def say_new(self, log_text: str) -> None:
        end = log_text.rfind("\n") + 1  # whole lines only: the last may be half written
        for note in _NOTE.finditer(log_text, self.seen, end):
            self.say(f"worker: {note.group(1) or note.group(2)}")
        self.seen = max(self.seen, end)


class _WorkerProgress:
    """Whether the worker's group has committed past everything on the articles topic now."""

    def __init__(self, settings: Settings) -> None:
        self.group = settings.worker_group
        probe = KafkaConsumer(**settings.client_config())
        try:
            parts = partitions_of(probe, settings.topic_articles)
            self.ends: dict[TopicPartition, int] = probe.end_offsets(parts)
        finally:
            probe.close()
        self.admin = KafkaAdminClient(**settings.client_config(request_timeout_ms=10_000))

    def caught_up(self) -> bool:
        try:
            committed = self.admin.list_group_offsets({self.group: list(self.ends)})
        except Exception:  # the group may not exist yet: not caught up
            return False
        done = committed.get(self.group, {})
        return all(end == 0 or (tp in done and done[tp].offset >= end)
                   for tp, end in self.ends.items())

    def close(self) -> None:
        self.admin.close()
