"""The registry: a page per kind (filters, sorting, CSV/JSON), a page per record (label,
evidence with the quote highlighted in its source, history and revert), and forms to create
and edit the kinds planners and liaison officers keep by hand."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from willing.domain.catalog import KINDS, kind_named
from willing.domain.errors import AccessDenied, StaleVersion, ValidationFailure
from willing.domain.records import Record
from willing.services import records as record_service
from willing.services.permissions import Action
from willing.web.page import Grid, Page, PageDep, render, table_page
from willing.web.recordform import EDITABLE, fields_of, mark_changed, parse, refill, with_errors
from willing.web.routes.forms import checked, see_other

router = APIRouter(include_in_schema=False)

LONG = ("text", "summary", "caveats", "description", "note")
MAX_COLUMNS = 8
CONTEXT = 240


def columns(kind: str) -> tuple[str, ...]:
    out = []
    for name, info in KINDS[kind].model_fields.items():
        if name in ("label", "evidence", "notional", *LONG):
            continue
        if "BaseModel" in str(info.annotation) or "Substitution" in str(info.annotation):
            continue
        if "history" in name:
            continue
        out.append(name)
    return tuple(out[:MAX_COLUMNS])


def _value(record: Record, name: str) -> Any:
    value = getattr(record, name, None)
    if isinstance(value, list):
        return [getattr(v, "value", v) for v in value]
    return getattr(value, "value", value)


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (2, "")
    if isinstance(value, int | float):
        return (0, value)
    return (1, str(value).lower())


def listing(page: Page, kind: str) -> tuple[Grid, dict[str, Any]]:
    cols = columns(kind)
    found = list(page.shown.records(kind).values())
    query = page.request.query_params
    text = query.get("q", "").strip().lower()
    party = query.get("party", "").strip().upper()
    rows = []
    for record in found:
        row = tuple(_value(record, c) for c in cols)
        if text and not any(text in str(v).lower() for v in row):
            continue
        if party and "party" in cols and row[cols.index("party")] != party:
            continue
        rows.append((record, row))
    sort = query.get("sort", "")
    column = sort.lstrip("-")
    if column in cols:
        rows.sort(key=lambda r: _sort_key(r[1][cols.index(column)]), reverse=sort.startswith("-"))
    mine = page.viewer.party
    if kind == "pledges" and mine and not column:
        rows.sort(
            key=lambda r: getattr(r[0], "party", None) != mine
        )  # his nation's pledges first (stable)
    page.show(kind, [r[0].id for r in rows])
    links = {c: t for c, t in _refs(kind).items() if c in cols}
    grid = Grid(kind, cols, [r[1] for r in rows], links={"id": kind, **links})
    labels = {r[0].id: r[0].label for r in rows}
    return grid, labels


def _refs(kind: str) -> dict[str, str]:
    out = {}
    for name, info in KINDS[kind].model_fields.items():
        for meta in getattr(info, "metadata", []):
            target = getattr(meta, "kind", None)
            if isinstance(target, str):
                out[name] = target
        text = str(info.annotation)
        if "Ref(kind=" in text and name not in out:
            out[name] = text.split("Ref(kind='", 1)[1].split("'", 1)[0]
    return out


@router.get("/records/{kind}")
def records_page(page: PageDep, kind: str) -> Response:
    kind = kind_named(kind)
    grid, labels = listing(page, kind)
    return table_page(
        page,
        grid,
        "records.html",
        kind.capitalize(),
        kind=kind,
        labels=labels,
        may_create=kind in EDITABLE and page.may(Action.CREATE, kind),
        has_party="party" in grid.columns,
        sort=page.request.query_params.get("sort", ""),
        q=page.request.query_params.get("q", ""),
        party=page.request.query_params.get("party", ""),
    )


def _evidence(page: Page, record: Record) -> list[dict[str, Any]]:
    """Each piece of evidence with its quote in its source's text, when the reader may
    see the source (a hidden source is shown as nothing, like a missing one)."""
    out = []
    sources = page.shown.records("sources")
    for item in record.evidence:
        source = sources.get(item.source)
        if source is None:
            continue
        page.show("sources", [item.source])
        text = getattr(source, "text", None) or ""
        before = during = after = ""
        if text and item.start is not None and item.end is not None and item.end <= len(text):
            lo, hi = max(0, item.start - CONTEXT), min(len(text), item.end + CONTEXT)
            before = ("…" if lo > 0 else "") + text[lo : item.start]
            during = text[item.start : item.end]
            after = text[item.end : hi] + ("…" if hi < len(text) else "")
        out.append(
            {
                "source": source,
                "quote": item.quote,
                "before": before,
                "during": during,
                "after": after,
            }
        )
    return out


@router.get("/records/{kind}/new", response_class=HTMLResponse)
def new_form(page: PageDep, kind: str) -> HTMLResponse:
    kind = _editable(page, kind, Action.CREATE)
    return _form(page, kind, None, fields_of(kind, None))


@router.post("/records/{kind}/new")
async def create(page: PageDep, kind: str, request: Request) -> Response:
    kind = _editable(page, kind, Action.CREATE)
    form = await _posted(page, request)
    fields = fields_of(kind, None)
    try:
        made = record_service.create(page.registry, kind, parse(kind, form, creating=True))
    except ValidationFailure as exc:
        refill(fields, form)
        left = with_errors(fields, exc.problems)
        return _form(page, kind, None, fields, left, status=422)
    return see_other(f"/records/{kind}/{made.id}")


@router.get("/records/{kind}/{record_id}", response_class=HTMLResponse)
def record_page(page: PageDep, kind: str, record_id: str) -> HTMLResponse:
    kind = kind_named(kind)
    found = record_service.get(page.registry, kind, record_id)
    record = _record(page, kind, record_id)
    page.show(kind, [record_id])
    history = record_service.history(page.registry, kind, record_id)
    may_edit = kind in EDITABLE and record_service.may_write(page.registry, kind, record)
    return render(
        page,
        "record.html",
        f"{kind[:-1] if kind.endswith('s') else kind} {record_id}",
        kind=kind,
        found=found,
        record=record,
        fields=[(k, v) for k, v in found.record.items() if k not in ("id", "label", "evidence")],
        evidence=_evidence(page, record),
        history=list(reversed(history.data)),
        may_edit=may_edit,
        refs=_refs(kind),
    )


@router.get("/records/{kind}/{record_id}/edit", response_class=HTMLResponse)
def edit_form(page: PageDep, kind: str, record_id: str) -> HTMLResponse:
    kind = kind_named(kind)
    found = record_service.get(page.registry, kind, record_id)
    _may_edit(page, kind, record_id)
    values = _values(page, kind, record_id)
    return _form(page, kind, found.id, fields_of(kind, values), version=found.version)


@router.post("/records/{kind}/{record_id}/edit")
async def edit(page: PageDep, kind: str, record_id: str, request: Request) -> Response:
    kind = kind_named(kind)
    record_service.get(page.registry, kind, record_id)
    _may_edit(page, kind, record_id)
    form = await _posted(page, request)
    version = _int(form.get("version", [""])[-1])
    fields = fields_of(kind, None)
    refill(fields, form)
    try:
        record_service.update(
            page.registry, kind, record_id, parse(kind, form, creating=False), if_version=version
        )
    except ValidationFailure as exc:
        left = with_errors(fields, exc.problems)
        return _form(page, kind, record_id, fields, left, version=version, status=422)
    except StaleVersion:
        now = record_service.get(page.registry, kind, record_id)
        changed = mark_changed(fields, _values(page, kind, record_id))
        stale = (
            f"Someone saved this record while you were editing it (your form was version "
            f"{version}, it is now version {now.version}). Your values are kept below; the "
            f"value saved now is shown under each of the {changed} field(s) that differ. "
            "Save again to overwrite it with yours."
        )
        return _form(
            page, kind, record_id, fields, [], version=now.version, stale=stale, status=409
        )
    return see_other(f"/records/{kind}/{record_id}")


@router.post("/records/{kind}/{record_id}/revert")
async def revert(page: PageDep, kind: str, record_id: str, request: Request) -> Response:
    kind = kind_named(kind)
    record_service.get(page.registry, kind, record_id)
    _may_edit(page, kind, record_id)
    form = await _posted(page, request)
    revision = _int(form.get("revision", [""])[-1])
    if revision is None:
        raise ValidationFailure([])
    record_service.revert(page.registry, kind, record_id, revision)
    return see_other(f"/records/{kind}/{record_id}")


def _values(page: Page, kind: str, record_id: str) -> dict[str, Any]:
    """Every field of the record, defaults included (the form shows them all)."""
    return _record(page, kind, record_id).model_dump(mode="json")


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _editable(page: Page, kind: str, action: Action) -> str:
    kind = kind_named(kind)
    if kind not in EDITABLE:
        raise AccessDenied(f"{kind} are not edited in forms: use the command line or the API")
    if not page.may(action, kind):
        raise AccessDenied(f"your role may not {action.value} {kind}")
    return kind


def _record(page: Page, kind: str, record_id: str) -> Record:
    """The record from the reader's kept list; the registry (and its NotFound) otherwise."""
    found = page.shown.records(kind).get(record_id)
    return found if found is not None else page.registry.get(kind, record_id)


def _may_edit(page: Page, kind: str, record_id: str) -> None:
    record = _record(page, kind, record_id)
    if kind not in EDITABLE or not record_service.may_write(page.registry, kind, record):
        raise AccessDenied(f"you may not edit {kind} '{record_id}'")


async def _posted(page: Page, request: Request) -> dict[str, list[str]]:
    data = await request.form()
    form: dict[str, list[str]] = {}
    for key, value in data.multi_items():
        if isinstance(value, str):
            form.setdefault(key, []).append(value)
    checked(page, form.get("csrf", [""])[-1])
    return form


def _form(
    page: Page,
    kind: str,
    record_id: str | None,
    fields: list[Any],
    problems: list[str] | None = None,
    version: int | None = None,
    stale: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    if record_id:
        page.show(kind, [record_id])
    title = f"Edit {kind[:-1]} {record_id}" if record_id else f"New {kind[:-1]}"
    return render(
        page,
        "record_form.html",
        title,
        status=status,
        kind=kind,
        record_id=record_id,
        fields=fields,
        problems=problems or [],
        version=version,
        stale=stale,
        action=f"/records/{kind}/{record_id}/edit" if record_id else f"/records/{kind}/new",
    )
