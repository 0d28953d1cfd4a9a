"""Viewer-scoped reads: the SQL filter and the pure label rule agree on every kind."""

from __future__ import annotations

import pytest

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import NotFound, WillingError
from willing.domain.labels import Classification, Label, may_see
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store


def test_public_records_are_open_to_everyone() -> None:
    assert may_see(Label(), frozenset())


def test_a_national_record_is_seen_only_by_its_owner_and_release_list() -> None:
    label = Label(classification=Classification.NATIONAL, owner="FRA", releasable_to=["GBR"])
    assert may_see(label, frozenset({"FRA"}))
    assert may_see(label, frozenset({"GBR"}))
    assert not may_see(label, frozenset({"POL", "COTW"}))
    assert may_see(label, None)  # the administrator


@pytest.fixture
def loaded(store: Store, small_coalition: Dataset) -> Store:
    store.write(small_coalition, actor="test")
    return store


def test_poland_sees_public_and_coalition_pledges_only(loaded: Store) -> None:
    registry = Registry(loaded, Viewer("POL", Role.LIAISON))
    assert registry.tokens == frozenset({"POL", "COTW"})
    assert [p.id for p in registry.list("pledges")] == ["P-FRA-1", "P-POL-1"]


def test_a_release_list_opens_a_national_record_to_a_named_party(loaded: Store) -> None:
    registry = Registry(loaded, Viewer("FRA", Role.PLANNER))
    assert "P-USA-1" in [p.id for p in registry.list("pledges")]


def test_a_viewer_without_a_party_sees_public_records_only(loaded: Store) -> None:
    registry = Registry(loaded, Viewer(None, Role.ANALYST))
    assert [p.id for p in registry.list("pledges")] == ["P-FRA-1"]


def test_a_hidden_record_is_reported_as_missing(loaded: Store) -> None:
    registry = Registry(loaded, Viewer("POL", Role.LIAISON))
    with pytest.raises(NotFound) as hidden:
        registry.get("pledge", "P-FRA-2")
    with pytest.raises(NotFound) as missing:
        registry.get("pledge", "P-NONE")
    assert str(hidden.value).replace("P-FRA-2", "X") == str(missing.value).replace("P-NONE", "X")


def test_filters_combine_with_the_label_rule(loaded: Store) -> None:
    registry = Registry(loaded, Viewer("POL", Role.LIAISON))
    assert [p.id for p in registry.list("pledges", party="FRA")] == ["P-FRA-1"]
    assert [p.id for p in registry.list("pledges", layers="support")] == ["P-POL-1"]


def test_an_unknown_viewer_party_is_a_clear_error(loaded: Store) -> None:
    with pytest.raises(WillingError, match="unknown party 'XXX'"):
        Registry(loaded, Viewer("XXX", Role.LIAISON))


@pytest.mark.parametrize("party", ["POL", "FRA", "USA", "UKR"])
def test_sql_filter_and_pure_rule_agree_on_every_kind(loaded: Store, party: str) -> None:
    admin = Registry(loaded, Viewer.admin())
    viewer = Registry(loaded, Viewer(party, Role.LIAISON))
    for kind in KINDS:
        expected = [r.id for r in admin.list(kind) if may_see(r.label, viewer.tokens)]
        assert [r.id for r in viewer.list(kind)] == expected, kind
