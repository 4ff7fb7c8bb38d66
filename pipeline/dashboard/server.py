"""The dashboard's HTTP side: the page, its JSON, the event stream, health and metrics.

Routes (all GET):

- ``/`` and ``/static/<file>``: the single page and its own scripts and styles. Nothing is
  loaded from anywhere else, so the page works offline.
- ``/api/events``: Server-Sent Events. The first event is a ``snapshot`` (recent flagged
  claims and stats); then ``claims`` (changed claims, replacing any with the same id),
  ``remove`` (claim ids gone) and ``stats`` (about once a second while things change).
- ``/api/snapshot``: the same snapshot as plain JSON.
- ``/api/articles/<article_id>``: one article with every span pre-cut for highlighting.
- ``/healthz``: JSON; 200 while consuming from Kafka, 503 otherwise. Open without token.
- ``/metrics``: Prometheus text.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import orjson
from aiohttp import web

from pipeline import __version__
from pipeline.dashboard.auth import auth_middleware, harden, security_headers
from pipeline.dashboard.feed import KafkaFeed
from pipeline.dashboard.hub import CLOSE, Hub, encode_event
from pipeline.dashboard.metrics import CONTENT_TYPE, Metric, render
from pipeline.dashboard.state import DashboardState
from pipeline.settings import Settings

__all__ = ["PAGE_CLAIMS", "DashboardContext", "create_app", "now_ms"]

KEEPALIVE_S = 15.0
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}


def now_ms() -> int:
    return int(time.time() * 1000)


#: Flagged claims a newly opened page starts with (the newest held); it is not the history
#: read back on start, so ``--history 0`` still gives later pages what arrived live.
PAGE_CLAIMS = 500


@dataclass
class DashboardContext:
    """What the handlers share; the feed is ``None`` when the dashboard does not consume."""

    settings: Settings
    state: DashboardState
    hub: Hub
    feed: KafkaFeed | None = None
    started: float = field(default_factory=time.monotonic)

    def snapshot(self) -> dict[str, Any]:
        snap = self.state.snapshot(PAGE_CLAIMS, now_ms())
        snap["feed"] = self.feed_status()
        return snap

    def stats(self) -> dict[str, Any]:
        stats = self.state.stats(now_ms())
        stats["feed"] = self.feed_status()
        return stats

    def feed_status(self) -> dict[str, Any]:
        if self.feed is None:
            return {"connected": False, "consuming": False, "reason": "not consuming (disabled)"}
        return self.feed.status()


def _load_static() -> dict[str, tuple[bytes, str]]:
    """Every served asset, read once; only these names can ever be requested."""
    files: dict[str, tuple[bytes, str]] = {}
    for entry in (resources.files("pipeline.dashboard") / "static").iterdir():
        suffix = "." + entry.name.rsplit(".", 1)[-1]
        if entry.is_file() and suffix in _TYPES:
            files[entry.name] = (entry.read_bytes(), _TYPES[suffix])
    return files


def create_app(ctx: DashboardContext) -> web.Application:
    token = ctx.settings.dashboard_token
    app = web.Application(
        middlewares=[security_headers, auth_middleware(token.get_secret_value() if token else None)]
    )
    static = _load_static()

    def asset(name: str) -> web.Response:
        if name not in static:
            raise web.HTTPNotFound()
        body, content_type = static[name]
        return web.Response(
            body=body, headers={"Content-Type": content_type, "Cache-Control": "no-cache"}
        )

    async def index(request: web.Request) -> web.Response:
        return asset("index.html")

    async def static_file(request: web.Request) -> web.Response:
        return asset(request.match_info["name"])

    async def snapshot(request: web.Request) -> web.Response:
        return web.json_response(ctx.snapshot(), dumps=_dumps)

    async def article(request: web.Request) -> web.Response:
        view = ctx.state.article(request.match_info["article_id"])
        if view is None:
            return web.json_response({"error": "unknown article"}, status=404)
        return web.json_response(view, dumps=_dumps)

    async def events(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-cache",
                "X-Accel-Buffering": "no",  # proxies must not hold events back
            }
        )
        harden(response)
        sub = ctx.hub.subscribe()  # before the snapshot, so nothing falls in between
        try:
            await response.prepare(request)
            await response.write(b"retry: 2000\n\n" + encode_event("snapshot", ctx.snapshot()))
            while True:
                try:
                    frame = await asyncio.wait_for(sub.queue.get(), KEEPALIVE_S)
                except TimeoutError:
                    frame = b": keep-alive\n\n"
                if frame == CLOSE:
                    break
                await response.write(frame)
        except (ConnectionResetError, ConnectionError):
            pass  # the page went away
        finally:
            ctx.hub.unsubscribe(sub)
        return response

    async def healthz(request: web.Request) -> web.Response:
        status = ctx.feed_status()
        body = {
            "status": "ok" if status["consuming"] else "not consuming",
            "version": __version__,
            "uptime_s": round(time.monotonic() - ctx.started, 1),
            "feed": status,
            "sse_clients": ctx.hub.clients,
            **ctx.state.counts(),
        }
        return web.json_response(body, status=200 if status["consuming"] else 503, dumps=_dumps)

    async def metrics(request: web.Request) -> web.Response:
        return web.Response(
            text=render(collect_metrics(ctx)), headers={"Content-Type": CONTENT_TYPE}
        )

    app.router.add_get("/", index)
    app.router.add_get("/static/{name}", static_file)
    app.router.add_get("/api/snapshot", snapshot)
    app.router.add_get("/api/articles/{article_id:.+}", article)
    app.router.add_get("/api/events", events)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    return app


def collect_metrics(ctx: DashboardContext) -> list[Metric]:
    feed = ctx.feed
    topics = list(feed.roles) if feed else []
    consumed = [({"topic": t}, feed.consumed[t]) for t in topics] if feed else []
    errors = [({"topic": t}, ctx.state.decode_errors[t]) for t in topics]
    lag = (
        [
            ({"topic": tp.topic, "partition": str(tp.partition)}, n)
            for tp, n in sorted(feed.lag().items())
        ]
        if feed
        else []
    )
    counts = ctx.state.counts()
    return [
        Metric("claimwatch_dashboard_messages_consumed_total", "counter",
               "Kafka records the dashboard consumed, by topic.", consumed),
        Metric("claimwatch_dashboard_decode_errors_total", "counter",
               "Records skipped because they did not decode, by topic.", errors),
        Metric("claimwatch_dashboard_consumer_lag", "gauge",
               "Records behind the partition's high watermark.", lag),
        Metric("claimwatch_dashboard_consuming", "gauge",
               "1 while the dashboard is consuming from Kafka.",
               [({}, 1 if feed and feed.consuming() else 0)]),
        Metric("claimwatch_dashboard_sse_clients", "gauge",
               "Connected Server-Sent Events clients (open pages).", [({}, ctx.hub.clients)]),
        Metric("claimwatch_dashboard_sse_dropped_total", "counter",
               "Event streams cut off because the page fell behind.", [({}, ctx.hub.dropped)]),
        Metric("claimwatch_dashboard_claims_held", "gauge",
               "Flagged claims held in memory.", [({}, counts["claims_held"])]),
        Metric("claimwatch_dashboard_articles_held", "gauge",
               "Article bodies held in memory for the article view.",
               [({}, counts["articles_held"])]),
    ]  # fmt: skip


def _dumps(obj: Any) -> str:
    return orjson.dumps(obj).decode("utf-8")
