"""Housekeeping commands: ``topics``, ``schemas`` and ``config``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import orjson

from pipeline.cli.main import main
from pipeline.cli.options import build_settings, kafka_options
from pipeline.json_schemas import check_schemas, write_schemas
from pipeline.settings import Settings
from pipeline.topics import ensure_topics, topic_specs


@main.command()
@kafka_options
def topics(settings: Settings) -> None:
    """Create claimwatch's topics if missing (partition counts from CLAIMWATCH_PARTITIONS).

    Prints each topic with its partitions and whether it was created now.
    """
    created = set(ensure_topics(settings))
    for spec in topic_specs(settings):
        state = "created" if spec.name in created else "exists"
        click.echo(f"{spec.name}\tpartitions={spec.partitions}\t{state}")


@main.command()
@click.option("--dir", "folder", type=click.Path(path_type=Path), default=Path("schemas"),
              show_default=True, help="Folder of the schema files.")
@click.option("--write", is_flag=True, help="Write the files instead of checking them.")
def schemas(folder: Path, write: bool) -> None:
    """Check (or --write) the JSON Schema files generated from the message models."""
    if write:
        for path in write_schemas(folder):
            click.echo(str(path))
        return
    stale = check_schemas(folder)
    if stale:
        click.echo(f"out of date in {folder}: {', '.join(stale)} "
                   "(run `claimwatch schemas --write`)", err=True)
        sys.exit(1)
    click.echo(f"schemas in {folder} match the models", err=True)


@main.command()
def config() -> None:
    """Print the effective settings and the environment variable for each (secrets hidden)."""
    settings = build_settings()
    for name, value in settings.model_dump(mode="json").items():
        shown = "***" if ("password" in name or "token" in name) and value else value
        click.echo(f"CLAIMWATCH_{name.upper()}={orjson.dumps(shown).decode()}")
