"""The child-process wrapper the demo, the pipeline benchmark and these tests start workers with."""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.child_process import ClaimwatchChild
from pipeline.dashboard.runner import SERVING_MESSAGE
from pipeline.settings import Settings


def test_the_child_gets_the_settings_and_its_output_lands_in_the_log(tmp_path: Path) -> None:
    settings = Settings(topic_flagged="child-flagged-topic")
    child = ClaimwatchChild(["config"], settings, tmp_path / "child.log")
    assert child.wait_for_log("child-flagged-topic", timeout=60)
    assert child.proc.wait(60) == 0
    assert child.stop() == 0  # stopping a child that has exited only reports its status


def test_waiting_ends_as_soon_as_the_child_exits_without_the_line(tmp_path: Path) -> None:
    child = ClaimwatchChild(["no-such-command"], Settings(), tmp_path / "child.log")
    began = time.monotonic()
    assert not child.wait_for_log("never printed", timeout=120)
    assert time.monotonic() - began < 60  # the child's exit ended the wait, not the timeout
    assert child.poll() == 2  # click's usage error
    assert "No such command" in child.log_text()


def test_an_earlier_runs_line_in_the_same_log_does_not_count(tmp_path: Path) -> None:
    log = tmp_path / "child.log"
    log.write_text("ready: serving (from yesterday)\n")
    child = ClaimwatchChild(["no-such-command"], Settings(), log)
    assert not child.wait_for_log("ready: serving", timeout=60)
    assert "from yesterday" not in child.log_text()
    assert "from yesterday" in log.read_text()  # appended to, never truncated


def test_stop_ends_a_running_child_and_returns_its_status(
    tmp_path: Path, unused_port: int
) -> None:
    # the dashboard serves until stopped, broker or not (its feed keeps retrying)
    settings = Settings(bootstrap_servers="127.0.0.1:9", dashboard_host="127.0.0.1",
                        dashboard_port=unused_port)
    child = ClaimwatchChild(["dashboard"], settings, tmp_path / "child.log", own_session=True)
    assert child.wait_for_log(SERVING_MESSAGE, timeout=60), child.log_text()
    assert child.poll() is None
    status = child.stop(grace=30)
    assert status == 0 and child.poll() == 0
