"""A deadline on a worker's graceful stop: past it, the process exits without waiting more.

faust stops a worker gracefully on SIGINT or SIGTERM: it waits for the acks in flight,
commits, and leaves the consumer group. While the group is rebalancing (a member died
without leaving), leaving waits for the rebalance, which can take the whole session timeout
(a minute). Neither a person pressing Ctrl-C nor a supervisor should wait that long, so past
:data:`STOP_DEADLINE_S` the process exits. Nothing is lost: an article whose offset was not
committed is read again on restart, and reprocessing an article is idempotent (its claims
keep their ids, and what it no longer yields is retracted).
"""

from __future__ import annotations

import logging
import os
import signal
import threading

import faust

__all__ = ["STOP_DEADLINE_S", "DeadlineWorker"]

log = logging.getLogger("claimwatch.worker")

STOP_DEADLINE_S = 15.0


def _exit_after(seconds: float) -> None:
    def give_up() -> None:
        log.warning("the worker has not stopped %.0f s after the signal (the consumer group is "
                    "probably rebalancing); exiting now: articles whose offsets were not "
                    "committed are read again on restart", seconds)
        logging.shutdown()
        os._exit(0)  # the documented status of a worker stopped by a signal

    timer = threading.Timer(seconds, give_up)
    timer.daemon = True  # a stop that finishes in time exits without waiting for it
    timer.start()


class DeadlineWorker(faust.Worker):
    """A faust worker whose stop on a signal ends within ``stop_deadline`` seconds."""

    stop_deadline: float = STOP_DEADLINE_S

    def _repr_name(self) -> str:
        return "Worker"  # faust's log lines stay as they were ("[^Worker]: Ready")

    def _schedule_shutdown(self, signum: signal.Signals) -> None:
        if not self._signal_stop_time:  # the first signal; a second one changes nothing here
            _exit_after(self.stop_deadline)
        super()._schedule_shutdown(signum)
