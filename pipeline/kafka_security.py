"""Settings' Kafka security (kafka-python names) translated for aiokafka and faust.

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

import ssl
from typing import Any

from aiokafka.helpers import create_ssl_context

from pipeline.settings import Settings

__all__ = ["aiokafka_security", "ssl_context"]

_SSL_FILES = ("ssl_cafile", "ssl_certfile", "ssl_keyfile")


def aiokafka_security(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka clients from ``Settings.kafka_python_security()``."""
    cfg = settings.kafka_python_security()
    files = {name: cfg.pop(name) for name in _SSL_FILES if name in cfg}
    if cfg["security_protocol"] in ("SSL", "SASL_SSL") or files:
        cfg["ssl_context"] = ssl_context(settings)
    return cfg


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """The TLS context for the configured CA and client certificate (aiokafka and faust)."""
    context: ssl.SSLContext = create_ssl_context(
        cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None,
        certfile=str(settings.ssl_certfile) if settings.ssl_certfile else None,
        keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
    )
    return context
