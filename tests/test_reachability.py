"""The one-second check that something listens at the Kafka address."""

from __future__ import annotations

import socket

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
    why = silent_address(Settings(bootstrap_servers="127.0.0.1:nine"))
    assert why == "nothing listens there: 127.0.0.1:nine is not HOST:PORT"
