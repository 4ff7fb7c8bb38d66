"""``claimwatch broker start|stop|status``: the local single-node Kafka broker."""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline.broker import BrokerError, LocalBroker
from pipeline.broker.readiness import admin_healthy
from pipeline.cli.main import main
from pipeline.cli.options import build_settings
from pipeline.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


def _say(message: str) -> None:
    click.echo(f"claimwatch broker: {message}", err=True)


def _broker_options(func: F) -> F:
    """--home, --port, --controller-port and --kafka-version, passed on as ``settings``."""

    @click.option(
        "--home",
        type=click.Path(file_okay=False, path_type=Path),
        help="State directory: jars, data, logs [env CLAIMWATCH_HOME; default .claimwatch].",
    )
    @click.option(
        "--port",
        type=click.IntRange(1, 65535),
        metavar="PORT",
        help="Client port on 127.0.0.1 [env CLAIMWATCH_BROKER_PORT; default 19092].",
    )
    @click.option(
        "--controller-port",
        type=click.IntRange(1, 65535),
        metavar="PORT",
        help="KRaft controller port on 127.0.0.1 [env CLAIMWATCH_BROKER_CONTROLLER_PORT; "
        "default 19093].",
    )
    @click.option(
        "--kafka-version",
        metavar="X.Y.Z",
        help="Apache Kafka 4.x release [env CLAIMWATCH_KAFKA_VERSION; default 4.4.0].",
    )
    @functools.wraps(func)
    def wrapper(
        *args: Any,
        home: Path | None,
        port: int | None,
        controller_port: int | None,
        kafka_version: str | None,
        **kwargs: Any,
    ) -> Any:
        settings = build_settings(
            home=home,
            broker_port=port,
            broker_controller_port=controller_port,
            kafka_version=kafka_version,
        )
        return func(*args, settings=settings, **kwargs)

    return wrapper  # type: ignore[return-value]


def _local(settings: Settings, **extra: Any) -> LocalBroker:
    # kafka-python logs every refused connection while the broker boots; failures reach the
    # user as BrokerError carrying the broker's own log instead
    logging.getLogger("kafka").setLevel(logging.CRITICAL)
    try:
        return LocalBroker(settings, progress=_say, **extra)
    except BrokerError as exc:
        raise click.UsageError(str(exc)) from exc


@main.group()
def broker() -> None:
    """Run a real single-node Apache Kafka broker (KRaft) for development and the demo.

    The broker listens on 127.0.0.1 only and runs detached: it keeps running after
    `claimwatch broker start` returns, until `claimwatch broker stop`. Its jars come from
    Maven Central on the first start (needs Java 17+ and Maven; about 45 MB) and are kept in
    HOME/kafka/VERSION/lib; config, data, pid file and log live in HOME/kafka/broker/.
    Give each subcommand the same --home/--port as `start` got.

    \b
    Examples:
      claimwatch broker start            # prints 127.0.0.1:19092 once the broker answers
      claimwatch broker status --json
      claimwatch broker stop
    """


@broker.command()
@click.option("--fresh", is_flag=True,
              help="Wipe the broker's data directory before starting (refused while it runs).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=90.0,
    show_default=True,
    help="Seconds to wait for the broker to answer clients.",
)
@_broker_options
def start(settings: Settings, fresh: bool, timeout: float) -> None:
    """Start the broker (or reuse the running one) and print its bootstrap address.

    Waits until the broker logged that it started AND answered an admin request. If a broker
    from the same HOME already runs with the same settings, it is reused. Progress goes to
    stderr; stdout gets only the bootstrap address, e.g. for
    `export CLAIMWATCH_BOOTSTRAP_SERVERS=$(claimwatch broker start)`.
    """
    t0 = time.monotonic()
    try:
        result = _local(settings, ready_timeout_s=timeout).start(fresh=fresh)
    except BrokerError as exc:
        raise click.ClickException(str(exc)) from exc
    if not result.reused:
        _say(f"started in {time.monotonic() - t0:.1f}s (log: {result.status.log_file})")
    click.echo(result.status.bootstrap)


@broker.command()
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=30.0,
    show_default=True,
    help="Seconds to wait after SIGTERM before SIGKILL.",
)
@_broker_options
def stop(settings: Settings, timeout: float) -> None:
    """Stop the broker gracefully (SIGTERM, then SIGKILL after --timeout). No-op if not running."""
    try:
        result = _local(settings, stop_grace_s=timeout).stop()
    except BrokerError as exc:
        raise click.ClickException(str(exc)) from exc
    if not result.was_running:
        _say("no broker running")
    elif result.killed:
        _say(f"broker did not stop within {timeout:.0f}s and was killed")
    else:
        _say(f"stopped in {result.seconds:.1f}s")


@broker.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@_broker_options
@click.pass_context
def status(ctx: click.Context, settings: Settings, as_json: bool) -> None:
    """Show whether the broker runs, with pid, bootstrap address, version and paths.

    Exit status: 0 running and answering clients, 1 not running, 2 running but not answering.
    """
    local = _local(settings)
    st = local.status()
    # Probe the address even when this home runs nothing: a broker started from another
    # directory (another home) still answers there, and saying it does not would mislead.
    responding = admin_healthy(st.bootstrap, timeout_s=3.0)
    info = {**st.as_dict(), "responding": responding}
    if as_json:
        click.echo(json.dumps(info))
    else:
        for key, value in info.items():
            click.echo(f"{key}: {value}")
    if not st.running and responding:
        click.echo(f"note: a broker answers at {st.bootstrap}, but it was not started from "
                   f"{st.home} (set CLAIMWATCH_HOME or --home to manage it)", err=True)
    if not st.running:
        ctx.exit(1)
    if not responding:
        ctx.exit(2)
