"""The repositories of the review queue's tables (`storage/drafts.py`, `storage/conflicts.py`,
`storage/sources.py`) on both backends: rows come back decoded, filters select what they
say, decisions touch pending drafts only, and no write happens outside the store's write
transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from willing.domain.diplomacy import Meeting, Source
from willing.domain.enums import MeetingFormat, SourceKind
from willing.storage import conflicts, drafts, rows, schema, sources
from willing.storage.drafts import ACCEPTED, PENDING, REJECTED, Draft
from willing.storage.schema import TABLES
from willing.storage.store import Store

NOW = dt.datetime(2026, 1, 7, 12, 0, tzinfo=dt.UTC)
TEXT_A = "Leaders met in Paris on 6 January. Cinquante-deux délégués."
TEXT_B = "The Paris summit of 7 January gathered 35 countries."


def _draft(did: str, source: str, item_type: str = "meeting", **extra: Any) -> Draft:
    values: dict[str, Any] = {
        "id": did,
        "source": source,
        "item_type": item_type,
        "payload": {"date": "2026-01-06", "place": "Paris", "évidence": {"date": [24, 33]}},
        "start": 0,
        "end": 10,
        "quote": "Leaders m\u00e9t",
        "confidence": 0.75,
        "status": PENDING,
        "record_kind": None,
        "record_id": None,
        "reviewer": None,
    }
    return Draft(**{**values, **extra})


@pytest.fixture
def queue(store: Store) -> Store:
    """Two sources with text, one without, a meeting, and four drafts."""
    with store.transaction() as conn:
        rows.insert(
            conn,
            "sources",
            [
                Source(id="src-a", title="A", source_kind=SourceKind.ARTICLE, text=TEXT_A),
                Source(id="src-b", title="B", source_kind=SourceKind.ARTICLE, text=TEXT_B),
                Source(id="src-c", title="C", source_kind=SourceKind.ARTICLE),
            ],
        )
        rows.insert(
            conn,
            "meetings",
            [
                Meeting(
                    id="M-1",
                    title="Paris summit",
                    date=dt.date(2026, 1, 6),
                    place="Paris",
                    format=MeetingFormat.IN_PERSON,
                )
            ],
        )
        drafts.add(
            conn,
            [
                _draft("src-b:002", "src-b", "claim", payload={"subject": "x", "value": 1}),
                _draft("src-a:001", "src-a"),
                _draft("src-b:001", "src-b", confidence=0.5),
                _draft("src-a:002", "src-a", "person", payload={"name": "Zoë"}),
            ],
            NOW,
        )
    return store


def test_drafts_come_back_decoded_and_ordered_by_source_then_id(queue: Store) -> None:
    with queue.engine.connect() as conn:
        found = drafts.listing(conn)
    assert [d.id for d in found] == ["src-a:001", "src-a:002", "src-b:001", "src-b:002"]
    first = found[0]
    assert first == _draft("src-a:001", "src-a")  # payload decoded, non-ASCII kept
    assert found[1].payload == {"name": "Zoë"}


def test_added_drafts_are_returned_as_they_read_back(store: Store) -> None:
    with store.transaction() as conn:
        rows.insert(conn, "sources", [Source(id="s", title="S", source_kind=SourceKind.ARTICLE)])
        # a tuple goes in, a list comes out: what `add` returns is what a reader sees
        made = drafts.add(conn, [_draft("s:001", "s", payload={"span": (1, 2)})], NOW)
    with store.engine.connect() as conn:
        assert drafts.listing(conn) == made
    assert made[0].payload == {"span": [1, 2]}


def test_listing_filters_select_what_they_name(queue: Store) -> None:
    table = TABLES["sources"]
    with queue.engine.connect() as conn:

        def ids(**filters: Any) -> list[str]:
            return [d.id for d in drafts.listing(conn, **filters)]

        assert ids(item_type="claim") == ["src-b:002"]
        assert ids(source="src-a") == ["src-a:001", "src-a:002"]
        assert ids(min_confidence=0.6) == ["src-a:001", "src-a:002", "src-b:002"]
        assert ids(ids=["src-b:001", "nope"]) == ["src-b:001"]
        assert ids(ids=[]) == []
        assert ids(sources=select(table.c.id).where(table.c.id == "src-b")) == [
            "src-b:001",
            "src-b:002",
        ]
        assert ids(status=REJECTED) == []
        assert drafts.read(conn, "src-a:002") == drafts.listing(conn, ids=["src-a:002"])[0]
        assert drafts.read(conn, "nope") is None
        assert drafts.cited_sources(conn) == {"src-a", "src-b"}
        assert drafts.any_of(conn, "src-a")
        assert not drafts.any_of(conn, "src-c")


def test_others_leave_out_the_source_itself_rejected_drafts_and_hidden_sources(
    queue: Store,
) -> None:
    table = TABLES["sources"]
    everyone = select(table.c.id)
    with queue.transaction() as conn:
        drafts.set_status(conn, "src-b:001", REJECTED)
    with queue.engine.connect() as conn:
        assert [
            d.id for d in drafts.others(conn, "meeting", besides="src-b", sources=everyone)
        ] == ["src-a:001"]
        assert drafts.others(conn, "meeting", besides="src-a", sources=everyone) == []
        hidden_a = select(table.c.id).where(table.c.id != "src-a")
        assert drafts.others(conn, "meeting", besides="src-c", sources=hidden_a) == []


def test_a_decision_changes_pending_drafts_only(queue: Store) -> None:
    with queue.transaction() as conn:
        assert (
            drafts.mark(conn, ["src-a:001"], ACCEPTED, kind="meetings", rid="M-1", reviewer="r")
            == 1
        )
    with queue.transaction() as conn:
        assert drafts.not_pending(conn, ["src-a:002", "src-a:001"]) == ["src-a:001"]
        # a second decision on the same draft changes nothing
        assert (
            drafts.mark(
                conn, ["src-a:001", "src-a:002"], REJECTED, kind=None, rid=None, reviewer="s"
            )
            == 1
        )
        assert not drafts.set_payload(conn, "src-a:001", {"date": "2026-01-07"})
        assert drafts.set_payload(conn, "src-b:001", {"date": "2026-01-07", "place": "Élysée"})
    with queue.engine.connect() as conn:
        accepted = drafts.read(conn, "src-a:001")
        assert accepted is not None
        assert (accepted.status, accepted.record_kind, accepted.record_id, accepted.reviewer) == (
            ACCEPTED,
            "meetings",
            "M-1",
            "r",
        )
        assert accepted.payload == _draft("x", "x").payload
        rejected = drafts.read(conn, "src-a:002")
        assert rejected is not None
        assert (rejected.status, rejected.reviewer) == (REJECTED, "s")
        edited = drafts.read(conn, "src-b:001")
        assert edited is not None
        assert edited.payload == {"date": "2026-01-07", "place": "Élysée"}


def test_copies_keep_every_column_but_id_and_time(queue: Store) -> None:
    table = schema.drafts
    later = NOW + dt.timedelta(hours=1)
    with queue.transaction() as conn:
        assert drafts.ids_starting(conn, "src-a:001-") == set()
        drafts.copy(conn, "src-a:001", ["src-a:001-2", "src-a:001-3"], later)
        assert drafts.ids_starting(conn, "src-a:001-") == {"src-a:001-2", "src-a:001-3"}
    with queue.engine.connect() as conn:
        got = {r["id"]: dict(r) for r in conn.execute(select(table)).mappings()}
    original = got["src-a:001"]
    for new in ("src-a:001-2", "src-a:001-3"):
        copy = got[new]
        assert {k: v for k, v in copy.items() if k not in ("id", "created_at")} == {
            k: v for k, v in original.items() if k not in ("id", "created_at")
        }
        assert copy["created_at"].replace(tzinfo=dt.UTC) == later


def test_conflicts_round_trip_and_settle(queue: Store) -> None:
    claims = [
        {"value": "2026-01-06", "source": "src-a", "quote": "6 janvier, à l'Élysée"},
        {"value": "2026-01-07", "source": "src-b", "quote": "7 January"},
    ]
    with queue.transaction() as conn:
        for cid, created in (("c-2", NOW), ("c-1", NOW), ("c-0", NOW + dt.timedelta(1))):
            conflicts.add(
                conn,
                cid,
                subject_kind="meetings",
                subject_id="M-1",
                field="date",
                claims=claims,
                created_at=created,
            )
    with queue.engine.connect() as conn:
        listed = conflicts.listing(conn)
        assert [c.id for c in listed] == ["c-1", "c-2", "c-0"]  # oldest first, then by id
        assert listed[0] == conflicts.Conflict(
            "c-1", "meetings", "M-1", "date", claims, conflicts.OPEN, None
        )
        assert conflicts.exists(conn, "c-0")
        assert not conflicts.exists(conn, "c-9")
    with queue.transaction() as conn:
        conflicts.settle(conn, "c-1", conflicts.RESOLVED, {"picked": claims[1], "note": "vérifié"})
        conflicts.hold(conn, "meetings", "M-1", "date", dt.date(2026, 1, 7))
    with queue.engine.connect() as conn:
        assert [c.id for c in conflicts.listing(conn, conflicts.OPEN)] == ["c-2", "c-0"]
        (settled,) = conflicts.listing(conn, conflicts.RESOLVED)
        assert settled.resolution == {"picked": claims[1], "note": "vérifié"}
        (meeting,) = rows.read(conn, "meetings")
    assert isinstance(meeting, Meeting)
    assert meeting.date == dt.date(2026, 1, 7)


def test_sources_are_found_by_exact_text_among_those_selected(queue: Store) -> None:
    table = TABLES["sources"]
    everyone = select(table.c.id)
    not_a = select(table.c.id).where(table.c.id != "src-a")
    with queue.engine.connect() as conn:
        assert sources.with_text(conn, TEXT_A, everyone) == "src-a"
        assert sources.with_text(conn, TEXT_A, not_a) is None
        assert sources.with_text(conn, TEXT_A + " ", everyone) is None
        assert sorted(sources.texts(conn, everyone)) == [("src-a", TEXT_A), ("src-b", TEXT_B)]
        assert list(sources.texts(conn, not_a)) == [("src-b", TEXT_B)]
        assert sources.text_of(conn, "src-a") == TEXT_A
        assert sources.text_of(conn, "src-c") is None
        assert sources.text_of(conn, "nope") is None
        assert sources.exists(conn, "src-c")
        assert not sources.exists(conn, "nope")


def _count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(schema.metadata.tables[table])
            ).scalar_one()
        )


def test_no_write_outside_the_write_transaction(queue: Store) -> None:
    """A repository write on a plain connection, or in a transaction that does not hold the
    write lock, is refused before it runs; in a trial it runs and is rolled back."""
    new = [_draft("src-c:001", "src-c")]
    writes = [
        lambda conn: drafts.add(conn, new, NOW),
        lambda conn: drafts.copy(conn, "src-a:001", ["src-a:001-2"], NOW),
        lambda conn: drafts.set_payload(conn, "src-a:001", {}),
        lambda conn: drafts.set_status(conn, "src-a:001", REJECTED),
        lambda conn: drafts.mark(conn, ["src-a:001"], REJECTED, kind=None, rid=None, reviewer="r"),
        lambda conn: conflicts.add(
            conn, "c", subject_kind="k", subject_id="i", field="f", claims=[], created_at=NOW
        ),
        lambda conn: conflicts.settle(conn, "c", conflicts.KEPT_BOTH, {}),
        lambda conn: conflicts.hold(conn, "meetings", "M-1", "place", "Lyon"),
    ]
    with queue.engine.connect() as conn:
        before = drafts.listing(conn)
    for write in writes:
        with queue.engine.connect() as conn:
            with pytest.raises(RuntimeError, match="write transaction"):
                write(conn)
            with conn.begin(), pytest.raises(RuntimeError, match="write transaction"):
                write(conn)
        with queue.trial() as conn:
            write(conn)
    with queue.trial() as conn:
        drafts.add(conn, new, NOW)
        assert drafts.any_of(conn, "src-c")
    with queue.engine.connect() as conn:
        assert drafts.listing(conn) == before
        assert not drafts.any_of(conn, "src-c")
        (meeting,) = rows.read(conn, "meetings")
    assert isinstance(meeting, Meeting)
    assert meeting.place == "Paris"
    assert _count(queue, "drafts") == 4
    assert _count(queue, "conflicts") == 0
