"""``claimwatch demo``: the README's first command."""

from __future__ import annotations

import sys

import click

from pipeline.cli.main import main
from pipeline.cli.options import existing_paths, kafka_options
from pipeline.demo import DemoOptions, run_demo
from pipeline.settings import Settings


@main.command()
@click.option("--once", is_flag=True,
              help="Exit by itself once the worker has processed what was published and its "
              "flagged claims are shown (for scripts).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Exit after this long in any case.")
@click.option("--dashboard/--no-dashboard", default=True, show_default=True,
              help="Also serve the live dashboard.")
@click.option("--dashboard-port", type=click.IntRange(1, 65535),
              help="Dashboard port [env CLAIMWATCH_DASHBOARD_PORT; default 8765].")
@click.option("--keep-broker", is_flag=True,
              help="Leave the local broker running (stop it: `claimwatch broker stop`).")
@click.argument("articles", nargs=-1, metavar="[PATH]...", callback=existing_paths)
@kafka_options
def demo(settings: Settings, once: bool, timeout: float | None, dashboard: bool,
         dashboard_port: int | None, keep_broker: bool, articles: tuple[str, ...]) -> None:
    """Run the whole pipeline on this machine and show flagged claims as they arrive.

    With no broker configured it starts a local Apache Kafka (downloaded once from
    Maven Central), creates the topics, starts a worker and the dashboard, publishes
    the bundled sample articles (or the PATHs given) and prints each flagged claim.
    Ctrl-C (or SIGTERM) stops everything it started, in order, then exits with status
    130 (143 for SIGTERM); a second Ctrl-C while it stops is ignored.

    \b
    Examples:
      claimwatch demo                 # runs until Ctrl-C
      claimwatch demo --once          # exits when the claims have arrived
      claimwatch demo my-articles/ --no-dashboard
    """
    if dashboard_port:
        settings = settings.model_copy(update={"dashboard_port": dashboard_port})
    opts = DemoOptions(once=once, timeout=timeout, dashboard=dashboard, keep_broker=keep_broker,
                       samples=articles)

    def say(text: str) -> None:
        click.echo(text, err=True)

    def out(text: str) -> None:
        click.echo(text)
        sys.stdout.flush()

    try:
        code = run_demo(settings, opts, say, out)
    except KeyboardInterrupt:
        say("stopped")
        code = 130
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    sys.exit(code)
