"""Kafka client log lines that read as failures but are part of normal operation.

A worker's first start on a fresh broker logs aiokafka's "Group Coordinator Request
failed: [Error 15] GroupCoordinatorNotAvailableError" while the broker creates its offsets
topic; aiokafka retries by itself, so that line is an INFO, not an ERROR.

>>> import logging
>>> from aiokafka.errors import GroupCoordinatorNotAvailableError
>>> record = logging.LogRecord("aiokafka.consumer.group_coordinator", logging.ERROR, "", 0,
...     "Group Coordinator Request failed: %s", (GroupCoordinatorNotAvailableError(),), None)
>>> RetriableAsInfo().filter(record), record.levelname
(True, 'INFO')
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping

__all__ = ["KafkaClientRepeatLimiter", "RepeatLimiter", "RetriableAsInfo", "calm_retriable_errors"]


class RetriableAsInfo(logging.Filter):
    """Lowers ERROR records about an error the client retries by itself to INFO."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and any(
                getattr(arg, "retriable", False) for arg in record.args or ()):
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


class RepeatLimiter(logging.Filter):
    """Lets one line of a kind through every ``interval`` seconds and says how many it held
    back: while a broker is down aiokafka logs "Unable connect to node", "Failed fetch
    messages" and "Unable to update metadata" some 40 times a second.

    >>> now = [0.0]
    >>> limiter = RepeatLimiter(10.0, clock=lambda: now[0])
    >>> def line(): return logging.LogRecord("aiokafka.client", logging.ERROR, "", 0,
    ...                                     "Unable connect to node with id %s", (1,), None)
    >>> [limiter.filter(line()) for _ in range(3)]
    [True, False, False]
    >>> now[0] = 11.0
    >>> record = line()
    >>> limiter.filter(record), record.getMessage()
    (True, 'Unable connect to node with id 1 (2 more like it in the last 11s not shown)')
    """

    def __init__(self, interval: float = 10.0, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        super().__init__()
        self.interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO:  # (INFO too: retried lookups are INFO, see above)
            return True
        key = (record.name, str(record.msg))
        now = self._clock()
        with self._lock:
            last, held = self._seen.get(key, (None, 0))
            if last is not None and now - last < self.interval:
                self._seen[key] = (last, held + 1)
                return False
            self._seen[key] = (now, 0)
        if held and last is not None and not isinstance(record.args, Mapping):
            # kept as a template and its arguments: faust's formatter reformats the arguments
            msg = str(record.msg) if record.args else str(record.msg).replace("%", "%%")
            record.msg = msg + " (%d more like it in the last %.0fs not shown)"
            record.args = (*(record.args or ()), held, now - last)
        return True


class KafkaClientRepeatLimiter(RepeatLimiter):
    """A :class:`RepeatLimiter` for a handler: limits only the Kafka clients' own lines.

    kafka-python logs each failed try from a dozen modules whose names change between
    releases ("No node available for metadata refresh" about once a second while the
    broker is away), so the limit sits on the handler and picks the clients' records by
    logger name; claimwatch's own lines, such as one warning per skipped record, all pass.

    >>> limiter = KafkaClientRepeatLimiter(clock=lambda: 0.0)
    >>> def line(name): return logging.LogRecord(name, logging.WARNING, "", 0, "retry", (), None)
    >>> [limiter.filter(line("kafka.cluster")) for _ in range(3)]
    [True, False, False]
    >>> [limiter.filter(line("pipeline.dashboard")) for _ in range(2)]
    [True, True]
    """

    _CLIENTS = ("kafka", "aiokafka")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.split(".", 1)[0] not in self._CLIENTS:
            return True
        return super().filter(record)


# Where aiokafka logs each failed try while a broker is away
_RETRYING_LOGGERS = ("aiokafka", "aiokafka.consumer.fetcher", "aiokafka.conn",
                     "aiokafka.consumer.group_coordinator", "aiokafka.producer.sender",
                     "aiokafka.producer.producer")


def calm_retriable_errors() -> None:
    """Attach :class:`RetriableAsInfo` where aiokafka logs its retried lookups, and a
    :class:`RepeatLimiter` where it logs each failed try while the broker is away."""
    for name in ("aiokafka.consumer.group_coordinator", "aiokafka.conn"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RetriableAsInfo) for f in logger.filters):
            logger.addFilter(RetriableAsInfo())
    for name in _RETRYING_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RepeatLimiter) for f in logger.filters):
            logger.addFilter(RepeatLimiter())
