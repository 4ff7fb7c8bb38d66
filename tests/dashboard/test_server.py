"""The HTTP handlers without a broker: page, assets, JSON, event stream, health, metrics."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import pytest
from aiohttp.test_utils import TestClient, TestServer
from aiokafka import TopicPartition

from pipeline.dashboard import server
from pipeline.dashboard.feed import KafkaFeed
from pipeline.dashboard.hub import Hub
from pipeline.dashboard.server import DashboardContext, create_app
from pipeline.dashboard.state import DashboardState, FeedRecord
from pipeline.settings import Settings
from tests.dashboard.factories import make_article, sample_claims

Check = Callable[[TestClient[Any, Any], DashboardContext], Awaitable[None]]


def serve(check: Check, *, feed: bool = False, **settings: Any) -> None:
    """Run ``check`` against the app on a real loopback socket, with sample data loaded."""

    async def run() -> None:
        cfg = Settings(_env_file=None, **settings)
        state = DashboardState()
        article = make_article()
        claims = sample_claims(article)
        records = [FeedRecord("articles", "articles", 0, 0, 1000, b"a", article.to_json())]
        records += [
            FeedRecord("flagged" if c.flagged else "claims", "t", 0, i + 1, 1000, None, c.to_json())
            for i, c in enumerate(claims)
        ]
        state.apply(records)
        ctx = DashboardContext(cfg, state, Hub())
        if feed:
            ctx.feed = KafkaFeed(cfg, state.apply)
        async with TestClient(TestServer(create_app(ctx))) as client:
            await check(client, ctx)

    asyncio.run(run())


def test_page_and_assets_are_served_with_a_strict_policy() -> None:
    async def check(client: TestClient[Any, Any], ctx: DashboardContext) -> None:
        page = await client.get("/")
        assert page.status == 200
        assert page.headers["Content-Type"].startswith("text/html")
        csp = page.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
        assert page.headers["X-Content-Type-Options"] == "nosniff"
        html = await page.text()
        assert "/static/app.js" in html and "http" not in html.split("<body>")[0]
        for name, kind in [("app.js", "text/javascript"), ("style.css", "text/css"),
                           ("favicon.svg", "image/svg+xml")]:  # fmt: skip
            asset = await client.get(f"/static/{name}")
            assert asset.status == 200 and asset.headers["Content-Type"].startswith(kind)
        for missing in ["/static/nope.js", "/static/..%2F__init__.py", "/static/../server.py"]:
            assert (await client.get(missing)).status == 404

    serve(check)


def test_snapshot_and_article_json() -> None:
    async def check(client: TestClient[Any, Any], ctx: DashboardContext) -> None:
        snap = await (await client.get("/api/snapshot")).json()
        assert len(snap["claims"]) == 3
        assert snap["stats"]["held"] == 3
        assert snap["feed"]["consuming"] is False
        article = await client.get("/api/articles/a-tank")
        assert article.status == 200
        body = await article.json()
        assert body["available"] is True and len(body["claims"]) == 4
        assert (await client.get("/api/articles/unknown")).status == 404

    serve(check, dashboard_history=500)


def test_a_page_gets_the_claims_held_whatever_the_history_read_back() -> None:
    # Before: --history 0 (read no history back) also cut every later page to no claims,
    # including those that had arrived live.
    async def check(client: TestClient[Any, Any], ctx: DashboardContext) -> None:
        snap = await (await client.get("/api/snapshot")).json()
        assert len(snap["claims"]) == 3

    serve(check, dashboard_history=0)


def test_a_page_starts_with_at_most_the_newest_page_claims(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "PAGE_CLAIMS", 1)

    async def check(client: TestClient[Any, Any], ctx: DashboardContext) -> None:
        snap = await (await client.get("/api/snapshot")).json()
        assert len(snap["claims"]) == 1
        assert snap["stats"]["held"] == 3

    serve(check)


async def _next_event(response: Any) -> tuple[str, Any]:
    event, data = "", b""
    while True:
        line = await asyncio.wait_for(response.content.readline(), 5)
        if line.startswith(b"event: "):
            event = line[7:].strip().decode()
        elif line.startswith(b"data: "):
            data = line[6:].strip()
        elif line == b"\n" and event:
            return event, orjson.loads(data)


def test_event_stream_starts_with_a_snapshot_then_relays_hub_events() -> None:
    async def check(client: TestClient[Any, Any], ctx: DashboardContext) -> None:
        response = await client.get("/api/events")
        assert response.headers["Content-Type"].startswith("text/event-stream")
        assert response.headers["Cache-Control"] == "no-cache"
        event, snap = await _next_event(response)
        assert event == "snapshot" and len(snap["claims"]) == 3
        assert ctx.hub.clients == 1
        ctx.hub.publish("claims", [{"claim_id": "c-x"}])
        assert await _next_event(response) == ("claims", [{"claim_id": "c-x"}])
        ctx.hub.close_all()  # the server ends the stream
        assert await asyncio.wait_for(response.content.read(), 5) == b""

    serve(check)


def test_healthz_is_503_until_the_feed_consumes_then_200() -> None:
    async def check(client: TestClient[Any, Any], ctx: DashboardContext) -> None:
        down = await client.get("/healthz")
        assert down.status == 503
        assert (await down.json())["feed"]["connected"] is False
        feed = ctx.feed
        assert feed is not None
        feed.connected = True
        feed.subscribed = frozenset({"claims.flagged"})
        feed.last_poll = time.monotonic()
        up = await client.get("/healthz")
        assert up.status == 200
        body = await up.json()
        assert body["status"] == "ok" and body["claims_held"] == 3
        feed.last_poll = time.monotonic() - 3600  # a stuck fetch loop is not healthy
        assert (await client.get("/healthz")).status == 503

    serve(check, feed=True)


def test_metrics_report_consumed_lag_clients_and_claims() -> None:
    async def check(client: TestClient[Any, Any], ctx: DashboardContext) -> None:
        feed = ctx.feed
        assert feed is not None
        feed.consumed["claims.flagged"] = 7
        tp = TopicPartition("claims.flagged", 2)
        feed.next_offset[tp], feed.highwater[tp] = 5, 12
        ctx.hub.subscribe()
        response = await client.get("/metrics")
        assert response.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"
        lines = set((await response.text()).splitlines())
        assert 'claimwatch_dashboard_messages_consumed_total{topic="claims.flagged"} 7' in lines
        assert 'claimwatch_dashboard_messages_consumed_total{topic="articles"} 0' in lines
        assert 'claimwatch_dashboard_consumer_lag{partition="2",topic="claims.flagged"} 7' in lines
        assert "claimwatch_dashboard_sse_clients 1" in lines
        assert "claimwatch_dashboard_claims_held 3" in lines
        assert "claimwatch_dashboard_consuming 0" in lines

    serve(check, feed=True)
