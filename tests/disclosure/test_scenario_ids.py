"""No existence oracle in stored scenarios: saving a scenario, and every read of it after,
prints the same whether or not a scenario hidden from the saver holds its id.

Two stores hold the small coalition and one scenario each that an administrator saved
hidden from Poland and from the public: in the first it has an id nobody else uses; in the
second it has the very id Poland (a French-national scenario) or a viewer without a party
(a scenario released to France without owner) then saves. Same writes, same revision.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SMALL
from typer.testing import CliRunner

from willing.cli.main import app
from willing.interchange.documents import document_to_dataset
from willing.storage.store import Store

FRENCH = "label: {classification: NATIONAL, owner: FRA, releasable_to: [FRA]}\n"
TO_FRANCE = "label: {classification: NATIONAL, releasable_to: [FRA]}\n"
#: (viewer options, the id he saves, the hidden scenario's label).
CASES = {
    "poland": (("--as", "POL", "--role", "planner"), "shared-id", FRENCH),
    "public": (("--as", "POL", "--role", "analyst"), "open-id", TO_FRANCE),
}


def _cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--db", str(db)], catch_exceptions=True)
    error = "" if result.exception is None else repr(result.exception)
    return f"exit {result.exit_code}\n{result.stdout}\n{error}"


def _session(db: Path, files: Path, viewer: tuple[str, ...], sid: str) -> list[str]:
    mine = files / "mine.yaml"
    mine.write_text(f"id: {sid}\ntitle: mine\nwithdraw_nations: [FRA]\n")
    out = [_cli(db, "scenario", "save", str(mine), *viewer)]
    out.append(_cli(db, "scenario", "list", "--json", *viewer))
    out.append(_cli(db, "scenario", "show", sid, "--json", *viewer))
    out.append(_cli(db, "scenario", "compare", "baseline", sid, "--json", *viewer))
    out.append(_cli(db, "scenario", "save", str(mine), *viewer))  # again: replaces his own
    out.append(_cli(db, "scenario", "list", "--json", *viewer))
    return out


@pytest.mark.parametrize("case", sorted(CASES))
def test_saving_an_id_a_hidden_scenario_holds_prints_the_same(case: str, tmp_path: Path) -> None:
    viewer, sid, label = CASES[case]
    if case == "public":
        viewer = ("--role", "analyst")  # no party: sees and saves public scenarios only
    seen = []
    for name, hidden_id in (("clean", "nobody-else"), ("clashing", sid)):
        folder = tmp_path / name
        folder.mkdir()
        db = folder / "willing.db"
        store = Store.open(f"sqlite:///{db}")
        store.write(document_to_dataset(SMALL, "small"), actor="test")
        store.close()
        hidden = folder / "hidden.yaml"
        hidden.write_text(f"id: {hidden_id}\ntitle: secret\n{label}")
        assert _cli(db, "scenario", "save", str(hidden)).startswith("exit 0")  # administrator
        seen.append(_session(db, folder, viewer, sid))
        admin = _cli(db, "scenario", "list", "--json")
        assert admin.count(f'"id": "{sid}"') == (2 if name == "clashing" else 1)
        assert "secret" in admin
    assert seen[0] == seen[1]
    # a viewer without a party may not replace a stored scenario, his own public one included
    again = seen[0][4]
    if case == "public":
        assert again.startswith("exit 1"), again
        assert "already taken" in again
    assert all(out.startswith("exit 0") for out in seen[0] if out != again or case != "public")
    assert "secret" not in "".join(seen[1])
