"""A ``claimwatch`` subcommand run as a child process, as the demo, the pipeline benchmark
and the integration tests start workers and the dashboard.

The child gets the parent's environment plus the settings as ``CLAIMWATCH_*`` variables, so
it sees exactly the configuration the parent resolved from flags, and writes its stdout and
stderr to one log file, which is also how the parent learns that it is ready: workers and
the dashboard log a fixed line once they serve.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.broker.process import set_parent_death_signal
from pipeline.settings import Settings

__all__ = ["ClaimwatchChild"]


class ClaimwatchChild:
    """``python -m pipeline ARGS`` with ``settings`` in its environment, logging to ``log_path``.

    ``own_session`` puts the child in a session of its own, so a Ctrl-C typed at the
    parent's terminal reaches the parent alone, which then stops its children in order;
    ``die_with_parent`` has the kernel stop the child when the parent dies, even by SIGKILL.
    """

    def __init__(
        self,
        args: Sequence[str],
        settings: Settings,
        log_path: Path,
        *,
        extra_env: Mapping[str, str] | None = None,
        own_session: bool = False,
        die_with_parent: bool = False,
    ) -> None:
        self.log_path = log_path
        env = {**os.environ, **settings.to_env(), **(extra_env or {})}
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("ab") as log:
            # Logs are appended to, so an earlier run's "ready" line must not count as this one's.
            self._log_start = log.tell()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "pipeline", *args],
                env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=own_session,
                preexec_fn=set_parent_death_signal if die_with_parent else None,
            )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def poll(self) -> int | None:
        """The exit status, or None while the child runs."""
        return self.proc.poll()

    def log_text(self) -> str:
        """What this child has logged (the file may also hold earlier runs' lines)."""
        try:
            with self.log_path.open("rb") as log:
                log.seek(self._log_start)
                return log.read().decode(errors="replace")
        except FileNotFoundError:
            return ""

    def last_log_line(self) -> str:
        lines = self.log_text().strip().splitlines()
        return lines[-1] if lines else "(empty log)"

    def wait_for_log(self, message: str, timeout: float) -> bool:
        """Whether ``message`` shows in the log within ``timeout`` seconds; False as soon as
        the child exits without it."""
        deadline = time.monotonic() + timeout
        while True:
            if message in self.log_text():
                return True
            if self.proc.poll() is not None or time.monotonic() >= deadline:
                return False
            time.sleep(0.2)

    def terminate(self) -> None:
        """Ask the child to stop (SIGTERM: workers and the dashboard stop gracefully)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)

    def stop(self, grace: float = 30.0) -> int:
        """SIGTERM, then SIGKILL after ``grace`` seconds; returns the exit status."""
        self.terminate()
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return self.proc.returncode
