"""The sample article as the tests publish and process it (no broker needed to load it)."""

from __future__ import annotations

from pipeline.demo import sample_dir
from pipeline.inputs import read_inputs
from pipeline.models import Article


def sample_article() -> Article:
    """The bundled war-reporting sample, read the way ``claimwatch publish`` reads files."""
    (record,) = read_inputs([str(sample_dir() / "dpr-tank-crew.txt")])
    assert record.article is not None
    return record.article
