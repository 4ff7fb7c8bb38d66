"""Retried client errors are logged as what they are: INFO, not ERROR."""

from __future__ import annotations

import logging

from aiokafka.errors import GroupAuthorizationFailedError, GroupCoordinatorNotAvailableError

from pipeline.kafka_logs import RetriableAsInfo, calm_retriable_errors


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
