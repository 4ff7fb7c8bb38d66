"""The optional access token: bearer header, cookie, or ?token= once; 401 otherwise."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from pipeline.dashboard.auth import COOKIE, auth_middleware, security_headers, token_matches

Check = Callable[[TestClient[Any, Any]], Awaitable[None]]


def serve(token: str | None, check: Check) -> None:
    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def run() -> None:
        app = web.Application(middlewares=[security_headers, auth_middleware(token)])
        app.router.add_get("/", ok)
        app.router.add_get("/api/snapshot", ok)
        app.router.add_get("/healthz", ok)
        async with TestClient(TestServer(app)) as client:
            await check(client)

    asyncio.run(run())


def test_without_a_token_everything_is_open() -> None:
    async def check(client: TestClient[Any, Any]) -> None:
        assert (await client.get("/api/snapshot")).status == 200

    serve(None, check)


def test_with_a_token_requests_without_it_get_401_but_healthz_stays_open() -> None:
    async def check(client: TestClient[Any, Any]) -> None:
        for path in ["/", "/api/snapshot"]:
            denied = await client.get(path)
            assert denied.status == 401
            assert denied.headers["WWW-Authenticate"].startswith("Bearer")
            assert denied.headers["Content-Security-Policy"]
        wrong = await client.get("/", headers={"Authorization": "Bearer nope"})
        assert wrong.status == 401
        assert (await client.get("/?token=nope")).status == 401
        assert (await client.get("/healthz")).status == 200

    serve("s3cret", check)


def test_bearer_header_is_accepted() -> None:
    async def check(client: TestClient[Any, Any]) -> None:
        ok = await client.get("/api/snapshot", headers={"Authorization": "Bearer s3cret"})
        assert ok.status == 200 and await ok.text() == "ok"

    serve("s3cret", check)


def test_query_token_sets_a_cookie_and_redirects_to_the_clean_url() -> None:
    async def check(client: TestClient[Any, Any]) -> None:
        first = await client.get("/api/snapshot?token=s3cret&x=1", allow_redirects=False)
        assert first.status == 303
        assert first.headers["Location"] == "/api/snapshot?x=1"
        cookie = first.cookies[COOKIE]
        assert cookie.value == "s3cret"
        assert cookie["httponly"] and cookie["samesite"] == "Strict"
        again = await client.get("/api/snapshot")  # the client now sends the cookie
        assert again.status == 200

    serve("s3cret", check)


def test_tokens_compare_exactly() -> None:
    assert token_matches("abc", "abc")
    assert not token_matches("abcd", "abc")
    assert not token_matches("ab", "abc")
    assert not token_matches("", "abc")
    assert not token_matches(None, "abc")
    assert token_matches("päss", "päss")
