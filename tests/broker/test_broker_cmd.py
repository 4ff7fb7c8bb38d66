"""``claimwatch broker``: lives here rather than tests/cli/ because tests/broker/ is this module's
owner's; it exercises pipeline/cli/broker_cmd.py."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.settings import Settings

Ports = Callable[[int], list[int]]


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, ["broker", *args])


def _where(home: Path, ports: list[int]) -> list[str]:
    return ["--home", str(home), "--port", str(ports[0]), "--controller-port", str(ports[1])]


def test_help_explains_the_subcommands() -> None:
    result = _run("--help")
    assert result.exit_code == 0
    for word in ("start", "stop", "status", "127.0.0.1", "Maven Central"):
        assert word in result.output


def test_status_of_nothing_exits_1(tmp_path: Path, unused_ports: Ports) -> None:
    result = _run("status", "--json", *_where(tmp_path, unused_ports(2)))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["running"] is False


def test_status_from_another_home_still_sees_a_broker_answering(
    kafka_bootstrap: str, tmp_path: Path, unused_port: int
) -> None:
    port = int(kafka_bootstrap.rsplit(":", 1)[1])
    result = _run("status", "--json", *_where(tmp_path, [port, unused_port]))
    assert result.exit_code == 1  # not running from this home
    info = json.loads(result.stdout)
    assert info["running"] is False and info["responding"] is True
    assert f"a broker answers at 127.0.0.1:{port}, but it was not started from" in result.stderr


def test_stop_of_nothing_succeeds(tmp_path: Path, unused_ports: Ports) -> None:
    result = _run("stop", *_where(tmp_path, unused_ports(2)))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no broker running" in result.stderr


def test_start_on_a_taken_port_fails_clearly(tmp_path: Path, unused_ports: Ports) -> None:
    ports = unused_ports(2)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", ports[0]))
        squatter.listen()
        result = _run("start", *_where(tmp_path, ports))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"127.0.0.1:{ports[0]}" in result.stderr and "already in use" in result.stderr


def test_equal_ports_are_a_usage_error(tmp_path: Path, unused_port: int) -> None:
    result = _run("status", *_where(tmp_path, [unused_port, unused_port]))
    assert result.exit_code == 2
    assert "must differ" in result.stderr


@pytest.mark.kafka
def test_start_prints_only_the_bootstrap_then_status_and_stop(
    tmp_path: Path, unused_ports: Ports, kafka_jar_cache: Path
) -> None:
    ports = unused_ports(2)
    where = _where(tmp_path, ports)
    version = Settings(_env_file=None).kafka_version
    # share the session's jar cache (the CLI has no flag for it) through a symlinked folder
    cached = kafka_jar_cache / "kafka" / version
    cached.mkdir(parents=True, exist_ok=True)
    (tmp_path / "kafka").mkdir()
    (tmp_path / "kafka" / version).symlink_to(cached)
    try:
        started = _run("start", "--kafka-version", version, *where)
        assert started.exit_code == 0, started.stderr
        assert started.stdout == f"127.0.0.1:{ports[0]}\n"
        assert "ready at" in started.stderr

        status = _run("status", "--json", *where)
        assert status.exit_code == 0
        info = json.loads(status.stdout)
        assert info["running"] is True and info["responding"] is True
        assert info["kafka_version"] == version and isinstance(info["pid"], int)

        again = _run("start", *where)
        assert again.exit_code == 0 and "reusing" in again.stderr
    finally:
        stopped = _run("stop", *where)
    assert stopped.exit_code == 0 and "stopped in" in stopped.stderr
    assert _run("status", *where).exit_code == 1
