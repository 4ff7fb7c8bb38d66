"""``claimwatch demo --once`` end to end on the test broker."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from pipeline.demo import sample_dir
from pipeline.inputs import read_inputs
from pipeline.models import Article
from pipeline.publish import Publisher
from pipeline.settings import Settings
from pipeline.topics import ensure_topics


@pytest.mark.kafka
def test_demo_once_serves_the_dashboard_prints_flagged_claims_and_stops_its_children(
    kafka_settings: Settings, tmp_path: Path, unused_port: int
) -> None:
    env = {**os.environ, **kafka_settings.to_env(), "CLAIMWATCH_DASHBOARD_PORT": str(unused_port)}
    # someone else's article waits on the shared topic: the demo's worker processes it, but
    # the demo prints only the claims of the articles it published (before: every claim)
    ensure_topics(kafka_settings)
    with Publisher(kafka_settings) as publisher:
        publisher.send(Article(id="someone-else", body=(
            "Russia's defence ministry said its forces destroyed 99 Ukrainian tanks near "
            "Zorkino, a claim that could not be independently verified."))).get(timeout=30)
        # and a copy of the sample left by an interrupted demo: its claims are the same ones
        # (before: the demo printed each of them twice)
        publisher.publish_records(list(read_inputs([str(sample_dir())])))
    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "demo", "--once", "--timeout", "150"],
            env=env, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL,
        )
    try:
        url = f"http://127.0.0.1:{unused_port}"
        flagged_on_page = 0
        deadline = time.monotonic() + 150
        while proc.poll() is None and time.monotonic() < deadline and not flagged_on_page:
            time.sleep(0.5)
            try:
                with urllib.request.urlopen(f"{url}/api/snapshot", timeout=5) as response:
                    flagged_on_page = len(orjson.loads(response.read())["claims"])
            except (OSError, ValueError):
                continue
        code = proc.wait(timeout=200)
    finally:
        if proc.poll() is None:
            proc.kill()
    stdout_text, stderr_text = out.read_text(), err.read_text()
    assert code == 0, stderr_text[-3000:]
    assert f"dashboard at http://127.0.0.1:{unused_port}/" in stderr_text
    assert flagged_on_page > 0, "the demo's dashboard never showed a flagged claim"
    assert "37 drones" in stdout_text
    assert "Zorkino" not in stdout_text
    shown = re.findall(r"claim: (\S+)", stdout_text)
    assert len(shown) == len(set(shown)), "a claim was printed more than once"
    assert "[unverified]" in stdout_text or "[disputed]" in stdout_text
    assert "published 4 article(s)" in stderr_text
    assert "stopping the worker" in stderr_text
    lines = stderr_text.splitlines()  # the dashboard goes first, and says so (it did not)
    assert lines.index("stopping the dashboard") < lines.index("stopping the worker")
    assert (kafka_settings.home / "logs" / "demo-worker.log").exists()
    with pytest.raises(OSError):  # the dashboard went away with the demo
        urllib.request.urlopen(f"{url}/healthz", timeout=5)


@pytest.mark.kafka
def test_demo_once_ends_when_the_worker_is_done_even_with_nothing_flagged(
    kafka_settings: Settings, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("A quiet day\n\nThe council met on Tuesday. The weather was mild.\n")
    german = tmp_path / "german.json"  # a valid tag, but not one the extractor reads
    german.write_bytes(orjson.dumps({"id": "de-1", "language": "de", "body":
                                     "Die Armee sagte, zehn Soldaten seien gefangen worden."}))
    env = {**os.environ, **kafka_settings.to_env()}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--once", "--no-dashboard", str(plain),
         str(german)],
        env=env, text=True, capture_output=True, timeout=240, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "published 2 article(s)" in proc.stderr
    assert (f"{german}:1: will be skipped as unsupported: declared language 'de' is not "
            "English") in proc.stderr
    assert ("0 flagged claim(s) shown; 1 article(s) skipped as unsupported (the extractor "
            "reads English only)") in proc.stderr
    assert proc.stdout == ""

    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--once", "--no-dashboard",
         str(tmp_path / "missing.txt")],
        env=env, text=True, capture_output=True, timeout=240, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2  # refused before anything starts
    assert f"no such file or folder: {tmp_path / 'missing.txt'}" in proc.stderr
    assert "publish" not in proc.stderr and "worker" not in proc.stderr

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "no-body"}\n')
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--once", "--no-dashboard", str(bad)],
        env=env, text=True, capture_output=True, timeout=240, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert "nothing was published" in proc.stderr


@pytest.mark.kafka
def test_a_dashboard_that_cannot_start_is_reported_and_the_demo_goes_on(
    kafka_settings: Settings, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("A quiet day\n\nThe council met on Tuesday.\n")
    with socket.socket() as taken:  # the dashboard's port is in use
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, **kafka_settings.to_env(), "CLAIMWATCH_DASHBOARD_PORT": str(port)}
        proc = subprocess.run(
            [sys.executable, "-m", "pipeline", "demo", "--once", str(plain)],
            env=env, text=True, capture_output=True, timeout=240, stdin=subprocess.DEVNULL,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "the dashboard did not start" in proc.stderr
    assert f"dashboard at http://127.0.0.1:{port}/" not in proc.stderr
    assert "0 flagged claim(s) shown" in proc.stderr


def test_demo_with_an_unreachable_remote_broker_fails_fast_and_clearly(unused_port: int) -> None:
    env = {**os.environ, "CLAIMWATCH_BOOTSTRAP_SERVERS": f"127.0.0.1:{unused_port}"}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo", "--once"],
        env=env, text=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1
    assert (f"no Kafka broker answers at 127.0.0.1:{unused_port} "
            "(nothing listens there: Connection refused)") in proc.stderr


def test_demo_says_why_a_listener_that_is_not_kafka_is_refused() -> None:
    with socket.socket() as server:  # accepts connections and drops them: not Kafka
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        stop = threading.Event()

        def drop() -> None:
            server.settimeout(0.2)
            while not stop.is_set():
                with contextlib.suppress(OSError):
                    conn, _ = server.accept()
                    conn.close()

        thread = threading.Thread(target=drop, daemon=True)
        thread.start()
        env = {**os.environ, "CLAIMWATCH_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}"}
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "pipeline", "demo", "--once"],
                env=env, text=True, capture_output=True, timeout=90, stdin=subprocess.DEVNULL,
            )
        finally:
            stop.set()
            thread.join(5)
    assert proc.returncode == 1
    said = re.search(rf"no Kafka broker answers at 127\.0\.0\.1:{port} \((.+)\)", proc.stderr)
    assert said is not None, proc.stderr
    assert not said.group(1).startswith("nothing listens there") and "Error" in said.group(1)


@pytest.mark.kafka
@pytest.mark.parametrize("ctrl_c", [False, True], ids=["sigterm", "ctrl-c-to-the-group"])
def test_sigterm_or_ctrl_c_stops_the_demo_and_its_worker(
    kafka_settings: Settings, tmp_path: Path, ctrl_c: bool
) -> None:
    env = {**os.environ, **kafka_settings.to_env()}
    err = tmp_path / "stderr.txt"
    with err.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "demo", "--no-dashboard"],
            env=env, stdout=subprocess.DEVNULL, stderr=stderr, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, as a terminal gives it
        )
    try:
        deadline = time.monotonic() + 120
        while "published" not in err.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, err.read_text()[-3000:]
            time.sleep(0.3)
        match = re.search(r"worker started \(pid (\d+)", err.read_text())
        assert match, err.read_text()[-3000:]
        if ctrl_c:  # a terminal's Ctrl-C signals the whole foreground process group
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGTERM)
        # 128 + the signal, as a shell reports it, once everything is stopped
        assert proc.wait(timeout=60) == (130 if ctrl_c else 143), err.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "stopping the worker" in err.read_text()
    assert err.read_text().splitlines()[-1] == "stopped"
    assert "the worker exited" not in err.read_text()
    with pytest.raises(ProcessLookupError):
        os.kill(int(match.group(1)), 0)


def test_ctrl_c_twice_stops_the_demo_and_its_own_broker_in_order_and_quietly(
    tmp_path: Path, kafka_jar_cache: Path, unused_ports: Callable[[int], list[int]]
) -> None:
    port, controller_port = unused_ports(2)
    home = tmp_path / "home"
    version = Settings(_env_file=None).kafka_version
    jars = kafka_jar_cache / "kafka" / version  # shared with the test broker: no download
    jars.mkdir(parents=True, exist_ok=True)
    (home / "kafka").mkdir(parents=True)
    (home / "kafka" / version).symlink_to(jars)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env.update(CLAIMWATCH_HOME=str(home), CLAIMWATCH_BROKER_PORT=str(port),
               CLAIMWATCH_BROKER_CONTROLLER_PORT=str(controller_port),
               CLAIMWATCH_BOOTSTRAP_SERVERS=f"127.0.0.1:{port}")
    err = tmp_path / "stderr.txt"
    with err.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "demo", "--no-dashboard"],
            env=env, stdout=subprocess.DEVNULL, stderr=stderr, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 240
        while "published" not in err.read_text() and time.monotonic() < deadline:
            assert proc.poll() is None, err.read_text()[-3000:]
            time.sleep(0.3)
        broker = re.search(r"broker ready at \S+ \(pid (\d+)\)", err.read_text())
        assert broker, err.read_text()[-3000:]
        os.killpg(proc.pid, signal.SIGINT)
        time.sleep(1.5)  # `timeout` sends the terminal's Ctrl-C on again, mid-stop
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    text = err.read_text()
    assert code == 130, text[-3000:]
    lines = text.splitlines()
    assert lines[-1] == "stopped"
    assert lines.index("stopping the worker") < lines.index("stopping the local broker")
    assert not [line for line in lines if " ERROR " in line or "Traceback" in line], text[-3000:]
    with pytest.raises(ProcessLookupError):
        os.kill(int(broker.group(1)), 0)
