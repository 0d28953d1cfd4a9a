"""A visible record never leads to a hidden one.

At the edge an import is refused when a record refers to one that some of its viewers may
not see (evidence citing a source counts: its quote copies the source's text). On read, a
store that already holds such references (seeded here past validation, as a store written
before the rule would be) shows a viewer no hidden id and no hidden quote, through the
service and through `list`, `show` and `export`, and the viewer's export loads again.
"""

from __future__ import annotations

import json
import tempfile
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from willing.domain.audience import Groups, covers
from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import NotFound, ValidationFailure
from willing.domain.fields import refs_of, values_at
from willing.domain.labels import Classification, Label, may_see
from willing.domain.validation import check_dataset
from willing.interchange.documents import document_to_dataset
from willing.interchange.files import read_path, write_path
from willing.services.access import Registry, Role, Viewer
from willing.sourcing import plans
from willing.storage import rows
from willing.storage.schema import metadata
from willing.storage.store import Store

from .test_cli import willing

FRA_ONLY = {"classification": "NATIONAL", "owner": "FRA"}
COALITION = {"classification": "COALITION", "releasable_to": ["COTW"]}
SECRET_QUOTE = "FRA will enter before the ceasefire"

#: Everything the leaking records point at; valid on its own.
BASE: dict[str, Any] = {
    "sources": [
        {
            "id": "pub-src",
            "title": "Open report",
            "source_kind": "article",
            "text": "Leaders met in Paris.",
        },
        {
            "id": "secret-src",
            "title": "Cable",
            "source_kind": "report",
            "text": SECRET_QUOTE,
            "label": FRA_ONLY,
        },
    ],
    "parties": [
        {"id": "COTW", "name": "Coalition", "party_kind": "organisation", "role": "member"},
        {
            "id": "FRA",
            "name": "France",
            "party_kind": "state",
            "role": "member",
            "member_of": ["COTW"],
        },
        {
            "id": "POL",
            "name": "Poland",
            "party_kind": "state",
            "role": "member",
            "member_of": ["COTW"],
        },
        {"id": "USA", "name": "United States", "party_kind": "state", "role": "partner"},
    ],
    "capabilities": [
        {"id": "cap-open", "name": "Infantry", "domain": "land", "unit": "battalion"},
        {
            "id": "cap-secret",
            "name": "Special unit",
            "domain": "land",
            "unit": "team",
            "label": FRA_ONLY,
        },
    ],
    "locations": [
        {"id": "L-open", "name": "Kyiv"},
        {"id": "L-secret", "name": "Staging area", "label": FRA_ONLY},
    ],
    "conditions": [
        {"id": "ceasefire", "name": "Ceasefire", "probability": 0.4},
        {
            "id": "covert-entry-before-ceasefire",
            "name": "Covert entry",
            "probability": 0.5,
            "label": FRA_ONLY,
        },
    ],
    "meetings": [
        {"id": "M-open", "title": "Paris summit", "date": "2026-01-06", "format": "in_person"},
        {
            "id": "M-secret",
            "title": "Back channel",
            "date": "2026-01-07",
            "format": "virtual",
            "label": FRA_ONLY,
        },
    ],
    "documents": [
        {"id": "D-secret", "title": "Plan", "document_kind": "draft", "label": FRA_ONLY},
    ],
}

#: Public and coalition records that name the hidden ones above.
LEAKS: dict[str, Any] = {
    "capabilities": [
        {
            "id": "cap-sub",
            "name": "Light infantry",
            "domain": "land",
            "unit": "company",
            "substitutes": [
                {"for_capability": "cap-open", "ratio": 3},
                {"for_capability": "cap-secret", "ratio": 2},
            ],
        },
    ],
    "locations": [{"id": "L-child", "name": "Depot", "parent": "L-secret"}],
    "pledges": [
        {
            "id": "P-open",
            "party": "FRA",
            "capability": "cap-open",
            "quantity": 1,
            "layers": ["reassure"],
            "locations": ["L-open", "L-secret"],
            "conditions": ["ceasefire", "covert-entry-before-ceasefire"],
            "announced_at": "M-secret",
            "evidence": [
                {"source": "pub-src", "quote": "Leaders met in Paris."},
                {"source": "secret-src", "start": 0, "end": 35, "quote": SECRET_QUOTE},
            ],
        },
        {
            "id": "P-covert",
            "party": "FRA",
            "capability": "cap-secret",
            "quantity": 1,
            "layers": ["reassure"],
            "label": COALITION,
        },
    ],
    "clauses": [
        {
            "id": "C-1",
            "document": "D-secret",
            "number": "1",
            "text": "Enter early",
            "status": "open",
        },
    ],
}

#: What POL may not see, by id or quoted text; none of it may reach POL's output.
HIDDEN = [
    "secret-src",
    SECRET_QUOTE,
    "cap-secret",
    "L-secret",
    "covert-entry-before-ceasefire",
    "M-secret",
    "D-secret",
    "P-covert",
    "C-1",
]


def _dataset(*docs: dict[str, Any]) -> Dataset:
    merged: dict[str, Any] = {"willing": 1, "dataset": "leaks"}
    for doc in docs:
        for kind, records in doc.items():
            merged.setdefault(kind, []).extend(deepcopy(records))
    return document_to_dataset(merged, "leaks")


def _seed(store: Store, dataset: Dataset) -> None:
    """Write records past validation, as a store written before the rule could hold them."""
    with store.transaction() as conn:
        for kind in KINDS:
            rows.insert(conn, kind, dataset.records[kind])


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    with store.engine.connect() as conn:
        return {
            name: sorted(tuple(r) for r in conn.execute(sa.select(table)))
            for name, table in metadata.tables.items()
        }


def _unknown_ids(dataset: Dataset) -> list[str]:
    """References `dataset` makes to ids it does not hold (audience problems aside: a seed
    that broke the rule among records a viewer may see still breaks it in the export)."""
    try:
        check_dataset(dataset)
    except ValidationFailure as failure:
        return [str(p) for p in failure.problems if p.message.startswith("unknown")]
    return []


def _dump(dataset: Dataset) -> str:
    return json.dumps(
        {k: [r.model_dump(mode="json") for r in v] for k, v in dataset.records.items()}
    )


# --- the rule itself -------------------------------------------------------------------


def test_a_reference_must_stay_within_the_audience_of_the_record_holding_it() -> None:
    groups = Groups({"FRA": ["COTW"], "POL": ["COTW"], "COTW": ["EU"], "USA": []})
    public, fra = Label(), Label(classification=Classification.NATIONAL, owner="FRA")
    coalition = Label(classification=Classification.COALITION, releasable_to=["COTW"])
    europe = Label(classification=Classification.RESTRICTED, releasable_to=["EU"])
    to_usa = Label(classification=Classification.NATIONAL, owner="FRA", releasable_to=["USA"])
    assert covers(public, fra, groups)  # anything may point at a public record
    assert not covers(fra, public, groups)  # a public record may not point at a national one
    assert covers(coalition, fra, groups)  # FRA belongs to COTW
    assert not covers(fra, coalition, groups)  # POL sees the coalition record, not FRA's
    assert covers(europe, coalition, groups)  # COTW belongs to EU: groups are followed
    assert not covers(coalition, to_usa, groups)  # USA is outside COTW
    assert covers(fra, fra, groups)


def test_the_shipped_data_set_passes_the_rule() -> None:
    from willing.services.registry import read_source

    check_dataset(read_source("cotw-ukraine-2026"))


# --- at the edge -----------------------------------------------------------------------


def test_an_import_leaking_hidden_records_is_refused_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    store.write(_dataset(BASE), actor="test")
    before = _snapshot(store)
    bad = tmp_path / "leaks.yaml"
    bad.write_text(yaml.safe_dump(LEAKS), encoding="utf-8")
    with pytest.raises(ValidationFailure) as refused:
        store.write(read_path(bad), actor="test", where=str(bad))
    found = {(p.where.split(": ", 1)[1], p.field) for p in refused.value.problems}
    assert found == {
        ("capabilities[0] id 'cap-sub'", "substitutes.for_capability"),
        ("locations[0] id 'L-child'", "parent"),
        ("pledges[0] id 'P-open'", "locations"),
        ("pledges[0] id 'P-open'", "conditions"),
        ("pledges[0] id 'P-open'", "announced_at"),
        ("pledges[0] id 'P-open'", "evidence.source"),
        ("pledges[1] id 'P-covert'", "capability"),
        ("clauses[0] id 'C-1'", "document"),
    }
    assert all(p.where.startswith(str(bad)) for p in refused.value.problems)
    message = str(refused.value)
    assert (
        "leaks.yaml: pledges[0] id 'P-open', field 'evidence.source': sources id 'secret-src' "
        "is NATIONAL to FRA, narrower than this record (PUBLIC): a viewer without a party may "
        "see this record but not 'secret-src'"
    ) in message
    assert "members of 'COTW' may see this record but not 'cap-secret'" in message
    assert _snapshot(store) == before


def test_the_rule_holds_within_one_import_too(store: Store) -> None:
    with pytest.raises(ValidationFailure) as refused:
        store.write(_dataset(BASE, LEAKS), actor="test", where="one.yaml")
    assert len(refused.value.problems) == 8
    assert store.read("pledges") == []


def test_records_may_point_at_records_with_a_wider_audience(store: Store) -> None:
    fine = deepcopy(LEAKS)
    for pledge in fine["pledges"]:
        pledge["label"] = FRA_ONLY  # France may see everything France owns
    fine["clauses"][0]["label"] = FRA_ONLY
    fine["capabilities"][0]["label"] = FRA_ONLY
    fine["locations"][0]["label"] = FRA_ONLY
    store.write(_dataset(BASE), actor="test")
    store.write(_dataset(fine), actor="test")
    assert {p.id for p in store.read("pledges")} == {"P-open", "P-covert"}


def test_the_cli_refuses_the_leaking_import(tmp_path: Path) -> None:
    home = tmp_path / "home"
    base, bad = tmp_path / "base.yaml", tmp_path / "leaks.yaml"
    base.write_text(yaml.safe_dump(BASE), encoding="utf-8")
    bad.write_text(yaml.safe_dump(LEAKS), encoding="utf-8")
    willing("load", str(base), home=home)
    result = willing("load", str(bad), home=home, check=False)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "nothing was changed" in out
    assert "pledges[0] id 'P-open'" in out
    assert "cap-secret" in out
    listed = json.loads(willing("list", "pledges", "--json", home=home).stdout)
    assert listed == []


# --- on read ---------------------------------------------------------------------------


@pytest.fixture
def leaky(store: Store) -> Store:
    """BASE and LEAKS, seeded past validation."""
    _seed(store, _dataset(BASE, LEAKS))
    return store


def test_a_viewer_sees_no_hidden_id_or_quote(leaky: Store) -> None:
    poland = Registry(leaky, Viewer("POL", Role.LIAISON))
    shown = poland.dataset()
    text = _dump(shown)
    for hidden in HIDDEN:
        assert hidden not in text, hidden
    (pledge,) = poland.list("pledges")
    assert pledge.model_dump(include={"locations", "conditions", "announced_at"}) == {
        "locations": ["L-open"],
        "conditions": ["ceasefire"],
        "announced_at": None,
    }
    assert [e.source for e in pledge.evidence] == ["pub-src"]
    assert poland.get("pledge", "P-open") == pledge
    sub = poland.get("capability", "cap-sub")
    assert [s.for_capability for s in sub.substitutes] == ["cap-open"]  # type: ignore[attr-defined]
    assert poland.get("location", "L-child").parent is None  # type: ignore[attr-defined]


def test_a_record_whose_required_reference_is_hidden_is_withheld(leaky: Store) -> None:
    poland = Registry(leaky, Viewer("POL", Role.LIAISON))
    with pytest.raises(NotFound) as withheld:
        poland.get("pledge", "P-covert")  # coalition pledge of a capability only France sees
    with pytest.raises(NotFound) as missing:
        poland.get("pledge", "P-none")
    assert str(withheld.value).replace("P-covert", "X") == str(missing.value).replace("P-none", "X")
    assert [c.id for c in poland.list("clauses")] == []  # its document is France's
    with leaky.engine.connect() as conn:
        assert list(conn.execute(poland.visible_ids("clauses")).scalars()) == []
        assert list(conn.execute(poland.visible_ids("pledges")).scalars()) == ["P-open"]


def test_plans_and_lists_withhold_the_same_records(leaky: Store) -> None:
    # a plan shows a viewer lines and pledges by the registry's own rule: a pledge whose
    # capability is hidden is withheld from the plan as it is from `willing list`
    poland = Registry(leaky, Viewer("POL", Role.LIAISON))
    for kind in KINDS:
        listed = frozenset(r.id for r in poland.list(kind))
        assert plans.visible_ids(poland, kind) == listed, kind
    assert "P-covert" not in (plans.visible_ids(poland, "pledges") or ())


def test_the_admin_and_the_owner_still_see_everything(leaky: Store) -> None:
    admin = Registry(leaky, Viewer.admin()).dataset()
    assert admin.counts() == _dataset(BASE, LEAKS).counts()
    assert _dump(admin) == _dump(_dataset(BASE, LEAKS).sorted())
    france = Registry(leaky, Viewer("FRA", Role.PLANNER))
    assert france.get("pledge", "P-open") == Registry(leaky, Viewer.admin()).get("pledge", "P-open")
    assert {p.id for p in france.list("pledges")} == {"P-open", "P-covert"}


def test_the_viewers_export_loads_into_a_fresh_store(leaky: Store, tmp_path: Path) -> None:
    for fmt, target in (("yaml", "out.yaml"), ("json", "out.json"), ("csv", "csv")):
        out = tmp_path / target
        write_path(Registry(leaky, Viewer("POL", Role.LIAISON)).dataset("pol"), out, fmt)
        fresh = Store.open(f"sqlite:///{tmp_path / f'{fmt}.db'}")
        try:
            fresh.write(read_path(out), actor="test", where=str(out))
            assert {p.id for p in fresh.read("pledges")} == {"P-open"}
        finally:
            fresh.close()


def test_list_show_and_export_through_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "leaky.db"
    seeded = Store.open(f"sqlite:///{db}")
    _seed(seeded, _dataset(BASE, LEAKS))
    seeded.close()
    home, as_pol = tmp_path / "home", ["--as", "POL", "--db", str(db)]
    outputs = [
        willing("list", "pledges", *as_pol, "--json", home=home).stdout,
        willing("list", "pledges", *as_pol, home=home).stdout,
        willing("list", "capabilities", *as_pol, "--json", home=home).stdout,
        willing("list", "clauses", *as_pol, "--json", home=home).stdout,
        willing("show", "pledge", "P-open", *as_pol, home=home).stdout,
        willing("show", "pledge", "P-open", *as_pol, "--json", home=home).stdout,
    ]
    withheld = willing("show", "pledge", "P-covert", *as_pol, home=home, check=False)
    missing = willing("show", "pledge", "P-none", *as_pol, home=home, check=False)
    assert withheld.returncode == missing.returncode != 0
    assert withheld.stderr.replace("P-covert", "X") == missing.stderr.replace("P-none", "X")
    for fmt, target in (("yaml", "pol.yaml"), ("json", "pol.json"), ("csv", "pol-csv")):
        willing("export", str(tmp_path / target), "--format", fmt, *as_pol, home=home)
        path = tmp_path / target
        files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
        outputs.extend(f.read_text(encoding="utf-8") for f in files)
        fresh = ["--db", str(tmp_path / f"fresh-{fmt}.db")]
        willing("load", str(path), *fresh, home=home)
        again = json.loads(willing("list", "pledges", "--json", *fresh, home=home).stdout)
        assert [p["id"] for p in again] == ["P-open"]
    assert "P-open" in outputs[0]
    assert "ceasefire" in outputs[0]
    for text in outputs:
        for hidden in HIDDEN:
            assert hidden not in text, (hidden, text)
    admin = json.loads(willing("list", "pledges", "--db", str(db), "--json", home=home).stdout)
    assert {p["id"]: p["capability"] for p in admin} == {
        "P-covert": "cap-secret",
        "P-open": "cap-open",
    }


# --- any labels on a tiny graph --------------------------------------------------------

PALETTE: list[dict[str, Any]] = [
    {},
    COALITION,
    FRA_ONLY,
    {"classification": "NATIONAL", "owner": "POL", "releasable_to": ["USA"]},
    {"classification": "RESTRICTED", "releasable_to": ["FRA", "USA"]},
    {"classification": "RESTRICTED"},  # released to nobody
]
VIEWERS = [None, "FRA", "POL", "USA"]


def _graph(labels: list[dict[str, Any]], picks: list[int]) -> dict[str, Any]:
    """A small graph with every kind of reference; `labels` and `picks` choose its labels
    and which records each reference names."""
    it, pick = iter(labels), iter(picks)

    def lab() -> dict[str, Any]:
        return {"label": next(it)}

    def one(options: list[str]) -> str:
        return options[next(pick) % len(options)]

    doc = deepcopy({k: BASE[k] for k in ("parties",)})
    doc["sources"] = [
        {"id": f"s{i}", "title": "S", "source_kind": "article", **lab()} for i in (1, 2)
    ]
    doc["capabilities"] = [
        {"id": f"k{i}", "name": "K", "domain": "land", "unit": "team", **lab()} for i in (1, 2)
    ]
    doc["capabilities"][1]["substitutes"] = [{"for_capability": "k1", "ratio": 1}]
    doc["conditions"] = [{"id": f"c{i}", "name": "C", "probability": 0.5, **lab()} for i in (1, 2)]
    doc["conditions"][1]["depends_on"] = "c1"
    doc["meetings"] = [
        {"id": "m1", "title": "M", "date": "2026-01-01", "format": "virtual", **lab()}
    ]
    doc["pledges"] = [
        {
            "id": f"p{i}",
            "party": "FRA",
            "capability": one(["k1", "k2"]),
            "quantity": 1,
            "layers": ["reassure"],
            "conditions": sorted({one(["c1", "c2"]), one(["c1", "c2"])}),
            "announced_at": "m1",
            "evidence": [{"source": one(["s1", "s2"]), "quote": f"quote of s{i}"}],
            **lab(),
        }
        for i in (1, 2, 3)
    ]
    return doc


LABELLED = 2 + 2 + 2 + 1 + 3


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    labels=st.lists(st.sampled_from(PALETTE), min_size=LABELLED, max_size=LABELLED),
    picks=st.lists(st.integers(0, 1), min_size=12, max_size=12),
)
def test_a_viewer_never_sees_an_id_it_may_not_see(
    labels: list[dict[str, Any]], picks: list[int]
) -> None:
    dataset = document_to_dataset({"willing": 1, **_graph(labels, picks)}, "graph")
    labels_of = {(k, r.id): r.label for k in KINDS for r in dataset.records[k]}
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'g.db'}")
        try:
            _seed(store, dataset)
            for party in VIEWERS:
                registry = Registry(store, Viewer(party, Role.LIAISON))
                shown = registry.dataset()
                for kind in KINDS:
                    for record in shown.records[kind]:
                        assert may_see(labels_of[kind, record.id], registry.tokens)
                        for path, target in refs_of(KINDS[kind]):
                            for value in values_at(record, path):
                                assert may_see(labels_of[target, value], registry.tokens), (
                                    party,
                                    kind,
                                    record.id,
                                    path,
                                    value,
                                )
                assert {r.id for r in registry.list("pledges")} == {
                    r.id for r in shown.records["pledges"]
                }
                assert _unknown_ids(shown) == [], party  # loads into an empty store
        finally:
            store.close()
