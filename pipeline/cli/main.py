"""The root ``claimwatch`` group; each command family lives in its own module."""

from __future__ import annotations

import click

from pipeline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="claimwatch")
def main() -> None:
    """claimwatch: flag unverified claims in news articles as they stream through Kafka.

    Every option can also be set as a CLAIMWATCH_* environment variable
    (see `claimwatch config`). Logs go to stderr, data to stdout.
    """
