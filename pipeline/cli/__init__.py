"""The ``claimwatch`` command line: one click group, one module per command family."""

# Each import registers its commands on ``main``.
from pipeline.cli import admin_cmds as _admin_cmds  # noqa: F401
from pipeline.cli import bench_cmd as _bench_cmd  # noqa: F401
from pipeline.cli import broker_cmd as _broker_cmd  # noqa: F401
from pipeline.cli import dashboard_cmd as _dashboard_cmd  # noqa: F401
from pipeline.cli import demo_cmd as _demo_cmd  # noqa: F401
from pipeline.cli import eval_cmd as _eval_cmd  # noqa: F401
from pipeline.cli import publish_cmd as _publish_cmd  # noqa: F401
from pipeline.cli import stream_cmds as _stream_cmds  # noqa: F401
from pipeline.cli import train_cmd as _train_cmd  # noqa: F401
from pipeline.cli import worker_cmd as _worker_cmd  # noqa: F401
from pipeline.cli.main import main

__all__ = ["main"]
