"""Retried client errors are logged as what they are: INFO, not ERROR."""

from __future__ import annotations

import logging

from aiokafka.errors import GroupAuthorizationFailedError, GroupCoordinatorNotAvailableError

from pipeline.kafka_logs import RepeatLimiter, RetriableAsInfo, calm_retriable_errors


def _record(err: Exception) -> logging.LogRecord:
    return logging.LogRecord("aiokafka.consumer.group_coordinator", logging.ERROR, "", 0,
                             "Group Coordinator Request failed: %s", (err,), None)


def test_a_retried_error_is_info_and_a_final_one_stays_an_error() -> None:
    # Before: a worker's first start on a fresh broker logged this retried lookup as ERROR.
    retried, final = _record(GroupCoordinatorNotAvailableError()), _record(
        GroupAuthorizationFailedError())
    assert RetriableAsInfo().filter(retried) and retried.levelname == "INFO"
    assert RetriableAsInfo().filter(final) and final.levelname == "ERROR"


def test_the_filter_is_attached_once() -> None:
    calm_retriable_errors()
    calm_retriable_errors()
    logger = logging.getLogger("aiokafka.consumer.group_coordinator")
    assert sum(isinstance(f, RetriableAsInfo) for f in logger.filters) == 1


def test_a_repeated_outage_line_is_let_through_once_per_interval() -> None:
    now = [0.0]
    limiter = RepeatLimiter(10.0, clock=lambda: now[0])

    def line(msg: str) -> logging.LogRecord:
        return logging.LogRecord("aiokafka.client", logging.ERROR, "", 0, msg, (), None)

    passed = []
    for tick in range(400):  # 40 lines a second for 10 s, two kinds of line
        now[0] = tick / 40
        passed.append(limiter.filter(line("Unable connect to node with id 1")))
        limiter.filter(line("Unable to update metadata from [1]"))
    assert passed.count(True) == 1
    now[0] = 10.5
    record = line("Unable connect to node with id 1")
    assert limiter.filter(record)
    assert record.getMessage().endswith("(399 more like it in the last 10s not shown)")
    debug = logging.LogRecord("aiokafka.client", logging.DEBUG, "", 0, "sent", (), None)
    assert all(limiter.filter(debug) for _ in range(3))  # debugging shows every line


def test_the_limiter_is_attached_once_where_aiokafka_logs_its_tries() -> None:
    calm_retriable_errors()
    calm_retriable_errors()
    for name in ("aiokafka", "aiokafka.consumer.fetcher"):  # (the client logs as "aiokafka")
        logger = logging.getLogger(name)
        assert sum(isinstance(f, RepeatLimiter) for f in logger.filters) == 1
