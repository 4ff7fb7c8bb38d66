"""A single-node Apache Kafka broker (KRaft) on 127.0.0.1, run from Maven Central jars.

Everything lives under ``Settings.home``::

    <home>/kafka/<version>/lib/         jars (resolved once; ``jar_root`` may move them elsewhere)
    <home>/kafka/broker/server.properties, broker.pid, broker.json, broker.log, data/

The broker runs detached, so it outlives the ``claimwatch broker start`` that launched it; the pid
file and ``broker.json`` let a later process find it, check it and stop it.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.broker import assets, jars, process, readiness
from pipeline.broker.errors import BrokerError
from pipeline.broker.locking import file_lock
from pipeline.settings import Settings

__all__ = ["BrokerStatus", "LocalBroker", "StartResult", "StopResult"]

log = logging.getLogger(__name__)

_HOST = "127.0.0.1"
_JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-Djava.awt.headless=true",
)


@dataclass(frozen=True)
class BrokerStatus:
    running: bool
    pid: int | None
    bootstrap: str
    kafka_version: str
    home: Path
    data_dir: Path
    log_file: Path

    def as_dict(self) -> dict[str, Any]:
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}


@dataclass(frozen=True)
class StartResult:
    status: BrokerStatus
    reused: bool
    resolved_jars: bool = False
    formatted: bool = False
    #: seconds spent per stage: jars, format, ready (JVM start until a client round trip)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class StopResult:
    was_running: bool
    killed: bool = False
    seconds: float = 0.0


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise BrokerError("Java is not on PATH; the local Kafka broker needs Java 17 or newer")
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if match:
        major = int(match.group(1))
        major = int(match.group(2) or 0) if major == 1 else major
        if major < 17:
            raise BrokerError(f"Kafka 4.x needs Java 17 or newer; {java} is Java {major}")
    return java


class LocalBroker:
    """Start, check and stop the local broker that ``Settings`` describes.

    ``jar_root`` puts the jar cache somewhere other than ``Settings.home`` (tests share one cache);
    ``die_with_parent`` makes the kernel stop the broker when this process exits, however it exits.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        jar_root: Path | None = None,
        die_with_parent: bool = False,
        heap: str = "512m",
        ready_timeout_s: float = 90.0,
        stop_grace_s: float = 30.0,
        progress: jars.Progress | None = None,
    ) -> None:
        self.version = settings.kafka_version
        self.port = settings.broker_port
        self.controller_port = settings.broker_controller_port
        if self.port == self.controller_port:
            raise BrokerError(f"broker and controller ports must differ (both {self.port})")
        self.home = settings.home.expanduser().resolve()
        self.lib = jars.lib_dir_for((jar_root or self.home).expanduser().resolve(), self.version)
        self.dir = self.home / "kafka" / "broker"
        self.data_dir = self.dir / "data"
        self.config = self.dir / "server.properties"
        self.log_file = self.dir / "broker.log"
        self.pid_file = self.dir / "broker.pid"
        self.state_file = self.dir / "broker.json"
        self.die_with_parent = die_with_parent
        self.heap = heap
        self.ready_timeout_s = ready_timeout_s
        self.stop_grace_s = stop_grace_s
        self.progress: jars.Progress = progress or log.info
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{_HOST}:{self.port}"

    # ----------------------------------------------------------------- state on disk
    def _state(self) -> dict[str, Any]:
        try:
            data = json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _running_pid(self) -> int | None:
        pid = process.read_pid(self.pid_file)
        return pid if pid is not None and process.runs_config(pid, self.config) else None

    def _forget(self) -> None:
        self.pid_file.unlink(missing_ok=True)
        self.state_file.unlink(missing_ok=True)

    @contextmanager
    def _start_lock(self) -> Iterator[None]:
        self.dir.mkdir(parents=True, exist_ok=True)
        with file_lock(self.dir / ".start.lock"):
            yield

    def status(self) -> BrokerStatus:
        """What runs from this home now; a pid file whose process is gone counts as not running."""
        pid = self._running_pid()
        state = self._state() if pid else {}
        return BrokerStatus(
            running=pid is not None,
            pid=pid,
            bootstrap=str(state.get("bootstrap", self.bootstrap)),
            kafka_version=str(state.get("kafka_version", self.version)),
            home=self.home,
            data_dir=self.data_dir,
            log_file=self.log_file,
        )

    def healthy(self, timeout_s: float = 5.0) -> bool:
        st = self.status()
        return st.running and readiness.admin_healthy(st.bootstrap, timeout_s)

    # ----------------------------------------------------------------- start
    def start(self, *, fresh: bool = False) -> StartResult:
        """Start the broker, or reuse the one already running from this home.

        ``fresh`` wipes the data directory first; it is refused while a broker runs from
        this home (its data cannot be wiped under it, and reusing it would keep the data).
        """
        with self._start_lock():
            pid = self._running_pid() if fresh else None
            if pid is not None:
                raise BrokerError(
                    f"a broker from {self.home} is running (pid {pid}): --fresh cannot wipe its "
                    "data under it; stop it first (`claimwatch broker stop`)")
            reused = self._reuse()
            if reused is not None:
                return reused
            return self._start_new(fresh=fresh)

    def _reuse(self) -> StartResult | None:
        pid = self._running_pid()
        if pid is None:
            if self.pid_file.exists():
                self.progress(f"removing stale pid file {self.pid_file} (no broker runs there)")
                self._forget()
            return None
        state = self._state()
        wanted = {"bootstrap": self.bootstrap, "kafka_version": self.version}
        differs = {k: state.get(k) for k, v in wanted.items() if state.get(k) != v}
        if differs:
            raise BrokerError(
                f"a broker from {self.home} already runs (pid {pid}, {differs}); "
                f"stop it first to start one with {wanted}"
            )
        self.progress(f"Kafka broker already running (pid {pid}) at {self.bootstrap}; reusing it")
        waited = readiness.wait_ready(
            alive=lambda: process.is_alive(pid),
            log_file=self.log_file,
            log_offset=0,
            bootstrap=self.bootstrap,
            timeout_s=self.ready_timeout_s,
        )
        return StartResult(status=self.status(), reused=True, timings={"ready": waited})

    def _check_ports(self) -> None:
        for name, port in (("client", self.port), ("controller", self.controller_port)):
            if not process.port_free(port, _HOST):
                raise BrokerError(
                    f"{_HOST}:{port} (the broker's {name} port) is already in use by another "
                    f"process, not by a broker started from {self.home}; stop that process or "
                    "choose other ports (--port / CLAIMWATCH_BROKER_PORT, "
                    "CLAIMWATCH_BROKER_CONTROLLER_PORT)"
                )

    def _start_new(self, *, fresh: bool) -> StartResult:
        self._check_ports()
        java = _java()
        deploy = assets.find_deploy_dir()
        timings: dict[str, float] = {}

        t0 = time.monotonic()
        resolved = jars.resolve_jars(deploy / "pom.xml", self.lib, self.version, self.progress)
        timings["jars"] = time.monotonic() - t0

        if fresh and self.data_dir.exists():
            self.progress(f"wiping {self.data_dir}")
            shutil.rmtree(self.data_dir)
        self._write_config(deploy)
        t0 = time.monotonic()
        formatted = self._format(java, deploy)
        timings["format"] = time.monotonic() - t0

        t0 = time.monotonic()
        pid = self._spawn(java)
        try:
            readiness.wait_ready(
                alive=lambda: process.is_alive(pid),
                log_file=self.log_file,
                log_offset=0,
                bootstrap=self.bootstrap,
                timeout_s=self.ready_timeout_s,
            )
        except BrokerError:
            process.terminate(pid, grace_s=5.0)
            self._reap()
            self._forget()
            raise
        timings["ready"] = time.monotonic() - t0
        self.progress(f"Kafka {self.version} broker ready at {self.bootstrap} (pid {pid})")
        return StartResult(
            status=self.status(),
            reused=False,
            resolved_jars=resolved,
            formatted=formatted,
            timings=timings,
        )

    def _write_config(self, deploy: Path) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        template = (deploy / "server.properties.in").read_text()
        self.config.write_text(
            assets.render_server_properties(
                template,
                port=self.port,
                controller_port=self.controller_port,
                data_dir=self.data_dir,
            )
        )
        # copied so the running broker depends on nothing outside its home and jar cache
        for name in ("log4j2-server.properties", "log4j2-tools.properties"):
            shutil.copyfile(deploy / name, self.dir / name)

    def _format(self, java: str, deploy: Path) -> bool:
        marker = self.dir / "format.json"
        if (self.data_dir / "meta.properties").exists():
            done = json.loads(marker.read_text()) if marker.exists() else {}
            # the single voter's controller endpoint is written into the metadata log at format
            # time; a broker restarted on another controller port would look for itself there
            if done.get("controller_port", self.controller_port) != self.controller_port:
                raise BrokerError(
                    f"{self.data_dir} was formatted for controller port "
                    f"{done['controller_port']}, not {self.controller_port}; start with that "
                    "port, or wipe the data with `claimwatch broker start --fresh`"
                )
            return False
        cluster_id = assets.new_cluster_id()
        self.progress(f"formatting {self.data_dir} (cluster id {cluster_id})")
        cmd = [
            java, "-Xmx256m", f"-Dlog4j2.configurationFile={self.dir / 'log4j2-tools.properties'}",
            "-cp", f"{self.lib}/*", "kafka.tools.StorageTool", "format", "--standalone",
            "-t", cluster_id, "-c", str(self.config),
        ]  # fmt: skip
        done_run = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=self.dir)
        if done_run.returncode != 0:
            raise BrokerError(
                f"formatting {self.data_dir} failed ({done_run.returncode}):\n"
                + (done_run.stderr or done_run.stdout)[-3000:]
            )
        marker.write_text(
            json.dumps(
                {
                    "cluster_id": cluster_id,
                    "controller_port": self.controller_port,
                    "kafka_version": self.version,
                }
            )
            + "\n"
        )
        return True

    def _spawn(self, java: str) -> int:
        if self.log_file.exists():
            self.log_file.replace(self.log_file.with_name("broker.log.1"))
        argv = [
            java, f"-Xmx{self.heap}", "-Xms128m", *_JVM_FLAGS,
            f"-Dlog4j2.configurationFile={self.dir / 'log4j2-server.properties'}",
            f"-Dkafka.logs.dir={self.dir}",
            "-cp", f"{self.lib}/*", "kafka.Kafka", str(self.config),
        ]  # fmt: skip
        self.progress(f"starting Kafka {self.version} broker (log: {self.log_file})")
        self._proc = process.spawn_detached(
            argv, log_file=self.log_file, cwd=self.dir, die_with_parent=self.die_with_parent
        )
        pid = self._proc.pid
        self.pid_file.write_text(f"{pid}\n")
        self.state_file.write_text(
            json.dumps(
                {
                    "pid": pid,
                    "bootstrap": self.bootstrap,
                    "controller_port": self.controller_port,
                    "kafka_version": self.version,
                    "lib": str(self.lib),
                    "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                },
                indent=2,
            )
            + "\n"
        )
        return pid

    # ----------------------------------------------------------------- stop
    def _reap(self) -> None:
        if self._proc is not None:
            with suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout=10)
            self._proc = None

    def stop(self) -> StopResult:
        """Stop the broker gracefully (SIGKILL after ``stop_grace_s``); a no-op when none runs."""
        with self._start_lock():
            pid = self._running_pid()
            if pid is None:
                self._forget()
                return StopResult(was_running=False)
            self.progress(f"stopping Kafka broker (pid {pid})")
            t0 = time.monotonic()
            killed = process.terminate(pid, grace_s=self.stop_grace_s)
            self._reap()
            self._forget()
            return StopResult(was_running=True, killed=killed, seconds=time.monotonic() - t0)
