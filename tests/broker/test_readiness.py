from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.broker.errors import BrokerError
from pipeline.broker.readiness import STARTED_LINE, admin_healthy, log_tail, wait_ready


def test_ready_needs_the_log_line_and_a_healthy_client(tmp_path: Path) -> None:
    log = tmp_path / "broker.log"
    log.write_text(f"boot\n[x] INFO [KafkaRaftServer nodeId=1] {STARTED_LINE} (k)\n")
    asked: list[str] = []

    def healthy(bootstrap: str) -> bool:
        asked.append(bootstrap)
        return len(asked) >= 2

    wait_ready(alive=lambda: True, log_file=log, log_offset=0, bootstrap="b:1", healthy=healthy)
    assert asked == ["b:1", "b:1"]


def test_log_line_before_the_offset_does_not_count(tmp_path: Path) -> None:
    log = tmp_path / "broker.log"
    log.write_text(f"{STARTED_LINE}\nrestarting\n")
    with pytest.raises(BrokerError, match="did not log"):
        wait_ready(
            alive=lambda: True,
            log_file=log,
            log_offset=len(STARTED_LINE) + 1,
            bootstrap="b:1",
            timeout_s=0.6,
            healthy=lambda _: True,
        )


def test_dead_process_fails_with_the_log_tail(tmp_path: Path) -> None:
    log = tmp_path / "broker.log"
    log.write_text("ERROR Exiting Kafka due to fatal exception: address in use\n")
    with pytest.raises(BrokerError, match=r"(?s)exited during start-up.*address in use"):
        wait_ready(alive=lambda: False, log_file=log, log_offset=0, bootstrap="b:1")


def test_unhealthy_broker_times_out_naming_the_stage(tmp_path: Path) -> None:
    log = tmp_path / "broker.log"
    log.write_text(STARTED_LINE)
    with pytest.raises(BrokerError, match="admin request"):
        wait_ready(
            alive=lambda: True,
            log_file=log,
            log_offset=0,
            bootstrap="b:1",
            timeout_s=0.6,
            healthy=lambda _: False,
        )


def test_log_tail_of_missing_file(tmp_path: Path) -> None:
    assert "no broker log" in log_tail(tmp_path / "absent.log")


def test_nothing_listening_is_not_healthy(unused_port: int) -> None:
    assert not admin_healthy(f"127.0.0.1:{unused_port}", timeout_s=1.0)
