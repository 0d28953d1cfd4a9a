"""The second wall: PostgreSQL's row-level security hides what the service would, even with
the service's own SQL filter and record check switched off."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import NotFound
from willing.services import access
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.engine import normalise
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
