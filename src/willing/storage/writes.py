"""Writes of records, inside the store's serialised transaction: an import of a whole data set,
a change of single records, and the records ingestion and review change in place. Each
records one version per record it touches and one audit entry carrying the digest of those
versions and of the registry state after it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, delete, select

from willing.domain.audience import Groups, describe, uncovered
from willing.domain.catalog import KINDS, Dataset
from willing.domain.consistency import quoted_sources
from willing.domain.errors import Problem, StaleVersion, ValidationFailure
from willing.domain.fields import fields_of
from willing.domain.records import Record
from willing.domain.validation import check_dataset
from willing.storage import audit, drafts, rows, versions
from willing.storage.schema import CHILDREN, TABLES
from willing.storage.schema import versions as versions_table
from willing.storage.versions import CREATE, Change

Known = Mapping[tuple[str, str], tuple[int, str | None]]


def _state(conn: Connection, known: Known) -> int:
    """The registry state before this write: recorded by the newest entry, else recomputed."""
    stored = audit.last_state(conn)
    if stored is not None:
        return int(stored, 16)
    return versions.state_of((k, i, d) for (k, i), (_, d) in known.items() if d is not None)


def record(
    conn: Connection,
    changes: list[Change],
    known: Known,
    *,
    actor: str,
    action: str,
    detail: dict[str, Any],
) -> int:
    """Append the audit entry and the versions of `changes`; return the new revision."""
    state = versions.next_state(_state(conn, known), changes)
    digest = versions.changes_digest(versions.planned(changes, known))
    seq = audit.append(conn, actor, action, detail, changes=digest, state=versions.state_hex(state))
    versions.append(conn, changes, seq, actor, known)
    return seq


def record_touched(
    conn: Connection,
    touched: Iterable[tuple[str, str]],
    *,
    actor: str,
    action: str,
    detail: dict[str, Any],
) -> int:
    """Append the audit entry of a write that changed records in place, and their versions.

    Ingestion stores a source, a review adds records or appends evidence to known ones, a
    conflict's picked claim is written onto its meeting: the caller names each (kind, id)
    it touched, and each is read back as it is now stored, so its version holds exactly
    what `integrity.check` will recompute. A record whose digest did not move gets no
    version; one no longer stored gets a deletion. Returns the new revision.
    """
    wanted: dict[str, set[str]] = defaultdict(set)
    for kind, rid in touched:
        wanted[kind].add(rid)
    if audit.last_state(conn) is None:  # the state is recomputed from every record's version
        known = versions.latest(conn)
    else:
        known = {key: v for kind in wanted for key, v in versions.latest(conn, kind).items()}
    changes: list[Change] = []
    for kind in sorted(wanted):
        ids = sorted(wanted[kind])
        table = TABLES[kind]
        found: dict[str, Record] = {}
        for start in range(0, len(ids), 500):
            chunk = select(table.c.id).where(table.c.id.in_(ids[start : start + 500]))
            try:
                found.update((r.id, r) for r in rows.read(conn, kind, chunk))
            except ValidationError as exc:  # refused, and the transaction rolls back whole
                raise ValidationFailure(
                    [Problem(f"{action}: {kind}", None, f"would store an invalid record: {exc}")]
                ) from None
        for rid in ids:
            before = known.get((kind, rid), (0, None))[1]
            rec = found.get(rid)
            if rec is None:
                if before is not None:
                    changes.append(Change(kind, rid, before, None, None))
                continue
            body = versions.canonical(rec)
            after = versions.digest_of(kind, body)
            if before != after:
                changes.append(Change(kind, rid, before, after, body))
    return record(conn, changes, known, actor=actor, action=action, detail=detail)


def _bodies(dataset: Dataset) -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for kind in KINDS:
        for rec in dataset.records[kind]:
            body = versions.canonical(rec)
            out[kind, rec.id] = (body, versions.digest_of(kind, body))
    return out


def import_dataset(
    conn: Connection, dataset: Dataset, *, actor: str, replace: bool, where: str
) -> int:
    """Validate `dataset` against what is stored and insert it (replacing everything with
    `replace`, except the sources review drafts cite, which stay with their drafts and
    conflicts). Returns the new revision."""
    if replace:
        kept = drafts.cited_sources(conn) - {r.id for r in dataset.records["sources"]}
        if kept:
            ids = select(TABLES["sources"].c.id).where(TABLES["sources"].c.id.in_(sorted(kept)))
            keep = rows.read(conn, "sources", ids)
            records = {**dataset.records, "sources": [*dataset.records["sources"], *keep]}
            dataset = Dataset(name=dataset.name, title=dataset.title, records=records)
        check_dataset(dataset, where=where)
    else:
        check_dataset(
            dataset,
            rows.all_ids(conn),
            where=where,
            stored_labels=rows.restricted_labels(conn),
            stored_member_of=rows.member_links(conn),
            stored_texts=rows.source_texts(conn, quoted_sources(dataset)),
        )
    known = versions.latest(conn)
    new = _bodies(dataset)
    changes: list[Change] = []
    if replace:
        for (kind, rid), (_, before) in known.items():
            if before is not None and (kind, rid) not in new:
                changes.append(Change(kind, rid, before, None, None))
        _delete_records(conn)
    for (kind, rid), (body, after) in new.items():
        before = known.get((kind, rid), (0, None))[1] if replace else None
        if before != after:
            changes.append(Change(kind, rid, before, after, body))
    for kind in KINDS:
        rows.insert(conn, kind, dataset.records[kind])
    detail = {"dataset": dataset.name, "counts": dataset.counts(), "source": where}
    return record(
        conn, changes, known, actor=actor, action="replace" if replace else "import", detail=detail
    )


def _delete_records(conn: Connection) -> None:
    """Remove every record (review drafts and conflicts stay; see `import_dataset`)."""
    for kind in reversed(tuple(KINDS)):
        for child in CHILDREN[kind].values():
            conn.execute(delete(child))
    for kind in reversed(tuple(KINDS)):
        conn.execute(delete(TABLES[kind]))


def change_records(
    conn: Connection,
    kind: str,
    upserts: Sequence[Record],
    deletes: Sequence[str],
    *,
    actor: str,
    action: str,
    expect: Mapping[str, int] | None = None,
    where: str = "input",
    absent: Mapping[str, Set[str]] | None = None,
) -> int:
    """Create, replace or delete single records of one kind; returns the new revision.

    `absent` holds stored ids (by kind) the writer may not see: references to them are
    checked as references to missing records, so the refusal does not tell they exist.

    `expect` maps ids to the version each change was made from: a record whose newest
    version is another one is refused (`StaleVersion`) and nothing is written. Each record
    is checked exactly as an import checks it (references, the audience rule) against what
    stays stored, and so are the records that refer to a changed or deleted one.
    """
    known = versions.latest(conn, kind)
    for rid, version in (expect or {}).items():
        now = known.get((kind, rid), (0, None))
        if now[1] is None or now[0] != version:
            raise StaleVersion(
                f"{kind} '{rid}' changed since version {version}: it is now at version "
                f"{now[0]}; read it again and repeat the edit"
            )
    touched = {r.id for r in upserts} | set(deletes)
    ids = rows.all_ids(conn)
    stored = ids[kind] & touched
    if action == CREATE and stored:
        # checked inside the write transaction, so two creates of one id cannot both win
        raise ValidationFailure(
            [Problem(where, "id", f"{kind} '{rid}' already exists") for rid in sorted(stored)]
        )
    ids[kind] = ids[kind] - touched
    labels = rows.restricted_labels(conn)
    for rid in touched:
        labels[kind].pop(rid, None)
    for other, gone in (absent or {}).items():
        ids[other] = ids[other] - gone
        for rid in gone:
            labels[other].pop(rid, None)
    member_of = rows.member_links(conn)
    if kind == "parties":
        for rid in touched:
            member_of.pop(rid, None)
    check_dataset(
        Dataset(records={kind: list(upserts)}),
        ids,
        where=where,
        stored_labels=labels,
        stored_member_of=member_of,
    )
    _check_referrers(conn, kind, upserts, deletes, member_of, where)
    if stored:
        conn.execute(delete(TABLES[kind]).where(TABLES[kind].c.id.in_(sorted(stored))))
    rows.insert(conn, kind, upserts)
    changes: list[Change] = []
    for rec in upserts:
        body = versions.canonical(rec)
        after = versions.digest_of(kind, body)
        before = known.get((kind, rec.id), (0, None))[1]
        if before != after:
            changes.append(Change(kind, rec.id, before, after, body))
    for rid in deletes:
        before = known.get((kind, rid), (0, None))[1]
        changes.append(Change(kind, rid, before, None, None))
    detail = {"kind": kind, "ids": sorted(touched)}
    return record(conn, changes, known, actor=actor, action=action, detail=detail)


def _check_referrers(
    conn: Connection,
    kind: str,
    upserts: Sequence[Record],
    deletes: Sequence[str],
    member_of: Mapping[str, Iterable[str]],
    where: str,
) -> None:
    """A deleted record may not be referred to; a changed one's label must still cover every
    record that refers to it (the audience rule, seen from the other side)."""
    problems: list[Problem] = []
    gone = set(deletes)
    if gone:
        # records that refer to it may be hidden from the writer: name none of them here
        # (the service names those its viewer may see before it gets this far)
        for other, rids in referrers(conn, kind, gone).items():
            if rids - (gone if other == kind else set()):
                problems.append(Problem(f"{where}", None, "cannot delete: records refer to it"))
                break
    groups = Groups(member_of)
    for rec in upserts:
        for other, rids in referrers(conn, kind, {rec.id}).items():
            found = rows.read(
                conn, other, select(TABLES[other].c.id).where(TABLES[other].c.id.in_(sorted(rids)))
            )
            for ref in found:
                if other == kind and ref.id == rec.id:
                    continue
                who = uncovered(ref.label, rec.label, groups)
                if who is not None:
                    problems.append(
                        Problem(
                            f"{where}: {kind} id '{rec.id}'",
                            "label",
                            f"{describe(rec.label)} is narrower than the audience of a record "
                            "that refers to it",
                        )
                    )
    if problems:
        raise ValidationFailure(problems)


def referrers(conn: Connection, kind: str, ids: set[str]) -> dict[str, set[str]]:
    """Ids of the stored records, by kind, whose references name one of `ids` of `kind`."""
    wanted = sorted(ids)
    out: dict[str, set[str]] = {}
    for other in KINDS:
        found: set[str] = set()
        for stmt in _reference_queries(other, kind, wanted):
            found.update(conn.execute(stmt).scalars())
        if found:
            out[other] = found
    return out


def _reference_queries(other: str, kind: str, wanted: list[str]) -> list[Any]:
    table = TABLES[other]
    children = CHILDREN[other]
    stmts: list[Any] = []
    for spec in fields_of(KINDS[other]):
        if spec.shape == "scalar" and spec.ref == kind:
            stmts.append(select(table.c.id).where(table.c[spec.name].in_(wanted)))
        elif spec.shape == "list" and spec.ref == kind:
            child = children[spec.name]
            stmts.append(select(child.c.record_id).where(child.c.value.in_(wanted)))
        elif spec.shape == "model_list" and spec.model is not None:
            child = children[spec.name]
            for sub in fields_of(spec.model):
                if sub.ref == kind:
                    stmts.append(select(child.c.record_id).where(child.c[sub.name].in_(wanted)))
        elif spec.name == "label" and kind == "parties":
            stmts.append(select(table.c.id).where(table.c.label_owner.in_(wanted)))
            child = children["label.releasable_to"]
            stmts.append(select(child.c.record_id).where(child.c.value.in_(wanted)))
    return stmts


def baseline(conn: Connection) -> None:
    """Give records stored before histories were kept their first version, in one audit
    entry (a database upgraded from an earlier schema); does nothing otherwise."""
    if conn.execute(select(versions_table.c.kind).limit(1)).first() is not None:
        return
    if not any(conn.execute(select(TABLES[k].c.id).limit(1)).first() for k in KINDS):
        return
    everything = Dataset(records={kind: rows.read(conn, kind) for kind in KINDS})
    changes = [
        Change(kind, rid, None, digest, body)
        for (kind, rid), (body, digest) in _bodies(everything).items()
    ]
    record(
        conn,
        changes,
        {},
        actor="willing",
        action="baseline",
        detail={"counts": everything.counts(), "note": "first version of records stored before"},
    )
