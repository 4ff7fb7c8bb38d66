"""The local single-node Kafka broker claimwatch uses for development, tests, CI and the demo.

See ``deploy/kafka/README.md`` for how it is built from Maven Central jars.
"""

from pipeline.broker.errors import BrokerError
from pipeline.broker.local import BrokerStatus, LocalBroker, StartResult, StopResult

__all__ = ["BrokerError", "BrokerStatus", "LocalBroker", "StartResult", "StopResult"]
