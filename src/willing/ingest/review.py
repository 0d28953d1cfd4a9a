"""The review queue: accept, edit or reject drafts, one by one or in bulk.

Accepting turns a draft into a registry record with the article (source and span) as
evidence; when the record already exists (a known person, party or condition; a meeting
at the same place within a few days) the draft is linked to it and the span is added to its
evidence instead; a meeting so linked that gives another date, format, host or size
raises a conflict for each such field. Every decision is one transaction with one audit
entry; the records an accept adds or cites get a version each, as any record written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from willing.domain.diplomacy import Issue, Meeting, Position
from willing.domain.errors import NotFound, UnknownKind, WillingError
from willing.domain.forces import Condition, Pledge
from willing.domain.parties import Appointment, Party, Person
from willing.ingest import drafts, fields, rules
from willing.ingest.drafts import ACCEPTED, LINKED, PENDING, REJECTED, Draft
from willing.ingest.known import Known, evidence_of
from willing.ingest.parties import english_name
from willing.ingest.queue import require_reviewer
from willing.services.access import Registry
from willing.storage import audit, sources, writes
from willing.storage import drafts as stored

if TYPE_CHECKING:
    from willing.storage.engine import Connection


@dataclass(frozen=True)
class Outcome:
    """What became of one draft."""

    draft: str
    status: str
    record: str | None
    note: str = ""


def listing(
    registry: Registry,
    *,
    status: str | None = PENDING,
    item_type: str | None = None,
    source: str | None = None,
    min_confidence: float | None = None,
    ids: list[str] | None = None,
) -> list[Draft]:
    """Drafts whose source the viewer may see, filtered."""
    with registry.store.engine.connect() as conn:
        found = stored.listing(
            conn,
            status=status,
            item_type=item_type,
            source=source,
            min_confidence=min_confidence,
            ids=ids,
            sources=registry.visible_ids("sources"),
        )
    return [
        d
        if d.record_id is None or _visible(registry, f"{d.record_kind}/{d.record_id}")
        else replace(d, record_kind=None, record_id=None)
        for d in found
    ]


def _visible(registry: Registry, record: str) -> bool:
    """Whether the viewer may see the record a draft was linked to or became."""
    kind, _, rid = record.partition("/")
    try:
        registry.get(kind, rid)
    except UnknownKind:  # not a registry record: nothing to hide
        return True
    except NotFound:
        return False
    return True


def edit(registry: Registry, draft_id: str, changes: dict[str, str]) -> Draft:
    """Change fields of a pending draft's payload (values as typed: 35, null, text).

    Each value is checked against the draft type's field (see `willing.ingest.fields`):
    nothing is changed unless every value is valid.
    """
    require_reviewer(registry)
    found = listing(registry, status=None, ids=[draft_id])
    if not found:
        raise NotFound(f"no draft '{draft_id}'")
    draft = found[0]
    if draft.status != PENDING:
        raise WillingError(f"draft '{draft_id}' is {draft.status}; only pending drafts change")
    parsed = {k: fields.parse(draft.id, draft.item_type, k, v) for k, v in changes.items()}
    payload = {**draft.payload, **parsed}
    with registry.store.transaction() as conn:
        if not stored.set_payload(conn, draft_id, payload):  # reviewed meanwhile by another
            raise WillingError(f"already reviewed: {draft_id}; nothing was changed")
        audit.append(conn, registry.viewer.actor, "draft-edit", {"draft": draft_id, "set": changes})
    return listing(registry, status=None, ids=[draft_id])[0]


def reject(registry: Registry, draft_ids: list[str]) -> list[Outcome]:
    """Mark pending drafts as rejected; they stay in the queue's history."""
    require_reviewer(registry)
    todo = _pending(registry, draft_ids)
    with registry.store.transaction() as conn:
        _mark(conn, [d.id for d in todo], REJECTED, None, None, registry.viewer.actor)
        audit.append(conn, registry.viewer.actor, "reject", {"drafts": [d.id for d in todo]})
    return [Outcome(d.id, REJECTED, None) for d in todo]


def accept(registry: Registry, draft_ids: list[str]) -> list[Outcome]:
    """Turn pending drafts into records, or link them to existing ones; all or nothing."""
    require_reviewer(registry)
    todo = sorted(
        _pending(registry, draft_ids), key=lambda d: drafts.DRAFT_TYPES.index(d.item_type)
    )
    out: list[Outcome] = []
    with registry.store.transaction() as conn:
        known = Known(conn, registry.tokens)
        for draft in todo:
            outcome = _try(conn, known, draft)
            kind, _, rid = (outcome.record or "").partition("/")
            _mark(
                conn, [draft.id], outcome.status, kind or None, rid or None, registry.viewer.actor
            )
            out.append(outcome)
        writes.record_touched(
            conn,
            known.touched,
            actor=registry.viewer.actor,
            action="accept",
            detail={"drafts": {o.draft: o.record for o in out}},
        )
    return out


def preview(registry: Registry, listed: list[Draft]) -> dict[str, str]:
    """What accepting each pending draft alone would do, without changing anything.

    Each draft is tried in a transaction that is rolled back: "link people/macron",
    "new meetings/M-...", or what it still needs ("needs format").
    """
    out: dict[str, str] = {}
    pending = [d for d in listed if d.status == PENDING]
    if not pending or not registry.viewer.is_admin:
        return out  # a trial reads every record: only for those who may see them all
    for draft in pending:
        with registry.store.trial() as conn:
            try:
                known = Known(conn, registry.tokens)
                outcome = _try(conn, known, draft)
                verb = "link" if outcome.status == LINKED else "new"
                out[draft.id] = f"{verb} {outcome.record}" if outcome.record else "note"
            except WillingError as exc:
                out[draft.id] = _short(str(exc))
    return out


def _short(message: str) -> str:
    """'needs capability, quantity' from an acceptance error."""
    found = re.search(r"needs ([\w, ]+?) before", message)
    if found:
        return f"needs {found.group(1)}"
    found = re.search(r"party '(\w+)' is not in the registry", message)
    return f"needs party {found.group(1)} first" if found else message[:60]


def _pending(registry: Registry, draft_ids: list[str]) -> list[Draft]:
    found = {d.id: d for d in listing(registry, status=None, ids=draft_ids)}
    missing = [i for i in draft_ids if i not in found]
    if missing:
        raise NotFound(f"no draft {', '.join(repr(m) for m in missing)}")
    done = [d.id for d in found.values() if d.status != PENDING]
    if done:
        raise WillingError(f"already reviewed: {', '.join(done)}; nothing was changed")
    return [found[i] for i in draft_ids]


def _mark(
    conn: Connection, ids: list[str], status: str, kind: str | None, rid: str | None, who: str
) -> None:
    """Record the decision on pending drafts; if another reviewer decided one of them first
    (their transaction committed after ours read the queue), refuse so that ours rolls back
    whole: a draft is accepted once, with one evidence item and one audit entry."""
    if not ids:
        return
    already = stored.not_pending(conn, ids)
    if already:
        raise WillingError(f"already reviewed: {', '.join(already)}; nothing was changed")
    done = stored.mark(conn, ids, status, kind=kind, rid=rid, reviewer=who)
    if done != len(ids):  # a writer that did not wait for the write lock
        raise WillingError(f"already reviewed: {', '.join(ids)}; nothing was changed")


def _try(conn: Connection, known: Known, draft: Draft) -> Outcome:
    """Accept one draft; a value the records refuse becomes a WillingError naming the draft."""
    try:
        return _ACCEPTORS[draft.item_type](conn, known, draft)
    except ValidationError as exc:
        errors = exc.errors()
        field = ".".join(str(x) for x in errors[0]["loc"]) if errors else "?"
        message = errors[0]["msg"] if errors else str(exc)
        raise WillingError(
            f"draft '{draft.id}': field '{field}' is not valid ({message}); "
            f"fix it with willing review {draft.id} --set {field}=..."
        ) from None
    except (ValueError, TypeError, KeyError) as exc:
        raise WillingError(
            f"draft '{draft.id}' cannot be accepted: {exc}; fix it with willing review "
            f"{draft.id} --set FIELD=VALUE"
        ) from None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "x"


def _need(draft: Draft, *names: str) -> None:
    missing = [n for n in names if draft.payload.get(n) in (None, "", [])]
    if missing:
        raise WillingError(
            f"draft '{draft.id}' needs {', '.join(missing)} before it can be accepted: "
            f"willing review {draft.id} --set {missing[0]}=..."
        )


def _party_ok(known: Known, draft: Draft, code: Any) -> None:
    if code is not None and str(code) not in known.of("parties"):
        raise WillingError(
            f"draft '{draft.id}': party '{code}' is not in the registry; accept its party draft "
            "first or edit the field"
        )


def _accept_party(conn: Connection, known: Known, draft: Draft) -> Outcome:
    _need(draft, "code")
    code = str(draft.payload["code"])
    if code in known.of("parties"):
        return Outcome(draft.id, LINKED, known.cite("parties", code, draft), "known party")
    if not known.sees_all:
        # a party's id is its code and takes no suffix, so whether it could be added would
        # tell whether a hidden party holds the code: only an administrator adds parties
        raise WillingError(
            f"draft '{draft.id}': party '{code}' cannot be added by this reviewer; "
            "an administrator can review the draft"
        )
    name = draft.payload.get("name") or english_name(code)
    state = len(code) == 3 and code.isalpha() and code.isupper()
    party = Party(
        id=code,  # an administrator sees every party: the code is free
        name=str(name),
        party_kind="state" if state else "organisation",
        role=str(draft.payload.get("role") or "observer"),
        evidence=[evidence_of(draft)],
    )
    return Outcome(draft.id, ACCEPTED, known.add(party))


def _accept_condition(conn: Connection, known: Known, draft: Draft) -> Outcome:
    _need(draft, "code")
    code = str(draft.payload["code"])
    if code in known.of("conditions"):
        return Outcome(draft.id, LINKED, known.cite("conditions", code, draft), "known condition")
    condition = Condition(
        id=known.fresh("conditions", code, draft),
        name=str(draft.payload.get("name") or code),
        evidence=[evidence_of(draft)],
    )
    return Outcome(draft.id, ACCEPTED, known.add(condition))


def _accept_person(conn: Connection, known: Known, draft: Draft) -> Outcome:
    _need(draft, "name")
    name = str(draft.payload["name"])
    for person in known.of("people").values():
        assert isinstance(person, Person)
        names = {person.name.casefold(), *(a.casefold() for a in person.aliases)}
        if name.casefold() in names:
            return Outcome(draft.id, LINKED, known.cite("people", person.id, draft), "known person")
    party = draft.payload.get("party")
    _party_ok(known, draft, party)
    pid = known.fresh("people", _slug(name), draft)
    record = known.add(Person(id=pid, name=name, party=party, evidence=[evidence_of(draft)]))
    role = draft.payload.get("role")
    if role and party:
        known.add(
            Appointment(
                id=known.fresh("appointments", f"{pid}:{_slug(str(role))}", draft),
                person=pid,
                party=party,
                title=str(role),
                evidence=[evidence_of(draft)],
            )
        )
    return Outcome(draft.id, ACCEPTED, record)


def _accept_meeting(conn: Connection, known: Known, draft: Draft) -> Outcome:
    from willing.ingest import conflicts

    p = draft.payload
    _need(draft, "date")
    day = dt.date.fromisoformat(str(p["date"]))
    visible = [m for m in known.of("meetings").values() if isinstance(m, Meeting)]
    meeting = conflicts.match_meeting(p, visible)
    if meeting is not None:
        # linked, and each field the draft states otherwise becomes a conflict to settle
        raised = conflicts.on_link(conn, meeting, draft, sources.text_of(conn, draft.source))
        note = "known meeting"
        if raised:
            fields_ = ", ".join(sorted(conflicts.differences(p, _values(meeting))))
            note += f"; differs on {fields_}: a conflict is open for each"
        return Outcome(draft.id, LINKED, known.cite("meetings", meeting.id, draft), note)
    _need(draft, "format")
    _party_ok(known, draft, p.get("host"))
    place = p.get("place")
    base = f"M-{day.isoformat()}-{_slug(str(place or 'meeting')).upper()}"
    mid = known.fresh("meetings", base, draft)
    meeting = Meeting(
        id=mid,
        title=str(p.get("title") or (f"Meeting in {place}" if place else "Meeting")),
        date=day,
        place=place,
        format=p["format"],
        host=p.get("host"),
        countries_count=p.get("countries_count"),
        heads_count=p.get("heads_count"),
        evidence=[evidence_of(draft)],
    )
    return Outcome(draft.id, ACCEPTED, known.add(meeting))


def _values(meeting: Meeting) -> dict[str, Any]:
    from willing.ingest.conflicts import MEETING_FIELDS

    return {name: getattr(meeting, name) for name in MEETING_FIELDS}


def _accept_position(conn: Connection, known: Known, draft: Draft) -> Outcome:
    p = draft.payload
    _need(draft, "as_of", "party", "issue", "stance")
    _party_ok(known, draft, p["party"])
    issue = _issue(known, str(p["issue"]), draft)
    for pos in known.of("positions").values():
        assert isinstance(pos, Position)
        if (pos.party, pos.issue, pos.stance.value, pos.as_of.isoformat()) == (
            p["party"],
            issue,
            p["stance"],
            str(p["as_of"]),
        ):
            return Outcome(
                draft.id, LINKED, known.cite("positions", pos.id, draft), "known position"
            )
    pid = known.fresh("positions", f"POS-{p['party']}-{issue}-{p['as_of']}", draft)
    position = Position(
        id=pid,
        issue=issue,
        party=p["party"],
        stance=p["stance"],
        as_of=dt.date.fromisoformat(str(p["as_of"])),
        summary=draft.quote,
        evidence=[evidence_of(draft)],
    )
    return Outcome(draft.id, ACCEPTED, known.add(position))


def _issue(known: Known, code: str, draft: Draft) -> str:
    """The id of the visible issue a draft's issue code names, created when none matches.

    An extractor code ("territory") matches by the alias table in the position rules
    (its `registry` ids), by the registry id itself, or by the rule's title; otherwise a
    new issue is stored under the code (made unique as every new id is: `Known.fresh`).
    """
    spec = rules.load("positions")["issues"].get(code, {})
    title = str(spec.get("title", code))
    visible = known.of("issues")
    for alias in [*(str(a) for a in spec.get("registry", [])), code]:
        if alias in visible:
            return alias
    for issue in visible.values():
        assert isinstance(issue, Issue)
        if issue.title.casefold() in (title.casefold(), code.casefold()):
            return issue.id
    iid = known.fresh("issues", code, draft)
    known.add(Issue(id=iid, title=title))
    return iid


def _accept_commitment(conn: Connection, known: Known, draft: Draft) -> Outcome:
    p = draft.payload
    # the quantity is only needed for a new pledge: linking to a known one must not ask
    # for a made-up figure (nor then report it as a discrepancy)
    _need(draft, "party", "layer", "capability")
    _party_ok(known, draft, p.get("party"))
    if p["capability"] not in known.of("capabilities"):
        raise WillingError(f"draft '{draft.id}': unknown capability '{p['capability']}'")
    # a visible pledge of the same party and capability, open to the layer, is the same offer
    for pledge in known.of("pledges").values():
        assert isinstance(pledge, Pledge)
        same = (pledge.party, pledge.capability) == (p["party"], p["capability"])
        if same and str(p["layer"]) in {layer.value for layer in pledge.layers}:
            note = "known pledge"
            if p.get("quantity") in (None, ""):
                note += "; the article states no quantity"
            elif float(p["quantity"]) != pledge.quantity:
                note += (
                    f"; the article says {float(p['quantity']):g}, the pledge {pledge.quantity:g}"
                )
            return Outcome(draft.id, LINKED, known.cite("pledges", pledge.id, draft), note)
    _need(draft, "quantity")
    stated = [str(c) for c in p.get("conditions") or []]
    conditions = [c for c in stated if c in known.of("conditions")]
    unknown = [c for c in stated if c not in conditions]
    base = f"P-{p['party']}-{_slug(str(p['capability']))}-{draft.source}"
    pid = known.fresh("pledges", base, draft)
    pledge = Pledge(
        id=pid,
        party=p["party"],
        capability=p["capability"],
        quantity=float(p["quantity"]),
        layers=[p["layer"]],
        conditions=conditions,
        caveats=draft.quote,
        evidence=[evidence_of(draft)],
    )
    note = f"conditions not in the registry, left out: {', '.join(unknown)}" if unknown else ""
    return Outcome(draft.id, ACCEPTED, known.add(pledge), note)


def _accept_figure(conn: Connection, known: Known, draft: Draft) -> Outcome:
    """A figure or claim is kept as a reviewed fact of its source; no record kind holds it."""
    return Outcome(draft.id, ACCEPTED, None, "reviewed; kept with its source")


_ACCEPTORS: dict[str, Callable[[Connection, Known, Draft], Outcome]] = {
    "party": _accept_party,
    "condition": _accept_condition,
    "person": _accept_person,
    "meeting": _accept_meeting,
    "position": _accept_position,
    "commitment": _accept_commitment,
    "figure": _accept_figure,
    "claim": _accept_figure,
}
assert set(_ACCEPTORS) == set(drafts.DRAFT_TYPES)
