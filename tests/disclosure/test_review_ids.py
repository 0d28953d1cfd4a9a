"""No existence oracle in review: accepting drafts gives the same ids and the same output
whether or not records hidden from the reviewer hold the ids an administrator would get.

Two stores hold the shipped data set; the second also holds, national to France (a
pledge: to Britain, its party), a record at every id an administrator's accept of the
same article creates (the article's source with its text, a person, his appointment, a
meeting, an issue, a position and a pledge). A Polish planner ingests the article, edits
two drafts and accepts them all in each store: every command prints the same, and the
hidden records are left as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import NotFound
from willing.domain.labels import Classification, Label
from willing.domain.records import Record
from willing.ingest import review
from willing.ingest.queue import ingest
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

ARTICLE = (
    b"Turkish Foreign Minister Hakan Fidan arrived in Kyiv on Monday. "
    b"Britain is ready to send land forces, Prime Minister Keir Starmer said. "
    b"France will never recognise Russian control of Donbas, President Emmanuel Macron said. "
    b"Defence chiefs met in Vilnius on 3 February 2026, the ministry said."
)
PUBLISHED = dt.date(2026, 2, 4)
#: Edits that make the commitment a pledge and the position one on a new issue.
EDITS = {
    "commitment": {"capability": "inf-coy", "quantity": "2"},
    "position": {"issue": "energy-security"},
}
#: The drafts that become new records (parties and known people are linked or refused).
NEW = {"meeting", "position", "commitment"}
#: Where the accept's output is in a session: after the ingest and one line per edit.
ACCEPTED = 1 + sum(len(e) for e in EDITS.values())


def _new_drafts(registry: Registry, source: str) -> list[review.Draft]:
    drafts = review.listing(registry, source=source)
    for draft in drafts:
        if draft.item_type in EDITS:
            review.edit(registry, draft.id, EDITS[draft.item_type])
    return [
        d
        for d in drafts
        if d.item_type in NEW or (d.item_type == "person" and d.payload["name"] == "Hakan Fidan")
    ]


def _admins_records(tmp: Path) -> list[Record]:
    """What an administrator's accept creates in a store without the hidden records."""
    store = Store.open(f"sqlite:///{tmp / 'admin.db'}")
    try:
        store.write(read_source("cotw-ukraine-2026"), actor="test")
        admin = Registry(store, Viewer.admin())
        before = {(k, r.id) for k in KINDS for r in admin.list(k)}
        result = ingest(admin, ARTICLE, name="article.txt", published=PUBLISHED)
        review.accept(admin, [d.id for d in _new_drafts(admin, result.source)])
        after = admin.dataset()
        return [r for k in KINDS for r in after.records[k] if (k, r.id) not in before]
    finally:
        store.close()


def _hidden_twin(record: Record) -> Record:
    """The record national to France (a pledge: to its party), without evidence (its
    source is not in the store)."""
    owner = str(getattr(record, "party", "FRA")) if record.kind == "pledges" else "FRA"
    label = Label(classification=Classification.NATIONAL, owner=owner, releasable_to=[owner])
    update: dict[str, Any] = {"label": label}
    if "evidence" in type(record).model_fields:
        update["evidence"] = []
    return record.model_copy(update=update)


def _store(path: Path, extra: list[Record]) -> str:
    base = read_source("cotw-ukraine-2026")
    records = {k: list(v) for k, v in base.records.items()}
    for record in extra:
        records[record.kind].append(record)
    store = Store.open(f"sqlite:///{path}")
    store.write(Dataset(name=base.name, title=base.title, records=records), actor="test")
    store.close()
    return str(path)


def _cli(db: str, *args: str) -> str:
    result = CliRunner().invoke(
        app, [*args, "--as", "POL", "--role", "planner", "--db", db], catch_exceptions=True
    )
    error = "" if result.exception is None else repr(result.exception)
    return f"exit {result.exit_code}\n{result.stdout}\n{error}"


def _planners_session(db: str, article: Path) -> list[str]:
    """A Polish planner ingests the article, edits two drafts, accepts and looks around."""
    out = [_cli(db, "ingest", str(article), "--published", PUBLISHED.isoformat(), "--json")]
    source = json.loads(out[0].split("\n", 1)[1])[0]["source"]
    store = Store.open(f"sqlite:///{db}", migrate=False)
    try:
        listed = review.listing(Registry(store, Viewer("POL", Role.PLANNER)), source=source)
    finally:
        store.close()
    ids = []
    for draft in listed:
        for name, value in EDITS.get(draft.item_type, {}).items():
            out.append(_cli(db, "review", draft.id, "--set", f"{name}={value}", "--json"))
        if draft.item_type in NEW or draft.payload.get("name") == "Hakan Fidan":
            ids.append(draft.id)
    out.append(_cli(db, "review", *ids, "--accept", "--json"))  # ACCEPTED: its place
    out.append(_cli(db, "review", "--status", "any", "--json"))
    out += [_cli(db, "list", kind, "--json") for kind in ("people", "meetings", "issues")]
    out += [_cli(db, "list", kind, "--json") for kind in ("positions", "pledges", "appointments")]
    return out


@pytest.mark.slow
def test_accepted_ids_do_not_depend_on_hidden_records(tmp_path: Path) -> None:
    planted = [_hidden_twin(r) for r in _admins_records(tmp_path)]
    kinds = {r.kind for r in planted}
    assert {"sources", "people", "appointments", "meetings", "issues", "positions"} <= kinds
    assert "pledges" in kinds
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE)
    clean = _store(tmp_path / "clean.db", [])
    shadowed = _store(tmp_path / "shadowed.db", planted)

    seen = [_planners_session(db, article) for db in (clean, shadowed)]
    assert seen[0] == seen[1]
    accepted = json.loads(seen[0][ACCEPTED].split("\n", 1)[1])

    assert [o["status"] for o in accepted].count("accepted") == len(accepted) == 4
    made = {o["record"] for o in accepted}
    assert not made & {f"{r.kind}/{r.id}" for r in planted}  # the planner's ids are his own

    store = Store.open(f"sqlite:///{shadowed}", migrate=False)
    try:
        admin = Registry(store, Viewer.admin())
        planner = Registry(store, Viewer("POL", Role.PLANNER))
        for record in planted:  # untouched, and still hidden from the planner
            assert admin.get(record.kind, record.id) == record
            with pytest.raises(NotFound):
                planner.get(record.kind, record.id)
        for record in made:
            planner.get(*record.split("/"))
    finally:
        store.close()


def test_a_record_forged_at_the_derived_id_is_not_overwritten(tmp_path: Path) -> None:
    """Only a record given the very id a draft derives can clash: the digest lengthens."""
    from willing.domain.parties import Person

    # Hakan Fidan's draft: its id is fixed by the text and the revision of the ingest
    draft_id = "src-ca3ff33a10a2-r2:005"
    digest = hashlib.sha256(draft_id.encode()).hexdigest()
    label = Label(classification=Classification.NATIONAL, owner="FRA", releasable_to=["FRA"])
    forged = Person(id=f"hakan-fidan-{digest[:8]}", name="Someone else", label=label)
    store = Store.open(f"sqlite:///{_store(tmp_path / 'forged.db', [forged])}", migrate=False)
    try:
        planner = Registry(store, Viewer("POL", Role.PLANNER))
        result = ingest(planner, ARTICLE, name="article.txt", published=PUBLISHED)
        (fidan,) = [d for d in _new_drafts(planner, result.source) if d.item_type == "person"]
        assert fidan.id == draft_id
        (outcome,) = review.accept(planner, [fidan.id])
        assert outcome.record == f"people/hakan-fidan-{digest[:16]}"
        assert Registry(store, Viewer.admin()).get("people", forged.id) == forged
    finally:
        store.close()
