"""`Registry.reading()`: inside it each kind is read once per revision and shared; what it
returns is what a plain read returns, for every viewer, and a write is seen at once."""

from __future__ import annotations

import pytest

from willing.domain.catalog import KINDS, Dataset
from willing.domain.parties import Party
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store

VIEWERS = [Viewer.admin(), Viewer("FRA", Role.LIAISON), Viewer(None, Role.ANALYST)]


@pytest.mark.parametrize("viewer", VIEWERS, ids=lambda v: v.actor)
def test_shared_reads_equal_plain_reads(
    store: Store, small_coalition: Dataset, viewer: Viewer
) -> None:
    store.write(small_coalition, actor="test")
    plain = Registry(store, viewer)
    expected = {kind: plain.list(kind) for kind in KINDS}
    shared = Registry(store, viewer)
    with shared.reading():
        assert {kind: shared.list(kind) for kind in KINDS} == expected
        assert shared.dataset().records == expected
        assert {kind: shared.list(kind) for kind in KINDS} == expected
    assert any(expected.values())


def test_each_kind_is_read_once_inside_and_every_time_outside(
    store: Store, small_coalition: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write(small_coalition, actor="test")
    reads: list[str] = []
    original = store.read

    def counted(kind: str, *args: object, **kwargs: object) -> object:
        reads.append(kind)
        return original(kind, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "read", counted)
    registry = Registry(store, Viewer("FRA", Role.LIAISON))
    with registry.reading():
        for _ in range(3):
            registry.list("pledges")
        with registry.reading():  # nested: the same shared reads
            registry.list("pledges")
        registry.list("pledges", party="FRA")  # a filtered list is read as asked
    assert reads == ["pledges", "pledges"]
    registry.list("pledges")
    registry.list("pledges")
    assert reads == ["pledges"] * 4


def test_a_write_inside_the_block_is_seen_at_once(store: Store, small_coalition: Dataset) -> None:
    store.write(small_coalition, actor="test")
    registry = Registry(store, Viewer.admin())
    with registry.reading():
        before = {p.id for p in registry.list("parties")}
        store.change("parties", [Party(id="ZZZ", name="Zed", party_kind="state", role="member")],
                     actor="test", action="create")  # fmt: skip
        after = {p.id for p in registry.list("parties")}
    assert after == before | {"ZZZ"}
