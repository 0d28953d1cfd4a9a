"""Burden sharing and diplomacy over real HTTP answer what the commands' `--json` print for
the same viewer, on the shipped data set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.api.conftest import Server
from tests.api.test_same_as_cli import AS, cli_json


def get(server: Server, user: str, path: str, **params: Any) -> Any:
    with server.client(user) as client:
        got = client.get(path, params=params)
    assert got.status_code == 200, got.text
    return got.json()


@pytest.mark.parametrize("user", sorted(AS))
def test_burden_equals_the_cli(shipped_server: Server, user: str) -> None:
    assert get(shipped_server, user, "/burden") == cli_json(shipped_server, "burden", *AS[user])
    assert get(
        shipped_server, user, "/burden", at="2025-09-04", year=2024, pledges="true"
    ) == cli_json(
        shipped_server, "burden", "--at", "2025-09-04", "--year", "2024", "--pledges", *AS[user]
    )


@pytest.mark.parametrize("user", sorted(AS))
def test_meetings_equal_the_cli(shipped_server: Server, user: str) -> None:
    assert get(shipped_server, user, "/diplomacy/meetings") == cli_json(
        shipped_server, "meetings", *AS[user]
    )
    assert get(
        shipped_server,
        user,
        "/diplomacy/meetings",
        **{"from": "2025-03-02", "to": "2026-01-06", "attendance": "true", "window": 3},
    ) == cli_json(
        shipped_server,
        "meetings",
        "--from",
        "2025-03-02",
        "--to",
        "2026-01-06",
        "--attendance",
        "--window",
        "3",
        *AS[user],
    )


@pytest.mark.parametrize("user", sorted(AS))
def test_alignment_equals_the_cli(shipped_server: Server, user: str) -> None:
    blocs = ["Washington=USA", "Kyiv=UKR", "Europe=FRA,DEU,GBR,ITA,POL"]
    assert get(
        shipped_server, user, "/diplomacy/alignment", at="2026-01-06", bloc=blocs
    ) == cli_json(
        shipped_server,
        "alignment",
        "--at",
        "2026-01-06",
        *(arg for b in blocs for arg in ("--bloc", b)),
        *AS[user],
    )
    assert get(
        shipped_server,
        user,
        "/diplomacy/alignment",
        at="2026-01-06",
        compare="2025-09-04",
        party=["USA", "UKR", "FRA"],
    ) == cli_json(
        shipped_server,
        "alignment",
        "--at",
        "2026-01-06",
        "--compare",
        "2025-09-04",
        "--party",
        "USA",
        "--party",
        "UKR",
        "--party",
        "FRA",
        *AS[user],
    )


@pytest.mark.parametrize("user", sorted(AS))
def test_positions_and_documents_equal_the_cli(shipped_server: Server, user: str) -> None:
    positions = get(shipped_server, user, "/diplomacy/positions")
    assert positions["data"] == cli_json(shipped_server, "positions", *AS[user])
    assert positions["count"] == len(positions["data"])
    assert get(shipped_server, user, "/diplomacy/positions", at="2025-09-04")["data"] == cli_json(
        shipped_server, "positions", "--at", "2025-09-04", *AS[user]
    )
    documents = get(shipped_server, user, "/diplomacy/documents")
    assert documents["data"] == cli_json(shipped_server, "documents", *AS[user])
    first = documents["data"][0]["document"]
    assert get(shipped_server, user, f"/diplomacy/documents/{first}") == cli_json(
        shipped_server, "readiness", first, *AS[user]
    )


def test_bad_view_arguments_are_refused_as_the_cli_refuses_them(shipped_server: Server) -> None:
    with shipped_server.client("pol") as client:
        backwards = client.get(
            "/diplomacy/meetings", params={"from": "2026-01-06", "to": "2025-01-01"}
        )
        unknown = client.get("/diplomacy/alignment", params={"at": "2026-01-06", "party": "ZZZ"})
        bad_bloc = client.get("/diplomacy/alignment", params={"at": "2026-01-06", "bloc": "x"})
        no_issue = client.get("/diplomacy/positions", params={"issue": "NO-SUCH"})
        no_doc = client.get("/diplomacy/documents/NO-SUCH")
    assert backwards.status_code == unknown.status_code == bad_bloc.status_code == 422
    assert "unknown party 'ZZZ'" in unknown.json()["problems"][0]["message"]
    assert no_issue.status_code == no_doc.status_code == 404


def test_a_document_hidden_from_a_party_is_a_missing_one(shipped_server: Server) -> None:
    everything = {
        d["document"] for d in get(shipped_server, "admin", "/diplomacy/documents")["data"]
    }
    mine = {d["document"] for d in get(shipped_server, "pol", "/diplomacy/documents")["data"]}
    hidden = sorted(everything - mine)
    assert hidden, "the shipped data set holds a document hidden from Poland"
    with shipped_server.client("pol") as client:
        got = client.get(f"/diplomacy/documents/{hidden[0]}")
        missing = client.get("/diplomacy/documents/NO-SUCH")
    assert got.status_code == 404
    assert got.text == missing.text.replace("NO-SUCH", hidden[0])


@pytest.mark.parametrize("user", sorted(AS))
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_export_is_the_file_the_cli_writes(
    shipped_server: Server, user: str, fmt: str, tmp_path: Path
) -> None:
    with shipped_server.client(user) as client:
        got = client.get("/export", params={"format": fmt, "name": "mine"})
    assert got.status_code == 200, got.text
    assert got.headers["content-type"].startswith(f"application/{fmt}")
    assert got.headers["content-disposition"] == f'attachment; filename="mine.{fmt}"'
    target = tmp_path / f"out.{fmt}"
    cli_json(shipped_server, "export", str(target), "--name", "mine", *AS[user])
    assert got.content == target.read_bytes()
