"""Fixtures for dashboard tests: a dashboard on its own thread, and headless Chromium.

Playwright's sync API runs its own event loop, so the dashboard gets a thread with
another one. Chromium is Debian's (``/usr/bin/chromium``); Playwright never downloads a
browser here. A missing Chromium fails the browser tests: it must not pass as a skip.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from pipeline.dashboard import Dashboard
from pipeline.settings import Settings

CHROMIUM = os.environ.get("CLAIMWATCH_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class DashboardThread:
    """A :class:`Dashboard` serving from a background thread's event loop."""

    def __init__(self, settings: Settings, **kwargs: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="dashboard", daemon=True)
        self.thread.start()
        self.dashboard = self.call(self._make(settings, kwargs))
        self.url: str = self.call(self.dashboard.start())

    @staticmethod
    async def _make(settings: Settings, kwargs: dict[str, Any]) -> Dashboard:
        return Dashboard(settings, **kwargs)  # built on the loop: its asyncio objects bind there

    def call(self, coro: Any, timeout: float = 60.0) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return future.result(timeout)

    def stop(self) -> None:
        try:
            self.call(self.dashboard.stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()


@pytest.fixture
def dashboard_settings(kafka_settings: Settings) -> Settings:
    """The test's Kafka settings, serving on a free loopback port."""
    return kafka_settings.model_copy(update={"dashboard_host": "127.0.0.1", "dashboard_port": 0})


@pytest.fixture
def live_dashboard(dashboard_settings: Settings) -> Iterator[DashboardThread]:
    server = DashboardThread(dashboard_settings)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """A headless Chromium browser; fails if Chromium is not installed.

    Module-scoped on purpose: Playwright's sync API keeps an event loop running on the
    main thread while it is open, and ``asyncio.run`` in later test modules would fail.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (browser tests need it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    """A fresh page (own cookies) that records console errors and failed script loads."""
    context = chromium.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))  # type: ignore[attr-defined]
    try:
        yield page
    finally:
        context.close()
