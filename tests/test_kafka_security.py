"""Settings' security options as aiokafka wants them."""

from __future__ import annotations

import ssl

from pipeline.kafka_security import aiokafka_security
from pipeline.settings import Settings


def test_plaintext_passes_only_the_protocol() -> None:
    assert aiokafka_security(Settings(_env_file=None)) == {"security_protocol": "PLAINTEXT"}


def test_sasl_ssl_gets_sasl_names_and_an_ssl_context_instead_of_files() -> None:
    cfg = aiokafka_security(
        Settings(
            _env_file=None,
            security_protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-512",
            sasl_username="dash",
            sasl_password="pw",
        )
    )
    assert cfg["security_protocol"] == "SASL_SSL"
    assert (cfg["sasl_mechanism"], cfg["sasl_plain_username"], cfg["sasl_plain_password"]) == (
        "SCRAM-SHA-512",
        "dash",
        "pw",
    )
    assert isinstance(cfg["ssl_context"], ssl.SSLContext)
    assert not {"ssl_cafile", "ssl_certfile", "ssl_keyfile"} & set(cfg)
