"""All of claimwatch's configuration in one pydantic-settings object.

Each field is read from a ``CLAIMWATCH_<NAME>`` environment variable (or a ``.env`` file),
and the CLI turns the ones that matter per command into flags that override it.

>>> Settings(bootstrap_servers="k1:9092,k2:9092").bootstrap_list()
['k1:9092', 'k2:9092']
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = [
    "LOCAL_BROKER_PORT",
    "PUBLISHED_TABLE",
    "SaslMechanism",
    "SecurityProtocol",
    "Settings",
    "changelog_topic",
    "group_name_problem",
    "leader_topic",
    "topic_name_problem",
]

#: The port of the broker ``claimwatch broker start`` runs; the default bootstrap address.
LOCAL_BROKER_PORT = 19092


_TOPIC_CHAR = re.compile(r"[A-Za-z0-9._-]")
_TOPIC_MAX = 249


def topic_name_problem(name: str) -> str | None:
    """Why Kafka would refuse ``name`` as a topic, or None; checked before any client sees it,
    as the broker's refusal comes back as a protocol dump.

    >>> topic_name_problem("claims.flagged") is None
    True
    >>> print(topic_name_problem("bad topic!"))
    'bad topic!' is not a Kafka topic name: it has ' ', '!' (use letters, digits, '.', '_' and '-')
    """
    if not name.strip():
        return "must not be empty"
    if name in (".", ".."):
        return f"{name!r} is not a Kafka topic name"
    if len(name) > _TOPIC_MAX:
        return f"a Kafka topic name has at most {_TOPIC_MAX} characters, not {len(name)}"
    bad = list(dict.fromkeys(ch for ch in name if not _TOPIC_CHAR.fullmatch(ch)))
    if bad:
        return (f"{name!r} is not a Kafka topic name: it has {', '.join(map(repr, bad))} "
                "(use letters, digits, '.', '_' and '-')")
    return None


def group_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be the worker group, or None: faust names its own topics after
    the group ("GROUP-__assignor-__leader"), so what a topic name may not hold, it may not.

    >>> print(group_name_problem("desk a"))
    'desk a' cannot be a worker group: it has ' ' (use letters, digits, '.', '_' and '-')
    """
    if not name.strip():
        return "must not be empty"
    why = topic_name_problem(leader_topic(name))
    if why is None:
        return None
    bad = list(dict.fromkeys(ch for ch in name if not _TOPIC_CHAR.fullmatch(ch)))
    if bad:
        return (f"{name!r} cannot be a worker group: it has {', '.join(map(repr, bad))} "
                "(use letters, digits, '.', '_' and '-')")
    return (f"{name!r} cannot be a worker group: faust names a topic after it, and {why}")


_FAUST_SUFFIX = "-__assignor-__leader"


def leader_topic(group: str) -> str:
    """The topic faust makes for the leader of a worker group (named after the group)."""
    return group + _FAUST_SUFFIX


#: The worker's table of the claim ids each article wrote last (see pipeline/retractions.py).
PUBLISHED_TABLE = "published-claims"


def changelog_topic(group: str, table: str = PUBLISHED_TABLE) -> str:
    """The compacted topic faust keeps a worker group's table in."""
    return f"{group}-{table}-changelog"


class SecurityProtocol(StrEnum):
    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"


class SaslMechanism(StrEnum):
    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


class Settings(BaseSettings):
    """claimwatch settings; every field is also ``CLAIMWATCH_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(
        env_prefix="CLAIMWATCH_", env_file=".env", extra="ignore", validate_default=True
    )

    bootstrap_servers: str = Field(
        default=f"127.0.0.1:{LOCAL_BROKER_PORT}",
        description="Comma-separated Kafka bootstrap servers (default: the local broker, "
        "127.0.0.1:BROKER_PORT).",
    )
    topic_articles: str = "articles"
    topic_claims: str = "claims"
    topic_flagged: str = "claims.flagged"
    topic_dlq: str = "articles.dlq"
    worker_group: str = Field(default="claimwatch-worker", description="Worker consumer group.")
    partitions: int = Field(default=3, ge=1, description="Partitions of new topics.")
    replication_factor: int = Field(default=1, ge=1)

    security_protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    sasl_mechanism: SaslMechanism | None = Field(
        default=None, description="PLAIN (the default under SASL), SCRAM-SHA-256 or SCRAM-SHA-512."
    )
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    home: Path = Field(
        default=Path(".claimwatch"),
        description="Local state: the broker's jars, data and logs, worker state.",
    )
    broker_port: int = Field(default=LOCAL_BROKER_PORT, ge=1, le=65535,
                             description="Local broker client port.")
    broker_controller_port: int = Field(default=LOCAL_BROKER_PORT + 1, ge=1, le=65535)
    kafka_version: str = Field(default="4.4.0", description="Local broker's Kafka.")

    dashboard_host: str = "127.0.0.1"
    dashboard_port: int = Field(default=8765, ge=0, le=65535, description="0 = any free port.")
    dashboard_token: SecretStr | None = Field(
        default=None, description="If set, the dashboard requires ?token=… or a Bearer header."
    )
    dashboard_history: int = Field(
        default=500, ge=0, description="Records read back from the end of each partition on start."
    )

    checkworthy_threshold: float = Field(
        default=0.5, ge=0.0, le=1.0, description="Minimum check-worthiness of an emitted claim."
    )
    parties_file: Path | None = Field(
        default=None,
        description="JSON file of parties (organisations, aliases, sides) that replaces the "
        "bundled one; decides which sources are self-interested.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    eval_dir: Path | None = Field(
        default=None,
        description="Folder of the shared evaluation files that `train` and `bench extract` "
        "read; by default shared/eval beside the repository checkout.",
    )

    @field_validator("bootstrap_servers")
    @classmethod
    def _servers_have_ports(cls, value: str) -> str:
        servers = [s.strip() for s in value.split(",") if s.strip()]
        if not servers:
            raise ValueError("no server given; expected HOST:PORT[,HOST:PORT…]")
        for server in servers:
            host, _, port = server.rpartition(":")
            if not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError(f"{server!r} is not HOST:PORT (a port is 1 to 65535)")
        return value

    @field_validator("topic_articles", "topic_claims", "topic_flagged", "topic_dlq")
    @classmethod
    def _legal_topic(cls, value: str) -> str:
        if (why := topic_name_problem(value)) is not None:
            raise ValueError(why)
        return value

    @field_validator("worker_group")
    @classmethod
    def _group_given(cls, value: str) -> str:
        # an unset variable expanded to "" must not quietly mean some other group; and faust
        # names its own topics after the group, so it must make a legal topic name
        if (why := group_name_problem(value)) is not None:
            raise ValueError(why)
        return value

    @field_validator("ssl_cafile", "ssl_certfile", "ssl_keyfile", "parties_file")
    @classmethod
    def _file_exists(cls, value: Path | None) -> Path | None:
        # Checked here so a wrong path is one clear line at start-up, not a TLS handshake
        # that fails after retries or a worker that crashes once it has created topics.
        if value is not None and not value.is_file():
            raise ValueError(f"no such file: {value}")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _level_any_case(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("sasl_mechanism", mode="before")
    @classmethod
    def _mechanism_any_case(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _bootstrap_follows_the_local_port(self) -> Settings:
        # CLAIMWATCH_BROKER_PORT alone moves the local broker, and with it the default
        # address: otherwise `demo` would look for (or use another) broker on the old port
        if "bootstrap_servers" not in self.model_fields_set and (
                self.broker_port != LOCAL_BROKER_PORT):
            self.bootstrap_servers = f"127.0.0.1:{self.broker_port}"
            # still a default (derived), not a setting: `claimwatch config` says so
            self.model_fields_set.discard("bootstrap_servers")
        return self

    @model_validator(mode="after")
    def _security_is_consistent(self) -> Settings:
        sasl = self.uses_sasl()
        given = [n for n in ("sasl_mechanism", "sasl_username", "sasl_password")
                 if getattr(self, n) is not None]
        if sasl and (self.sasl_username is None or self.sasl_password is None):
            raise ValueError(f"security_protocol {self.security_protocol.value} needs "
                             "CLAIMWATCH_SASL_USERNAME and CLAIMWATCH_SASL_PASSWORD")
        if given and not sasl:
            raise ValueError(f"{', '.join(given)} set, but security_protocol is "
                             f"{self.security_protocol.value}: use SASL_SSL or SASL_PLAINTEXT")
        return self

    def uses_sasl(self) -> bool:
        return self.security_protocol in (SecurityProtocol.SASL_PLAINTEXT,
                                          SecurityProtocol.SASL_SSL)

    def bootstrap_list(self) -> list[str]:
        return [s.strip() for s in self.bootstrap_servers.split(",") if s.strip()]

    def is_local_default(self) -> bool:
        """True when the bootstrap address is the local broker's (so it can be started)."""
        return self.bootstrap_list() == [f"127.0.0.1:{self.broker_port}"]

    def kafka_python_security(self) -> dict[str, Any]:
        """Security keyword arguments for kafka-python's producer, consumer and admin clients."""
        cfg: dict[str, Any] = {"security_protocol": self.security_protocol.value}
        if self.uses_sasl():
            cfg["sasl_mechanism"] = (self.sasl_mechanism or SaslMechanism.PLAIN).value
            cfg["sasl_plain_username"] = self.sasl_username
            cfg["sasl_plain_password"] = (
                self.sasl_password.get_secret_value() if self.sasl_password else None
            )
        if self.ssl_cafile:
            cfg["ssl_cafile"] = str(self.ssl_cafile)
        if self.ssl_certfile:
            cfg["ssl_certfile"] = str(self.ssl_certfile)
        if self.ssl_keyfile:
            cfg["ssl_keyfile"] = str(self.ssl_keyfile)
        return cfg

    def to_env(self) -> dict[str, str]:
        """These settings as ``CLAIMWATCH_*`` variables, for child processes.

        >>> Settings(topic_claims="c2").to_env()["CLAIMWATCH_TOPIC_CLAIMS"]
        'c2'
        """
        env = {}
        for name, value in self.model_dump(mode="python").items():
            if value is None:
                continue
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            text = value.value if isinstance(value, StrEnum) else value
            env[f"CLAIMWATCH_{name.upper()}"] = str(text)
        return env

    def client_config(self, **extra: Any) -> dict[str, Any]:
        """Bootstrap address plus security, ready for any kafka-python client."""
        return {"bootstrap_servers": self.bootstrap_list(), **self.kafka_python_security(), **extra}
