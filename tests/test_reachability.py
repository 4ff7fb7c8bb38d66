"""The checks that a Kafka broker answers at the address: a TCP probe, then a client."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

from pipeline.publish import Publisher
from pipeline.reachability import silent_address
from pipeline.settings import Settings


def test_a_listening_address_passes_even_after_a_dead_one(unused_port: int) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        settings = Settings(bootstrap_servers=f"127.0.0.1:{unused_port},127.0.0.1:{port}")
        assert silent_address(settings) is None


def test_a_dead_address_says_why(unused_port: int) -> None:
    why = silent_address(Settings(bootstrap_servers=f"127.0.0.1:{unused_port}"))
    assert why == "nothing listens there: Connection refused"


def test_an_address_without_a_port_is_named() -> None:
    with pytest.raises(ValueError, match=r"'127\.0\.0\.1:nine' is not HOST:PORT"):
        Settings(bootstrap_servers="127.0.0.1:nine")  # settings refuse it first …
    # … and the probe, handed unchecked settings, names it rather than crash
    unchecked = Settings.model_construct(bootstrap_servers="127.0.0.1:nine")
    why = silent_address(unchecked)
    assert why == "nothing listens there: 127.0.0.1:nine is not HOST:PORT"


def test_a_listener_that_is_not_kafka_is_one_line_not_the_client_s_log() -> None:
    # Before: the one-shot commands passed the TCP probe, then waited out kafka-python's 30 s
    # bootstrap, logging 20 to 50 lines before their own error.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()  # accepts, never answers: an HTTP server, a TLS port, a controller
        address = f"127.0.0.1:{server.getsockname()[1]}"
        proc = subprocess.run([sys.executable, "-m", "pipeline", "topics", "-b", address],
                              capture_output=True, text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"Error: no Kafka broker answers at {address} (something listens there, but no Kafka "
        "broker answers with these settings: KafkaTimeoutError: Unable to bootstrap from "
        f"['{address}']; check --bootstrap-servers, CLAIMWATCH_BOOTSTRAP_SERVERS and the "
        "security settings; `claimwatch broker start` runs a local broker)"]


def test_the_python_publisher_says_at_once_that_nothing_listens(unused_port: int) -> None:
    # before: kafka-python waited its timeout, then raised a bare "Unable to bootstrap"
    settings = Settings(_env_file=None, bootstrap_servers=f"127.0.0.1:{unused_port}")
    started = time.monotonic()
    with pytest.raises(ConnectionError, match=f"no Kafka broker at 127.0.0.1:{unused_port}: "
                                              "nothing listens there"):
        Publisher(settings)
    assert time.monotonic() - started < 10
