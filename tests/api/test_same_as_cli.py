"""On the shipped data set, the API answers what the CLI's `--json` prints for the same
viewer, and a liaison officer never receives an id, count or quote hidden from his party."""

from __future__ import annotations

import gc
import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from tests.api.conftest import Server, registry_of
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import KINDS
from willing.domain.records import Record


def cli_json(server: Server, *args: str) -> Any:
    """What `willing ARGS --json --db URL` prints, parsed.

    Run in this process for speed; a command, like its process, leaves its database
    connections to be closed at exit, so they are collected here, quietly.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        result = CliRunner().invoke(app, [*args, "--json", "--db", server.db])
        gc.collect()
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


#: The CLI's viewer for each API user: (`--as`, `--role`).
AS = {"pol": ["--as", "POL", "--role", "liaison"], "admin": []}


@pytest.mark.parametrize("user", sorted(AS))
@pytest.mark.parametrize("kind", list(KINDS))
def test_lists_equal_the_cli(shipped_server: Server, user: str, kind: str) -> None:
    with shipped_server.client(user) as client:
        got = client.get(f"/{kind}", params={"limit": 1000}).json()
    expected = cli_json(shipped_server, "list", kind, *AS[user])
    assert got["data"] == expected
    assert got["count"] == len(expected)


def test_filters_and_pagination_equal_the_cli(shipped_server: Server) -> None:
    expected = cli_json(shipped_server, "list", "pledges", "--party", "fra", "--layer", "reassure")
    with shipped_server.client("admin") as client:
        page = client.get("/pledges", params={"party": "fra", "layer": "reassure", "limit": 2})
        rest = client.get(
            "/pledges", params={"party": "fra", "layer": "reassure", "offset": 2, "limit": 1000}
        )
        bad = client.get("/pledges", params={"layer": "nowhere"})
    assert page.json()["count"] == len(expected) > 2
    assert page.json()["data"] + rest.json()["data"] == expected
    assert bad.status_code == 400
    assert "is not a layers value" in bad.json()["detail"]


@pytest.mark.parametrize("user", sorted(AS))
def test_show_and_status_equal_the_cli(shipped_server: Server, user: str) -> None:
    with shipped_server.client(user) as client:
        status = client.get("/status").json()
        first = client.get("/pledges", params={"limit": 1}).json()["data"][0]["id"]
        shown = client.get(f"/pledges/{first}").json()
    assert status == cli_json(shipped_server, "status", *AS[user])
    assert shown == cli_json(shipped_server, "show", "pledges", first, *AS[user])


@pytest.mark.parametrize("user", sorted(AS))
def test_plan_equals_the_cli(shipped_server: Server, user: str) -> None:
    body = {"store": False, "assume": {"ceasefire": "met"}}
    with shipped_server.client(user) as client:
        got = client.post("/plan", json=body)
    assert got.status_code == 200, got.text
    expected = cli_json(
        shipped_server, "plan", "--no-store", "--assume", "ceasefire=met", *AS[user]
    )
    plan = got.json()
    assert plan == expected
    assert [g["requirement"] for g in plan["gaps"]] == [g["requirement"] for g in expected["gaps"]]
    assert plan["coverage"] == expected["coverage"]


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


def test_a_liaison_officer_never_receives_what_is_hidden_from_his_party(
    shipped_server: Server,
) -> None:
    pol = registry_of(shipped_server, "pol")
    admin = registry_of(shipped_server, "admin")
    seen = {kind: {r.id for r in pol.list(kind)} for kind in KINDS}
    everything = {kind: admin.list(kind) for kind in KINDS}
    shown_ids = set().union(*seen.values())
    hidden = {r.id for kind in KINDS for r in everything[kind] if r.id not in seen[kind]}
    hidden -= shown_ids  # an id may name a visible record of another kind
    assert hidden, "the shipped data set should hide something from POL"
    hidden_sources = {r.id for r in everything["sources"] if r.id not in seen["sources"]}
    quotes = {
        e.quote
        for kind in KINDS
        for r in everything[kind]
        if isinstance(r, Record)
        for e in getattr(r, "evidence", [])
        if e.source in hidden_sources and e.quote
    }
    answers: list[Any] = []
    with shipped_server.client("pol") as client:
        for kind in KINDS:
            page = client.get(f"/{kind}", params={"limit": 1000}).json()
            assert page["count"] == len(seen[kind])
            answers.append(page)
            answers += [client.get(f"/{kind}/{rid}").json() for rid in sorted(seen[kind])[:5]]
        answers.append(client.get("/status").json())
        answers.append(client.post("/plan", json={"store": False}).json())
        answers.append(client.get("/plans").json())
    leaked = {s for s in _strings(answers) if s in hidden}
    assert leaked == set()
    text = json.dumps(answers, ensure_ascii=False)
    assert [q for q in quotes if q in text] == []
    pol.store.close()
    admin.store.close()
