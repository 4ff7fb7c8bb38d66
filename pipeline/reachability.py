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

import socket

from pipeline.settings import Settings

__all__ = ["silent_address"]


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
