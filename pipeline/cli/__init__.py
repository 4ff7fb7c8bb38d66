"""The ``claimwatch`` command line: one click group, one module per command family."""

from pipeline.cli.main import main

__all__ = ["main"]
