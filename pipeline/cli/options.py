"""Options shared by several commands, and :func:`build_settings`, which builds a command's
Settings from the environment and the shared flags (a command may then apply a flag of its
own, such as --topic or --group, to that Settings)."""

from __future__ import annotations

import difflib
import functools
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click
from kafka.errors import InvalidReplicationFactorError, KafkaError
from pydantic import ValidationError

from pipeline.kafka_logs import KafkaClientRepeatLimiter
from pipeline.log_lines import LOG_FORMAT
from pipeline.reachability import broker_problem
from pipeline.settings import Settings, group_name_problem, topic_name_problem

__all__ = [
    "build_settings",
    "existing_paths",
    "group_name",
    "kafka_options",
    "probed_after",
    "probed_kafka_options",
    "setup_logging",
    "topic_name",
]

F = TypeVar("F", bound=Callable[..., Any])


def setup_logging(level: str = "INFO") -> None:
    """Logs to stderr, so stdout carries only data."""
    logging.basicConfig(
        level=level.upper(),
        stream=sys.stderr,
        format=LOG_FORMAT,
        force=True,
    )
    # While a broker is away kafka-python logs each retry (two or three lines a second).
    for handler in logging.getLogger().handlers:
        handler.addFilter(KafkaClientRepeatLimiter())
    # kafka-python is chatty at INFO about every connection it opens.
    logging.getLogger("kafka").setLevel(max(logging.WARNING, logging.getLogger().level))
    # Warnings that are no problem for claimwatch: a group-less consumer (subscribe, replay)
    # has no auto-commit, and faust's member metadata is not the format kafka-python decodes.
    # And kafka-python's note that a send task "ran for 0.104s", which a user cannot act on.
    for noisy in ("kafka.coordinator.consumer", "kafka.admin._groups", "kafka.net.selector"):
        logging.getLogger(noisy).setLevel(max(logging.ERROR, logging.getLogger().level))


def build_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with every flag the user gave taking precedence."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        settings = Settings(**given)
    except ValidationError as err:
        raise click.UsageError(describe_settings_error(err)) from err
    for line in unknown_variables(os.environ):
        click.echo(f"warning: {line}", err=True)
    return settings


# Variables read elsewhere than the settings (a command option's, the test suite's)
_OTHER_VARIABLES = frozenset({"CLAIMWATCH_BENCH_POLNEAR"})


def unknown_variables(environ: Mapping[str, str]) -> list[str]:
    """A line for each ``CLAIMWATCH_*`` variable no setting reads, with the nearest name:
    a misspelt one is otherwise silently ignored.

    >>> for line in unknown_variables({"CLAIMWATCH_HOMEDIR": "/x", "CLAIMWATCH_HOME": "/x"}):
    ...     print(line)
    CLAIMWATCH_HOMEDIR is no claimwatch setting and is ignored (did you mean CLAIMWATCH_HOME?)
    """
    known = {f"CLAIMWATCH_{name.upper()}" for name in Settings.model_fields} | _OTHER_VARIABLES
    lines = []
    for name in sorted(n for n in environ if n.startswith("CLAIMWATCH_") and n not in known
                       and not n.startswith("CLAIMWATCH_TEST_")):  # (the test suite's own)
        near = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean {near[0]}?)" if near else ""
        lines.append(f"{name} is no claimwatch setting and is ignored{hint}")
    return lines


def describe_settings_error(err: ValidationError) -> str:
    """One line per bad setting, named as the environment variable that sets it.

    >>> try:
    ...     Settings(partitions="abc", _env_file=None)
    ... except ValidationError as err:
    ...     print(describe_settings_error(err).split(": Input")[0])
    invalid configuration: CLAIMWATCH_PARTITIONS (or its flag) = 'abc'
    """
    lines = []
    for error in err.errors(include_url=False):
        field = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        if not field:  # a rule across settings, whose message names them
            lines.append(message)
            continue
        given = error.get("input")
        shown = f" = {given!r}" if isinstance(given, str | int | float) else ""
        lines.append(f"CLAIMWATCH_{field.upper()} (or its flag){shown}: {message}")
    return "invalid configuration: " + "; ".join(lines)


_BROKERS = re.compile(r"only (\d+) broker\(s\) are registered")
_CHECK_ADDRESS = ("check --bootstrap-servers, CLAIMWATCH_BOOTSTRAP_SERVERS and the security "
                  "settings; `claimwatch broker start` runs a local broker")


def kafka_options(func: F) -> F:
    """Adds --bootstrap-servers and --log-level, and passes ``settings`` instead."""
    return _with_kafka_options(func, probe=False)


def probed_kafka_options(func: F) -> F:
    """:func:`kafka_options` that first checks a Kafka broker answers at the address.

    A one-shot command given a dead address then fails in a second with one clear line (in
    about ten when something that is not Kafka listens there), not after kafka-python's half
    a minute of logged retries; services (the worker, the dashboard) wait for their broker.
    """
    return _with_kafka_options(func, probe=True)


def probed_after(check: Callable[..., object]) -> Callable[[F], F]:
    """:func:`probed_kafka_options` that first runs ``check`` on the command's own options,
    so a usage error among them is named before the (up to ten-second) broker probe."""
    return lambda func: _with_kafka_options(func, probe=True, check=check)


def _with_kafka_options(func: F, *, probe: bool,
                        check: Callable[..., object] | None = None) -> F:

    @click.option(
        "--bootstrap-servers", "-b", metavar="HOST:PORT[,...]",
        help="Kafka bootstrap servers [env CLAIMWATCH_BOOTSTRAP_SERVERS; default: the local "
        "broker, 127.0.0.1:PORT, where PORT is CLAIMWATCH_BROKER_PORT (19092 unless set)].",
    )
    @click.option(
        "--log-level", default=None, metavar="LEVEL",
        help="DEBUG, INFO, WARNING, ERROR or CRITICAL [env CLAIMWATCH_LOG_LEVEL; default INFO].",
    )
    @functools.wraps(func)
    def wrapper(*args: Any, bootstrap_servers: str | None, log_level: str | None,
                **kwargs: Any) -> Any:
        settings = build_settings(bootstrap_servers=bootstrap_servers, log_level=log_level)
        setup_logging(settings.log_level)
        if check is not None:
            check(**kwargs)
        if probe and (why := broker_problem(settings)) is not None:
            raise click.ClickException(
                f"no Kafka broker answers at {settings.bootstrap_servers} ({why}; "
                f"{_CHECK_ADDRESS})")
        try:
            return func(*args, settings=settings, **kwargs)
        except InvalidReplicationFactorError as err:
            # the address is fine: the cluster is smaller than the factor asked for
            found = _BROKERS.search(str(err))
            raise click.ClickException(
                f"CLAIMWATCH_REPLICATION_FACTOR={settings.replication_factor} but the cluster "
                f"at {settings.bootstrap_servers} has "
                f"{found.group(1) + ' broker(s)' if found else 'fewer brokers'}; lower it (1 for "
                "a single broker)") from err
        except KafkaError as err:
            raise click.ClickException(
                f"Kafka at {settings.bootstrap_servers}: {err} ({_CHECK_ADDRESS})") from err

    return wrapper  # type: ignore[return-value]


def existing_paths(
    _ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
) -> tuple[str, ...]:
    """Click callback: every PATH (other than - for stdin) exists, checked before the
    command starts a broker or creates topics for input that is not there."""
    missing = [path for path in value if path != "-" and not Path(path).exists()]
    if missing:
        raise click.BadParameter(f"no such file or folder: {', '.join(missing)}", param=param)
    return value


def group_name(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a worker group faust could not name its topics after is a usage
    error before anything starts (faust's own refusal is a traceback)."""
    if value is not None and (why := group_name_problem(value)) is not None:
        raise click.BadParameter(why, param=param)
    return value


def topic_name(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a --topic Kafka would refuse is a usage error before anything starts
    (the broker's own refusal is a protocol dump, after the producer retried for a while)."""
    if value is not None and (why := topic_name_problem(value)) is not None:
        raise click.BadParameter(why, param=param)
    return value
