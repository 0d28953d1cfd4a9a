"""Stored results and scenarios carry their label in columns, filtered in SQL by the same
rule as `may_see`, on both backends; a database made before the columns upgrades to them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from willing.domain.labels import Classification, Label, may_see
from willing.storage import results, scenarios
from willing.storage.migrations import HEAD
from willing.storage.schema import result_labels
from willing.storage.schema import results as results_table
from willing.storage.schema import scenarios as scenarios_table
from willing.storage.store import Store
from willing.storage.visibility import Audience

#: Codes a viewer may hold. `A_B` and `AXB` differ only where LIKE reads `_` as a wildcard,
#: `P%` and `PQ` where it reads `%`, `X\\Y` holds the escape character.
VIEWER_CODES = ["FRA", "POL", "NATO", "COTW", "A_B", "AXB", "P%", "PQ", "X\\Y"]
#: Codes a label may name: also one with a comma, which no party code holds.
LABEL_CODES = [*VIEWER_CODES, "FRA,POL", "ZZZ"]

labels = st.builds(
    Label,
    classification=st.sampled_from(list(Classification)),
    owner=st.none() | st.sampled_from(LABEL_CODES),
    releasable_to=st.lists(st.sampled_from(LABEL_CODES), max_size=3),
)
audiences: st.SearchStrategy[Audience] = st.none() | st.frozensets(
    st.sampled_from(VIEWER_CODES), max_size=4
)

_PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _clear(store: Store) -> None:
    with store.transaction() as conn:
        for table in (result_labels, results_table, scenarios_table):
            conn.execute(sa.delete(table))


def _add_result(conn: sa.Connection, rid: str, label: Label, scenario_labels: list[Label]) -> None:
    results.add(
        conn,
        rid=rid,
        kind="compare",
        revision=0,
        scenario=None,
        inputs_hash="0" * 64,
        summary={},
        body={},
        label=label,
        scenario_labels=scenario_labels,
    )


@_PROPERTY
@given(
    stored=st.lists(st.tuples(labels, st.lists(labels, max_size=3)), max_size=8),
    viewers=st.lists(audiences, min_size=1, max_size=4),
)
def test_the_sql_filter_of_results_agrees_with_may_see(
    store: Store, stored: list[tuple[Label, list[Label]]], viewers: list[Audience]
) -> None:
    _clear(store)
    with store.transaction() as conn:
        for index, (label, of_scenarios) in enumerate(stored):
            _add_result(conn, f"r{index}", label, of_scenarios)
    for audience in viewers:
        expected = {
            f"r{i}"
            for i, (label, of_scenarios) in enumerate(stored)
            if all(may_see(one, audience) for one in [label, *of_scenarios])
        }
        with store.engine.connect() as conn:
            # the pure check in `listing` is bypassed: the SQL alone must agree
            rule = results.visible(audience)
            stmt = sa.select(results_table.c.id)
            shown = set(conn.execute(stmt if rule is None else stmt.where(rule)).scalars())
            listed = {r.id for r in results.listing(conn, ["compare"], audience)}
            read = {f"r{i}" for i in range(len(stored)) if results.read(conn, f"r{i}", audience)}
        assert shown == expected, audience
        assert listed == expected
        assert read == expected


@_PROPERTY
@given(stored=st.lists(labels, max_size=8), viewers=st.lists(audiences, min_size=1, max_size=4))
def test_the_sql_filter_of_scenarios_agrees_with_may_see(
    store: Store, stored: list[Label], viewers: list[Audience]
) -> None:
    _clear(store)
    with store.transaction() as conn:
        for index, label in enumerate(stored):
            scenarios.replace(conn, remove=[], key=f"s{index}", title=None, body={}, label=label)
    for audience in viewers:
        expected = {f"s{i}" for i, label in enumerate(stored) if may_see(label, audience)}
        with store.engine.connect() as conn:
            found = scenarios.listing(conn, audience)
        assert {s.key for s in found} == expected, audience
        # the columns give the label back, less codes no party holds
        for one in found:
            label = stored[int(one.key[1:])]
            codes = [c for c in label.releasable_to if "," not in c]
            assert one.label == label.model_copy(update={"releasable_to": codes})


def test_a_label_reads_back_from_its_columns(store: Store) -> None:
    label = Label(
        policy="EU-MISSION",
        classification=Classification.RESTRICTED,
        owner="POL",
        releasable_to=["NATO", "A_B"],
    )
    with store.transaction() as conn:
        _add_result(conn, "r", label, [])
    with store.engine.connect() as conn:
        found = results.read(conn, "r", None)
    assert found is not None
    assert found.label == label


def test_deleting_a_result_deletes_its_scenario_labels(store: Store) -> None:
    with store.transaction() as conn:
        _add_result(conn, "r", Label(), [Label(), Label(owner="FRA")])
        assert conn.execute(sa.select(sa.func.count()).select_from(result_labels)).scalar() == 2
        conn.execute(sa.delete(results_table))
        assert conn.execute(sa.select(sa.func.count()).select_from(result_labels)).scalar() == 0


def test_the_repositories_write_only_inside_the_write_transaction(store: Store) -> None:
    with store.engine.begin() as conn, pytest.raises(RuntimeError, match="write transaction"):
        _add_result(conn, "r", Label(), [])
    with store.engine.begin() as conn, pytest.raises(RuntimeError, match="write transaction"):
        scenarios.replace(conn, remove=[], key="s", title=None, body={}, label=Label())
    with store.engine.connect() as conn:
        assert results.read(conn, "r", None) is None
        assert scenarios.count(conn) == 0


# --- a database made before the label columns -------------------------------------------

NATIONAL_FRA = {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]}
TO_NATO = {"classification": "COALITION", "releasable_to": ["NATO"]}
TO_COTW = {"policy": "COTW", "classification": "RESTRICTED", "releasable_to": ["COTW"]}
PUBLIC_LABEL = {"classification": "PUBLIC"}

#: Result id -> (kind, body) as the writers before 0006 stored them.
OLD_RESULTS: dict[str, tuple[str, dict[str, Any]]] = {
    "plan-fra": ("plan", {"lines": [], "label": NATIONAL_FRA}),
    "plan-old": ("plan", {"lines": []}),  # stored before plans were labelled
    "release-cotw": ("release", {"result": "plan-fra", "fields": {}, "label": TO_COTW}),
    "compare-public": (
        "compare",
        {"label": PUBLIC_LABEL, "scenario": [{"id": "baseline"}, {"id": "s", "label": TO_NATO}]},
    ),
    "montecarlo-public": ("montecarlo", {"label": PUBLIC_LABEL, "scenario": {"id": "baseline"}}),
    "montecarlo-bad": ("montecarlo", {"label": {"classification": "SECRET"}}),
    "compare-bad-scenario": (
        "compare",
        {"label": PUBLIC_LABEL, "scenario": [{"id": "s", "label": {"releasable_to": "NATO"}}]},
    ),
}
#: Scenario key -> body.
OLD_SCENARIOS: dict[str, dict[str, Any]] = {
    "POL/mine": {"id": "mine", "label": {**NATIONAL_FRA, "owner": "POL", "releasable_to": []}},
    "*/open": {"id": "open", "label": PUBLIC_LABEL},
    "legacy": {"id": "legacy"},  # stored before scenarios were labelled
    "~abc/nato": {"id": "nato", "label": TO_NATO},
}

FRANCE = frozenset({"FRA", "NATO", "COTW"})
POLAND = frozenset({"POL", "COTW"})
NOBODY: frozenset[str] = frozenset()


def _old_database(url: str) -> None:
    store = Store.open(url, migrate=False)
    store.migrate("0005")
    assert store.schema_version() == "0005"
    now = dt.datetime(2026, 1, 6, tzinfo=dt.UTC)
    old_results = sa.table(
        "results",
        *(sa.column(c) for c in ("id", "kind", "created_at", "revision", "scenario")),
        *(sa.column(c) for c in ("inputs_hash", "summary", "body")),
    )
    old_scenarios = sa.table(
        "scenarios", *(sa.column(c) for c in ("id", "title", "body", "created_at"))
    )
    with store.engine.begin() as conn:
        for rid, (kind, body) in OLD_RESULTS.items():
            conn.execute(
                old_results.insert().values(
                    id=rid,
                    kind=kind,
                    created_at=now,
                    revision=0,
                    scenario=None,
                    inputs_hash="0" * 64,
                    summary="{}",
                    body=json.dumps(body),
                )
            )
        for key, body in OLD_SCENARIOS.items():
            conn.execute(
                old_scenarios.insert().values(
                    id=key, title=None, body=json.dumps(body), created_at=now
                )
            )
    store.close()


@pytest.mark.parametrize(
    ("audience", "shown_results", "shown_scenarios"),
    [
        (None, set(OLD_RESULTS), set(OLD_SCENARIOS)),
        (
            FRANCE,
            {"plan-fra", "release-cotw", "compare-public", "montecarlo-public"},
            {"*/open", "~abc/nato"},
        ),
        (POLAND, {"release-cotw", "montecarlo-public"}, {"POL/mine", "*/open"}),
        (NOBODY, {"montecarlo-public"}, {"*/open"}),
    ],
    ids=["admin", "france", "poland", "no-party"],
)
def test_a_database_at_0005_upgrades_and_filters_by_the_labels_in_its_bodies(
    store_url: str,
    audience: Audience,
    shown_results: set[str],
    shown_scenarios: set[str],
) -> None:
    _old_database(store_url)
    store = Store.open(store_url)
    try:
        assert store.schema_version() == HEAD
        with store.engine.connect() as conn:
            kinds = ["plan", "release", "compare", "montecarlo"]
            listed = {r.id for r in results.listing(conn, kinds, audience)}
            read = {rid for rid in OLD_RESULTS if results.read(conn, rid, audience)}
            stored = {s.key for s in scenarios.listing(conn, audience)}
            unlabelled = conn.execute(
                sa.select(results_table.c.id).where(
                    results_table.c.label_classification == "NATIONAL",
                    results_table.c.label_owner.is_(None),
                )
            ).scalars()
            labels_of = {
                (str(r.result_id), r.pos): r.label_classification
                for r in conn.execute(sa.select(result_labels))
            }
        assert listed == read == shown_results
        assert stored == shown_scenarios
        # no label, or one that cannot be read: an administrator's alone
        assert set(unlabelled) == {"plan-old", "montecarlo-bad"}
        # a built-in scenario is public; an unreadable scenario label is an administrator's
        assert labels_of == {
            ("compare-public", 0): "PUBLIC",
            ("compare-public", 1): "COALITION",
            ("montecarlo-public", 0): "PUBLIC",
            ("compare-bad-scenario", 0): "NATIONAL",
        }
    finally:
        store.close()


def test_a_writer_fills_the_label_columns(store: Store) -> None:
    label = Label.model_validate(TO_COTW)
    with store.transaction() as conn:
        _add_result(conn, "new", label, [])
        row = (
            conn.execute(sa.select(results_table).where(results_table.c.id == "new"))
            .mappings()
            .one()
        )
    assert dict(row)["label_releasable_to"] == "COTW"
    assert (row["label_policy"], row["label_classification"], row["label_owner"]) == (
        "COTW",
        "RESTRICTED",
        None,
    )
