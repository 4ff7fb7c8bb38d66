"""The one-second check that something listens at the Kafka address."""

from __future__ import annotations

import socket

import pytest

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
