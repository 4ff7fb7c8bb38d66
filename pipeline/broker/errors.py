"""The one exception the local broker raises, with a message meant for the user."""

from __future__ import annotations

__all__ = ["BrokerError"]


class BrokerError(RuntimeError):
    """The local Kafka broker could not be set up, started, checked or stopped."""
