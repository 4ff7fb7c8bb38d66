"""Claim extraction: ``extract(article)`` turns an Article into typed, explained Claims.

Pure Python (regexes and lexicons), no network or Kafka imports; see
:mod:`pipeline.extract.engine` for the stages.
"""

from pipeline.extract.engine import (
    DEFAULT_THRESHOLD,
    EXTRACTOR_VERSION,
    ExtractionResult,
    extract,
    make_extractor,
)

__all__ = ["DEFAULT_THRESHOLD", "EXTRACTOR_VERSION", "ExtractionResult", "extract",
           "make_extractor"]
