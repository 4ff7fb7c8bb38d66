"""Housekeeping commands: ``topics``, ``schemas`` and ``config``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import orjson

from pipeline.cli.main import main
from pipeline.cli.options import build_settings, probed_kafka_options
from pipeline.json_schemas import check_schemas, project_schema_dir, write_schemas
from pipeline.settings import Settings
from pipeline.topics import ensure_topics, grow_partitions, partition_counts, topic_specs


@main.command()
@click.option("--grow", is_flag=True,
              help="Add partitions to existing topics that have fewer than CLAIMWATCH_PARTITIONS "
              "(Kafka cannot remove partitions).")
@probed_kafka_options
def topics(settings: Settings, grow: bool) -> None:
    """Create claimwatch's topics if missing (partition counts from CLAIMWATCH_PARTITIONS).

    Prints each topic with the partitions it really has and whether it was created now
    (or grown, with --grow). An existing topic keeps its count unless --grow is given.
    """
    specs = topic_specs(settings)
    created = set(ensure_topics(settings, specs))
    grown = grow_partitions(settings, specs) if grow else {}
    counts = partition_counts(settings, [s.name for s in specs])
    for spec in specs:
        have = counts.get(spec.name, 0)
        state = "created" if spec.name in created else "grown" if spec.name in grown else "exists"
        click.echo(f"{spec.name}\tpartitions={have}\t{state}")
        if have < spec.partitions:
            click.echo(f"note: {spec.name} has {have} partition(s), fewer than the "
                       f"{spec.partitions} configured; run `claimwatch topics --grow` to add "
                       "them", err=True)


@main.command()
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=None,
              help="Folder of the schema files [default: schemas/ of the checkout claimwatch "
              "runs from, wherever the command is run].")
@click.option("--write", is_flag=True, help="Write the files instead of checking them.")
def schemas(folder: Path | None, write: bool) -> None:
    """Check (or --write) the JSON Schema files generated from the message models."""
    given = f" --dir {folder}" if folder is not None else ""  # the fix names the same folder
    if folder is None:
        folder = project_schema_dir()
    if folder is None:  # installed from a wheel: no checkout to find the folder in
        raise click.UsageError("no schemas/ folder found beside the claimwatch package (it is "
                               "not running from a checkout); name one with --dir PATH")
    if write:
        for path in write_schemas(folder):
            click.echo(str(path))
        return
    if not folder.is_dir():
        click.echo(f"no schema folder {folder} (run `claimwatch schemas --write --dir {folder}`)",
                   err=True)
        sys.exit(1)
    stale = check_schemas(folder)
    if stale:
        click.echo(f"out of date in {folder}: {', '.join(stale)} "
                   f"(run `claimwatch schemas --write{given}`)", err=True)
        sys.exit(1)
    click.echo(f"schemas in {folder} match the models", err=True)


@main.command()
def config() -> None:
    """Print the effective settings and the environment variable for each (secrets hidden).

    The output can be saved as a .env file: unset settings and hidden secrets are printed
    as comments, so reading it back changes nothing.
    """
    settings = build_settings()
    for name, value in settings.model_dump(mode="json").items():
        variable = f"CLAIMWATCH_{name.upper()}"
        if value is None:
            click.echo(f"# {variable}=  (unset)")
        elif "password" in name or "token" in name:
            click.echo(f"# {variable}=***  (set, hidden)")
        elif name == "bootstrap_servers" and name not in settings.model_fields_set:
            # derived from CLAIMWATCH_BROKER_PORT: saved as a value, it would stop following
            click.echo(f"# {variable}={orjson.dumps(value).decode()}  (default: the local "
                       "broker at CLAIMWATCH_BROKER_PORT)")
        else:
            click.echo(f"{variable}={orjson.dumps(value).decode()}")
