"""What every form handler shares: the CSRF check and the redirect after a post."""

from __future__ import annotations

from fastapi.responses import RedirectResponse

from willing.web.page import Page
from willing.web.session import CSRF_HEADER, check_csrf


def checked(page: Page, sent: str | None) -> None:
    """Refuse a post without this session's CSRF token (form field or htmx header)."""
    check_csrf(page.csrf, sent or page.request.headers.get(CSRF_HEADER))


def see_other(path: str) -> RedirectResponse:
    """Post/redirect/get: the browser shows the result at a URL safe to reload."""
    return RedirectResponse(path, status_code=303)


def local(path: str | None, default: str = "/") -> str:
    """A redirect target on this site only (no scheme, no other host)."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return default
    return path
