"""Test-session fixtures shared by every test package; the ONE place a test broker is started.

Kafka fixtures (start the broker lazily, only when a test asks for them):

``kafka_bootstrap`` (session, ``str``)
    ``host:port`` of a real Kafka broker. ``CLAIMWATCH_TEST_BOOTSTRAP`` names an external one
    (CI service, your own ``claimwatch broker start``); otherwise a private single-node broker is
    started on free loopback ports in a temporary home and stopped at the end of the session.
``kafka_settings`` (function, ``Settings``)
    Settings pointing at that broker, with topic names and worker group suffixed by a fresh uuid
    and ``home`` under the test's ``tmp_path``, so tests never see each other's data.

Tests using them are marked ``kafka`` automatically (``pytest -m "not kafka"`` skips the broker).
Jars are cached across sessions in ``CLAIMWATCH_TEST_KAFKA_CACHE`` (default
``~/.cache/claimwatch``), as ``<cache>/kafka/<version>/lib``; only the first session downloads.
"""

from __future__ import annotations

import atexit
import logging
import os
import socket
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.broker import LocalBroker
from pipeline.child_process import ClaimwatchChild
from pipeline.settings import SecurityProtocol, Settings

# Every test that uses the jar cache starts a broker of its own.
KAFKA_FIXTURES = frozenset({"kafka_bootstrap", "kafka_settings", "kafka_jar_cache"})
# Where the shared data is: where, not how, so a developer's setting may stay.
_KEPT_VARIABLES = frozenset({"CLAIMWATCH_EVAL_DIR", "CLAIMWATCH_BENCH_POLNEAR"})


def pytest_configure(config: pytest.Config) -> None:
    """Tests run on the defaults, not on the developer's exported ``CLAIMWATCH_*`` settings
    (a ``CLAIMWATCH_LOG_LEVEL=WARNING`` would hide the lines workers report ready with)."""
    for name in list(os.environ):
        if name.startswith("CLAIMWATCH_") and not name.startswith("CLAIMWATCH_TEST_") and (
                name not in _KEPT_VARIABLES):
            del os.environ[name]


def _free_ports(count: int) -> list[int]:
    # all sockets stay open until every port is picked, so the kernel hands out distinct ones
    socks = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def jar_cache() -> Path:
    """Where test sessions keep Kafka's jars between runs."""
    configured = os.environ.get("CLAIMWATCH_TEST_KAFKA_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "claimwatch"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if KAFKA_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.kafka)


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    external = os.environ.get("CLAIMWATCH_TEST_BOOTSTRAP")
    if external:
        yield external
        return
    port, controller_port = _free_ports(2)
    settings = Settings(
        _env_file=None,
        home=tmp_path_factory.mktemp("kafka-home"),
        broker_port=port,
        broker_controller_port=controller_port,
    )

    def progress(message: str) -> None:
        # the first session resolves ~45 MB of jars: say so rather than look hung
        sys.stderr.write(f"[test broker] {message}\n")

    broker = LocalBroker(settings, jar_root=jar_cache(), die_with_parent=True, progress=progress)
    # the kernel stops the broker if pytest is killed (die_with_parent); atexit covers an
    # interpreter exit that skips fixture teardown
    atexit.register(broker.stop)
    try:
        result = broker.start()
        logging.getLogger(__name__).info("test broker %s: %s", result.status.bootstrap, result)
        yield result.status.bootstrap
    finally:
        broker.stop()
        atexit.unregister(broker.stop)


@pytest.fixture
def kafka_settings(kafka_bootstrap: str, tmp_path: Path) -> Settings:
    suffix = uuid.uuid4().hex[:12]
    return Settings(
        _env_file=None,
        bootstrap_servers=kafka_bootstrap,
        security_protocol=SecurityProtocol.PLAINTEXT,
        sasl_mechanism=None,
        topic_articles=f"articles-{suffix}",
        topic_claims=f"claims-{suffix}",
        topic_flagged=f"claims.flagged-{suffix}",
        topic_dlq=f"articles.dlq-{suffix}",
        worker_group=f"claimwatch-worker-{suffix}",
        home=tmp_path / "claimwatch-home",
    )


@pytest.fixture(scope="session")
def kafka_jar_cache() -> Path:
    """The persistent jar cache, for tests that run a LocalBroker of their own."""
    return jar_cache()


@pytest.fixture
def unused_port() -> int:
    """A loopback TCP port nothing listens on right now."""
    return _free_ports(1)[0]


@pytest.fixture
def unused_ports() -> Callable[[int], list[int]]:
    """``unused_ports(n)``: n distinct loopback TCP ports nothing listens on right now."""
    return _free_ports


class WorkerProcess(ClaimwatchChild):
    """A real ``claimwatch worker`` child process, configured by ``Settings``."""

    def __init__(self, settings: Settings, log_path: Path) -> None:
        # the kernel stops it with pytest, even a killed pytest (its broker stops too)
        super().__init__(["worker"], settings, log_path, die_with_parent=True)

    def wait_ready(self, timeout: float = 90.0) -> None:
        from pipeline.worker import READY_MESSAGE

        if not self.wait_for_log(READY_MESSAGE, timeout):
            raise AssertionError(f"worker not ready; its log:\n{self.log_text()[-4000:]}")


@pytest.fixture
def worker_factory(
    kafka_settings: Settings, tmp_path: Path
) -> Iterator[Callable[[], WorkerProcess]]:
    """``worker_factory()`` starts one more worker on ``kafka_settings`` and waits for it."""
    started: list[WorkerProcess] = []

    def start() -> WorkerProcess:
        worker = WorkerProcess(kafka_settings, tmp_path / f"worker-{len(started)}.log")
        started.append(worker)
        worker.wait_ready()
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def running_worker(worker_factory: Callable[[], WorkerProcess]) -> WorkerProcess:
    """One worker, running for the duration of the test."""
    return worker_factory()
