"""Ingesting into a real SQLite registry: drafts, review, links, conflicts, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from willing.domain.diplomacy import Meeting, Source
from willing.domain.errors import AccessDenied, NotFound, WillingError
from willing.ingest import IngestError, extract, review
from willing.ingest import conflicts as conflict_service
from willing.ingest.queue import ingest
from willing.services.access import Registry, Role, Viewer
from willing.storage.schema import CHILDREN, TABLES, audit, drafts
from willing.storage.store import Store

SEED_JAN = Path(__file__).parent / "gold" / "seed-003.txt"
JAN_7 = dt.date(2026, 1, 7)


def _count(registry: Registry, table: object) -> int:
    with registry.store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_ingest_stores_source_drafts_and_the_summit_date_conflict(registry: Registry) -> None:
    before = registry.store.revision()
    result = ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    assert registry.store.revision() == before + 1  # one transaction, one audit entry
    source = registry.get("sources", result.source)
    assert isinstance(source, Source)
    assert source.text is not None
    assert "Rabu, 7 Januari 2026" in source.text
    listed = review.listing(registry, source=result.source)
    assert {d.item_type for d in listed} >= {"meeting", "person", "party", "condition", "position"}
    assert all(d.status == "pending" for d in listed)
    for d in listed:
        assert d.start is not None
        assert d.quote == source.text[d.start : d.end]
    open_conflicts = conflict_service.listing(registry)
    assert len(open_conflicts) == 1
    conflict = open_conflicts[0]
    assert (conflict.subject_kind, conflict.subject_id, conflict.field) == (
        "meetings",
        "M-2026-01-06-PARIS",
        "date",
    )
    assert [c["value"] for c in conflict.claims] == ["2026-01-06", "2026-01-07"]
    assert conflict.claims[1]["quote"] == "Rabu, 7 Januari 2026"


def test_unreviewed_drafts_are_not_records(registry: Registry) -> None:
    people_before = len(registry.list("people"))
    ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    assert len(registry.list("people")) == people_before
    assert registry.get("meetings", "M-2026-01-06-PARIS").date == dt.date(2026, 1, 6)  # type: ignore[attr-defined]


def test_accept_links_known_records_and_adds_the_span_as_evidence(registry: Registry) -> None:
    result = ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    known = registry.get("meetings", "M-2026-01-06-PARIS").evidence
    meetings = review.listing(registry, source=result.source, item_type="meeting")
    people = review.listing(registry, source=result.source, item_type="person")
    parties = review.listing(registry, source=result.source, item_type="party")
    # people before their party in the list: the batch still accepts parties first
    outcomes = review.accept(registry, [d.id for d in meetings + people + parties])
    by_draft = {o.draft: o for o in outcomes}
    paris = [d for d in meetings if d.payload["place"] == "Paris"][0]
    assert by_draft[paris.id].status == "linked"
    assert by_draft[paris.id].record == "meetings/M-2026-01-06-PARIS"
    evidence = registry.get("meetings", "M-2026-01-06-PARIS").evidence
    cited = [e for e in evidence if e.source == result.source and e not in known]
    assert len(cited) == 1
    assert cited[0].quote is not None
    assert cited[0].quote.startswith("Para pemimpin dan pejabat tinggi dari sekitar 35 negara")
    macron = [d for d in people if d.payload["name"] == "Emmanuel Macron"][0]
    assert by_draft[macron.id].record == "people/macron"
    maduro = [d for d in people if d.payload["name"] == "Nicolas Maduro"][0]
    assert by_draft[maduro.id].status == "accepted"
    venezuela = [d for d in parties if d.payload["code"] == "VEN"][0]
    assert by_draft[venezuela.id].record == "parties/VEN"
    assert registry.get("parties", "VEN").name == "Venezuela"  # type: ignore[attr-defined]
    assert review.listing(registry, source=result.source, item_type="meeting") == []


def test_accepting_a_new_person_creates_the_record_and_its_appointment(registry: Registry) -> None:
    text = b"Menteri Luar Negeri Turki Hakan Fidan tiba di Kyiv pada hari Senin."
    result = ingest(registry, text, name="fidan.txt", published=JAN_7)
    person = review.listing(registry, source=result.source, item_type="person")
    outcome = review.accept(registry, [person[0].id])[0]
    assert outcome.record == "people/hakan-fidan"
    record = registry.get("people", "hakan-fidan")
    assert record.evidence[0].source == result.source
    assert registry.get("appointments", "hakan-fidan:foreign-minister").party == "TUR"  # type: ignore[attr-defined]


def test_a_failing_draft_in_a_bulk_accept_changes_nothing(registry: Registry) -> None:
    text = b"Britain is ready to send land forces, Prime Minister Keir Starmer said."
    result = ingest(registry, text, name="uk.txt", published=JAN_7)
    pending = review.listing(registry, source=result.source)
    assert any(d.item_type == "commitment" for d in pending)
    revision = registry.store.revision()
    with pytest.raises(WillingError, match="needs capability before"):
        review.accept(registry, [d.id for d in pending])
    assert registry.store.revision() == revision
    assert all(d.status == "pending" for d in review.listing(registry, source=result.source))


def test_edit_then_accept_a_commitment_as_a_pledge(registry: Registry) -> None:
    text = b"Britain is ready to send land forces, Prime Minister Keir Starmer said."
    result = ingest(registry, text, name="uk.txt", published=JAN_7)
    draft = review.listing(registry, source=result.source, item_type="commitment")[0]
    review.edit(registry, draft.id, {"capability": "inf-coy", "quantity": "2"})
    outcome = review.accept(registry, [draft.id])[0]
    assert outcome.status == "accepted"
    pledge = registry.get(*str(outcome.record).split("/"))
    assert (pledge.party, pledge.quantity, pledge.layers[0].value) == ("GBR", 2, "reassure")  # type: ignore[attr-defined]


def test_a_commitment_links_to_the_known_pledge(registry: Registry) -> None:
    text = b"Britain is ready to send land forces, Prime Minister Keir Starmer said."
    result = ingest(registry, text, name="uk.txt", published=JAN_7)
    draft = review.listing(registry, source=result.source, item_type="commitment")[0]
    assert draft.payload["layer"] == "reassure"
    review.edit(registry, draft.id, {"capability": "mech-inf-bn", "quantity": "2"})
    pledges = len(registry.list("pledges"))
    before = _evidence_count(registry, "pledges", "P-GBR-mech-inf-bn-1")
    (outcome,) = review.accept(registry, [draft.id])
    assert (outcome.status, outcome.record) == ("linked", "pledges/P-GBR-mech-inf-bn-1")
    assert "the article says 2, the pledge 9" in outcome.note
    assert len(registry.list("pledges")) == pledges
    assert _evidence_count(registry, "pledges", "P-GBR-mech-inf-bn-1") == before + 1


def test_linking_a_commitment_asks_for_no_quantity(registry: Registry) -> None:
    """The article names no figure: the draft links to the known pledge without one, and
    reports no discrepancy; only a new pledge needs a quantity."""
    text = b"Britain is ready to send land forces, Prime Minister Keir Starmer said."
    result = ingest(registry, text, name="uk.txt", published=JAN_7)
    draft, *_ = review.listing(registry, source=result.source, item_type="commitment")
    assert draft.payload.get("quantity") is None
    review.edit(registry, draft.id, {"capability": "mech-inf-bn"})
    assert review.listing(registry, source=result.source, item_type="commitment")[0].id == draft.id
    (outcome,) = review.accept(registry, [draft.id])
    assert (outcome.status, outcome.record) == ("linked", "pledges/P-GBR-mech-inf-bn-1")
    assert "the article says" not in outcome.note
    assert "states no quantity" in outcome.note
    other = ingest(registry, text.replace(b"land", b"more land"), name="uk2.txt", published=JAN_7)
    (fresh,) = review.listing(registry, source=other.source, item_type="commitment")[:1]
    review.edit(registry, fresh.id, {"capability": "logistics-bn"})  # no GBR pledge of it
    with pytest.raises(WillingError, match="needs quantity"):
        review.accept(registry, [fresh.id])


def test_a_commitment_never_links_to_a_hidden_pledge(registry: Registry) -> None:
    _hide(registry, "pledges", ["P-GBR-mech-inf-bn-1"])
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    text = b"Britain is ready to send land forces, Prime Minister Keir Starmer said."
    result = ingest(planner, text, name="uk.txt", published=JAN_7)
    draft = review.listing(planner, source=result.source, item_type="commitment")[0]
    review.edit(planner, draft.id, {"capability": "mech-inf-bn", "quantity": "2"})
    before = _evidence_count(registry, "pledges", "P-GBR-mech-inf-bn-1")
    (outcome,) = review.accept(planner, [draft.id])
    assert outcome.status == "accepted"
    assert outcome.record != "pledges/P-GBR-mech-inf-bn-1"
    assert not outcome.note
    assert _evidence_count(registry, "pledges", "P-GBR-mech-inf-bn-1") == before


def test_unknown_conditions_of_a_new_pledge_are_reported(registry: Registry) -> None:
    text = b"Britain is ready to send land forces, Prime Minister Keir Starmer said."
    result = ingest(registry, text, name="uk.txt", published=JAN_7)
    draft = review.listing(registry, source=result.source, item_type="commitment")[0]
    review.edit(
        registry,
        draft.id,
        {"capability": "inf-coy", "quantity": "2", "conditions": "ceasefire, moon-landing"},
    )
    (outcome,) = review.accept(registry, [draft.id])
    assert outcome.status == "accepted"
    assert outcome.note == "conditions not in the registry, left out: moon-landing"
    pledge = registry.get(*str(outcome.record).split("/"))
    assert pledge.conditions == ["ceasefire"]  # type: ignore[attr-defined]


def test_reject_and_reviewed_drafts_cannot_be_reviewed_again(registry: Registry) -> None:
    result = ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    first = review.listing(registry, source=result.source)[0]
    assert review.reject(registry, [first.id])[0].status == "rejected"
    with pytest.raises(WillingError, match="already reviewed"):
        review.accept(registry, [first.id])


def test_same_article_twice_adds_nothing(registry: Registry) -> None:
    ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    count = _count(registry, drafts)
    again = ingest(registry, SEED_JAN.read_bytes(), name="copy.txt", published=JAN_7)
    assert again.reused_source
    assert again.drafts == []
    assert _count(registry, drafts) == count


def test_bad_input_writes_nothing(registry: Registry) -> None:
    entries = _count(registry, audit)
    with pytest.raises(IngestError):
        ingest(registry, b"\x89PNG\r\n\x1a\n\x00\x00", name="photo.png")
    assert _count(registry, audit) == entries
    assert _count(registry, drafts) == 0
    assert _count(registry, TABLES["sources"]) == len(registry.list("sources"))


def test_liaison_officers_may_not_ingest(registry: Registry) -> None:
    liaison = Registry(registry.store, Viewer("FRA", Role.LIAISON))
    with pytest.raises(AccessDenied):
        ingest(liaison, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)


def test_picking_a_claim_sets_the_meeting_date(registry: Registry) -> None:
    ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    conflict = conflict_service.listing(registry)[0]
    settled = conflict_service.resolve(registry, conflict.id, 2)
    assert settled.status == "resolved"
    meeting = registry.get("meetings", "M-2026-01-06-PARIS")
    assert isinstance(meeting, Meeting)
    assert meeting.date == JAN_7
    assert conflict_service.listing(registry) == []
    with pytest.raises(WillingError, match="already resolved"):
        conflict_service.resolve(registry, conflict.id, 1)


def test_keeping_both_claims_leaves_the_record(registry: Registry) -> None:
    ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    conflict = conflict_service.listing(registry)[0]
    assert conflict_service.resolve(registry, conflict.id, None).status == "kept_both"
    assert registry.get("meetings", "M-2026-01-06-PARIS").date == dt.date(2026, 1, 6)  # type: ignore[attr-defined]


def test_two_articles_disagreeing_raise_a_conflict_between_drafts(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'empty.db'}")
    registry = Registry(store, Viewer.admin())
    gold = Path(__file__).parent / "gold"
    ingest(
        registry,
        (gold / "paris-declaration.txt").read_bytes(),
        name="a",
        published=dt.date(2026, 1, 6),
    )
    second = ingest(registry, SEED_JAN.read_bytes(), name="b", published=JAN_7)
    found = conflict_service.listing(registry)
    assert [c.id for c in found] == second.conflicts
    assert found[0].subject_kind == "drafts"
    assert sorted(c["value"] for c in found[0].claims) == ["2026-01-06", "2026-01-07"]
    store.close()


def test_sources_disagreeing_on_the_peace_agreement(registry: Registry) -> None:
    seed_sept = SEED_JAN.parent / "seed-000.txt"
    ingest(registry, seed_sept.read_bytes(), name="seed-000.txt", published=dt.date(2025, 9, 2))
    ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    found = [c for c in conflict_service.listing(registry) if c.subject_kind == "claims"]
    assert len(found) == 1
    claims = found[0].claims
    assert [c["value"] for c in claims] == ["reached", "not reached"]
    assert claims[0]["quote"] == "setelah tercapainya perjanjian damai"
    assert claims[1]["quote"] == "belum ada kesepakatan gencatan senjata"
    conflict_service.resolve(registry, found[0].id, 2)
    loser = review.listing(registry, status=None, ids=[claims[0]["draft"]])[0]
    assert loser.status == "rejected"


def test_preview_says_what_accepting_would_do_and_changes_nothing(registry: Registry) -> None:
    text = b"Britain is ready to send land forces, Prime Minister Keir Starmer said."
    result = ingest(registry, text, name="uk.txt", published=JAN_7)
    listed = review.listing(registry, source=result.source)
    revision = registry.store.revision()
    outlook = review.preview(registry, listed)
    by_type = {d.item_type: outlook[d.id] for d in listed}
    assert by_type["person"] == "link people/starmer"
    assert by_type["party"] == "link parties/GBR"
    assert by_type["commitment"] == "needs capability"
    assert registry.store.revision() == revision
    assert all(d.status == "pending" for d in review.listing(registry, source=result.source))
    analyst = Registry(registry.store, Viewer(None, Role.ANALYST))
    assert review.preview(analyst, listed) == {}


def _evidence_count(registry: Registry, kind: str, rid: str) -> int:
    child = CHILDREN[kind]["evidence"]
    with registry.store.engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(child).where(child.c.record_id == rid)
            ).scalar_one()
        )


def test_a_draft_never_links_to_a_record_hidden_from_the_reviewer(registry: Registry) -> None:
    result = ingest(registry, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    with registry.store.transaction() as conn:
        people = TABLES["people"]
        conn.execute(
            people.update()
            .where(people.c.id == "macron")
            .values(label_classification="NATIONAL", label_owner="FRA")
        )
    before = _evidence_count(registry, "people", "macron")
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    macron = [
        d
        for d in review.listing(planner, source=result.source, item_type="person")
        if d.payload["name"] == "Emmanuel Macron"
    ][0]
    (outcome,) = review.accept(planner, [macron.id])
    # a new record the planner may see, under an id that says nothing of the hidden one
    assert outcome.status == "accepted"
    assert outcome.record is not None
    assert outcome.record != "people/macron"
    assert "see" not in outcome.note
    assert "hidden" not in outcome.note
    kind, _, rid = outcome.record.partition("/")
    assert planner.get(kind, rid).name == "Emmanuel Macron"  # type: ignore[attr-defined]
    # the hidden record is untouched
    assert _evidence_count(registry, "people", "macron") == before
    (as_admin,) = review.listing(registry, status=None, ids=[macron.id])
    assert as_admin.record_id == rid


def test_trying_stances_reveals_nothing_about_a_hidden_position(registry: Registry) -> None:
    text = b"France will never recognise Russian control of Donbas, President Emmanuel Macron said."
    result = ingest(registry, text, name="fra.txt", published=dt.date(2026, 1, 6))
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    hidden = registry.get("positions", "ISS-ROE:FRA:2026-01-06")
    before = _evidence_count(registry, "positions", hidden.id)
    outcomes = []
    for stance in ("support", "conditional", "oppose"):
        again = ingest(
            registry, text + f" ({stance})".encode(), name="x.txt", published=dt.date(2026, 1, 6)
        )
        (draft,) = [
            d for d in review.listing(planner, source=again.source) if d.item_type == "position"
        ] or [None]
        if draft is None:
            continue
        review.edit(
            planner,
            draft.id,
            {"issue": "ISS-ROE", "party": "FRA", "stance": stance, "as_of": "2026-01-06"},
        )
        (outcome,) = review.accept(planner, [draft.id])
        outcomes.append(outcome)
    assert result.drafts
    assert len(outcomes) == 3
    assert {o.status for o in outcomes} == {"accepted"}  # never "linked": no oracle
    assert all("ISS-ROE:FRA" not in (o.record or "") and not o.note for o in outcomes)
    assert _evidence_count(registry, "positions", hidden.id) == before
    # the planner's issue is a new one, not the hidden ISS-ROE
    kinds = {planner.get("positions", o.record.partition("/")[2]).issue for o in outcomes}  # type: ignore[union-attr, attr-defined]
    assert "ISS-ROE" not in kinds


def test_a_meeting_hidden_from_the_reviewer_is_neither_linked_nor_cited(
    registry: Registry,
) -> None:
    hidden = registry.get("meetings", "M-2025-12-MNFU-OPC")
    assert isinstance(hidden, Meeting)
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    with pytest.raises(NotFound):
        planner.get("meetings", hidden.id)
    day = hidden.date
    text = (
        f"Defence chiefs met in {hidden.place} on {day.day} {day:%B} {day.year}, the ministry said."
    ).encode()
    result = ingest(planner, text, name="m.txt", published=day)
    meeting = [d for d in review.listing(planner, source=result.source) if d.item_type == "meeting"]
    assert meeting, "the article should give a meeting draft"
    review.edit(
        planner,
        meeting[0].id,
        {"format": "in_person", "date": day.isoformat(), "place": str(hidden.place)},
    )
    before = _evidence_count(registry, "meetings", hidden.id)
    (outcome,) = review.accept(planner, [meeting[0].id])
    assert outcome.status == "accepted"
    assert outcome.record != f"meetings/{hidden.id}"
    assert _evidence_count(registry, "meetings", hidden.id) == before


def _hide(registry: Registry, kind: str, ids: list[str] | None = None) -> None:
    """Make records (all of the kind when `ids` is None) national to France."""
    table = TABLES[kind]
    stmt = table.update().values(label_classification="NATIONAL", label_owner="FRA")
    if ids is not None:
        stmt = stmt.where(table.c.id.in_(ids))
    with registry.store.transaction() as conn:
        conn.execute(stmt)


def test_no_conflict_is_raised_against_a_meeting_or_source_the_viewer_may_not_see(
    registry: Registry,
) -> None:
    gold = SEED_JAN.parent
    other = ingest(
        registry,
        (gold / "paris-declaration.txt").read_bytes(),
        name="a",
        published=dt.date(2026, 1, 6),
    )
    _hide(registry, "meetings")
    _hide(registry, "sources", [other.source])
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    result = ingest(planner, SEED_JAN.read_bytes(), name="seed-003.txt", published=JAN_7)
    assert [c for c in result.conflicts if "claims" not in c] == []
    assert all(c.subject_kind == "claims" for c in conflict_service.listing(registry))


def test_the_text_of_a_hidden_source_is_stored_as_a_new_source(registry: Registry) -> None:
    hidden = "fra-gbr-planning-assumptions"
    text = SEED_JAN.read_bytes()
    with registry.store.transaction() as conn:
        sources = TABLES["sources"]
        conn.execute(
            sources.update()
            .where(sources.c.id == hidden)
            .values(text=extract(text, published=JAN_7).text)
        )
    _hide(registry, "sources", ["seed-003"])  # the data set's own copy is hidden too
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    result = ingest(planner, text, name="seed-003.txt", published=JAN_7)
    assert result.source != hidden
    assert not result.reused_source
    assert result.drafts
    assert all(d.startswith(result.source) for d in result.drafts)
    assert planner.get("sources", result.source).id == result.source
    with registry.store.engine.connect() as conn:
        under_hidden = conn.execute(
            select(func.count()).select_from(drafts).where(drafts.c.source_id == hidden)
        ).scalar_one()
    assert under_hidden == 0


MIXED = (
    b"Britain is ready to send land forces and naval forces, Prime Minister Keir Starmer said. "
    b"France will never recognise Russian control of Donbas, President Emmanuel Macron said."
)


def _by_type(registry: Registry) -> dict[str, list[review.Draft]]:
    result = ingest(registry, MIXED + SEED_JAN.read_bytes(), name="mixed.txt", published=JAN_7)
    out: dict[str, list[review.Draft]] = {}
    for d in review.listing(registry, source=result.source):
        out.setdefault(d.item_type, []).append(d)
    return out


@pytest.mark.parametrize(
    ("item_type", "field", "value"),
    [
        ("meeting", "date", "2026-13-45"),
        ("meeting", "format", "teleport"),
        ("meeting", "countries_count", "-5"),
        ("meeting", "countries_count", "abc"),
        ("position", "as_of", "yesterday"),
        ("position", "stance", "maybe"),
        ("position", "party", "null"),
        ("commitment", "quantity", "abc"),
        ("commitment", "quantity", "-5"),
        ("commitment", "quantity", "0"),
        ("commitment", "party", "null"),
        ("commitment", "layer", "everywhere"),
        ("party", "code", "null"),
        ("person", "name", "none"),
        ("person", "no_such_field", "x"),
    ],
)
def test_an_invalid_value_is_refused_when_it_is_set(
    registry: Registry, item_type: str, field: str, value: str
) -> None:
    draft = _by_type(registry)[item_type][0]
    with pytest.raises(WillingError, match=field) as caught:
        review.edit(registry, draft.id, {field: value})
    assert draft.id in str(caught.value)
    (unchanged,) = review.listing(registry, status=None, ids=[draft.id])
    assert unchanged.payload == draft.payload


def test_only_list_fields_split_on_commas(registry: Registry) -> None:
    found = _by_type(registry)
    meeting = review.edit(
        registry, found["meeting"][0].id, {"place": "Kyiv, Mariinsky Palace", "format": "hybrid"}
    )
    assert meeting.payload["place"] == "Kyiv, Mariinsky Palace"
    commitment = review.edit(
        registry, found["commitment"][0].id, {"conditions": "ceasefire, us-backstop"}
    )
    assert commitment.payload["conditions"] == ["ceasefire", "us-backstop"]


def test_a_bad_value_already_stored_gives_a_clear_error_not_a_traceback(
    registry: Registry,
) -> None:
    draft = _by_type(registry)["commitment"][0]
    payload = {**draft.payload, "capability": "mech-inf-bn", "quantity": "abc"}
    with registry.store.transaction() as conn:
        conn.execute(
            drafts.update().where(drafts.c.id == draft.id).values(payload=json.dumps(payload))
        )
    with pytest.raises(WillingError, match=draft.id):
        review.accept(registry, [draft.id])
    listed = review.listing(registry, status=None, ids=[draft.id])
    outlook = review.preview(registry, listed)  # one bad draft does not break the listing
    assert draft.id in outlook


def test_two_commitments_for_one_party_capability_and_layer_make_one_pledge(
    registry: Registry,
) -> None:
    commitments = _by_type(registry)["commitment"]
    british = [d for d in commitments if d.payload["party"] == "GBR"]
    assert len(british) >= 2
    for d in british[:2]:
        review.edit(registry, d.id, {"capability": "inf-coy", "quantity": "2", "layer": "reassure"})
    outcomes = review.accept(registry, [d.id for d in british[:2]])
    assert [o.status for o in outcomes] == ["accepted", "linked"]
    assert outcomes[0].record == outcomes[1].record
    assert str(outcomes[0].record).startswith("pledges/")


def test_an_accepted_position_links_to_the_registry_issue(registry: Registry) -> None:
    issues_before = len(registry.list("issues"))
    position = _by_type(registry)["position"][0]
    review.edit(registry, position.id, {"party": "FRA"})
    (outcome,) = review.accept(registry, [position.id])
    stored = registry.get(*str(outcome.record).split("/"))
    assert stored.issue == "ISS-TERRITORY"  # type: ignore[attr-defined]
    assert len(registry.list("issues")) == issues_before


def test_a_new_record_never_takes_the_id_of_a_hidden_one(registry: Registry) -> None:
    _hide(registry, "parties", ["TUR"])
    hidden_before = registry.get("parties", "TUR")
    evidence_before = _evidence_count(registry, "parties", "TUR")
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    text = b"Menteri Luar Negeri Turki Hakan Fidan tiba di Kyiv pada hari Senin."
    result = ingest(planner, text, name="fidan.txt", published=JAN_7)
    (party,) = review.listing(planner, source=result.source, item_type="party")
    # a state's id is its alpha-3 code, so no suffixed twin: the planner cannot add it
    with pytest.raises(WillingError, match="cannot be added by this reviewer") as caught:
        review.accept(planner, [party.id])
    assert "TUR-" not in str(caught.value)
    assert review.listing(planner, status=None, ids=[party.id])[0].status == "pending"
    assert registry.get("parties", "TUR") == hidden_before
    assert _evidence_count(registry, "parties", "TUR") == evidence_before
