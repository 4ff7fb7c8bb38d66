"""Benchmark the local broker's start and stop; prints medians and the machine they ran on.

    python -m pipeline.broker.bench --runs 5          # jars copied from a warm ~/.m2
    python -m pipeline.broker.bench --runs 1 --cold   # also re-downloads everything from Central

Each run uses a new home and jar folder on free ports: a first start (Maven copy, format, JVM
start until an admin round trip), a stop, a second start (cached jars, formatted data) and a stop.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from pipeline.broker.local import LocalBroker
from pipeline.settings import Settings


def _ports() -> tuple[int, int]:
    with socket.socket() as a, socket.socket() as b:
        a.bind(("127.0.0.1", 0))
        b.bind(("127.0.0.1", 0))
        return a.getsockname()[1], b.getsockname()[1]


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _machine() -> str:
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    mvn = _ANSI.sub("", subprocess.run(["mvn", "-v"], capture_output=True, text=True).stdout)
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal:")
    )
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{platform.platform()}; {os.cpu_count()} CPUs; {mem_kb / 2**20:.1f} GiB RAM; "
        f"{java.splitlines()[0] if java else 'java ?'}; "
        f"{mvn.splitlines()[0] if mvn else 'mvn ?'}; load average {load}"
    )


def _one_run(root: Path, version: str) -> dict[str, float]:
    port, cport = _ports()
    settings = Settings(
        _env_file=None,
        home=root / "home",
        broker_port=port,
        broker_controller_port=cport,
        kafka_version=version,
    )
    broker = LocalBroker(settings, jar_root=root / "jars", progress=lambda _: None)
    out: dict[str, float] = {}
    t0 = time.monotonic()
    first = broker.start()
    out["first start (total)"] = time.monotonic() - t0
    out["  of which jars"] = first.timings.get("jars", 0.0)
    out["  of which format"] = first.timings.get("format", 0.0)
    out["  of which JVM until ready"] = first.timings.get("ready", 0.0)
    out["stop after first"] = broker.stop().seconds
    t0 = time.monotonic()
    broker.start()
    out["second start (cached jars)"] = time.monotonic() - t0
    out["stop after second"] = broker.stop().seconds
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="empty Maven repository per run")
    parser.add_argument("--kafka-version", default=Settings(_env_file=None).kafka_version)
    args = parser.parse_args()

    results: list[dict[str, float]] = []
    lib_mb = 0.0
    for i in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="cw-broker-bench-") as tmp:
            root = Path(tmp)
            saved = os.environ.get("MAVEN_OPTS")
            if args.cold:
                os.environ["MAVEN_OPTS"] = f"-Dmaven.repo.local={root / 'm2'}"
            try:
                results.append(_one_run(root, args.kafka_version))
            finally:
                if args.cold:
                    os.environ.pop("MAVEN_OPTS", None)
                    if saved is not None:
                        os.environ["MAVEN_OPTS"] = saved
            lib = root / "jars" / "kafka" / args.kafka_version / "lib"
            lib_mb = sum(p.stat().st_size for p in lib.glob("*.jar")) / 2**20
            jar_count = len(list(lib.glob("*.jar")))
            shutil.rmtree(root / "home", ignore_errors=True)
        print(f"run {i + 1}/{args.runs}: " + ", ".join(f"{v:.1f}" for v in results[-1].values()))

    print(f"\nmachine: {_machine()}")
    print(f"Kafka {args.kafka_version}; Maven repo: {'empty (cold)' if args.cold else '~/.m2'}")
    print(f"lib/: {jar_count} jars, {lib_mb:.1f} MiB")
    print(f"median of {len(results)} runs, seconds:")
    for key in results[0]:
        print(f"  {key:<30} {statistics.median(r[key] for r in results):6.2f}")


if __name__ == "__main__":
    main()
