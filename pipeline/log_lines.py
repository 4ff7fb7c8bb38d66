"""The one format of claimwatch's log lines, for the CLI's own logging and faust's.

Every command logs to stderr as ``TIME LEVEL LOGGER: MESSAGE``; a worker would otherwise log
in faust's ``[TIME] [PID] [LEVEL] MESSAGE`` and a reader (or a log shipper's parser) would
need two patterns for one program.

>>> config = faust_logging_config("info")
>>> config["handlers"]["stderr"]["stream"], config["root"]["level"]
('ext://sys.stderr', 'INFO')
"""

from __future__ import annotations

from typing import Any

__all__ = ["LOG_FORMAT", "faust_logging_config"]

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def faust_logging_config(level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for ``faust.Worker(logging_config=...)``."""
    return {
        "version": 1,
        # the CLI's loggers (and the filters on aiokafka's) exist already and must keep working
        "disable_existing_loggers": False,
        "formatters": {"claimwatch": {"format": LOG_FORMAT}},
        "filters": {"repeats": {"()": "pipeline.kafka_logs.KafkaClientRepeatLimiter"}},
        "handlers": {"stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "claimwatch",
            "filters": ["repeats"],
        }},
        "root": {"level": level.upper(), "handlers": ["stderr"]},
    }
