"""The second wall on stored results and scenarios: with the service's own SQL filter and
label check switched off, PostgreSQL's row-level security alone keeps stored plans,
scenario results, releases and scenarios from viewers who may not see them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command

from willing.domain.catalog import Dataset
from willing.domain.labels import Classification, Label
from willing.scenarios import results as scenario_results
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage import results, scenarios, visibility
from willing.storage.engine import as_viewer, normalise
from willing.storage.schema import result_labels
from willing.storage.store import Store

pytestmark = pytest.mark.postgres

VIEWERS = ("POL", "FRA", "ISL", None)

PUBLIC = Label()
POL_ONLY = Label(classification=Classification.NATIONAL, owner="POL")
FRA_ONLY = Label(classification=Classification.NATIONAL, owner="FRA")
NOBODY = Label(classification=Classification.NATIONAL)  # no owner: an administrator only
TO_POL = Label(classification=Classification.RESTRICTED, owner="DEU", releasable_to=["POL"])

#: (id, kind, own label, labels of the scenarios it ran over)
RESULTS = [
    ("plan-public", "plan", PUBLIC, []),
    ("plan-pol", "plan", POL_ONLY, []),
    ("plan-fra", "plan", FRA_ONLY, []),
    ("plan-nobody", "plan", NOBODY, []),
    ("release-to-pol", "release", TO_POL, []),
    ("release-public", "release", PUBLIC, []),
    ("compare-over-fra", "compare", PUBLIC, [PUBLIC, FRA_ONLY]),
    ("compare-over-pol", "compare", PUBLIC, [PUBLIC, POL_ONLY]),
    ("compare-public", "compare", PUBLIC, [PUBLIC, PUBLIC]),
    ("montecarlo-to-pol", "montecarlo", TO_POL, [TO_POL]),
    ("criticality-over-nobody", "criticality", PUBLIC, [NOBODY]),
]
SCENARIOS = [
    ("s-public", PUBLIC),
    ("s-pol", POL_ONLY),
    ("s-fra", FRA_ONLY),
    ("s-nobody", NOBODY),
    ("s-to-pol", TO_POL),
]
#: What each viewer may see, by the rule (`may_see` over the label and every scenario's).
EXPECTED_RESULTS = {
    "POL": {
        "plan-public",
        "plan-pol",
        "release-to-pol",
        "release-public",
        "compare-over-pol",
        "compare-public",
        "montecarlo-to-pol",
    },
    "FRA": {"plan-public", "plan-fra", "release-public", "compare-over-fra", "compare-public"},
    "ISL": {"plan-public", "release-public", "compare-public"},
    None: {"plan-public", "release-public", "compare-public"},
}
EXPECTED_SCENARIOS = {
    "POL": {"s-public", "s-pol", "s-to-pol"},
    "FRA": {"s-public", "s-fra"},
    "ISL": {"s-public"},
    None: {"s-public"},
}
KINDS = sorted({kind for _, kind, _, _ in RESULTS})


def _store_rows(store: Store, prefix: str = "") -> None:
    with store.transaction() as conn:
        for rid, kind, label, ran_over in RESULTS:
            results.add(
                conn,
                rid=prefix + rid,
                kind=kind,
                revision=1,
                scenario=None,
                inputs_hash="h",
                summary={},
                body={"id": rid},
                label=label,
                scenario_labels=ran_over,
            )
        for key, label in SCENARIOS:
            scenarios.replace(
                conn, remove=[], key=prefix + key, title=None, body={"id": key}, label=label
            )


def _app_role(owner_url: str) -> str:
    """The URL of an ordinary role (no superuser, no BYPASSRLS) that Willing would run as."""
    role = f"app_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(normalise(owner_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD 'app' NOSUPERUSER NOBYPASSRLS"))
        conn.execute(sa.text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
    admin.dispose()
    url = sa.engine.make_url(normalise(owner_url)).set(username=role, password="app")
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return read_source("cotw-ukraine-2026")


@pytest.fixture
def app_url(postgres_url: str, shipped: Dataset) -> str:
    """The shipped data set (its parties) and the rows above stored by the owner, and the
    URL of an ordinary role."""
    owner = Store.open(postgres_url)
    owner.write(shipped, actor="test")
    _store_rows(owner)
    owner.close()
    return _app_role(postgres_url)


@pytest.fixture
def filter_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch off the service's SQL filter and its label check on results and scenarios."""
    monkeypatch.setattr(results, "visible", lambda audience: None)
    monkeypatch.setattr(results, "may_see", lambda label, audience: True)
    monkeypatch.setattr(visibility, "visible", lambda audience, columns: sa.true())


@pytest.fixture
def app_store(app_url: str) -> Iterator[Store]:
    store = Store.open(app_url, migrate=False)
    yield store
    store.close()


def _viewer(party: str | None) -> Viewer:
    return Viewer(party, Role.LIAISON)


def _seen(registry: Registry) -> tuple[set[str], set[str]]:
    """Ids of the stored results (of every kind) and scenarios the registry's viewer reads."""
    with registry.connect() as conn:
        got = {r.id for r in results.listing(conn, KINDS, registry.tokens)}
        keys = {s.key for s in scenarios.listing(conn, registry.tokens)}
    return got, keys


def _everything() -> tuple[set[str], set[str]]:
    return {r[0] for r in RESULTS}, {s[0] for s in SCENARIOS}


@pytest.mark.usefixtures("filter_off")
@pytest.mark.parametrize("party", VIEWERS)
def test_row_level_security_alone_hides_results_and_scenarios(
    app_store: Store, party: str | None
) -> None:
    registry = Registry(app_store, _viewer(party))
    assert registry.tokens is not None
    got, keys = _seen(registry)
    assert got == EXPECTED_RESULTS[party]
    assert keys == EXPECTED_SCENARIOS[party]
    # through the service's own reads too: a hidden result is not told apart from a missing one
    listed = {r["id"] for r in scenario_results.list_results(registry)}
    assert listed == {
        i
        for i in EXPECTED_RESULTS[party]
        if i.split("-")[0] in ("compare", "montecarlo", "criticality")
    }
    for rid in _everything()[0] - EXPECTED_RESULTS[party]:
        with registry.connect() as conn:
            assert results.read(conn, rid, registry.tokens) is None, rid


@pytest.mark.usefixtures("filter_off")
def test_an_administrator_sees_every_result_and_scenario(app_store: Store) -> None:
    assert _seen(Registry(app_store, Viewer.admin())) == _everything()


@pytest.mark.usefixtures("filter_off")
def test_without_the_wall_the_switched_off_service_would_leak(
    postgres_url: str, shipped: Dataset
) -> None:
    """The same switch on the superuser (policies bypassed) returns hidden rows: the tests
    above do not pass by accident."""
    store = Store.open(postgres_url)
    store.write(shipped, actor="test")
    _store_rows(store)
    assert _seen(Registry(store, _viewer("POL"))) == _everything()
    store.close()


def test_the_service_filter_agrees_with_the_wall(app_store: Store) -> None:
    """With the service's filter on as well, every viewer reads the same rows."""
    for party in VIEWERS:
        assert _seen(Registry(app_store, _viewer(party))) == (
            EXPECTED_RESULTS[party],
            EXPECTED_SCENARIOS[party],
        )


def _label_rows(store: Store, tokens: frozenset[str] | None) -> dict[str, int]:
    """How many `result_labels` rows each result has, read directly (no service filter at
    all) as the viewer holding `tokens`."""
    table = result_labels
    with as_viewer(tokens), store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(table.c.result_id, sa.func.count()).group_by(table.c.result_id)
        )
        return {str(rid): int(count) for rid, count in rows}


#: How many scenario labels each stored result carries.
LABEL_ROWS = {rid: len(ran_over) for rid, _, _, ran_over in RESULTS if ran_over}


@pytest.mark.parametrize("party", VIEWERS)
def test_result_labels_show_only_rows_of_results_the_viewer_sees(
    app_store: Store, party: str | None
) -> None:
    """Read directly as an ordinary role, `result_labels` holds exactly the rows of the
    results the viewer may see, every one of them (so a service bug reading it learns no
    hidden result's id nor the codes of the scenarios it ran over)."""
    registry = Registry(app_store, _viewer(party))
    got = _label_rows(app_store, registry.tokens)
    assert got == {rid: n for rid, n in LABEL_ROWS.items() if rid in EXPECTED_RESULTS[party]}
    assert set(LABEL_ROWS) - set(got), f"{party} should have hidden results with labels"


def test_an_administrator_reads_every_result_label(app_store: Store) -> None:
    assert _label_rows(app_store, Registry(app_store, Viewer.admin()).tokens) == LABEL_ROWS


def test_the_rule_function_says_no_alike_for_a_hidden_and_a_missing_result(
    app_store: Store,
) -> None:
    """Called directly, the function the results' rule calls answers only "does the
    transaction's viewer see this result": a hidden one and one that does not exist get
    the same answer, and the viewer's codes are in the setting again afterwards."""
    poland = Registry(app_store, _viewer("POL"))
    assert poland.tokens is not None
    ask = sa.text("SELECT willing_sees_result(:rid)")
    with poland.connect() as conn:
        answers = {rid: conn.execute(ask, {"rid": rid}).scalar_one() for rid in _everything()[0]}
        missing = conn.execute(ask, {"rid": "no-such-result"}).scalar_one()
        after = conn.execute(sa.text("SELECT current_setting('willing.tokens')")).scalar_one()
    assert {rid for rid, yes in answers.items() if yes} == EXPECTED_RESULTS["POL"]
    assert missing is False
    assert after == ",".join(sorted(poland.tokens))


def test_writes_still_work_under_the_wall(app_store: Store) -> None:
    """The ordinary role stores, replaces and deletes results and scenarios of any label,
    also while a viewer's reads are running."""
    poland = Registry(app_store, _viewer("POL"))
    with as_viewer(poland.tokens):
        _store_rows(app_store, prefix="again-")
        with app_store.transaction() as conn:
            scenarios.replace(
                conn,
                remove=["again-s-fra"],
                key="again-s-fra",
                title="replaced",
                body={"id": "s-fra", "v": 2},
                label=FRA_ONLY,
            )
            gone = conn.execute(
                sa.delete(results.table).where(results.table.c.id == "again-plan-fra")
            )
            assert gone.rowcount == 1
    got, keys = _seen(Registry(app_store, Viewer.admin()))
    assert {"again-" + i for i in _everything()[0]} - {"again-plan-fra"} <= got
    assert "again-plan-fra" not in got
    assert {"again-" + k for k in _everything()[1]} <= keys
    got, keys = _seen(poland)
    assert "again-plan-pol" in got
    assert "again-plan-fra" not in got
    assert "again-s-fra" not in keys
    assert "again-s-pol" in keys


def _policies(url: str) -> set[str]:
    engine = sa.create_engine(normalise(url))
    with engine.connect() as conn:
        found = conn.execute(
            sa.text("SELECT tablename FROM pg_policies WHERE policyname = 'willing_visible'")
        ).scalars()
        names = set(found)
    engine.dispose()
    return names


def _downgrade(store: Store, target: str) -> None:
    config = store.alembic_config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, target)


def test_the_migrations_upgrade_a_0006_database_and_downgrade(
    postgres_url: str, shipped: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = Store.open(postgres_url, migrate=False)
    owner.migrate("0006")
    _store_rows(owner)
    assert not {"results", "scenarios"} & _policies(postgres_url)
    owner.migrate("head")
    owner.write(shipped, actor="test")
    assert {"results", "result_labels", "scenarios", "pledges"} <= _policies(postgres_url)
    app = Store.open(_app_role(postgres_url), migrate=False)
    monkeypatch.setattr(results, "visible", lambda audience: None)
    monkeypatch.setattr(results, "may_see", lambda label, audience: True)
    monkeypatch.setattr(visibility, "visible", lambda audience, columns: sa.true())
    poland = Registry(app, _viewer("POL"))
    assert _seen(poland) == (EXPECTED_RESULTS["POL"], EXPECTED_SCENARIOS["POL"])
    assert _label_rows(app, poland.tokens) == {
        rid: n for rid, n in LABEL_ROWS.items() if rid in EXPECTED_RESULTS["POL"]
    }
    # 0007's state: the rule read `result_labels` directly, which had no policy itself
    _downgrade(owner, "0007")
    assert "result_labels" not in _policies(postgres_url)
    assert _label_rows(app, poland.tokens) == LABEL_ROWS
    assert _seen(poland) == (EXPECTED_RESULTS["POL"], EXPECTED_SCENARIOS["POL"])
    _downgrade(owner, "0006")
    policies = _policies(postgres_url)
    assert not {"results", "scenarios"} & policies
    assert "pledges" in policies  # the record tables keep theirs (0003)
    assert _seen(poland) == _everything()
    owner.migrate("head")
    assert {"results", "result_labels", "scenarios"} <= _policies(postgres_url)
    assert _seen(poland) == (EXPECTED_RESULTS["POL"], EXPECTED_SCENARIOS["POL"])
    app.close()
    owner.close()
