"""``claimwatch dashboard``: serve the live dashboard until Ctrl-C or SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

import click
from pydantic import SecretStr

from pipeline.cli.main import main
from pipeline.cli.options import kafka_options
from pipeline.dashboard import Dashboard
from pipeline.settings import Settings

log = logging.getLogger(__name__)


@main.command()
@click.option(
    "--host",
    default=None,
    metavar="ADDR",
    help="Address to bind [env CLAIMWATCH_DASHBOARD_HOST; default 127.0.0.1]. "
    "Anything but loopback exposes the claims to the network: set a token.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    help="Port [env CLAIMWATCH_DASHBOARD_PORT; default 8765; 0 picks a free one].",
)
@click.option(
    "--token",
    default=None,
    metavar="SECRET",
    help="Require this access token (?token=… once, or Authorization: Bearer …) "
    "[env CLAIMWATCH_DASHBOARD_TOKEN; prefer the env var: flags show in `ps`].",
)
@click.option(
    "--history",
    type=click.IntRange(0),
    default=None,
    help="Records read back per partition on start [env CLAIMWATCH_DASHBOARD_HISTORY; "
    "default 500].",
)
@kafka_options
def dashboard(
    settings: Settings, host: str | None, port: int | None, token: str | None, history: int | None
) -> None:
    """Serve the live dashboard of flagged claims.

    It reads recent history from the claims.flagged, claims and articles topics, then
    follows them live, and pushes every change to open pages (Server-Sent Events). It
    uses no consumer group: each dashboard sees every partition and commits nothing.
    The URL goes to stdout; logs go to stderr.

    \b
    Examples:
      claimwatch dashboard
      CLAIMWATCH_DASHBOARD_TOKEN=s3cret claimwatch dashboard --host 0.0.0.0
    """
    update: dict[str, object] = {}
    if host is not None:
        update["dashboard_host"] = host
    if port is not None:
        update["dashboard_port"] = port
    if token is not None:
        update["dashboard_token"] = SecretStr(token)
    if history is not None:
        update["dashboard_history"] = history
    settings = settings.model_copy(update=update)
    try:
        asyncio.run(_serve(settings))
    except OSError as exc:  # most often: the port is taken
        raise click.ClickException(f"cannot serve the dashboard: {exc}") from exc


def exposure_warning(settings: Settings) -> str | None:
    """What to tell a user who serves the claims beyond this machine without a token."""
    host = settings.dashboard_host.strip("[]")
    loopback = host == "localhost" or host == "::1" or host.startswith("127.")
    if loopback or settings.dashboard_token is not None:
        return None
    return (f"the dashboard listens on {settings.dashboard_host} without an access token: "
            "anyone who can reach this port can read the claims; set --token or "
            "CLAIMWATCH_DASHBOARD_TOKEN")


async def _serve(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # not on every platform
            loop.add_signal_handler(sig, stop.set)
    exposed = exposure_warning(settings)
    if exposed is not None:
        log.warning("%s", exposed)
    dashboard = Dashboard(settings)
    url = await dashboard.start()
    if settings.dashboard_token is not None:
        log.info("an access token is required: open %s?token=<token>", url)
    click.echo(url)
    sys.stdout.flush()
    try:
        await stop.wait()
        log.info("shutting down")
    finally:
        await dashboard.stop()
