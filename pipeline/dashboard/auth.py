"""Access control and browser hardening for every dashboard response.

With a token configured, a request must carry it as ``Authorization: Bearer …``, as the
``claimwatch_token`` cookie, or once as ``?token=…``: that last form sets the cookie and
redirects to the same URL without the token, so it does not linger in the address bar or
in the history. Tokens are compared in constant time. ``/healthz`` stays open so a
supervisor can probe liveness without the secret; it reveals no claim data.

Every response also gets a Content-Security-Policy that only allows the dashboard's own
scripts and styles: even if some text were ever turned into markup by mistake, an
injected inline script or event handler would not run.
"""

from __future__ import annotations

import hmac

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

__all__ = ["COOKIE", "OPEN_PATHS", "auth_middleware", "harden", "security_headers", "token_matches"]

COOKIE = "claimwatch_token"
OPEN_PATHS = frozenset({"/healthz"})


CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def token_matches(supplied: str | None, expected: str) -> bool:
    """Constant-time comparison; a missing token never matches.

    >>> token_matches("s3cret", "s3cret"), token_matches("s3cre", "s3cret")
    (True, False)
    >>> token_matches(None, "x")
    False
    """
    if supplied is None:
        return False
    return hmac.compare_digest(supplied.encode("utf-8"), expected.encode("utf-8"))


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def auth_middleware(token: str | None) -> Middleware:
    """A middleware that lets requests through only with ``token`` (or always, if ``None``)."""

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        if token is None or request.path in OPEN_PATHS:
            return await handler(request)
        query_token = request.query.get("token")
        if query_token is not None and token_matches(query_token, token):
            clean = request.rel_url.without_query_params("token")
            redirect = web.HTTPSeeOther(location=str(clean))
            redirect.set_cookie(COOKIE, token, httponly=True, samesite="Strict", path="/")
            raise redirect
        cookie = request.cookies.get(COOKIE)
        if token_matches(_bearer(request), token) or token_matches(cookie, token):
            return await handler(request)
        return web.json_response(
            {"error": "unauthorized", "hint": "open the dashboard URL with ?token=<token>"},
            status=401,
            headers={"WWW-Authenticate": 'Bearer realm="claimwatch"'},
        )

    return check


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:  # 404s and redirects get the headers too
        response = exc
        harden(response)
        raise
    harden(response)
    return response


def harden(response: web.StreamResponse) -> None:
    """Add the hardening headers (streams call this themselves before sending headers)."""
    if response.prepared:
        return
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
