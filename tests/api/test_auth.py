"""Signing in over HTTP, the login rate limit, problem+json shapes and transport hygiene."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from tests.api.conftest import PASSWORD, Server, start_server, stop_server

from willing.storage.store import Store


def _login(server: Server, user: str, password: str) -> httpx.Response:
    return httpx.post(
        f"{server.base}/api/v1/auth/token", data={"username": user, "password": password}
    )


def test_the_password_flow_gives_a_bearer_token_that_works(small_server: Server) -> None:
    got = _login(small_server, "pol", PASSWORD)
    assert got.status_code == 200
    token = got.json()
    assert token["token_type"] == "bearer"
    assert token["expires_in"] == 12 * 3600
    me = httpx.get(
        f"{small_server.base}/api/v1/users/me",
        headers={"Authorization": f"Bearer {token['access_token']}"},
    )
    assert me.json()["name"] == "pol"
    assert me.json()["party"] == "POL"


def test_failed_logins_are_limited_per_user_and_address(small_server: Server) -> None:
    # the fixture's server allows 3 failures per user and address
    codes = [_login(small_server, "analyst", "wrong password!").status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    blocked = _login(small_server, "analyst", PASSWORD)
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert blocked.headers["content-type"] == "application/problem+json"
    assert "too many failed sign-ins" in blocked.json()["detail"]
    # another user from the same address is not blocked by those failures
    assert _login(small_server, "fra", PASSWORD).status_code == 200


def test_unknown_user_and_wrong_password_answer_alike(small_server: Server) -> None:
    unknown = _login(small_server, "nobody-at-all", "whatever it is")
    wrong = _login(small_server, "planner", "not the password")
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.json() == wrong.json()
    assert unknown.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}],
)
def test_no_identity_no_data(small_server: Server, headers: dict[str, str]) -> None:
    got = httpx.get(f"{small_server.base}/api/v1/pledges", headers=headers)
    assert got.status_code == 401
    problem = got.json()
    assert set(problem) == {"type", "title", "status", "detail"}
    assert problem["status"] == 401
    assert "P-FRA-1" not in got.text


def test_a_revoked_token_and_a_disabled_user_are_refused(small_server: Server) -> None:
    with small_server.client("admin") as admin:
        made = admin.post(
            "/users", json={"name": "short-lived", "roles": ["analyst"], "password": "p" * 14}
        )
        assert made.status_code == 201
        token = admin.post("/tokens", json={"user": "short-lived", "expires": "1h"}).json()
        header = {"Authorization": f"Bearer {token['secret']}"}
        assert httpx.get(f"{small_server.base}/api/v1/status", headers=header).status_code == 200
        assert admin.delete(f"/tokens/{token['id']}").json()["revoked_at"] is not None
        assert httpx.get(f"{small_server.base}/api/v1/status", headers=header).status_code == 401
        second = admin.post("/tokens", json={"user": "short-lived"}).json()
        header = {"Authorization": f"Bearer {second['secret']}"}
        assert admin.post("/users/short-lived/disable").json()["disabled"] is True
    assert httpx.get(f"{small_server.base}/api/v1/status", headers=header).status_code == 401
    assert _login(small_server, "short-lived", "p" * 14).status_code == 401


def test_tokens_of_others_are_missing_to_a_non_manager(small_server: Server) -> None:
    with small_server.client("admin") as admin:
        theirs = admin.post("/tokens", json={"expires": "1h"}).json()
    with small_server.client("pol") as pol:
        assert pol.delete(f"/tokens/{theirs['id']}").status_code == 404
        assert pol.get("/tokens", params={"user": "admin"}).status_code == 403
        mine = pol.get("/tokens").json()
    assert mine["count"] >= 1
    assert all(t["user"] == "pol" for t in mine["data"])
    assert all("secret" not in t for t in mine["data"])


def test_validation_problems_list_each_field(small_server: Server) -> None:
    with small_server.client("admin") as admin:
        got = admin.post(
            "/users", json={"name": "x y", "party": "ZZZ", "roles": ["liaison"], "password": "s"}
        )
    assert got.status_code == 422
    problem = got.json()
    assert problem["detail"].startswith("3 problem(s) found, nothing was changed")
    assert {p["field"] for p in problem["problems"]} == {"name", "party", "password"}
    assert all(p["where"] == "user 'x y'" for p in problem["problems"])


def test_security_headers_and_no_cors(small_server: Server) -> None:
    got = httpx.get(
        f"{small_server.base}/api/v1/permissions", headers={"Origin": "https://evil.example"}
    )
    assert got.status_code == 200
    assert got.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in got.headers["Content-Security-Policy"]
    assert got.headers["Referrer-Policy"] == "no-referrer"
    assert got.headers["Cache-Control"] == "no-store"
    assert "access-control-allow-origin" not in got.headers
    assert "server" not in got.headers


def test_request_bodies_have_a_size_limit(small_server: Server) -> None:
    with small_server.client("admin") as admin:
        got = admin.post("/plan", content=b"{" + b" " * (2 << 20) + b"}")
    assert got.status_code == 413
    assert got.headers["content-type"] == "application/problem+json"
    assert got.json()["status"] == 413


def test_interactive_docs_are_served_from_vendored_assets(small_server: Server) -> None:
    page = httpx.get(f"{small_server.base}/api/v1/docs")
    assert page.status_code == 200
    assert "https://" not in page.text
    assert "http://" not in page.text
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "init.js", "LICENSE"):
        got = httpx.get(f"{small_server.base}/api/v1/static/swagger-ui/{asset}")
        assert got.status_code == 200, asset
        assert len(got.content) > 100


def test_planners_store_plans_and_liaison_officers_do_not(small_server: Server) -> None:
    with small_server.client("planner") as planner:
        stored = planner.post("/plan", json={}).json()
    with small_server.client("pol") as pol:
        fresh = pol.post("/plan", json={}).json()
        listed = pol.get("/plans").json()
        shown = pol.get(f"/plans/{stored['plan']}")
        missing = pol.get("/plans/plan-0000000000000000")
    assert stored["plan"] is not None
    assert fresh["plan"] is None
    assert stored["plan"] in {p["id"] for p in listed["data"]}
    assert shown.status_code == 200
    assert shown.json()["reproduced"] == "identical"
    assert missing.status_code == 404


def test_cors_only_for_configured_origins(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'willing.db'}"
    Store.open(url).close()
    server = start_server(
        url, tmp_path / "server.log", WILLING_CORS_ORIGINS="https://planning.example"
    )
    try:
        allowed = httpx.get(
            f"{server.base}/api/v1/permissions", headers={"Origin": "https://planning.example"}
        )
        other = httpx.get(
            f"{server.base}/api/v1/permissions", headers={"Origin": "https://evil.example"}
        )
    finally:
        stop_server(server)
    assert allowed.headers["access-control-allow-origin"] == "https://planning.example"
    assert "access-control-allow-origin" not in other.headers
