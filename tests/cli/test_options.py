"""Option checks shared by the commands (:mod:`pipeline.cli.options` and click ranges): a bad
value is refused with a usage error before anything connects or starts."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.cli.options import setup_logging


@pytest.mark.parametrize(
    ("args", "message"),
    [(["publish", "--topic", "", "x.txt"], "must not be empty"),
     (["subscribe", "--topic", " "], "must not be empty"),
     (["subscribe", "--idle-timeout", "-1"], "x>0"),
     (["demo", "--timeout", "-5"], "x>0"),
     (["demo", "--dashboard-port", "99999"], "1<=x<=65535"),
     # "$UNSET" expanded to "" must not quietly mean the default group
     (["worker", "--group", ""], "must not be empty"),
     (["replay", "--from-beginning", "--group", ""], "must not be empty"),
     # Kafka's own refusal of a topic name is a protocol dump; say it before anything starts
     (["publish", "--topic", "bad topic!", "x.txt"],
      "'bad topic!' is not a Kafka topic name: it has ' ', '!' (use letters, digits, '.', "
      "'_' and '-')"),
     (["subscribe", "--topic", ".."], "'..' is not a Kafka topic name"),
     (["replay", "--topic", "x" * 250, "--from-beginning"],
      "a Kafka topic name has at most 249 characters, not 250")],
)
def test_bad_option_values_are_refused_before_anything_starts(
    args: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize("args", [["publish", "-"], ["subscribe"], ["replay", "--from-beginning"],
                                  ["topics"], ["bench", "pipeline"]], ids=" ".join)
def test_a_one_shot_command_given_a_dead_address_fails_with_one_line(
    args: list[str], unused_port: int
) -> None:
    env = {**os.environ, "CLAIMWATCH_BOOTSTRAP_SERVERS": f"127.0.0.1:{unused_port}"}
    # Without the probe, kafka-python retries for 30 s and more, logging every attempt.
    proc = subprocess.run([sys.executable, "-m", "pipeline", *args], env=env, input="",
                          text=True, capture_output=True, timeout=25)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"Error: no Kafka broker answers at 127.0.0.1:{unused_port} (nothing listens there: "
        "Connection refused; check --bootstrap-servers, CLAIMWATCH_BOOTSTRAP_SERVERS and the "
        "security settings; `claimwatch broker start` runs a local broker)"]
    assert proc.stdout == ""


def test_a_missing_path_is_refused_before_any_broker_is_asked(unused_port: int) -> None:
    result = CliRunner().invoke(
        main, ["publish", "/nonexistent/a.jsonl", "-", "-b", f"127.0.0.1:{unused_port}"])
    assert result.exit_code == 2
    assert "no such file or folder: /nonexistent/a.jsonl" in result.output
    assert "no Kafka broker answers" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [(["subscribe", "--from-beginning", "--since", "2026-01-01"],
      "use only one of --from-beginning and --since"),
     (["replay", "--since", "2026-01-01", "--offsets", "0:1"],
      "use only one of --from-beginning, --since and --offsets"),
     (["subscribe", "--since", "yesterday"],
      "Invalid value for '--since': not an ISO-8601 time: 'yesterday'"),
     (["replay", "--offsets", "0-1"], "Invalid value for '--offsets': bad offset '0-1'")],
)
def test_start_position_errors_name_the_options_of_the_command(
    args: list[str], message: str
) -> None:
    # named before the broker probe, which this listener (no Kafka) would fail after seconds
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        address = f"127.0.0.1:{listener.getsockname()[1]}"
        result = CliRunner().invoke(main, [*args, "-b", address])
    assert result.exit_code == 2
    assert message in result.output
    assert args[0] == "replay" or "--offsets" not in result.output  # subscribe has none


@pytest.mark.parametrize("fold", ["1", "5/5"])
def test_a_bad_fold_is_named(fold: str, tmp_path: Path) -> None:
    data = tmp_path / "s.jsonl"
    data.write_text('{"id": "s1", "text": "It rained.", "label": 0}\n')
    result = CliRunner().invoke(main, ["eval", "checkworthy", str(data), "--fold", fold])
    assert result.exit_code == 2
    assert "Invalid value for '--fold'" in result.output


def test_top_level_help_says_which_options_have_a_variable() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "Every option can also be set" not in text
    assert "an option's help names its variable as [env CLAIMWATCH_…]" in text


def test_logs_keep_one_line_a_kind_of_kafka_client_retries_and_all_of_claimwatchs(
        capsys: pytest.CaptureFixture[str]) -> None:
    # Before: `subscribe` with its broker gone logged kafka-python's "No node available for
    # metadata refresh" and "Connection failed" two or three times a second.
    root, kafka = logging.getLogger(), logging.getLogger("kafka")
    saved = root.handlers[:], root.level, kafka.level
    setup_logging("INFO")
    try:
        for _ in range(30):
            logging.getLogger("kafka.cluster").warning(
                "No node available for metadata refresh - backoff/retry")
            logging.getLogger("kafka.net.manager").error("Connection failed: %s", "refused")
        for n in range(3):
            logging.getLogger("pipeline.dashboard.feed").warning("skipped record %d", n)
    finally:  # the handlers as they were: none may write to this test's stderr after it
        root.handlers[:], (root.level, kafka.level) = saved[0], saved[1:]
    lines = capsys.readouterr().err.splitlines()
    assert sum("No node available" in line for line in lines) == 1
    assert sum("Connection failed" in line for line in lines) == 1
    assert sum("skipped record" in line for line in lines) == 3
