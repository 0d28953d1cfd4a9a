"""Ingestion, review and conflict resolution write records through the versioned path: after
each step `willing audit --verify` holds, `willing history` shows the change and who made
it, and a record edited behind Willing's back afterwards is named (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.diplomacy import Meeting
from willing.ingest import conflicts as conflict_service
from willing.ingest import review, splitting
from willing.ingest.queue import ingest, ingest_many
from willing.services.access import Registry, Viewer
from willing.services.registry import load
from willing.storage import versions
from willing.storage.schema import audit
from willing.storage.store import Store

GOLD = Path(__file__).parent / "gold"
BERLIN = GOLD / "berlin-patriot.txt"
ROME = b"Defence officials of 20 countries met in Rome on 5 January 2026, the ministry said."
KYIV = "M-2026-01-03-KYIV"
#: the authenticated user every write below is made as
ACTOR = "ana"


@pytest.fixture
def registry(store_url: str) -> Iterator[Registry]:
    """An administrator signed in as `ACTOR`, over the shipped data set on each backend."""
    store = Store.open(store_url)
    load(store, Registry(store, Viewer.admin()), "cotw-ukraine-2026")
    yield Registry(store, Viewer.admin(user=ACTOR))
    store.close()


def _cli(registry: Registry, *argv: str) -> tuple[int, str]:
    url = registry.store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, [*argv, "--db", url])
    return result.exit_code, result.output


def _verified(registry: Registry) -> None:
    """`willing audit --verify` holds: the chain, and every record against its history."""
    code, out = _cli(registry, "audit", "--verify", "--json")
    found = json.loads(out)
    assert (code, found["records"], found["intact"]) == (0, [], True), out


def _history(registry: Registry, kind: str, rid: str) -> list[dict[str, object]]:
    code, out = _cli(registry, "history", kind, rid, "--json")
    assert code == 0, out
    return list(json.loads(out)["data"])


def _entries(registry: Registry, after: int) -> list[tuple[str, str]]:
    with registry.store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(audit.c.actor, audit.c.action)
            .where(audit.c.seq > after)
            .order_by(audit.c.seq)
        )
        return [(str(a), str(b)) for a, b in rows]


def _revision(registry: Registry) -> int:
    with registry.store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.max(audit.c.seq))).scalar_one())


def _sql(registry: Registry, statement: str, **params: object) -> None:
    with registry.store.engine.begin() as conn:
        conn.execute(sa.text(statement), params)


def test_every_reviewed_change_is_versioned_and_verifies(registry: Registry) -> None:
    # ingest: the new source is a record with a first version, in one entry
    before = _revision(registry)
    result = ingest(registry, BERLIN.read_bytes(), name=BERLIN.name)
    assert _entries(registry, before) == [(ACTOR, "ingest")]
    _verified(registry)
    (created,) = _history(registry, "sources", result.source)
    assert (created["op"], created["actor"], created["revision"]) == ("create", ACTOR, before + 1)

    drafts = {d.summary(): d for d in review.listing(registry, source=result.source)}
    person = next(d for s, d in drafts.items() if s.startswith("Boris Pistorius"))
    party = drafts["DEU"]
    training = next(d for s, d in drafts.items() if s.endswith("regenerate/training"))

    # accept: a new person and his appointment, each with a first version
    before = _revision(registry)
    (made,) = review.accept(registry, [person.id])
    assert (made.status, made.record) == ("accepted", "people/boris-pistorius")
    assert _entries(registry, before) == [(ACTOR, "accept")]
    _verified(registry)
    (first,) = _history(registry, "people", "boris-pistorius")
    assert (first["op"], first["actor"], first["revision"]) == ("create", ACTOR, before + 1)
    with registry.store.engine.connect() as conn:
        added = {(v.kind, v.op) for v in versions.at_revision(conn, before + 1)}
    assert added == {("people", "create"), ("appointments", "create")}

    # link: the span is appended to a known party's evidence, a new version of the party
    before = _revision(registry)
    (linked,) = review.accept(registry, [party.id])
    assert (linked.status, linked.record) == ("linked", "parties/DEU")
    _verified(registry)
    newest = _history(registry, "parties", "DEU")[-1]
    assert (newest["op"], newest["actor"], newest["revision"]) == ("update", ACTOR, before + 1)
    record = newest["record"]
    assert isinstance(record, dict)
    assert record["evidence"][-1]["source"] == result.source

    # split: drafts only, one entry, nothing for --verify to find
    before = _revision(registry)
    parts = splitting.split(registry, training.id, 2)
    assert len(parts) == 2
    assert _entries(registry, before) == [(ACTOR, "draft-split")]
    _verified(registry)

    # a direct edit of the ingested source afterwards is named
    _sql(registry, "UPDATE sources SET title = 'forged' WHERE id = :sid", sid=result.source)
    code, out = _cli(registry, "audit", "--verify", "--json")
    assert code == 1
    assert f"sources '{result.source}': changed outside Willing" in "\n".join(
        json.loads(out)["records"]
    ), out


def _three_conflicts(registry: Registry) -> list[conflict_service.Conflict]:
    """A draft edited to name the Kyiv meeting, linked: it differs on date, format and size."""
    result = ingest(registry, ROME, name="rome.txt", published=dt.date(2026, 1, 6))
    (draft,) = review.listing(registry, source=result.source, item_type="meeting")
    review.edit(registry, draft.id, {"place": "Kyiv", "format": "in_person", "host": "UKR"})
    review.accept(registry, [draft.id])
    found = [c for c in conflict_service.listing(registry, "open") if c.subject_id == KYIV]
    assert {c.field for c in found} == {"date", "format", "countries_count"}
    return sorted(found, key=lambda c: c.field)


def test_settled_conflicts_are_versioned_and_verify(registry: Registry) -> None:
    count, date, form = _three_conflicts(registry)
    _verified(registry)
    versions_before = len(_history(registry, "meetings", KYIV))

    # picking a claim writes it onto the meeting: one entry, one new version
    before = _revision(registry)
    conflict_service.resolve(registry, count.id, 2, "the ministry's figure")
    assert _entries(registry, before) == [(ACTOR, "conflict")]
    _verified(registry)
    shown = _history(registry, "meetings", KYIV)
    assert len(shown) == versions_before + 1
    assert (shown[-1]["op"], shown[-1]["actor"]) == ("update", ACTOR)
    assert isinstance(shown[-1]["record"], dict)
    assert shown[-1]["record"]["countries_count"] == 20

    # keeping both changes no record: one entry, no version
    before = _revision(registry)
    conflict_service.resolve(registry, date.id, None)
    assert _entries(registry, before) == [(ACTOR, "conflict")]
    assert len(_history(registry, "meetings", KYIV)) == versions_before + 1
    _verified(registry)

    # several settled at once are one decision: one entry
    (again,) = [c for c in conflict_service.listing(registry, "open") if c.id == form.id]
    before = _revision(registry)
    conflict_service.resolve_many(registry, [again.id], 2)
    assert _entries(registry, before) == [(ACTOR, "conflict")]
    meeting = registry.get("meetings", KYIV)
    assert isinstance(meeting, Meeting)
    assert meeting.format.value == "in_person"
    _verified(registry)

    # the meeting edited behind the log afterwards is named
    _sql(registry, "UPDATE meetings SET countries_count = 99 WHERE id = :mid", mid=KYIV)
    code, out = _cli(registry, "audit", "--verify", "--json")
    assert code == 1
    assert f"meetings '{KYIV}': changed outside Willing" in "\n".join(json.loads(out)["records"])


def test_a_batch_is_one_entry_covering_every_source(registry: Registry) -> None:
    files = [(p.name, p.read_bytes()) for p in (BERLIN, GOLD / "brussels-loan.txt")]
    before = _revision(registry)
    done = ingest_many(registry, files)
    assert _entries(registry, before) == [(ACTOR, "ingest")]
    with registry.store.engine.connect() as conn:
        added = {(v.kind, v.record_id, v.op) for v in versions.at_revision(conn, before + 1)}
        detail = conn.execute(sa.select(audit.c.detail).where(audit.c.seq == before + 1))
        files_named = [a["file"] for a in json.loads(detail.scalar_one())["articles"]]
    assert added == {("sources", d.source, "create") for d in done}
    assert files_named == [name for name, _ in files]
    _verified(registry)
    # the same articles again store nothing, and write no entry
    ingest_many(registry, files)
    assert _entries(registry, before + 1) == []
    _verified(registry)


def test_the_command_line_ingests_and_reviews_without_tampering(store_url: str) -> None:
    """The reported case: load, ingest, review --accept, then audit --verify, all commands."""
    runner = CliRunner()

    def run(*argv: str) -> str:
        result = runner.invoke(app, [*argv, "--db", store_url])
        assert result.exit_code == 0, result.output
        return result.output

    run("load", "cotw-ukraine-2026")
    run("ingest", str(BERLIN))
    assert "every record matches its history" in run("audit", "--verify")
    listed = json.loads(run("review", "--json"))
    wanted = [d["id"] for d in listed if str(d.get("on_accept")).startswith(("link", "new"))]
    assert len(wanted) >= 2
    run("review", *wanted, "--accept")
    assert "every record matches its history" in run("audit", "--verify")
    actions = [e["action"] for e in json.loads(run("audit", "--json"))]
    assert actions[-2:] == ["ingest", "accept"]
