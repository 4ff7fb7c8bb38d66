"""claimwatch: find the factual claims in news articles on Kafka and flag the unverified ones.

The package exports the message models (``Article``, ``Claim``, ``DeadLetter``) and the
settings object (``Settings``). The extractor (``pipeline.extract``), the publisher
(``pipeline.publish``) and the adapters around them (CLI, stream worker, dashboard) are
imported from their own modules.
"""

from pipeline.models import Article, Claim, DeadLetter
from pipeline.settings import Settings

__all__ = ["Article", "Claim", "DeadLetter", "Settings"]
__version__ = "0.1.0"
