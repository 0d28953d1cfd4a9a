"""No existence oracle in record writes: creating and editing records prints the same, and
every read after it shows the same, whether or not records hidden from the writer hold the
ids he asks for or names.

Two stores hold the shipped data set; the second also holds, hidden from the writer, a
record at every id his session asks for (a pledge, an issue) and at every id it names (a
condition, a meeting). A Polish liaison officer and a user without a party (an analyst)
each run a session of creates, edits, refused writes and reads in both stores: every
command prints the same, and the hidden records are left as they were.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import Dataset
from willing.domain.diplomacy import Issue
from willing.domain.errors import NotFound, ValidationFailure
from willing.domain.forces import Condition, Pledge
from willing.domain.labels import Classification, Label
from willing.domain.namespaces import PUBLIC_NAMESPACE, in_namespace, label_fits, namespace_of
from willing.domain.records import Record
from willing.services import records
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

FRENCH = Label(classification=Classification.NATIONAL, owner="FRA", releasable_to=["FRA"])
#: Hidden from Poland and from the public: the ids the sessions ask for and name.
HIDDEN: list[Record] = [
    Pledge(
        id="P-POL-9",
        party="FRA",
        capability="inf-coy",
        quantity=4,
        layers=["reassure"],
        label=FRENCH,
    ),
    Condition(id="ghost-condition", name="Secret condition", probability=0.2, label=FRENCH),
    Issue(id="energy-grid", title="Secret issue", label=FRENCH),
]
#: When a version was written, in `history --json`.
AT = re.compile(r'"at": "[^"]*"')
PLEDGE = "{id: P-POL-9, party: POL, capability: inf-coy, quantity: 1, layers: [reassure]}"
ISSUE = "{id: energy-grid, title: Energy grid}"


def _store(path: Path, extra: list[Record]) -> Path:
    base = read_source("cotw-ukraine-2026")
    found = {k: list(v) for k, v in base.records.items()}
    for record in extra:
        found[record.kind].append(record)
    store = Store.open(f"sqlite:///{path}")
    store.write(Dataset(name=base.name, title=base.title, records=found), actor="test")
    store.close()
    return path


def _cli(db: Path, viewer: tuple[str, ...], *args: str, stdin: str | None = None) -> str:
    result = CliRunner().invoke(
        app, [*args, *viewer, "--db", str(db)], input=stdin, catch_exceptions=True
    )
    error = "" if result.exception is None else repr(result.exception)
    out = f"exit {result.exit_code}\n{result.stdout}\n{result.stderr}\n{error}"
    return AT.sub('"at": "(time)"', out)  # the clock is no record's secret


def _liaison_session(db: Path) -> list[str]:
    """Poland's liaison officer adds a pledge at a hidden pledge's id, reads it, edits it,
    names a hidden condition (in an edit and in a create) and adds the pledge again."""
    pol = ("--as", "POL")
    mine = "POL:P-POL-9"
    return [
        _cli(db, pol, "add", "pledge", "-", "--json", stdin=PLEDGE),
        _cli(db, pol, "show", "pledge", mine, "--json"),
        _cli(db, pol, "edit", "pledge", mine, "--set", "quantity=2", "--json"),
        _cli(db, pol, "edit", "pledge", mine, "--set", "conditions=[ghost-condition]"),
        _cli(db, pol, "edit", "pledge", mine, "--set", "label.releasable_to=[POL, COTW]"),
        _cli(db, pol, "history", "pledge", mine, "--json"),
        _cli(
            db,
            pol,
            "add",
            "pledge",
            "-",
            stdin=PLEDGE.replace("9,", "10, conditions: [ghost-condition],"),
        ),
        _cli(db, pol, "add", "pledge", "-", stdin=PLEDGE),  # again: his own record is there
        _cli(db, pol, "show", "pledge", "P-POL-9"),  # the hidden one stays missing to him
        _cli(db, pol, "list", "pledges", "--party", "POL", "--json"),
        _cli(db, pol, "list", "conditions", "--json"),
    ]


def _public_session(db: Path) -> list[str]:
    """A user without a party adds an issue at a hidden issue's id and reads it."""
    public = ("--role", "analyst")
    return [
        _cli(db, public, "add", "issue", "-", "--json", stdin=ISSUE),
        _cli(db, public, "show", "issue", "public:energy-grid", "--json"),
        _cli(db, public, "edit", "issue", "public:energy-grid", "--set", "title=Grid"),
        _cli(db, public, "add", "issue", "-", stdin=ISSUE),
        _cli(db, public, "list", "issues", "--json"),
    ]


@pytest.mark.slow
def test_record_writes_print_the_same_whether_or_not_hidden_ids_clash(tmp_path: Path) -> None:
    clean = _store(tmp_path / "clean.db", [])
    shadowed = _store(tmp_path / "shadowed.db", HIDDEN)
    seen = {db: (_liaison_session(db), _public_session(db)) for db in (clean, shadowed)}
    assert seen[clean] == seen[shadowed]

    liaison, public = seen[clean]
    made = json.loads(liaison[0].split("\n", 1)[1].rsplit("\n\n", 2)[0])
    assert [(m["id"], m["version"]) for m in made] == [("POL:P-POL-9", 1)]
    assert liaison[2].startswith("exit 0")
    assert liaison[4].startswith("exit 0")
    assert "unknown conditions id 'ghost-condition'" in liaison[3]
    assert "unknown conditions id 'ghost-condition'" in liaison[6]
    assert "'POL:P-POL-9' already exists" in liaison[7]
    assert liaison[8].startswith("exit 1")
    assert "no pledges record 'P-POL-9'" in liaison[8]
    assert "public:energy-grid" in public[0]
    assert "'public:energy-grid' already exists" in public[3]

    store = Store.open(f"sqlite:///{shadowed}", migrate=False)
    try:
        admin = Registry(store, Viewer.admin())
        poland = Registry(store, Viewer("POL", Role.LIAISON))
        for record in HIDDEN:  # untouched, and still hidden from Poland
            assert admin.get(record.kind, record.id) == record
            with pytest.raises(NotFound):
                poland.get(record.kind, record.id)
        assert poland.get("pledges", "POL:P-POL-9").quantity == 2
    finally:
        store.close()


def test_no_record_hidden_from_a_party_can_hold_an_id_in_its_namespace(tmp_path: Path) -> None:
    """The administrator (by record or by import) may not put a record Poland cannot see
    into Poland's namespace, nor narrow one there; nor a non-public one into `public:`."""
    store = Store.open(f"sqlite:///{_store(tmp_path / 'w.db', [])}", migrate=False)
    try:
        admin = Registry(store, Viewer.admin())
        before = store.revision()
        french = {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]}
        pledge = {
            "id": "POL:P-9",
            "party": "FRA",
            "capability": "inf-coy",
            "quantity": 1,
            "layers": ["reassure"],
            "label": french,
        }
        with pytest.raises(ValidationFailure, match="in POL's namespace"):
            records.create(admin, "pledges", pledge)
        eu_only = {"classification": "COALITION", "releasable_to": ["EU"]}
        with pytest.raises(ValidationFailure, match="in POL's namespace"):
            records.create(admin, "pledges", {**pledge, "party": "POL", "label": eu_only})
        with pytest.raises(ValidationFailure, match="belongs to a PUBLIC record"):
            records.create(admin, "issues", {"id": "public:x", "title": "X", "label": french})
        base = read_source("cotw-ukraine-2026")
        found = {k: list(v) for k, v in base.records.items()}
        found["issues"].append(Issue(id="POL:secret", title="Secret", label=FRENCH))
        with pytest.raises(ValidationFailure, match="in POL's namespace"):
            store.write(Dataset(name=base.name, records=found), actor="test", replace=True)
        assert store.revision() == before
        # Poland's own record, released to Poland by name, may be narrowed to Poland only,
        # not to France
        mine = records.create(
            Registry(store, Viewer("POL", Role.LIAISON)),
            "pledges",
            {**{k: v for k, v in pledge.items() if k != "label"}, "id": "P-9", "party": "POL"},
        )
        assert mine.id == "POL:P-9"
        with pytest.raises(ValidationFailure, match="in POL's namespace"):
            records.update(
                admin, "pledges", "POL:P-9", {"label.owner": None, "label.releasable_to": ["FRA"]}
            )
        assert records.update(admin, "pledges", "POL:P-9", {"quantity": 3}).version == 2
    finally:
        store.close()


def test_ids_in_a_namespace_are_kept_and_others_are_put_in_it(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{_store(tmp_path / 'w.db', [])}", migrate=False)
    try:
        ask = {"party": "POL", "capability": "inf-coy", "quantity": 1, "layers": ["reassure"]}
        poland = Registry(store, Viewer("POL", Role.LIAISON))
        made = [records.create(poland, "pledges", {**ask, "id": rid}).id for rid in KEPT]
        assert made == [KEPT[rid] for rid in KEPT]
        admin = Registry(store, Viewer.admin())
        assert records.create(admin, "pledges", {**ask, "id": "P-POL-77"}).id == "P-POL-77"
    finally:
        store.close()


#: Requested id -> the id a Polish writer's record gets.
KEPT = {
    "P-POL-50": "POL:P-POL-50",
    "POL:P-POL-51": "POL:P-POL-51",
    "FRA:P-POL-52": "POL:FRA:P-POL-52",
    "public:P-POL-53": "POL:public:P-POL-53",
}


@given(
    requested=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,40}", fullmatch=True),
    party=st.one_of(st.none(), st.from_regex(r"[A-Z][A-Z0-9]{1,5}", fullmatch=True)),
)
def test_a_new_id_is_in_its_writers_namespace_and_stays_there(
    requested: str, party: str | None
) -> None:
    given_id = in_namespace(requested, party)
    assert namespace_of(given_id) == (party or PUBLIC_NAMESPACE)
    assert in_namespace(given_id, party) == given_id  # asking for it again keeps it
    assert given_id.endswith(requested)
    # only the writer's own party (by name) or a public label may hold it
    assert label_fits(given_id, Label()) is None
    if party is not None:
        assert label_fits(given_id, FRENCH.model_copy(update={"owner": party})) is None
        assert label_fits(given_id, FRENCH.model_copy(update={"releasable_to": [party]})) is None
        outsider = "ZZZZZZZ"
        wrong = FRENCH.model_copy(update={"owner": outsider, "releasable_to": [outsider]})
        assert label_fits(given_id, wrong) is not None
    else:
        assert label_fits(given_id, FRENCH) is not None
