"""Checks that the stored records are exactly what the audit log says was written.

The audit chain proves the entries were not altered; each entry's `changes` digest covers the
versions it added, and its `state` the digest of every record after it. `check` recomputes
both from the tables: a row edited, inserted or deleted behind Willing's back (an
`UPDATE ... SET label_classification='PUBLIC'` made directly in the database, say) no longer
matches its newest version, and the finding names the record.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import Connection, select

from willing.domain.catalog import KINDS
from willing.storage import rows, signing, versions
from willing.storage.schema import TABLES, audit


@dataclass(frozen=True)
class Finding:
    """One thing that does not match the log: where, and what."""

    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def _digests(conn: Connection, findings: list[Finding]) -> dict[tuple[str, str], str]:
    """The digest of every stored record; a row edited into an invalid record is a finding
    (and gets a digest no version has)."""
    out: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        try:
            found = rows.read(conn, kind)
        except ValidationError:
            found = []
            table = TABLES[kind]
            for rid in conn.execute(select(table.c.id)).scalars():
                try:
                    found.extend(rows.read(conn, kind, select(table.c.id).where(table.c.id == rid)))
                except ValidationError:
                    findings.append(
                        Finding(f"{kind} '{rid}'", "changed outside Willing (no longer valid)")
                    )
                    out[kind, rid] = "invalid"
        for record in found:
            out[kind, record.id] = versions.digest(kind, record)
    return out


def check(conn: Connection) -> list[Finding]:
    """Every mismatch between the audit log, the record versions and the stored records."""
    findings: list[Finding] = []
    last_state: str | None = None
    keys = signing.public_keys()
    covered: set[int] = set()
    for seq, digest, changes, state, kid, signature in conn.execute(
        select(
            audit.c.seq,
            audit.c.hash,
            audit.c.changes,
            audit.c.state,
            audit.c.key_id,
            audit.c.signature,
        ).order_by(audit.c.seq)
    ):
        where = f"audit entry {seq}"
        if signature is None:
            if changes is not None or state is not None:
                findings.append(Finding(where, "is not signed"))
        elif kid not in keys:
            findings.append(Finding(where, f"is signed by key {kid}, not in the key folder"))
        elif not signing.valid(keys[kid], digest, signature):
            findings.append(Finding(where, "has a signature that does not match: rewritten"))
        if changes is not None:
            covered.add(seq)
        if changes is not None and versions.stored_changes_digest(conn, seq) != changes:
            findings.append(
                Finding(f"audit entry {seq}", "the record versions it wrote were altered")
            )
        if state is not None:
            last_state = state
    orphans = sorted(set(versions.revisions(conn)) - covered)
    if orphans:
        findings.append(
            Finding("record versions", f"at revisions no signed entry covers: {orphans[:10]}")
        )
    newest = versions.latest(conn)
    expected = {key: d for key, (_, d) in newest.items() if d is not None}
    actual = _digests(conn, findings)
    for key in sorted(expected.keys() | actual.keys()):
        kind, rid = key
        want, got = expected.get(key), actual.get(key)
        if want == got:
            continue
        where = f"{kind} '{rid}'"
        if got == "invalid":
            continue
        if want is None:
            findings.append(Finding(where, "inserted outside Willing (no version records it)"))
        elif got is None:
            findings.append(Finding(where, "deleted outside Willing (its newest version stands)"))
        else:
            findings.append(
                Finding(where, "changed outside Willing (differs from its newest version)")
            )
    if last_state is not None:
        state = versions.state_hex(versions.state_of((k, i, d) for (k, i), d in expected.items()))
        if state != last_state:
            findings.append(
                Finding("record versions", "do not add up to the state the newest entry recorded")
            )
    return findings
