"""docker-compose.yml cannot run here (no Docker engine): check it parses and fits the code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import yaml

from pipeline.cli import main
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _compose() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _claimwatch_services() -> dict[str, dict[str, Any]]:
    return {name: svc for name, svc in _compose()["services"].items()
            if svc.get("image") == "claimwatch:local"}


def test_kafka_image_matches_the_local_broker_version() -> None:
    image = _compose()["services"]["kafka"]["image"]
    assert image == f"apache/kafka:{Settings(_env_file=None).kafka_version}"


def test_every_claimwatch_variable_is_a_setting() -> None:
    fields = {f"CLAIMWATCH_{name.upper()}" for name in Settings.model_fields}
    services = _claimwatch_services()
    assert {"worker", "dashboard", "publisher", "topics"} <= set(services)
    for name, svc in services.items():
        env = set(svc["environment"])
        assert env <= fields, (name, env - fields)
        assert "CLAIMWATCH_BOOTSTRAP_SERVERS" in env


def test_every_command_and_flag_exists() -> None:
    for name, svc in _claimwatch_services().items():
        command, *args = svc["command"]
        cmd = main.commands.get(command) if isinstance(main, click.Group) else None
        assert cmd is not None, f"{name}: no command {command!r}"
        flags = {opt for p in cmd.params for opt in (*p.opts, *p.secondary_opts)}
        for arg in args:
            if arg.startswith("--"):
                assert arg in flags, f"{name}: {command} has no {arg}"


def test_image_build_inputs_exist() -> None:
    build = _claimwatch_services()["worker"]["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).is_file()
    dockerfile = (ROOT / build["dockerfile"]).read_text(encoding="utf-8")
    for line in dockerfile.splitlines():
        if line.startswith("COPY "):
            for src in line.split()[1:-1]:
                assert (ROOT / src).exists(), src
