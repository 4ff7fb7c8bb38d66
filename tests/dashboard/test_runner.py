"""Embedding the dashboard: start/stop, serve_dashboard, graceful shutdown with open streams."""

from __future__ import annotations

import asyncio
import socket
import time

import aiohttp
import pytest

from pipeline.dashboard import Dashboard, serve_dashboard
from pipeline.settings import Settings
from pipeline.topics import ensure_topics


async def _healthy(
    session: aiohttp.ClientSession, url: str, timeout: float = 45.0
) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        async with session.get(url + "healthz") as response:
            body: dict[str, object] = await response.json()
            if response.status == 200:
                return body
        if time.monotonic() > deadline:
            raise AssertionError(f"never healthy: {body}")
        await asyncio.sleep(0.2)


@pytest.mark.kafka
def test_serve_dashboard_until_stop_is_set(kafka_settings: Settings) -> None:
    ensure_topics(kafka_settings)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = kafka_settings.model_copy(update={"dashboard_port": port})
    url = f"http://127.0.0.1:{port}/"

    async def run() -> None:
        ready, stop = asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(serve_dashboard(settings, ready=ready, stop=stop))
        await asyncio.wait_for(ready.wait(), 30)
        async with aiohttp.ClientSession() as session:
            assert (await _healthy(session, url))["status"] == "ok"
            stop.set()
            assert await asyncio.wait_for(task, 30) == url
            with pytest.raises(aiohttp.ClientConnectionError):
                await session.get(url + "healthz")  # the port is closed after the return

    asyncio.run(run())


@pytest.mark.kafka
def test_stop_ends_open_event_streams_cleanly(kafka_settings: Settings) -> None:
    ensure_topics(kafka_settings)
    settings = kafka_settings.model_copy(update={"dashboard_port": 0})

    async def run() -> None:
        dash = Dashboard(settings)
        url = await dash.start()
        async with aiohttp.ClientSession() as session:
            health = await _healthy(session, url)
            assert health["status"] == "ok"
            stream = await session.get(url + "api/events")
            first = await asyncio.wait_for(stream.content.readline(), 10)
            assert first.startswith(b"retry:")
            assert dash.hub.clients == 1
            await asyncio.wait_for(dash.stop(), 10)
            rest = await asyncio.wait_for(stream.content.read(), 10)  # the stream ended
            assert rest.endswith(b"\n\n")
            stream.close()
        assert dash.hub.clients == 0

    asyncio.run(run())


def test_a_taken_port_fails_start_with_oserror() -> None:
    settings = Settings(_env_file=None, dashboard_port=0, bootstrap_servers="127.0.0.1:9")

    async def run() -> None:
        async with Dashboard(settings, consume=False) as first:
            port = int(first.url.rsplit(":", 1)[1].strip("/"))
            second = Dashboard(settings.model_copy(update={"dashboard_port": port}), consume=False)
            with pytest.raises(OSError):
                await second.start()
            await second.stop()

    asyncio.run(run())
