"""An article already in the data set reuses its source, even when the stored copy differs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from willing.domain.catalog import Dataset
from willing.domain.diplomacy import Source
from willing.domain.enums import SourceKind
from willing.domain.errors import WillingError
from willing.domain.labels import Classification, Label
from willing.ingest import review
from willing.ingest.normalise import normalise
from willing.ingest.queue import ingest, ingest_many, realign, text_key
from willing.services.access import Registry, Role, Viewer
from willing.storage.schema import TABLES

GOLD = Path(__file__).parent / "gold"
SEEDS = {
    "seed-000": ("seed-000.txt", dt.date(2025, 9, 2)),
    "seed-003": ("seed-003.txt", dt.date(2026, 1, 7)),
}


def _sources(registry: Registry) -> int:
    with registry.store.engine.connect() as conn:
        table = TABLES["sources"]
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_a_seed_reuses_the_data_sets_source(registry: Registry, seed: str) -> None:
    name, published = SEEDS[seed]
    before = _sources(registry)
    result = ingest(registry, (GOLD / name).read_bytes(), name=name, published=published)
    assert result.reused_source
    assert result.source == seed
    assert _sources(registry) == before
    assert result.drafts
    assert all(d.startswith(f"{seed}:") for d in result.drafts)
    source = registry.get("sources", seed)
    assert isinstance(source, Source)
    assert source.text is not None
    # spans point into the stored copy, boilerplate line and all
    for draft in review.listing(registry, source=seed):
        assert draft.quote == source.text[draft.start : draft.end]
        for start, end in (draft.payload.get("evidence") or {}).values():
            assert source.text[start:end].strip() == source.text[start:end]
    again = ingest(registry, (GOLD / name).read_bytes(), name="copy", published=published)
    assert again.source == seed
    assert again.drafts == []
    assert _sources(registry) == before


def test_the_stored_seed_keeps_its_promotion_line(registry: Registry) -> None:
    source = registry.get("sources", "seed-003")
    assert isinstance(source, Source)
    assert source.text is not None
    assert "Simak artikel informatif lainnya" in source.text  # the copy differs from the file
    cleaned = ingest(registry, (GOLD / "seed-003.txt").read_bytes(), name="x")
    assert cleaned.source == "seed-003"
    kyiv = [
        d
        for d in review.listing(registry, source="seed-003", item_type="meeting")
        if d.payload["place"] == "Kyiv"
    ][0]
    start, end = kyiv.payload["evidence"]["countries_count"]
    assert source.text[start:end] == "15 negara"


def test_a_batch_reuses_a_source_it_stored_itself(registry: Registry) -> None:
    text = "Menteri Luar Negeri Turki Hakan Fidan tiba di Kyiv pada hari Senin.\n"
    first, second = ingest_many(
        registry, [("a.txt", text.encode()), ("b.txt", ("  " + text + "\n\n").encode())]
    )
    assert second.source == first.source
    assert second.reused_source


def test_a_hidden_copy_with_the_same_clean_text_is_not_reused(registry: Registry) -> None:
    table = TABLES["sources"]
    with registry.store.transaction() as conn:
        conn.execute(
            table.update()
            .where(table.c.id == "seed-003")
            .values(label_classification="NATIONAL", label_owner="FRA")
        )
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    result = ingest(planner, (GOLD / "seed-003.txt").read_bytes(), name="seed-003.txt")
    assert result.source != "seed-003"
    assert not result.reused_source


def test_text_key_ignores_boilerplate_and_spacing() -> None:
    clean = "Pertemuan di Paris.\nLanjutan."
    assert text_key(clean) == text_key("Pertemuan  di\u00a0Paris.\nSimak artikel lain.\nLanjutan.")
    assert text_key(clean) != text_key("Pertemuan di Roma.\nLanjutan.")


def test_realign_moves_spans_past_dropped_lines() -> None:
    from willing.ingest.items import Item

    cleaned = "Satu dua.\nTiga empat."
    stored = "Satu  dua.\nSimak artikel lain.\nTiga empat.\n"
    items = [
        Item("x", {"evidence": {"a": [10, 14]}}, 10, 21, 1.0),
        Item("y", {}, 0, 9, 1.0),
    ]
    moved = realign(items, cleaned, stored)
    assert stored[moved[0].start : moved[0].end] == "Tiga empat."
    a, b = moved[0].value["evidence"]["a"]
    assert stored[a:b] == "Tiga"
    assert stored[moved[1].start : moved[1].end] == "Satu  dua."


def test_a_restricted_source_lends_no_words_to_a_public_record(registry: Registry) -> None:
    # a German-only copy of an article: drafts from it must not put its quotes on records
    # every viewer sees (the registry's audience rule, held at review as at import)
    raw = (GOLD / "berlin-patriot.txt").read_bytes()
    copy = Source(
        id="deu-classified-copy",
        title="A German copy",
        source_kind=SourceKind.ARTICLE,
        text=normalise(raw.decode("utf-8"))[0],
        label=Label(classification=Classification.RESTRICTED, owner="DEU"),
    )
    registry.store.write(Dataset(name="copy", records={"sources": [copy]}), actor="test")
    result = ingest(registry, raw, name="berlin-patriot.txt", published=dt.date(2025, 9, 8))
    assert result.source == "deu-classified-copy"
    party = next(
        d for d in review.listing(registry, source=result.source) if d.item_type == "party"
    )
    before = registry.get("parties", str(party.payload["code"]))
    with pytest.raises(WillingError, match="cannot refer to sources 'deu-classified-copy'"):
        review.accept(registry, [party.id])
    assert registry.get("parties", before.id) == before  # nothing written
    (still,) = [d for d in review.listing(registry, source=result.source) if d.id == party.id]
    assert still.status == "pending"
