"""The live dashboard: flagged claims from Kafka, pushed to a browser page as they arrive.

``claimwatch dashboard`` runs it; :class:`Dashboard` and :func:`serve_dashboard` embed it
in another asyncio program (see :mod:`pipeline.dashboard.runner`).
"""

from pipeline.dashboard.runner import Dashboard, serve_dashboard

__all__ = ["Dashboard", "serve_dashboard"]
