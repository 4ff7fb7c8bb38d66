"""The broker's JVM as an operating-system process: spawn it detached, find it again, stop it.

A pid file alone cannot be trusted (the broker may have died and the pid been reused), so a pid only
counts as the broker when ``/proc/<pid>/cmdline`` runs ``kafka.Kafka`` with this home's config file.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = [
    "is_alive",
    "port_free",
    "read_pid",
    "runs_config",
    "set_parent_death_signal",
    "spawn_detached",
    "terminate",
]

_PR_SET_PDEATHSIG = 1


def read_pid(pid_file: Path) -> int | None:
    try:
        text = pid_file.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def is_alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (a zombie child of ours is reaped here)."""
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)
        if reaped == pid:
            return False
    except ChildProcessError:
        pass  # not our child: only the kernel's view below applies
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    # field 3 is the state; the command name in field 2 may itself hold spaces and parentheses
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def runs_config(pid: int, config: Path) -> bool:
    """True when ``pid`` is a live ``kafka.Kafka`` JVM started with exactly ``config``."""
    if not is_alive(pid):
        return False
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"kafka.Kafka" in argv and os.fsencode(str(config)) in argv


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when a listener could bind ``host:port`` now (the JVM also sets SO_REUSEADDR)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def set_parent_death_signal() -> None:
    # Runs in the child between fork and exec: the kernel sends SIGTERM when the parent exits,
    # even on SIGKILL, which no atexit handler survives.
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def spawn_detached(
    argv: Sequence[str], *, log_file: Path, cwd: Path, die_with_parent: bool = False
) -> subprocess.Popen[bytes]:
    """Start ``argv`` in its own session with output appended to ``log_file``.

    Its own session keeps Ctrl-C in the terminal (and the CLI exiting) from reaching the broker.
    ``die_with_parent`` ties its life to this process instead (tests, the demo). The kernel
    tracks the *thread* that spawned it, so call this from a thread that lives as long as the
    broker should (the main thread, normally).
    """
    preexec: Callable[[], None] | None = set_parent_death_signal if die_with_parent else None
    with log_file.open("ab") as log:
        return subprocess.Popen(
            list(argv),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            start_new_session=True,
            preexec_fn=preexec,  # only calls prctl, safe between fork and exec
        )


def _wait_gone(pid: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not is_alive(pid):
            return True
        time.sleep(0.1)
    return not is_alive(pid)


def terminate(pid: int, *, grace_s: float = 30.0) -> bool:
    """SIGTERM (Kafka's shutdown hook closes logs cleanly), then SIGKILL after ``grace_s``.

    Returns True when the process had to be killed.
    """
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    if _wait_gone(pid, grace_s):
        return False
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    _wait_gone(pid, 10.0)
    return True
