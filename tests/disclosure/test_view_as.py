"""No existence oracle in viewing as a party: only the administrator may view as another
party, and he sees every party record, so "unknown party" tells him nothing he could not
list; anyone else is refused the same way whether the code names a party hidden from him,
a party he sees, or nothing.

The view as a party is who that party is (its code and its groups, as its party record
says), whatever that record's own label: it is the same whether the party record is
public or hidden from the party (except that record itself, in lists of parties).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from tests.api.conftest import seed, start_server, stop_server
from tests.conftest import SMALL
from typer.testing import CliRunner

from willing.cli.main import app
from willing.interchange.documents import document_to_dataset

FRENCH = {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]}
#: A party with no records of its own, in the coalition; its record's label varies.
KOSOVO = {
    "id": "XKX",
    "name": "Kosovo",
    "party_kind": "state",
    "role": "member",
    "member_of": ["COTW"],
}


def _document(label: dict[str, Any] | None) -> dict[str, Any]:
    party = dict(KOSOVO) if label is None else {**KOSOVO, "label": label}
    return {**SMALL, "parties": [*SMALL["parties"], party]}


def _db(path: Path, label: dict[str, Any] | None) -> Path:
    from willing.storage.store import Store

    store = Store.open(f"sqlite:///{path}")
    store.write(document_to_dataset(_document(label), "small"), actor="test")
    store.close()
    return path


def _cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", str(db)], catch_exceptions=True)
    error = "" if result.exception is None else repr(result.exception)
    return f"exit {result.exit_code}\n{result.stdout}\n{result.stderr}\n{error}"


READS = (
    ("list", "pledges", "--json"),
    ("list", "requirements", "--json"),
    ("list", "conditions", "--json"),
    ("plan", "--json"),
)


def test_the_view_as_a_party_does_not_depend_on_its_records_label(tmp_path: Path) -> None:
    public = _db(tmp_path / "public.db", None)
    hidden = _db(tmp_path / "hidden.db", FRENCH)  # Kosovo may not see its own party record
    for read in READS:
        assert _cli(public, *read, "--as", "XKX") == _cli(hidden, *read, "--as", "XKX")
    # what a coalition member sees, not only what is public
    assert "P-POL-1" in _cli(hidden, "list", "pledges", "--json", "--as", "XKX")
    assert "XKX" in _cli(public, "list", "parties", "--json", "--as", "XKX")
    assert "XKX" not in _cli(hidden, "list", "parties", "--json", "--as", "XKX")


def test_an_unknown_party_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    db = _db(tmp_path / "w.db", FRENCH)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = _cli(db, "plan", "--as", "XKY")
    assert out.startswith("exit 1")
    assert "unknown party 'XKY'" in out
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert _cli(db, "plan", "--as", "xkx").startswith("exit 0")  # the code, in any case


@pytest.mark.slow
def test_only_an_administrator_may_view_as_and_others_learn_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'willing.db'}"
    tokens = seed(url, document_to_dataset(_document(FRENCH), "small"))
    server = start_server(url, tmp_path / "server.log")
    server.tokens = tokens
    try:
        for user in ("pol", "planner", "analyst", "public"):
            with server.client(user) as client:
                answers = {
                    code: client.get("/pledges", headers={"X-Willing-View-As": code})
                    for code in ("XKX", "XKY", "FRA", user.upper())
                }
            shown = {(a.status_code, a.content) for a in answers.values()}
            assert len(shown) == 1, (user, shown)
            assert next(iter(shown))[0] == 403
        with server.client("admin") as admin:
            seen = admin.get("/pledges", headers={"X-Willing-View-As": "XKX"})
            unknown = admin.get("/pledges", headers={"X-Willing-View-As": "XKY"})
        assert seen.status_code == 200
        assert "P-POL-1" in seen.text
        assert unknown.status_code == 400
        assert "unknown party 'XKY'" in unknown.text
    finally:
        stop_server(server)
