"""The second wall: PostgreSQL's row-level security hides what the service would, even with
the service's own SQL filter and record check switched off."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from alembic import command

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import NotFound
from willing.services import access
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.engine import as_viewer, normalise
from willing.storage.schema import CHILDREN
from willing.storage.store import Store

pytestmark = pytest.mark.postgres

VIEWERS = ("POL", "FRA", "DEU", "USA", "UKR", "ISL", None)


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return read_source("cotw-ukraine-2026")


@pytest.fixture
def app_url(postgres_url: str, shipped: Dataset) -> str:
    """The shipped data set loaded by the owner, and the URL of an ordinary role (no
    superuser, no BYPASSRLS) that Willing would run as."""
    owner = Store.open(postgres_url)
    owner.write(shipped, actor="test")
    owner.close()
    role = f"app_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(normalise(postgres_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD 'app' NOSUPERUSER NOBYPASSRLS"))
        conn.execute(sa.text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
    admin.dispose()
    url = sa.engine.make_url(normalise(postgres_url)).set(username=role, password="app")
    return url.render_as_string(hide_password=False)


def _everything(registry: Registry) -> dict[str, set[str]]:
    return {kind: {r.id for r in registry.list(kind)} for kind in KINDS}


def test_row_level_security_alone_hides_what_the_service_hides(
    app_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(app_url)
    expected = {p: _everything(Registry(store, Viewer(p, Role.LIAISON))) for p in VIEWERS}
    every = _everything(Registry(store, Viewer.admin()))
    # the service's SQL filter and its record check switched off: only the database filters
    monkeypatch.setattr(access.Registry, "visible", lambda self, kind: None)
    monkeypatch.setattr(access, "may_see", lambda label, tokens: True)
    for party in VIEWERS:
        registry = Registry(store, Viewer(party, Role.LIAISON))
        got = _everything(registry)
        assert got == expected[party], party
        hidden = {(k, i) for k in KINDS for i in every[k] - got[k]}
        assert hidden, f"{party} should have hidden records"
        for kind, rid in sorted(hidden)[:20]:
            with pytest.raises(NotFound):
                registry.get(kind, rid)
    store.close()


def test_without_the_wall_the_switched_off_service_would_leak(
    postgres_url: str, shipped: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same switch on a superuser connection (policies bypassed) shows hidden records:
    the test above is not passing by accident."""
    store = Store.open(postgres_url)
    store.write(shipped, actor="test")
    monkeypatch.setattr(access.Registry, "visible", lambda self, kind: None)
    monkeypatch.setattr(access, "may_see", lambda label, tokens: True)
    poland = Registry(store, Viewer("POL", Role.LIAISON))
    assert "P-FRA-mech-inf-bn-national" in {r.id for r in poland.list("pledges")}
    store.close()


def _releasable_rows(
    store: Store, tokens: frozenset[str] | None
) -> dict[str, set[tuple[str, str]]]:
    """Every (record id, code) row of each kind's `releasable_to` table, read directly (no
    service filter at all) as the viewer holding `tokens`."""
    out: dict[str, set[tuple[str, str]]] = {}
    with as_viewer(tokens), store.engine.connect() as conn:
        for kind in KINDS:
            table = CHILDREN[kind]["label.releasable_to"]
            rows = conn.execute(sa.select(table.c.record_id, table.c.value))
            out[kind] = {(rid, code) for rid, code in rows}
    return out


def test_releasable_to_tables_show_only_rows_of_records_the_viewer_sees(app_url: str) -> None:
    """Read directly as an ordinary role, a `releasable_to` table holds exactly the rows of
    the records the viewer may see: all of theirs (the codes that do not name him too),
    none of the others', so a service bug reading it learns no hidden record's id or codes."""
    store = Store.open(app_url, migrate=False)
    every = _releasable_rows(store, None)
    assert sum(map(len, every.values())) > 0
    for party in VIEWERS:
        registry = Registry(store, Viewer(party, Role.LIAISON))
        seen = _everything(registry)
        got = _releasable_rows(store, registry.tokens)
        leaked = False
        for kind in KINDS:
            assert got[kind] == {row for row in every[kind] if row[0] in seen[kind]}, (party, kind)
            leaked |= any(row[0] not in seen[kind] for row in every[kind])
        assert leaked, f"{party} should have hidden records with releasable_to codes"
    store.close()


def test_the_records_rule_still_reads_every_releasable_row(app_url: str) -> None:
    """A record released to a viewer through a code he holds stays visible although the
    policy hides other rows of the same table from him (the rule reads them all)."""
    store = Store.open(app_url, migrate=False)
    every = _releasable_rows(store, None)
    for party in ("POL", "FRA", "UKR"):
        registry = Registry(store, Viewer(party, Role.LIAISON))
        assert registry.tokens is not None
        released = {
            (kind, rid) for kind in KINDS for rid, code in every[kind] if code in registry.tokens
        }
        assert released, party
        seen = _everything(registry)
        assert all(rid in seen[kind] for kind, rid in released), party
    store.close()


def test_the_rule_functions_answer_only_for_the_viewer_of_the_transaction(app_url: str) -> None:
    """Called directly, a rule function lists only records released to the viewer whose
    codes the transaction carries (it takes no argument to ask for another), and the
    setting is his again afterwards."""
    store = Store.open(app_url, migrate=False)
    every = _releasable_rows(store, None)
    poland = Registry(store, Viewer("POL", Role.LIAISON))
    assert poland.tokens is not None
    with poland.connect() as conn:
        listed = set(conn.execute(sa.text("SELECT willing_released_pledges()")).scalars())
        after = conn.execute(sa.text("SELECT current_setting('willing.tokens')")).scalar_one()
    assert listed == {rid for rid, code in every["pledges"] if code in poland.tokens}
    assert listed
    assert after == ",".join(sorted(poland.tokens))
    store.close()


def test_a_temporary_table_cannot_stand_in_for_releasable_to(app_url: str) -> None:
    """A caller's temporary table named like a `releasable_to` table (which his own
    queries would find first) does not reach the rule: it reads the real table."""
    store = Store.open(app_url, migrate=False)
    hidden = "P-FRA-mech-inf-bn-national"
    poland = Registry(store, Viewer("POL", Role.LIAISON))
    releasable = CHILDREN["pledges"]["label.releasable_to"].name
    with poland.connect() as conn:
        conn.execute(sa.text(f'CREATE TEMP TABLE "{releasable}" (record_id text, value text)'))
        conn.execute(sa.text(f"INSERT INTO \"{releasable}\" VALUES ('{hidden}', 'POL')"))
        ids = set(conn.execute(sa.text("SELECT id FROM public.pledges")).scalars())
    assert ids
    assert hidden not in ids
    store.close()


def test_0009_seals_releasable_to_and_its_downgrade_restores_0008(
    app_url: str, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without 0009's policy (0008's state, 0007's policies) the `releasable_to` rows of
    hidden records are readable, which the test above would catch; 0009 hides them again.
    The records matrix holds in both states."""
    owner = Store.open(postgres_url, migrate=False)
    app = Store.open(app_url, migrate=False)
    releasable = CHILDREN["pledges"]["label.releasable_to"].name
    hidden = "P-FRA-mech-inf-bn-national"
    poland = Registry(app, Viewer("POL", Role.LIAISON))
    expected = _everything(poland)
    monkeypatch.setattr(access.Registry, "visible", lambda self, kind: None)
    monkeypatch.setattr(access, "may_see", lambda label, tokens: True)

    def leaked() -> bool:
        return any(rid == hidden for rid, _ in _releasable_rows(app, poland.tokens)["pledges"])

    assert not leaked()
    _migrate(owner, "0008")
    assert owner.schema_version() == "0008"
    assert releasable not in _policies(postgres_url)
    assert leaked()
    assert _everything(poland) == expected
    _migrate(owner, "0009")
    assert releasable in _policies(postgres_url)
    assert not leaked()
    assert _everything(poland) == expected
    app.close()
    owner.close()


def _policies(url: str) -> set[str]:
    engine = sa.create_engine(normalise(url))
    with engine.connect() as conn:
        found = conn.execute(
            sa.text("SELECT tablename FROM pg_policies WHERE policyname = 'willing_visible'")
        ).scalars()
        names = set(found)
    engine.dispose()
    return names


def _migrate(store: Store, target: str) -> None:
    config = store.alembic_config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        if target < (store.schema_version() or ""):
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def test_the_wall_holds_when_willing_runs_as_the_owner_of_the_tables(
    postgres_url: str, shipped: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ordinary role that creates the schema (so owns the tables and the rule functions,
    and is subject to the forced policies) gets the same wall: nothing in the design leans
    on a superuser owning the functions."""
    role = f"own_{uuid.uuid4().hex[:8]}"
    name = f"{role}_db"
    admin = sa.create_engine(normalise(postgres_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD 'own' NOSUPERUSER NOBYPASSRLS"))
        conn.execute(sa.text(f"CREATE DATABASE {name} OWNER {role}"))
    admin.dispose()
    url = sa.engine.make_url(normalise(postgres_url)).set(
        username=role, password="own", database=name
    )
    store = Store.open(url.render_as_string(hide_password=False))
    store.write(shipped, actor="test")
    every = _releasable_rows(store, None)
    poland = Registry(store, Viewer("POL", Role.LIAISON))
    expected = _everything(poland)
    monkeypatch.setattr(access.Registry, "visible", lambda self, kind: None)
    monkeypatch.setattr(access, "may_see", lambda label, tokens: True)
    assert _everything(poland) == expected
    got = _releasable_rows(store, poland.tokens)
    for kind in KINDS:
        assert got[kind] == {row for row in every[kind] if row[0] in expected[kind]}, kind
    assert got != every
    store.close()
