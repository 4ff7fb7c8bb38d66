"""``python -m pipeline`` is the ``claimwatch`` command."""

from pipeline.cli import main

main()
