"""What the server keeps between requests never outlives the truth: token users and answers
are kept per registry revision, so a revoked token, a disabled user or a changed record
takes effect on the next request, whether the change came over HTTP or from another
process on the same database (the CLI, another server worker)."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import time

import httpx
import pytest
from tests.api.conftest import Server

from willing.api.routes import records
from willing.api.settings import BASE
from willing.services import accounts
from willing.services import records as record_service
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store


def _status(server: Server, secret: str, path: str = "/pledges/P-FRA-1") -> int:
    got = httpx.get(
        f"{server.base}/api/v1{path}", headers={"Authorization": f"Bearer {secret}"}, timeout=30
    )
    return got.status_code


def _user_with_token(server: Server, name: str, life: dt.timedelta) -> tuple[str, str]:
    """A new liaison officer of France and a token; returns (token id, secret)."""
    store = Store.open(server.db, migrate=False)
    try:
        accounts.add_user(
            store, Viewer.admin(), name, party="FRA", roles=[Role.LIAISON], password=None
        )
        made = accounts.create_token(store, Viewer.admin(), name, expires=life)
    finally:
        store.close()
    return made.id, made.secret


@pytest.mark.parametrize("by", ["http", "another process"])
def test_a_revoked_token_is_refused_on_the_next_request(small_server: Server, by: str) -> None:
    token_id, secret = _user_with_token(small_server, f"revoked-{by[0]}", dt.timedelta(hours=1))
    for _ in range(5):  # kept by now
        assert _status(small_server, secret) == 200
    if by == "http":
        with small_server.client("admin") as admin:
            assert admin.delete(f"/tokens/{token_id}").status_code == 200
    else:
        store = Store.open(small_server.db, migrate=False)
        try:
            accounts.revoke_token(store, Viewer.admin(), token_id)
        finally:
            store.close()
    assert _status(small_server, secret) == 401
    assert _status(small_server, secret, "/pledges") == 401


@pytest.mark.parametrize("by", ["http", "another process"])
def test_a_disabled_user_is_refused_on_the_next_request(small_server: Server, by: str) -> None:
    name = f"disabled-{by[0]}"
    _, secret = _user_with_token(small_server, name, dt.timedelta(hours=1))
    for _ in range(5):
        assert _status(small_server, secret) == 200
    if by == "http":
        with small_server.client("admin") as admin:
            assert admin.post(f"/users/{name}/disable").status_code == 200
    else:
        store = Store.open(small_server.db, migrate=False)
        try:
            accounts.disable_user(store, Viewer.admin(), name)
        finally:
            store.close()
    assert _status(small_server, secret) == 401


def test_a_kept_token_that_expires_is_refused(small_server: Server) -> None:
    _, secret = _user_with_token(small_server, "brief", dt.timedelta(seconds=2))
    assert _status(small_server, secret) == 200
    assert _status(small_server, secret) == 200
    time.sleep(2.5)
    assert _status(small_server, secret) == 401


@pytest.mark.parametrize("by", ["http", "another process"])
def test_a_write_shows_in_the_next_read_and_plan(small_server: Server, by: str) -> None:
    with small_server.client("fra") as fra:
        before = fra.get("/pledges/P-FRA-1")
        plan_before = fra.post("/plan", json={"store": False}).json()
        assert fra.get("/pledges/P-FRA-1").json() == before.json()  # kept, unchanged
        quantity = before.json()["quantity"] + 1
        if by == "http":
            edited = fra.patch(
                "/pledges/P-FRA-1",
                json={"quantity": quantity},
                headers={"If-Match": before.headers["ETag"]},
            )
            assert edited.status_code == 200
        else:
            store = Store.open(small_server.db, migrate=False)
            try:
                registry = Registry(store, small_server.viewer("fra"))
                record_service.update(registry, "pledges", "P-FRA-1", {"quantity": quantity})
            finally:
                store.close()
        after = fra.get("/pledges/P-FRA-1")
        plan_after = fra.post("/plan", json={"store": False}).json()
    assert after.json()["quantity"] == quantity
    assert after.headers["ETag"] != before.headers["ETag"]
    assert plan_after["revision"] > plan_before["revision"]


def test_a_kept_plan_is_kept_per_viewer_and_assumptions(small_server: Server) -> None:
    with small_server.client("admin") as admin:
        everything = admin.post("/plan", json={"store": False})
    with small_server.client("pol") as pol:
        failed = pol.post("/plan", json={"store": False})
        met = pol.post("/plan", json={"store": False, "unknown_as": "met"}).json()
        again = pol.post("/plan", json={"store": False})
    assert failed.content == again.content
    assert met["scenario"]["unknown_as"] == "met"
    assert failed.json()["scenario"]["unknown_as"] == "failed"
    # the administrator's plan, made first, is not what Poland's liaison officer is given
    assert "P-FRA-2" in everything.text
    assert "P-FRA-2" not in failed.text


def test_no_records_route_shadows_another_route() -> None:
    """Records' routes are matched first (they are the most asked for): none of them may
    match a path another router serves with the same method."""
    import willing.api.routes as package

    ours = [r for r in records.router.routes if hasattr(r, "path_regex")]
    assert ours
    others = [
        route
        for info in pkgutil.iter_modules(package.__path__)
        if info.name != "records"
        for route in getattr(
            importlib.import_module(f"{package.__name__}.{info.name}"), "router", records.router
        ).routes
        if hasattr(route, "methods") and route not in records.router.routes
    ]
    assert len(others) > 50
    for route in others:
        for mine in ours:
            if mine.path_regex.match(route.path) and mine.methods & route.methods:
                raise AssertionError(f"{mine.path} shadows {route.path} under {BASE}")
