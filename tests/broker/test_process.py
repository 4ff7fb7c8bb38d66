from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from pipeline.broker.process import (
    is_alive,
    port_free,
    read_pid,
    runs_config,
    spawn_detached,
    terminate,
)


def _sleeper(ignore_term: bool = False) -> subprocess.Popen[bytes]:
    def ignore() -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)

    return subprocess.Popen(["sleep", "60"], preexec_fn=ignore if ignore_term else None)


def test_finished_child_is_not_alive() -> None:
    proc = subprocess.Popen(["true"])
    proc.wait()
    assert not is_alive(proc.pid)
    assert is_alive(os.getpid())


def test_zombie_child_is_reaped_and_not_alive() -> None:
    proc = _sleeper()
    os.kill(proc.pid, signal.SIGKILL)
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # dead, not yet reaped
    assert not is_alive(proc.pid)


def test_reused_pid_is_not_taken_for_the_broker(tmp_path: Path) -> None:
    proc = _sleeper()
    try:
        assert is_alive(proc.pid)
        assert not runs_config(proc.pid, tmp_path / "server.properties")
    finally:
        proc.kill()
        proc.wait()


def test_pid_file_parsing(tmp_path: Path) -> None:
    pid_file = tmp_path / "broker.pid"
    assert read_pid(pid_file) is None
    pid_file.write_text("1234\n")
    assert read_pid(pid_file) == 1234
    pid_file.write_text("garbage")
    assert read_pid(pid_file) is None


def test_port_free_sees_a_listener(unused_port: int) -> None:
    assert port_free(unused_port)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", unused_port))
        sock.listen()
        assert not port_free(unused_port)


def test_terminate_is_graceful_when_the_process_obeys() -> None:
    proc = _sleeper()
    assert terminate(proc.pid, grace_s=10) is False  # False: SIGTERM sufficed
    assert not is_alive(proc.pid)


def test_terminate_escalates_to_sigkill() -> None:
    proc = _sleeper(ignore_term=True)
    assert terminate(proc.pid, grace_s=0.5) is True
    assert not is_alive(proc.pid)


def test_spawned_process_has_its_own_session_and_log(tmp_path: Path) -> None:
    log = tmp_path / "out.log"
    proc = spawn_detached(
        [sys.executable, "-c", "import os; print('sid', os.getsid(0) == os.getpid())"],
        log_file=log,
        cwd=tmp_path,
    )
    assert proc.wait(timeout=10) == 0
    assert log.read_text().strip() == "sid True"


def test_die_with_parent_child_goes_when_its_parent_does(tmp_path: Path) -> None:
    # a middle process spawns the grandchild with die_with_parent, prints its pid and exits
    script = (
        "import sys; from pathlib import Path; from pipeline.broker.process import spawn_detached;"
        f"p = spawn_detached(['sleep', '60'], log_file=Path({str(tmp_path / 'g.log')!r}),"
        f" cwd=Path({str(tmp_path)!r}), die_with_parent=True); print(p.pid)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    grandchild = int(out.stdout.strip())
    # not our child, so poll the kernel's view; SIGTERM is delivered at the parent's exit
    deadline = time.monotonic() + 10
    while is_alive(grandchild) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not is_alive(grandchild)
