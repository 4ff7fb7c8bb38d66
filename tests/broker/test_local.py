from __future__ import annotations

import socket
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from kafka import KafkaAdminClient

from pipeline.broker import BrokerError, LocalBroker
from pipeline.settings import Settings

Ports = Callable[[int], list[int]]


def _settings(home: Path, ports: list[int]) -> Settings:
    return Settings(
        _env_file=None, home=home, broker_port=ports[0], broker_controller_port=ports[1]
    )


# ----------------------------------------------------------------------------- no Java needed
def test_stale_pid_file_counts_as_not_running(tmp_path: Path, unused_ports: Ports) -> None:
    broker = LocalBroker(_settings(tmp_path, unused_ports(2)))
    dead = subprocess.Popen(["true"])
    dead.wait()
    broker.dir.mkdir(parents=True)
    broker.pid_file.write_text(f"{dead.pid}\n")
    assert not broker.status().running
    assert broker.stop().was_running is False
    assert not broker.pid_file.exists()


def test_pid_of_some_other_process_is_not_the_broker(tmp_path: Path, unused_ports: Ports) -> None:
    broker = LocalBroker(_settings(tmp_path, unused_ports(2)))
    other = subprocess.Popen(["sleep", "60"])
    try:
        broker.dir.mkdir(parents=True)
        broker.pid_file.write_text(f"{other.pid}\n")
        status = broker.status()
        assert (status.running, status.pid) == (False, None)
        assert broker.stop().was_running is False
        assert other.poll() is None  # stop() never signals a process that is not the broker
    finally:
        other.kill()
        other.wait()


def test_port_taken_by_another_process_is_a_clear_error(
    tmp_path: Path, unused_ports: Ports
) -> None:
    ports = unused_ports(2)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", ports[0]))
        squatter.listen()
        with pytest.raises(BrokerError, match=rf"127\.0\.0\.1:{ports[0]} .*already in use"):
            LocalBroker(_settings(tmp_path, ports)).start()


def test_client_and_controller_ports_must_differ(tmp_path: Path, unused_port: int) -> None:
    with pytest.raises(BrokerError, match="must differ"):
        LocalBroker(_settings(tmp_path, [unused_port, unused_port]))


def test_status_describes_the_home(tmp_path: Path, unused_ports: Ports) -> None:
    ports = unused_ports(2)
    status = LocalBroker(_settings(tmp_path / "h", ports)).status()
    data = status.as_dict()
    assert data["running"] is False
    assert data["bootstrap"] == f"127.0.0.1:{ports[0]}"
    assert data["data_dir"] == str(tmp_path / "h" / "kafka" / "broker" / "data")


# ----------------------------------------------------------------------------- real broker
@pytest.mark.kafka
def test_start_reuse_stop_restart(
    tmp_path: Path, unused_ports: Ports, kafka_jar_cache: Path
) -> None:
    ports = unused_ports(2)
    settings = _settings(tmp_path / "home", ports)
    broker = LocalBroker(settings, jar_root=kafka_jar_cache, die_with_parent=True)
    try:
        first = broker.start()
        assert not first.reused and first.formatted
        assert first.status.running and first.status.pid is not None
        assert broker.pid_file.read_text().strip() == str(first.status.pid)

        # another process (a second `claimwatch broker start`) finds and reuses it
        second = LocalBroker(settings, jar_root=kafka_jar_cache).start()
        assert second.reused and second.status.pid == first.status.pid

        # "--fresh" cannot wipe a running broker's data (before: silently reused it)
        with pytest.raises(BrokerError, match="stop it first"):
            LocalBroker(settings, jar_root=kafka_jar_cache).start(fresh=True)

        moved = settings.model_copy(update={"broker_port": unused_ports(1)[0]})
        with pytest.raises(BrokerError, match="already runs"):
            LocalBroker(moved, jar_root=kafka_jar_cache).start()

        admin = KafkaAdminClient(bootstrap_servers=first.status.bootstrap)
        admin.create_topics({"kept": {"num_partitions": 1, "replication_factor": 1}})
        admin.close()

        stopped = broker.stop()
        assert stopped.was_running and not stopped.killed
        assert not broker.status().running and not broker.pid_file.exists()
        assert broker.stop().was_running is False

        again = broker.start()
        assert not again.reused and not again.formatted and again.status.pid != first.status.pid
        admin = KafkaAdminClient(bootstrap_servers=again.status.bootstrap)
        try:
            assert "kept" in admin.list_topics()  # same data directory across restarts
        finally:
            admin.close()
    finally:
        broker.stop()


@pytest.mark.kafka
def test_broken_start_fails_with_the_log_and_cleans_up(
    tmp_path: Path, unused_ports: Ports, kafka_jar_cache: Path
) -> None:
    ports = unused_ports(2)
    broker = LocalBroker(_settings(tmp_path, ports), jar_root=kafka_jar_cache)
    # a data dir that looks formatted but is not makes the JVM exit during start-up
    broker.data_dir.mkdir(parents=True)
    (broker.data_dir / "meta.properties").write_text("version=1\nnode.id=99\n")
    with pytest.raises(
        BrokerError, match=r"(?s)exited during start-up.*No readable meta\.properties"
    ):
        broker.start()
    assert not broker.status().running and not broker.pid_file.exists()


@pytest.mark.kafka
def test_data_formatted_for_another_controller_port_is_refused(
    tmp_path: Path, unused_ports: Ports, kafka_jar_cache: Path
) -> None:
    ports = unused_ports(3)
    first = LocalBroker(_settings(tmp_path, ports[:2]), jar_root=kafka_jar_cache)
    first.start()
    first.stop()
    moved = LocalBroker(_settings(tmp_path, [ports[0], ports[2]]), jar_root=kafka_jar_cache)
    with pytest.raises(BrokerError, match="--fresh"):
        moved.start()
    fresh = moved.start(fresh=True)
    try:
        assert fresh.formatted and fresh.status.running
    finally:
        moved.stop()
