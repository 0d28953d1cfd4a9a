"""Non-interference over the REST API: what a signed-in user receives from every read
endpoint does not depend on records hidden from him.

For each user below, three databases are served by real `willing serve` processes: the
shipped data set with records only Cyprus may see, and the same with every record hidden
from that user changed, or removed. Each database gets the same writes in the same order
(the import, then the users, their tokens and one stored plan per user who may store
plans), so the registry revision is the same in all three. The user then reads every GET
endpoint of the API (and `POST /plan` without storing, the API's form of `willing plan`):
every kind's list (with filters), every record of the data set by id (hidden ones
included, which must answer as missing ones do), every record's history, status, plans,
the stored plans, the audit log, permissions and his own account. Status codes, bodies
and ETags must be byte-for-byte the same.

Account endpoints, stored plans and record histories show when things were written, and
token and plan ids are random: those differ from database to database by construction, so
they are replaced before comparing (times by `*`, ids by their place in their list).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.api.conftest import Server, start_server, stop_server
from tests.disclosure.variants import PERTURBATIONS, hidden_from, shipped_with_extra, variant

from willing.domain.catalog import KINDS, Dataset
from willing.domain.fields import refs_of, values_at
from willing.domain.labels import Classification
from willing.services import accounts
from willing.services.access import Registry, Role, Viewer
from willing.services.permissions import Action, allowed
from willing.sourcing.service import plan
from willing.storage.store import Store

#: Signed-in users: (party, roles). Parties with national records, one with none, the
#: coalition's staff and a user without a party.
USERS: dict[str, tuple[str | None, tuple[Role, ...]]] = {
    "pol": ("POL", (Role.LIAISON,)),
    "fra": ("FRA", (Role.PLANNER, Role.ANALYST)),
    "usa": ("USA", (Role.ANALYST,)),
    "cotw": ("COTW", (Role.PLANNER,)),
    "isl": ("ISL", (Role.PLANNER,)),
    "public": (None, (Role.ANALYST,)),
}
#: The administrator sees everything, so his answers do change: he checks that the
#: comparison would notice (on the first user's perturbed databases only).
ADMIN = "admin"
FIRST = next(iter(USERS))
#: Fields that differ between databases whatever they hold (see the module's docstring).
VOLATILE = {"created", "created_at", "expires_at", "revoked_at", "at"}


def _viewer(user: str) -> Viewer:
    party, roles = USERS[user]
    return Viewer(party, roles[0], frozenset(roles), user=user)


def _seed(url: str, dataset: Dataset) -> dict[str, str]:
    """Write the data set, every user with a token, and a stored plan of each user who may
    store one; return each user's token."""
    store = Store.open(url)
    try:
        store.write(dataset, actor="test")
        tokens = {}
        for name, (party, roles) in {**USERS, ADMIN: (None, (Role.ADMIN,))}.items():
            accounts.add_user(
                store, Viewer.admin(), name, party=party, roles=list(roles), password=None
            )
            created = accounts.create_token(
                store, Viewer.admin(), name, expires=dt.timedelta(days=1)
            )
            tokens[name] = created.secret
        for name in USERS:
            viewer = _viewer(name)
            if allowed(viewer, Action.STORE_PLAN):
                plan(Registry(store, viewer), store=True)
        return tokens
    finally:
        store.close()


def _serve(url: str, dataset: Dataset, log: Path) -> Server:
    tokens = _seed(url, dataset)
    server = start_server(url, log)
    server.tokens = tokens
    return server


def _masked(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("*" if k in VOLATILE else _masked(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def _answer(response: httpx.Response, volatile: bool = False) -> str:
    body = response.text
    if volatile and response.headers.get("content-type", "").startswith("application/json"):
        data = _masked(response.json())
        if isinstance(data, dict) and isinstance(data.get("data"), list):
            for item in data["data"]:
                if isinstance(item, dict) and "id" in item:
                    item["id"] = "*"
        body = json.dumps(data, sort_keys=True)
    etag = response.headers.get("etag", "")
    return f"{response.status_code} {etag}\n{body}"


def _ids(dataset: Dataset) -> list[tuple[str, str]]:
    """The records read one by one: every record that is not public (each is hidden from
    some user), every record referring to one (pruned for those users), and the first
    three of each kind."""
    restricted = {
        (kind, r.id)
        for kind in KINDS
        for r in dataset.records[kind]
        if r.label.classification is not Classification.PUBLIC
    }
    out = []
    for kind in KINDS:
        paths = refs_of(KINDS[kind])
        for n, record in enumerate(dataset.records[kind]):
            refers = any(
                (target, value) in restricted
                for path, target in paths
                for value in values_at(record, path)
            )
            if n < 3 or refers or (kind, record.id) in restricted:
                out.append((kind, record.id))
    return out


def _session(client: httpx.Client, ids: list[tuple[str, str]]) -> dict[str, str]:
    """Every read the API offers, as one user: path -> status, ETag and body."""
    out: dict[str, str] = {}

    def get(path: str, volatile: bool = False, **params: Any) -> httpx.Response:
        response = client.get(path, params=params or None)
        key = path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
        out[f"GET {key}"] = _answer(response, volatile)
        return response

    get("/status")
    for body in ({"store": False}, {"store": False, "assume": {"us-backstop": "met"}}):
        response = client.post("/plan", json=body)
        out[f"POST /plan {json.dumps(body, sort_keys=True)}"] = _answer(response)
    plans = get("/plans", volatile=True)
    if plans.status_code == 200:
        for n, entry in enumerate(plans.json()["data"]):
            response = client.get(f"/plans/{entry['id']}")
            out[f"GET /plans/<{n}>"] = _answer(response, volatile=True).replace(
                entry["id"], f"<plan {n}>"
            )
    get("/plans/plan-000000000000")  # no such plan
    get("/audit")
    get("/audit/verify")
    get("/permissions")
    get("/users/me", volatile=True)
    get("/users", volatile=True)
    get("/tokens", volatile=True)
    for kind in KINDS:
        get(f"/{kind}", limit=1000)
        get(f"/{kind}", limit=5, offset=3)
    for party in ("POL", "FRA", "CYP", "USA"):
        get("/pledges", party=party, limit=1000)
    get("/requirements", layer="reassure", limit=1000)
    get("/conditions", status="unknown", limit=1000)
    for kind, rid in ids:
        get(f"/{kind}/{rid}")
        get(f"/{kind}/{rid}/history", volatile=True)
    return out


@pytest.fixture(scope="module")
def sessions(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[tuple[str, str], dict[str, str]]]:
    """Each user's session on the shipped database and on his two perturbed ones."""
    root = tmp_path_factory.mktemp("api-noninterference")
    shipped = shipped_with_extra()
    ids = _ids(shipped)
    found: dict[tuple[str, str], dict[str, str]] = {}
    base = _serve(f"sqlite:///{root / 'shipped.db'}", shipped, root / "shipped.log")
    try:
        for user in USERS:
            party = USERS[user][0]
            hidden = hidden_from(shipped, party, root / user)
            assert hidden, f"{user} should have records hidden from him"
            for how in PERTURBATIONS:
                url = f"sqlite:///{root / user / f'{how}.db'}"
                server = _serve(url, variant(shipped, hidden, how), root / user / f"{how}.log")
                try:
                    with server.client(user) as client:
                        found[user, how] = _session(client, ids)
                    if user == FIRST:
                        with server.client(ADMIN) as client:
                            found[ADMIN, how] = _session(client, ids)
                finally:
                    stop_server(server)
            with base.client(user) as client:
                found[user, "shipped"] = _session(client, ids)
        with base.client(ADMIN) as client:
            found[ADMIN, "shipped"] = _session(client, ids)
        yield found
    finally:
        stop_server(base)


@pytest.mark.slow
@pytest.mark.parametrize("user", sorted(USERS))
@pytest.mark.parametrize("how", PERTURBATIONS)
def test_a_users_api_answers_ignore_what_is_hidden_from_him(
    sessions: dict[tuple[str, str], dict[str, str]], user: str, how: str
) -> None:
    base, other = sessions[user, "shipped"], sessions[user, how]
    assert base.keys() == other.keys()
    differ = [path for path in base if base[path] != other[path]]
    assert not differ, f"{len(differ)} answers differ when hidden records are {how}: {differ[:20]}"


@pytest.mark.slow
def test_the_sessions_read_something(sessions: dict[tuple[str, str], dict[str, str]]) -> None:
    """Guard against a vacuous pass: the reads answer, and hidden records answer 404."""
    pol = sessions["pol", "shipped"]
    assert pol["GET /status"].startswith("200")
    assert pol['POST /plan {"store": false}'].startswith("200")
    assert "P-POL" in pol["GET /pledges?limit=1000"]
    assert pol["GET /pledges/P-CYP-mech-secret"].startswith("404")
    assert pol["GET /pledges/P-CYP-mech-secret/history"].startswith("404")
    assert pol["GET /audit"].startswith("403")
    assert sessions["fra", "shipped"]["GET /plans/<0>"].startswith("200")
    answered = sum(a.startswith("200") for a in pol.values())
    assert answered > len(pol) / 2, answered


@pytest.mark.slow
@pytest.mark.parametrize("how", PERTURBATIONS)
def test_the_comparison_notices_a_change(
    sessions: dict[tuple[str, str], dict[str, str]], how: str
) -> None:
    """The administrator sees the records hidden from the first user: his answers move."""
    base, other = sessions[ADMIN, "shipped"], sessions[ADMIN, how]
    differ = {path for path in base if base[path] != other[path]}
    assert {"GET /status", 'POST /plan {"store": false}', "GET /pledges?limit=1000"} <= differ
