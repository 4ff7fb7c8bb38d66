"""The root ``claimwatch`` group; each command family lives in its own module."""

from __future__ import annotations

from typing import Any

import click

from pipeline import __version__


class _Root(click.Group):
    """The command group; Ctrl-C in any command ends it with the shell's status 130, not
    click's "Aborted!" and status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)


@click.group(cls=_Root,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="claimwatch")
def main() -> None:
    """claimwatch: flag unverified claims in news articles as they stream through Kafka.

    The settings (Kafka address and security, topics, groups, ports, …) can also be set
    as CLAIMWATCH_* environment variables: an option's help names its variable as
    [env CLAIMWATCH_…], and `claimwatch config` lists them all. Options without one
    (--once, --limit, --fold, …) are flags only. Logs go to stderr, data to stdout.
    """
