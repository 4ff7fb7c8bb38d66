"""The stream worker: a faust-streaming app around ``process_message``.

It consumes ``articles`` in the worker consumer group, writes every claim to ``claims`` and
the flagged ones to ``claims.flagged`` (both keyed by ``claim_id``), and sends anything it
cannot process to ``articles.dlq``. When an article is processed again it tombstones what
its last processing wrote and this one does not (see :mod:`pipeline.retractions`), from a
faust table of the claim ids each article wrote, kept on Kafka in the group's changelog
topic. Scale out by adding partitions and starting more workers with the same group:
Kafka spreads the partitions between them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any, NoReturn

import faust
from aiokafka.errors import (
    CorruptRecordException,
    InvalidTimestampError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    RecordTooLargeError,
)

from pipeline.ack_order import AckInOrder, Slot
from pipeline.extract import EXTRACTOR_VERSION, make_extractor
from pipeline.fetcher_close import patch_fetcher_close
from pipeline.kafka_logs import calm_retriable_errors
from pipeline.kafka_security import ssl_context
from pipeline.log_lines import faust_logging_config
from pipeline.processing import MessageRef, Outcome, process_message, refused_result
from pipeline.retractions import Published, retractions
from pipeline.settings import PUBLISHED_TABLE, SaslMechanism, SecurityProtocol, Settings
from pipeline.stop_deadline import DeadlineWorker
from pipeline.topics import DLQ_MAX_RECORD_BYTES, match_changelog

__all__ = ["READY_MESSAGE", "build_app", "run_worker", "warn_until_ready"]

log = logging.getLogger("claimwatch.worker")

READY_MESSAGE = "claimwatch worker ready"
DELIVERY_TIMEOUT_S = 120.0
# Articles whose records may still be awaiting the broker's ack, and articles read but not
# yet acked (a slow delivery holds back the acks after it); past either the agent waits.
MAX_IN_FLIGHT = 64
MAX_UNACKED = 512
# faust's default, stated for the warning below; the group forgets a member that left
# without saying so after this long.
SESSION_TIMEOUT_S = 60.0
UNASSIGNED_WARNING_S = 15.0
IDLE_MESSAGE = ("no partition of %s is assigned to this worker: group %s already has a worker "
                "for each partition, so this one stays idle until a worker leaves or "
                "partitions are added (claimwatch topics --grow)")
EXIT_DELIVERY_FAILED = 75  # EX_TEMPFAIL: a supervisor should restart the worker
# The broker refuses these records whatever the retries: the message, not the cluster, is at
# fault, so it goes to the dead-letter topic and the stream moves on.
_REFUSED_RECORD = (CorruptRecordException, InvalidTimestampError, MessageSizeTooLargeError,
                   RecordListTooLargeError, RecordTooLargeError)


def _credentials(settings: Settings) -> Any:
    """faust's credentials object for the configured security protocol, or None."""
    proto = settings.security_protocol
    if proto is SecurityProtocol.PLAINTEXT:
        return None
    if proto is SecurityProtocol.SSL:
        return faust.SSLCredentials(ssl_context(settings))
    password = settings.sasl_password.get_secret_value() if settings.sasl_password else ""
    return faust.SASLCredentials(
        username=settings.sasl_username or "",
        password=password,
        mechanism=(settings.sasl_mechanism or SaslMechanism.PLAIN).value,
        ssl_context=ssl_context(settings) if proto is SecurityProtocol.SASL_SSL else None,
    )


def _give_up(ref: MessageRef, err: BaseException) -> NoReturn:
    """End the process at once, before faust can commit this message's offset.

    faust acknowledges an event once the agent moves on, even when the agent crashed, and
    only logs a failed delivery; exiting here means the message is read again on restart
    and nothing is lost (at least once).
    """
    log.critical(
        "could not write the results of %s[%d]@%d (%s: %s); exiting without committing "
        "its offset, so it is processed again on restart",
        ref.topic, ref.partition, ref.offset, type(err).__name__, err,
    )
    logging.shutdown()
    os._exit(EXIT_DELIVERY_FAILED)


def _shown_key(key: bytes | None) -> str:
    """A message key for a log line: quoted text (a person greps for the article id), or
    "none".

    >>> _shown_key(b"article-7"), _shown_key(None)
    ("'article-7'", 'none')
    """
    if key is None:
        return "none"
    return repr(key.decode("utf-8", "backslashreplace"))


def _settled(in_flight: set[asyncio.Task[None]], ref: MessageRef) -> Callable[[Any], None]:
    """Done-callback of a delivery task: forget it; an unexpected error ends the worker, as an
    article left unacked would stall every commit of its partition."""

    def done(task: asyncio.Task[None]) -> None:
        in_flight.discard(task)
        # Only a shutdown cancels one: its article stays unacked, uncommitted, and is read
        # again on restart, which is the safe side.
        err = None if task.cancelled() else task.exception()
        if err is not None:
            _give_up(ref, err)

    return done


def _refused(err: BaseException) -> bool:
    """Whether the broker refused a record for good; faust wraps what aiokafka raised."""
    seen: BaseException | None = err
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, _REFUSED_RECORD):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def build_app(settings: Settings, on_ready: Callable[[], None] | None = None,
              article_partitions: int | None = None) -> faust.App:
    """The faust app with one agent; nothing connects until the app starts.

    ``on_ready`` is called once the worker serves, after its first partition assignment.
    ``article_partitions`` is the articles topic's partition count (default: the configured
    one), which the table of what each article wrote must match.
    """
    datadir = settings.home / "worker" / settings.worker_group
    datadir.parent.mkdir(parents=True, exist_ok=True)  # faust creates only the last level
    app = faust.App(
        settings.worker_group,
        broker=[f"kafka://{server}" for server in settings.bootstrap_list()],
        broker_credentials=_credentials(settings),
        key_serializer="raw",
        value_serializer="raw",
        topic_replication_factor=settings.replication_factor,
        topic_partitions=settings.partitions,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_max_request_size=DLQ_MAX_RECORD_BYTES,
        producer_request_timeout=60.0,
        web_enabled=False,
        store="memory://",
        # faust's default, stated because the worker relies on it: a stop or rebalance waits
        # for the in-flight articles' acks before its last commit.
        stream_wait_empty=True,
        broker_session_timeout=SESSION_TIMEOUT_S,
        datadir=str(datadir),
    )
    # The tools create these topics with explicit partition counts; faust must not.
    articles = app.topic(settings.topic_articles, internal=False)
    claims = app.topic(settings.topic_claims, internal=False)
    flagged = app.topic(settings.topic_flagged, internal=False)
    dlq = app.topic(settings.topic_dlq, internal=False)
    # What each article (by key) wrote last: its changelog topic is on Kafka, partitioned
    # as the articles are, so it moves with the article's partition between workers.
    published = app.Table(
        PUBLISHED_TABLE, default=None, partitions=article_partitions or settings.partitions,
        key_type=bytes, value_type=bytes,
    )
    counts: Counter[str] = Counter()
    extractor = make_extractor(
        threshold=settings.checkworthy_threshold, parties_path=settings.parties_file
    )

    @app.agent(articles, name="extract-claims")
    async def extract_claims(stream: Any) -> None:
        # Acks are manual so the next article is extracted while the broker is still
        # acknowledging this one's records; AckInOrder acks each partition in offset order,
        # so a commit never passes an article whose records may be missing.
        manual = stream.noack()
        order = AckInOrder(manual.ack)
        in_flight: set[asyncio.Task[None]] = set()
        async for event in manual.events():
            msg = event.message
            ref = MessageRef(msg.topic, msg.partition, msg.offset, msg.key)
            slot = order.track((msg.topic, msg.partition), event)
            try:
                outcome = process_message(msg.value, ref, extractor)
                counts["articles"] += 1
                try:
                    pending = await write(outcome, ref, msg.key)
                except Exception as err:  # refused before it was even sent
                    await settle_failure(msg.value, ref, outcome, err)
                    await order.finish(slot)
                    continue
            except Exception as err:
                # faust would restart the agent with a fresh AckInOrder and this event
                # forgotten unacked; exiting uncommitted reads it again instead.
                _give_up(ref, err)
            task = asyncio.ensure_future(settle(order, slot, ref, outcome, pending))
            in_flight.add(task)
            task.add_done_callback(_settled(in_flight, ref))
            # A loop, not one wait: while one slow delivery holds back its partition's acks,
            # the quick ones after it finish and would let the unacked backlog grow unbounded.
            while in_flight and (len(in_flight) >= MAX_IN_FLIGHT or order.unacked >= MAX_UNACKED):
                await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
        # On a graceful stop faust's consumer waits for every read event to be acked
        # (stream_wait_empty) before its last commit; the deliveries under way finish then.

    async def settle(
        order: AckInOrder, slot: Slot, ref: MessageRef, outcome: Outcome, pending: list[Any]
    ) -> None:
        """Wait for one article's records, then let it be acked (or dead-letter it, or give up)."""
        try:
            await asyncio.wait_for(asyncio.gather(*pending), timeout=DELIVERY_TIMEOUT_S)
        except Exception as err:  # the records of this message may be missing
            await settle_failure(slot.event.message.value, ref, outcome, err)
        await order.finish(slot)

    async def settle_failure(
        value: bytes | None, ref: MessageRef, outcome: Outcome, err: Exception
    ) -> None:
        """Dead-letter a message the broker refused for good; otherwise give up."""
        if outcome.dead_letter is not None or not _refused(err):
            _give_up(ref, err)  # a retry may succeed: read the message again
        await dead_letter_refused(value, ref, err)

    async def dead_letter_refused(value: bytes | None, ref: MessageRef, err: Exception) -> None:
        """Dead-letter a message whose results the broker refuses; give up if that fails."""
        try:
            pending = await write(refused_result(value, ref, err), ref, ref.key)
            await asyncio.wait_for(asyncio.gather(*pending), timeout=DELIVERY_TIMEOUT_S)
        except Exception as again:
            _give_up(ref, again)

    async def write(outcome: Outcome, ref: MessageRef, key: bytes | None) -> list[Any]:
        """Send the records one message produced; returns the futures of their delivery."""
        if outcome.dead_letter is not None:
            counts["dead_letters"] += 1
            letter = outcome.dead_letter
            log.warning(
                "dead letter: %s[%d]@%d key %s (%s) %s",
                ref.topic, ref.partition, ref.offset, _shown_key(ref.key), letter.stage,
                letter.error,
            )
            return [await dlq.send(key=key, value=letter.to_json())]
        if not outcome.supported:
            counts["unsupported"] += 1
            log.info("article %s not processed: %s", outcome.article_id, outcome.note)
        pending = []
        for claim in outcome.claims:
            claim_key, value = claim.claim_id.encode(), claim.to_json()
            pending.append(await claims.send(key=claim_key, value=value))
            if claim.flagged:
                pending.append(await flagged.send(key=claim_key, value=value))
        if key is not None and outcome.article_id is not None:
            # a corrected body, another extractor version, a claim no longer flagged: delete
            # what the article's last processing wrote and this one does not. The table is
            # keyed by article id (claim ids are made from it; several articles may share a
            # message key); a keyed message keeps an article's versions on one partition.
            article = outcome.article_id.encode()
            now = Published.of(outcome.claims)
            gone, unflagged = retractions(Published.from_bytes(published.get(article)), now)
            for claim_id in gone:
                pending.append(await claims.send(key=claim_id.encode(), value=None))
            for claim_id in gone + unflagged:
                pending.append(await flagged.send(key=claim_id.encode(), value=None))
            counts["retracted"] += len(gone) + len(unflagged)
            record = now.retracting(gone, unflagged).to_bytes()
            # as the table's own __setitem__ does, but keeping the changelog write's future:
            # the article is acked only once the record is on Kafka too
            published.data[article] = record
            pending.append(published.send_changelog(
                published.partition_for_key(article), article, record))
        counts["claims"] += len(outcome.claims)
        counts["flagged"] += len(outcome.flagged)
        return pending

    @app.task  # type: ignore[untyped-decorator]  # faust is untyped
    async def announce() -> None:
        if on_ready is not None:
            on_ready()
        log.info(
            "%s: group=%s input=%s extractor=%s",
            READY_MESSAGE, settings.worker_group, settings.topic_articles, EXTRACTOR_VERSION,
        )
        if not any(tp.topic == settings.topic_articles for tp in app.consumer.assignment()):
            log.warning(IDLE_MESSAGE, settings.topic_articles, settings.worker_group)

    @app.timer(interval=30.0)  # type: ignore[untyped-decorator]
    async def report() -> None:
        if counts:
            log.info("processed so far: %s", dict(counts))

    return app


def warn_until_ready(group: str, session_timeout: float, after: float = UNASSIGNED_WARNING_S
                     ) -> tuple[threading.Timer, Callable[[], None]]:
    """A started timer that logs why the worker is silent if it is not ready ``after``
    seconds on, and the callback that marks it ready (and says so if the timer spoke)."""
    lock = threading.Lock()  # the warning and the ready mark each see the other's state
    state = {"ready": False, "warned": False}

    def warn() -> None:
        with lock:
            if state["ready"]:
                return
            state["warned"] = True
        log.warning(
            "no partitions assigned after %.0f s: group %s is still rebalancing. A worker of "
            "this group that stopped without leaving it (killed, or its machine lost) holds "
            "its partitions until its session times out (%.0f s)", after, group,
            session_timeout)

    def mark_ready() -> None:
        with lock:
            state["ready"] = True
            warned = state["warned"]
        if warned:
            log.info("partitions assigned: group %s has finished rebalancing", group)

    timer = threading.Timer(after, warn)
    timer.daemon = True
    timer.start()
    return timer, mark_ready


def run_worker(settings: Settings, loglevel: str = "info",
               article_partitions: int | None = None) -> None:
    """Run the worker until SIGINT/SIGTERM, which faust turns into a graceful stop."""
    calm_retriable_errors()  # a fresh broker's "coordinator not available" is retried
    patch_fetcher_close()  # else Ctrl-C after losing the broker waits 60 s
    timer: threading.Timer | None = None
    try:
        timer, mark_ready = warn_until_ready(settings.worker_group, SESSION_TIMEOUT_S)
        app = build_app(settings, on_ready=mark_ready, article_partitions=(
            article_partitions if article_partitions is not None else match_changelog(settings)))
        DeadlineWorker(app, loglevel=loglevel, quiet=True,
                       logging_config=faust_logging_config(loglevel)).execute_from_commandline()
    finally:
        if timer is not None:
            timer.cancel()
