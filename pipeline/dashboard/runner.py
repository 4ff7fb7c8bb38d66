"""Run the dashboard inside any asyncio program: ``Dashboard`` (start/stop) or ``serve_dashboard``.

Embedding, e.g. from a demo that already has an event loop::

    dash = Dashboard(settings)
    url = await dash.start()      # binds, starts consuming; port 0 picks a free port
    ...
    await dash.stop()             # ends event streams, stops the consumer, closes the socket

or, to run until cancelled or until ``stop`` is set::

    await serve_dashboard(settings, ready=ready_event, stop=stop_event)
"""

from __future__ import annotations

import asyncio
import logging
from types import TracebackType

from aiohttp import web

from pipeline.dashboard.feed import KafkaFeed
from pipeline.dashboard.hub import Hub
from pipeline.dashboard.server import DashboardContext, create_app
from pipeline.dashboard.state import DashboardState, FeedRecord
from pipeline.settings import Settings

__all__ = ["SERVING_MESSAGE", "Dashboard", "serve_dashboard"]

#: Logged once the dashboard accepts connections; the demo waits for it.
SERVING_MESSAGE = "dashboard serving at"

log = logging.getLogger(__name__)


class Dashboard:
    """The dashboard server and its Kafka feed, sharing the caller's event loop."""

    stats_every_s = 1.0
    stats_idle_s = 10.0  # resend now and then anyway, so the per-minute chart moves on

    def __init__(
        self, settings: Settings, *, consume: bool = True, state: DashboardState | None = None
    ):
        self.settings = settings
        self.state = state or DashboardState(capacity=max(5000, 2 * settings.dashboard_history))
        self.hub = Hub()
        self.feed = KafkaFeed(settings, self._on_records) if consume else None
        self.context = DashboardContext(settings, self.state, self.hub, self.feed)
        self._runner: web.AppRunner | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self.url = ""

    async def start(self) -> str:
        """Bind the server and start consuming; returns the page's URL."""
        self._runner = web.AppRunner(
            create_app(self.context), access_log=None, shutdown_timeout=2.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.dashboard_host, self.settings.dashboard_port)
        await site.start()
        host, port = _bound(self._runner, self.settings.dashboard_host)
        self.url = f"http://{host}:{port}/"
        if self.feed is not None:
            self._tasks.append(asyncio.create_task(self.feed.run(), name="dashboard-feed"))
        self._tasks.append(asyncio.create_task(self._tick_stats(), name="dashboard-stats"))
        log.info("%s %s", SERVING_MESSAGE, self.url)
        return self.url

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
            except Exception:  # the server and open streams must still be shut down
                log.exception("dashboard task %s had failed", task.get_name())
        self._tasks.clear()
        self.hub.close_all()  # event streams end, so the server need not wait for them
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        log.info("dashboard stopped")

    async def __aenter__(self) -> Dashboard:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def _on_records(self, records: list[FeedRecord]) -> None:
        changes = self.state.apply(records)
        if not self.hub.clients:
            return  # views are built when a page asks for them, not for nobody
        upserts = [c.held.view_json() for c in changes if c.held is not None]
        removed = [c.claim_id for c in changes if c.kind == "remove"]
        if upserts:
            self.hub.publish("claims", upserts)
        if removed:
            self.hub.publish("remove", removed)

    async def _tick_stats(self) -> None:
        sent_version = -1
        idle = 0.0
        while True:
            await asyncio.sleep(self.stats_every_s)
            idle += self.stats_every_s
            if self.hub.clients and (
                self.state.version != sent_version or idle >= self.stats_idle_s
            ):
                sent_version = self.state.version
                idle = 0.0
                self.hub.publish("stats", self.context.stats())


def _bound(runner: web.AppRunner, host: str) -> tuple[str, int]:
    """The address actually bound (the port differs from the setting when it was 0)."""
    address = runner.addresses[0]
    bound_host, port = address[0], int(address[1])
    shown = host if host not in ("", "0.0.0.0", "::") else bound_host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return shown, port


async def serve_dashboard(
    settings: Settings,
    *,
    ready: asyncio.Event | None = None,
    stop: asyncio.Event | None = None,
) -> str:
    """Serve until ``stop`` is set or the task is cancelled; ``ready`` is set once listening.

    Returns the URL it served at. Shutdown is graceful either way.
    """
    dashboard = Dashboard(settings)
    url = await dashboard.start()
    if ready is not None:
        ready.set()
    try:
        await (stop.wait() if stop is not None else asyncio.Event().wait())
    finally:
        await dashboard.stop()
    return url
