"""Web sessions and CSRF protection.

A signed-in browser holds one HttpOnly cookie: the secret of a session kept (hashed) by
the accounts service. Every form carries a CSRF token derived from that secret, which a
page of another site cannot read; before sign-in the form carries a random token that
must equal a cookie of the same value (double submit).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request

from willing.domain.errors import AuthenticationFailed, WillingError
from willing.services import accounts
from willing.services.accounts import UserPublic
from willing.storage.store import Store

COOKIE = "willing_session"
LOGIN_COOKIE = "willing_login"
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"


class SignInRequired(WillingError):
    """The page needs a signed-in user; the browser is sent to the sign-in page."""


class CsrfFailed(WillingError):
    """A form came without the token of this session (or of this sign-in page)."""


def session_secret(request: Request) -> str | None:
    return request.cookies.get(COOKIE) or None


def signed_in(store: Store, request: Request) -> tuple[UserPublic, str]:
    """The user of the browser's session and its secret; SignInRequired otherwise."""
    secret = session_secret(request)
    if not secret:
        raise SignInRequired("sign in first")
    try:
        return accounts.session_user(store, secret), secret
    except AuthenticationFailed:
        raise SignInRequired("your session has ended: sign in again") from None


def csrf_token(secret: str) -> str:
    """The CSRF token of a session (stable for the session, useless without it)."""
    return hmac.new(secret.encode(), b"willing-csrf", hashlib.sha256).hexdigest()


def new_login_token() -> str:
    return secrets.token_urlsafe(24)


def check_csrf(expected: str, sent: str | None) -> None:
    """Refuse a form whose token is not the expected one (compared in constant time)."""
    if not sent or not hmac.compare_digest(expected.encode(), sent.encode()):
        raise CsrfFailed("the form has expired or did not come from this site: reload and retry")


def cookie_flags(request: Request) -> dict[str, object]:
    """HttpOnly, SameSite=Lax, and Secure whenever the browser came over HTTPS."""
    return {
        "httponly": True,
        "samesite": "lax",
        "secure": request.url.scheme == "https",
        "path": "/",
    }
