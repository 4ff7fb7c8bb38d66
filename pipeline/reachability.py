"""Whether anything listens at the configured Kafka address, in about a second.

kafka-python retries an address nothing listens on for its whole request timeout (30 s and
more), logging each attempt; a plain TCP connection answers the common mistake (no broker
started, a wrong port) at once. It proves nothing about the protocol or the security
settings: a client still has to connect for real.

>>> from pipeline.settings import Settings
>>> silent_address(Settings(bootstrap_servers="127.0.0.1:9"))
'nothing listens there: Connection refused'
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable

from kafka import KafkaAdminClient

from pipeline.settings import Settings

__all__ = ["broker_problem", "silent_address", "wait_for_broker"]


def silent_address(settings: Settings, timeout: float = 1.0) -> str | None:
    """Why no bootstrap server accepts a TCP connection, or None when one does."""
    why = ""
    for server in settings.bootstrap_list():
        host, _, port = server.rpartition(":")
        try:
            with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
                return None
        except ValueError:
            why = f"{server} is not HOST:PORT"
        except OSError as err:
            why = err.strerror or type(err).__name__
    return f"nothing listens there: {why}"


def broker_problem(settings: Settings) -> str | None:
    """Why no Kafka broker answers (None if one does): the TCP probe first, so a dead address
    fails in a second, then a real admin client, which also tries the security settings.

    kafka-python's own error lines are held back meanwhile: the answer is the one line.
    """
    if (why := silent_address(settings)) is not None:
        return why
    kafka_log = logging.getLogger("kafka")
    level = kafka_log.level
    kafka_log.setLevel(logging.CRITICAL)
    try:
        admin = KafkaAdminClient(**settings.client_config(request_timeout_ms=10_000,
                                                          bootstrap_timeout_ms=8_000))
    except Exception as err:  # kafka-python raises NoBrokersAvailable, SSL and SASL errors
        name, text = type(err).__name__, str(err)
        said = text if text.startswith(name) else f"{name}: {text}" if text else name
        return f"something listens there, but no Kafka broker answers with these settings: {said}"
    finally:
        kafka_log.setLevel(level)
    admin.close()
    return None


def wait_for_broker(
    settings: Settings,
    say: Callable[[str], None],
    first_delay: float = 2.0,
    max_delay: float = 30.0,
) -> None:
    """Return once a broker answers; until then say why not, once per try, backing off.

    For services (the worker), which wait for their broker rather than fail; Ctrl-C or a
    signal handler that raises ends the wait.
    """
    delay = first_delay
    while (why := broker_problem(settings)) is not None:
        say(f"no Kafka broker answers at {settings.bootstrap_servers} ({why}); "
            f"retrying in {delay:.0f}s")
        time.sleep(delay)
        delay = min(delay * 2, max_delay)
