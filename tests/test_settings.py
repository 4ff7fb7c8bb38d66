"""Settings from the environment, and the client configuration they produce."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from pipeline.settings import Settings


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_BOOTSTRAP_SERVERS", "k1:9092, k2:9092")
    monkeypatch.setenv("CLAIMWATCH_TOPIC_FLAGGED", "desk.flagged")
    s = Settings(_env_file=None)
    assert s.bootstrap_list() == ["k1:9092", "k2:9092"]
    assert s.topic_flagged == "desk.flagged"
    assert not s.is_local_default()


def test_default_is_the_local_broker() -> None:
    assert Settings(_env_file=None).is_local_default()


def test_sasl_ssl_reaches_kafka_python(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("not checked here, only that it exists")
    monkeypatch.setenv("CLAIMWATCH_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("CLAIMWATCH_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("CLAIMWATCH_SASL_USERNAME", "svc")
    monkeypatch.setenv("CLAIMWATCH_SASL_PASSWORD", "s3cret")
    monkeypatch.setenv("CLAIMWATCH_SSL_CAFILE", str(ca))
    cfg = Settings(_env_file=None).client_config()
    assert cfg["security_protocol"] == "SASL_SSL"
    assert cfg["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (cfg["sasl_plain_username"], cfg["sasl_plain_password"]) == ("svc", "s3cret")
    assert cfg["ssl_cafile"] == str(ca)
    assert "s3cret" not in repr(Settings(_env_file=None))


def test_bad_value_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_PARTITIONS", "0")
    with pytest.raises(ValueError, match="partitions"):
        Settings(_env_file=None)


def test_sasl_needs_credentials_and_defaults_to_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    with pytest.raises(ValueError, match="needs CLAIMWATCH_SASL_USERNAME"):
        Settings(_env_file=None)
    monkeypatch.setenv("CLAIMWATCH_SASL_USERNAME", "u")
    monkeypatch.setenv("CLAIMWATCH_SASL_PASSWORD", "p")
    assert Settings(_env_file=None).client_config()["sasl_mechanism"] == "PLAIN"
    monkeypatch.setenv("CLAIMWATCH_SASL_MECHANISM", "scram-sha-256")
    assert Settings(_env_file=None).client_config()["sasl_mechanism"] == "SCRAM-SHA-256"


def test_sasl_settings_without_a_sasl_protocol_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_SASL_USERNAME", "u")
    with pytest.raises(ValueError, match="sasl_username set, but security_protocol is PLAINTEXT"):
        Settings(_env_file=None)


def test_log_level_is_checked_and_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_LOG_LEVEL", "debug")
    assert Settings(_env_file=None).log_level == "DEBUG"
    monkeypatch.setenv("CLAIMWATCH_LOG_LEVEL", "loud")
    with pytest.raises(ValueError, match="log_level"):
        Settings(_env_file=None)


def test_eval_dir_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).eval_dir is None
    monkeypatch.setenv("CLAIMWATCH_EVAL_DIR", "/data/eval")
    assert str(Settings(_env_file=None).eval_dir) == "/data/eval"


@pytest.mark.parametrize(("name", "value", "says"), [
    ("CLAIMWATCH_TOPIC_CLAIMS", "my claims", "'my claims' is not a Kafka topic name"),
    ("CLAIMWATCH_TOPIC_DLQ", ".", "'.' is not a Kafka topic name"),
    ("CLAIMWATCH_WORKER_GROUP", "", "must not be empty"),
    # faust names its topics after the group (before: a faust traceback at start-up)
    ("CLAIMWATCH_WORKER_GROUP", "bad group", "'bad group' cannot be a worker group: it has ' '"),
    ("CLAIMWATCH_WORKER_GROUP", "g" * 240, "faust names a topic after it"),
])
def test_topic_and_group_names_kafka_would_refuse_are_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, says: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=re.escape(says)):
        Settings(_env_file=None)


def test_the_local_broker_port_alone_moves_the_default_address(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: the address stayed 127.0.0.1:19092, so `demo` started no broker of its own
    # and looked for (or used another demo's) broker there.
    monkeypatch.setenv("CLAIMWATCH_BROKER_PORT", "29192")
    settings = Settings(_env_file=None)
    assert settings.bootstrap_servers == "127.0.0.1:29192" and settings.is_local_default()
    monkeypatch.setenv("CLAIMWATCH_BOOTSTRAP_SERVERS", "kafka:9092")
    assert Settings(_env_file=None).bootstrap_servers == "kafka:9092"  # an address given wins


def test_the_suite_runs_on_the_defaults_whatever_the_shell_exports() -> None:
    # tests/conftest.py drops exported CLAIMWATCH_* settings before the session: run this
    # file with CLAIMWATCH_LOG_LEVEL=WARNING exported and it still holds
    leaked = [n for n in os.environ if n.startswith("CLAIMWATCH_")
              and not n.startswith("CLAIMWATCH_TEST_")
              and n not in ("CLAIMWATCH_EVAL_DIR", "CLAIMWATCH_BENCH_POLNEAR")]
    assert leaked == []
    assert Settings(_env_file=None).log_level == "INFO"


@pytest.mark.parametrize(("name", "value"), [("CLAIMWATCH_BROKER_PORT", "99999"),
                                             ("CLAIMWATCH_BROKER_PORT", "-5"),
                                             ("CLAIMWATCH_BROKER_CONTROLLER_PORT", "70000")])
def test_a_local_broker_port_out_of_range_is_refused(
        monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    # Before: a traceback from bind() at `broker start`, "127.0.0.1:-5" from `config`
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match="broker"):
        Settings(_env_file=None)
