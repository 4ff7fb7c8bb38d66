"""When the broker is really usable: its start-up log line, then a client round trip.

An open port is not enough: the socket server listens before the broker has registered with the
controller, and a client would then see no brokers in its metadata.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pipeline.broker.errors import BrokerError

__all__ = ["STARTED_LINE", "admin_healthy", "log_tail", "wait_ready"]

#: What ``KafkaRaftServer`` logs once broker and controller are both up.
STARTED_LINE = "Kafka Server started"


def log_tail(log_file: Path, lines: int = 40) -> str:
    try:
        text = log_file.read_text(errors="replace")
    except OSError:
        return "(no broker log)"
    return "\n".join(text.splitlines()[-lines:])


def _logged_since(log_file: Path, offset: int, needle: str) -> bool:
    try:
        with log_file.open("rb") as handle:
            handle.seek(offset)
            return needle.encode() in handle.read()
    except OSError:
        return False


def admin_healthy(bootstrap: str, timeout_s: float = 5.0) -> bool:
    """True when a kafka-python admin client sees an unfenced broker at ``bootstrap``."""
    # imported late: most CLI commands never talk to Kafka
    from kafka import KafkaAdminClient
    from kafka.errors import KafkaConfigurationError, KafkaError

    ms = int(timeout_s * 1000)
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=[bootstrap],
            client_id="claimwatch-broker-check",
            request_timeout_ms=ms,
            bootstrap_timeout_ms=ms,
        )
    except KafkaConfigurationError:
        raise  # our bug, not a broker that is still starting
    except (KafkaError, OSError):
        return False
    try:
        brokers = admin.describe_cluster().get("brokers") or []
        return any(not b.get("is_fenced", False) for b in brokers)
    except (KafkaError, OSError):
        return False
    finally:
        admin.close()


def wait_ready(
    *,
    alive: Callable[[], bool],
    log_file: Path,
    log_offset: int,
    bootstrap: str,
    timeout_s: float = 90.0,
    healthy: Callable[[str], bool] = admin_healthy,
) -> float:
    """Block until the broker logged :data:`STARTED_LINE` after ``log_offset`` and answers a client.

    Returns the seconds waited. Raises :class:`BrokerError` with the log's tail if the process
    exits or the deadline passes.
    """
    started = time.monotonic()
    deadline = started + timeout_s
    logged = False
    while time.monotonic() < deadline:
        if not alive():
            raise BrokerError(
                f"the Kafka broker exited during start-up; end of {log_file}:\n"
                + log_tail(log_file)
            )
        if not logged:
            logged = _logged_since(log_file, log_offset, STARTED_LINE)
        if logged and healthy(bootstrap):
            return time.monotonic() - started
        time.sleep(0.25)
    stage = "answer an admin request" if logged else f"log {STARTED_LINE!r}"
    raise BrokerError(
        f"the Kafka broker did not {stage} within {timeout_s:.0f}s; end of {log_file}:\n"
        + log_tail(log_file)
    )
