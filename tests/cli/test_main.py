"""The root command group: what every command shares."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path


def test_ctrl_c_in_any_command_exits_130_with_one_line(tmp_path: Path) -> None:
    # Before: click's "Aborted!" and status 1 (eval, bench), unlike the demo's 130.
    data = tmp_path / "many.jsonl"
    data.write_text("".join(f'{{"id": "{i}", "text": "Police said {i} cars burned.", '
                            f'"label": 1}}\n' for i in range(200_000)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "eval", "checkworthy", str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)
    try:
        assert proc.stderr is not None
        while "sentences:" not in proc.stderr.readline():  # it is under way
            assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1] == "interrupted" and "Traceback" not in err
    assert out == ""
