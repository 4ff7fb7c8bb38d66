"""claimwatch: find the factual claims in news articles on Kafka and flag the unverified ones.

The public API is small: the message models, the settings object, the extractor and the
publisher. Everything else is an adapter (CLI, stream worker, dashboard) around them.
"""

from pipeline.models import Article, Claim, DeadLetter
from pipeline.settings import Settings

__all__ = ["Article", "Claim", "DeadLetter", "Settings"]
__version__ = "0.1.0"
