"""Transport hygiene: security headers on every response, a request body size limit, and a
limit on failed logins per user and address. Each response also says how long the server
worked on it (`Server-Timing: app;dur=MS`), which the benchmark reads."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Mapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from willing.api.problems import MEDIA_TYPE

#: JSON answers load nothing and may be framed by nobody.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
#: The interactive docs load their vendored script and styles from this server only.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'"
)
#: Web pages load scripts, styles, fonts and images from this server only; no inline
#: script or style, no eval, forms post back here only.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
COMMON = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class _TooLarge(Exception):
    pass


class Hygiene:
    """Pure ASGI middleware (cheaper than a `BaseHTTPMiddleware`): adds the headers, and
    answers 413 to a body over `max_body` bytes (or the limit `larger` sets for a path),
    by its Content-Length or as it streams."""

    def __init__(
        self,
        app: ASGIApp,
        max_body: int,
        docs_prefix: str,
        api_prefix: str = "/api/",
        larger: Mapping[str, int] | None = None,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.docs_prefix = docs_prefix
        self.api_prefix = api_prefix
        self.larger = dict(larger or {})
        # the headers of each kind of path, made once (every response carries them)
        no_store = [(b"cache-control", b"no-store")]
        self._docs = [*COMMON, (b"content-security-policy", DOCS_CSP.encode())]
        self._api = [*COMMON, (b"content-security-policy", API_CSP.encode()), *no_store]
        self._static = [*COMMON, (b"content-security-policy", PAGE_CSP.encode())]
        self._pages = [*self._static, *no_store]

    def _headers(self, path: str) -> list[tuple[bytes, bytes]]:
        if path.startswith(self.docs_prefix):
            return self._docs
        if path.startswith(self.api_prefix):
            return self._api
        return self._static if path.startswith("/static/") else self._pages

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        extra = self._headers(path)
        started = False
        began = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                took = (time.perf_counter() - began) * 1000
                message["headers"] = [
                    *message.get("headers", []),
                    *((k, v) for k, v in extra if k not in names),
                    (b"server-timing", f"app;dur={took:.1f}".encode()),
                ]
            await send(message)

        limit = self.larger.get(path, self.max_body)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                await self._too_large(send_with_headers, limit)
                return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send_with_headers)
        except _TooLarge:
            if not started:
                await self._too_large(send_with_headers, limit)

    async def _too_large(self, send: Send, limit: int) -> None:
        body = json.dumps(
            {
                "type": "about:blank",
                "title": "Content Too Large",
                "status": 413,
                "detail": f"the request body is larger than {limit} bytes",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class LoginLimiter:
    """Failed logins counted per (user, address) and per address in a sliding window.

    Kept in the worker's memory: with several workers each keeps its own count, so an
    attacker gets at most `workers` times the limit; a login still costs an Argon2 check.
    """

    def __init__(self, attempts: int, window: float) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[Any, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: Any, now: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def retry_after(self, user: str, address: str) -> int | None:
        """Seconds to wait when this user or address is over the limit, else None."""
        now = time.monotonic()
        with self._lock:
            for key, limit in (((user, address), self.attempts), (address, 4 * self.attempts)):
                times = self._recent(key, now)
                if len(times) >= limit:
                    return max(1, int(times[0] + self.window - now) + 1)
        return None

    def failed(self, user: str, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._recent((user, address), now).append(now)
            self._recent(address, now).append(now)
            if len(self._failures) > 100_000:  # keep memory bounded under a spray
                self._failures.clear()

    def succeeded(self, user: str, address: str) -> None:
        with self._lock:
            self._failures.pop((user, address), None)
