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

__all__ = ["RetriableAsInfo", "calm_retriable_errors"]


class RetriableAsInfo(logging.Filter):
    """Lowers ERROR records about an error the client retries by itself to INFO."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and any(
                getattr(arg, "retriable", False) for arg in record.args or ()):
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def calm_retriable_errors() -> None:
    """Attach :class:`RetriableAsInfo` where aiokafka logs its retried lookups."""
    for name in ("aiokafka.consumer.group_coordinator", "aiokafka.conn"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RetriableAsInfo) for f in logger.filters):
            logger.addFilter(RetriableAsInfo())
