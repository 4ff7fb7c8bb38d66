"""Publish articles onto the ``articles`` topic with kafka-python.

Each article is keyed by its id, so every version of one article lands on the same
partition, in order. The producer waits for all in-sync replicas (``acks=all``) and is
idempotent, so its retries never duplicate a record.

Usage::

    with Publisher(Settings()) as pub:
        pub.send(Article(id="a1", title="T", body="..."))
        report = pub.publish_records(read_inputs(["articles.jsonl"]))
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from kafka import KafkaProducer
from kafka.errors import MessageSizeTooLargeError

from pipeline.inputs import InputRecord
from pipeline.models import Article
from pipeline.reachability import silent_address
from pipeline.settings import Settings

__all__ = ["PublishReport", "Publisher"]

log = logging.getLogger(__name__)


@dataclass
class PublishReport:
    """What one run of ``publish_records`` did."""

    sent: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    #: True when the run was stopped before every record was read.
    stopped: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected


class Publisher:
    """A thin, safe producer for articles; use it as a context manager so it flushes."""

    def __init__(self, settings: Settings, *, topic: str | None = None, **producer_config: Any):
        self.settings = settings
        self.topic = topic or settings.topic_articles
        config = settings.client_config(
            client_id="claimwatch-publisher",
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            delivery_timeout_ms=60_000,
            request_timeout_ms=30_000,
        )
        config.update(producer_config)
        # kafka-python would wait its whole timeout and raise "Unable to bootstrap": a dead
        # address is said in one line at once
        if (why := silent_address(settings)) is not None:
            raise ConnectionError(f"no Kafka broker at {settings.bootstrap_servers}: {why}")
        self._producer = KafkaProducer(**config)

    def send(self, article: Article) -> Any:
        """Queue one article; returns kafka-python's future (``.get()`` waits for the ack)."""
        return self._producer.send(self.topic, key=article.id.encode(), value=article.to_json())

    def send_raw(self, key: bytes | None, value: bytes,
                 headers: list[tuple[str, bytes]] | None = None) -> Any:
        """Publish bytes as they are (used by replay to copy records without re-encoding)."""
        return self._producer.send(self.topic, key=key, value=value, headers=headers)

    def publish_records(
        self,
        records: Iterable[InputRecord],
        on_progress: Callable[[InputRecord], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> PublishReport:
        """Send every valid record, collect the rejected ones with their reasons, then flush.

        A record counts as sent only once the broker acknowledged it; a delivery failure
        is reported against the record's location like a validation failure. ``stop`` is
        asked before each record: once it says True, the rest are left unread (the records
        already queued are still flushed and counted), and ``report.stopped`` is set.
        """
        report = PublishReport()

        def delivered(_metadata: Any) -> None:
            report.sent += 1  # callbacks run on the producer's single I/O thread

        for record in records:
            if stop is not None and stop():
                report.stopped = True
                break
            if record.article is None:
                report.rejected.append((record.location, record.error or "invalid record"))
            else:
                try:
                    future = self.send(record.article)
                except MessageSizeTooLargeError:
                    # refused before it is queued: one article too big must not stop the rest
                    report.rejected.append((record.location, self._too_large(record.article)))
                else:
                    future.add_callback(delivered)
                    future.add_errback(self._failed(report, record.location))
            if on_progress:
                on_progress(record)
        if stop is not None and stop():
            report.stopped = True  # (also when the input ended because it was stopped)
        self._producer.flush()
        return report

    def _too_large(self, article: Article) -> str:
        size = len(article.to_json())
        limit = self._producer.config["max_request_size"]
        return (f"article too large to publish: {size / 1e6:.1f} MB serialised, over the "
                f"{limit / 1e6:.1f} MB the producer sends in one request")

    @staticmethod
    def _failed(report: PublishReport, location: str) -> Callable[[Exception], None]:
        def failed(err: Exception) -> None:
            report.rejected.append((location, f"delivery failed: {err}"))

        return failed

    def flush(self, timeout: float | None = None) -> None:
        self._producer.flush(timeout=timeout)

    def close(self) -> None:
        self._producer.close()

    def __enter__(self) -> Publisher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.flush()
        self.close()
