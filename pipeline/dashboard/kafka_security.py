"""Settings' Kafka security (kafka-python names) translated for aiokafka.

aiokafka takes the same SASL keywords as kafka-python but wants one ``ssl_context``
instead of certificate file paths.

>>> from pipeline.settings import Settings
>>> cfg = aiokafka_security(Settings(security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN",
...                                  sasl_username="u", sasl_password="p"))
>>> cfg["sasl_mechanism"], cfg["sasl_plain_username"], cfg["sasl_plain_password"]
('PLAIN', 'u', 'p')
>>> "ssl_context" in cfg
False
"""

from __future__ import annotations

from typing import Any

from aiokafka.helpers import create_ssl_context

from pipeline.settings import Settings

__all__ = ["aiokafka_security"]

_SSL_FILES = ("ssl_cafile", "ssl_certfile", "ssl_keyfile")


def aiokafka_security(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka clients from ``Settings.kafka_python_security()``."""
    cfg = settings.kafka_python_security()
    files = {name: cfg.pop(name) for name in _SSL_FILES if name in cfg}
    if cfg["security_protocol"] in ("SSL", "SASL_SSL") or files:
        cfg["ssl_context"] = create_ssl_context(
            cafile=files.get("ssl_cafile"),
            certfile=files.get("ssl_certfile"),
            keyfile=files.get("ssl_keyfile"),
        )
    return cfg
