"""The shipped data set loads on both backends, exports exactly, and honours every label."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from willing.domain.catalog import KINDS
from willing.domain.labels import may_see
from willing.interchange.files import read_path, write_path
from willing.services import registry as registry_service
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store


@pytest.fixture
def shipped(store: Store) -> Store:
    registry_service.load(store, Registry(store, Viewer.admin()), "cotw-ukraine-2026")
    return store


@pytest.mark.parametrize("party", ["POL", "FRA", "DEU", "UKR", "USA"])
def test_every_kind_shows_a_viewer_exactly_what_its_labels_release(
    shipped: Store, party: str
) -> None:
    admin = Registry(shipped, Viewer.admin())
    viewer = Registry(shipped, Viewer(party, Role.LIAISON))
    assert viewer.tokens is not None
    assert party in viewer.tokens
    for kind in KINDS:
        everything = admin.list(kind)
        shown = viewer.list(kind)
        assert all(may_see(r.label, viewer.tokens) for r in shown), kind
        assert [r.id for r in shown] == [
            r.id for r in everything if may_see(r.label, viewer.tokens)
        ], kind


def test_poland_is_denied_something_of_every_sensitive_kind(shipped: Store) -> None:
    admin = Registry(shipped, Viewer.admin())
    poland = Registry(shipped, Viewer("POL", Role.LIAISON))
    for kind in (
        "pledges",
        "requirements",
        "participations",
        "positions",
        "clauses",
        "documents",
        "indicators",
    ):
        assert len(poland.list(kind)) < len(admin.list(kind)), kind
        assert poland.list(kind), kind


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_round_trip_of_the_shipped_data_set_is_exact(
    shipped: Store, tmp_path: Path, fmt: str
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    target = "cotw" if fmt == "csv" else f"cotw.{fmt}"
    write_path(Registry(shipped, Viewer.admin()).dataset("cotw-ukraine-2026"), one / target, fmt)
    again = Store.open(f"sqlite:///{tmp_path / 'again.db'}")
    again.write(read_path(one / target, "cotw-ukraine-2026"), actor="test")
    write_path(Registry(again, Viewer.admin()).dataset("cotw-ukraine-2026"), two / target, fmt)
    left = _digests(one / target if fmt == "csv" else one)
    right = _digests(two / target if fmt == "csv" else two)
    assert left == right
    assert left
