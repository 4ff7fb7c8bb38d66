"""Kafka's jars, resolved once from Maven Central with ``mvn dependency:copy-dependencies``.

The jars go to ``<root>/kafka/<version>/lib``. A stamp file written after a successful copy
records what was resolved, so later starts need neither Maven nor the network. Resolution runs
under a file lock because several processes (CLI, parallel test sessions) may share one cache.

>>> log4j2_version_for("4.4.0")
'2.25.5'
>>> log4j2_version_for("3.9.2")
Traceback (most recent call last):
...
pipeline.broker.errors.BrokerError: Kafka 3.9.2 is not supported: the local broker needs Kafka 4.x
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.broker.errors import BrokerError
from pipeline.broker.locking import file_lock

__all__ = ["Progress", "jars_ready", "lib_dir_for", "log4j2_version_for", "resolve_jars"]

Progress = Callable[[str], None]

#: Log4j2 version each Kafka release builds with (its ``gradle/dependencies.gradle``; for 4.4.0 read
#: from the published kafka-server POM). Versions not listed get the pom's default, 2.25.x, which
#: every 4.x release can use: it only supplies the SLF4J binding and the logging backend.
_LOG4J2_BY_KAFKA = {
    "4.4.0": "2.25.5",
    "4.3.1": "2.25.4",
    "4.2.1": "2.25.4",
    "4.1.2": "2.25.3",
    "4.0.2": "2.25.3",
}
_DEFAULT_LOG4J2 = "2.25.5"
_STAMP = "lib.stamp.json"
_REPORT_EVERY_S = 15.0


def log4j2_version_for(kafka_version: str) -> str:
    """The Log4j2 version to pair with ``kafka_version``; Kafka 3.x is refused."""
    major = kafka_version.split(".", 1)[0]
    if not major.isdigit() or int(major) < 4:
        raise BrokerError(
            f"Kafka {kafka_version} is not supported: the local broker needs Kafka 4.x"
        )
    return _LOG4J2_BY_KAFKA.get(kafka_version, _DEFAULT_LOG4J2)


def lib_dir_for(root: Path, kafka_version: str) -> Path:
    return root / "kafka" / kafka_version / "lib"


def _wanted_stamp(pom: Path, kafka_version: str) -> dict[str, Any]:
    return {
        "kafka_version": kafka_version,
        "log4j2_version": log4j2_version_for(kafka_version),
        "pom_sha256": hashlib.sha256(pom.read_bytes()).hexdigest(),
    }


def _read_stamp(lib: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((lib.parent / _STAMP).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def jars_ready(pom: Path, lib: Path, kafka_version: str) -> bool:
    """True when ``lib`` holds a complete copy made from this pom for this version."""
    stamp = _read_stamp(lib)
    if stamp is None or not lib.is_dir():
        return False
    wanted = _wanted_stamp(pom, kafka_version)
    return all(stamp.get(k) == v for k, v in wanted.items())


def _run_maven(cmd: list[str], progress: Progress) -> None:
    started = time.monotonic()
    next_report = started + _REPORT_EVERY_S
    with subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True
    ) as proc:
        # mvn -q prints nothing while it downloads; poll so the user sees it is still working.
        while proc.poll() is None:
            time.sleep(0.5)
            now = time.monotonic()
            if now >= next_report:
                progress(f"still resolving Kafka jars ({now - started:.0f}s)…")
                next_report = now + _REPORT_EVERY_S
        output = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-25:])
        raise BrokerError(f"Maven failed ({proc.returncode}) resolving Kafka jars:\n{tail}")


def resolve_jars(pom: Path, lib: Path, kafka_version: str, progress: Progress) -> bool:
    """Make sure ``lib`` holds Kafka's jars; return True when they had to be resolved now."""
    if jars_ready(pom, lib, kafka_version):
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError("Maven (mvn) is not on PATH; it is needed once to fetch Kafka's jars")
    with file_lock(lib.parent / ".resolve.lock"):
        if jars_ready(pom, lib, kafka_version):  # another process finished while we waited
            return False
        wanted = _wanted_stamp(pom, kafka_version)
        (lib.parent / _STAMP).unlink(missing_ok=True)
        # the broker's classpath is lib/*, so a jar left from an older copy would be loaded too
        shutil.rmtree(lib, ignore_errors=True)
        progress(
            f"resolving Kafka {kafka_version} jars with Maven into {lib} "
            "(first run only; ~45 MB of jars plus Maven plugins go to ~/.m2 unless cached)…"
        )
        cmd = [
            mvn, "-q", "-B", "-ntp", "-f", str(pom), "dependency:copy-dependencies",
            f"-Dkafka.version={kafka_version}",
            f"-Dlog4j2.version={wanted['log4j2_version']}",
            f"-DoutputDirectory={lib}",
        ]  # fmt: skip
        _run_maven(cmd, progress)
        jars = sorted(p.name for p in lib.glob("*.jar"))
        if not any(name.startswith(f"kafka_2.13-{kafka_version}") for name in jars):
            raise BrokerError(f"Maven finished but {lib} has no kafka_2.13-{kafka_version} jar")
        stamp = {**wanted, "jars": len(jars), "resolved_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        (lib.parent / _STAMP).write_text(json.dumps(stamp, indent=2) + "\n")
        progress(f"resolved {len(jars)} jars")
        return True
