"""Releases: named figures of a stored result published on purpose, audited, and seen only
by their audience."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from willing.domain.catalog import Dataset
from willing.domain.errors import AccessDenied, NotFound, ValidationFailure
from willing.domain.labels import Classification, Label
from willing.services import releases
from willing.services.access import Registry, Role, Viewer
from willing.sourcing.service import plan
from willing.storage.schema import audit
from willing.storage.store import Store

TO_COTW = Label(classification=Classification.COALITION, releasable_to=["COTW"])


@pytest.fixture
def planned(store: Store, small_coalition: Dataset) -> tuple[Store, str]:
    store.write(small_coalition, actor="test")
    report = plan(Registry(store, Viewer.admin()))
    plan_id = report.data["plan"]
    assert plan_id
    return store, str(plan_id)


def test_a_release_is_what_its_audience_reads(planned: tuple[Store, str]) -> None:
    store, plan_id = planned
    admin = Registry(store, Viewer.admin())
    poland = Registry(store, Viewer("POL", Role.LIAISON))
    usa = Registry(store, Viewer("USA", Role.LIAISON))
    # the administrator's plan itself stays his
    with pytest.raises(NotFound):
        releases.release(
            Registry(store, Viewer("POL", Role.PLANNER)), plan_id, ["coverage"], TO_COTW
        )
    made = releases.release(admin, plan_id, ["coverage", "tables.layer"], TO_COTW)
    seen = releases.releases(poland)
    assert [r.id for r in seen.data] == [made.id]
    assert seen.data[0].fields["coverage"] == made.fields["coverage"]
    assert releases.releases(usa).count == 0  # not a member of the coalition
    with pytest.raises(NotFound):
        releases.get(usa, made.id)
    with store.engine.connect() as conn:
        actions = list(conn.execute(select(audit.c.action)).scalars())
    assert actions[-1] == "release"


def test_only_the_release_permission_may_release(planned: tuple[Store, str]) -> None:
    store, plan_id = planned
    with pytest.raises(AccessDenied):
        releases.release(
            Registry(store, Viewer("POL", Role.LIAISON)), plan_id, ["coverage"], TO_COTW
        )


def test_unknown_figures_are_refused_and_nothing_is_written(planned: tuple[Store, str]) -> None:
    store, plan_id = planned
    admin = Registry(store, Viewer.admin())
    before = store.revision()
    with pytest.raises(ValidationFailure, match="no figure 'nope'"):
        releases.release(admin, plan_id, ["coverage", "nope"], TO_COTW)
    assert store.revision() == before
    assert releases.releases(admin).count == 0
