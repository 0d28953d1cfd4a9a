"""Ingestion: upload a file or paste an article; the review queue with the source text and
each draft's span highlighted beside the drafts, single-key shortcuts, bulk actions by type
and confidence; and source conflicts side by side with a resolution note."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from willing.domain.errors import NotFound, WillingError
from willing.ingest import conflicts as conflict_service
from willing.ingest import review as review_service
from willing.ingest import splitting
from willing.ingest.drafts import DRAFT_TYPES, Draft
from willing.ingest.fields import FIELDS
from willing.ingest.queue import ingest
from willing.services.permissions import Action
from willing.web.page import Grid, Page, PageDep, table_page
from willing.web.routes.forms import checked, see_other

router = APIRouter(include_in_schema=False)

MAX_UPLOAD = 2 << 20


@dataclass(frozen=True)
class Segment:
    """A run of the source text, highlighted when drafts point into it."""

    text: str
    drafts: tuple[str, ...]


def segments(text: str, drafts: list[Draft]) -> list[Segment]:
    """The text cut at every span boundary; each piece names the drafts covering it."""
    spans = [
        (d.start, d.end, d.id)
        for d in drafts
        if d.start is not None and d.end is not None and 0 <= d.start < d.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering = tuple(i for s, e, i in spans if s <= lo and hi <= e)
        out.append(Segment(text[lo:hi], covering))
    return out


def _form_values(form: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            out.setdefault(key, []).append(value)
    return out


def _confidence(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


@router.get("/review")
def review_page(
    page: PageDep,
    source: str | None = None,
    type: str | None = None,  # noqa: A002
    min_confidence: str | None = None,
) -> Response:
    may_review = page.may(Action.REVIEW)
    floor = _confidence(min_confidence)
    chosen_type = type if type in DRAFT_TYPES else None
    pending = (
        review_service.listing(page.registry, item_type=chosen_type, min_confidence=floor)
        if may_review
        else []
    )
    sources = sorted({d.source for d in pending})
    current = source if source in sources else (sources[0] if sources else None)
    shown = [d for d in pending if d.source == current]
    page.show("sources", sources)
    record = page.shown.records("sources").get(current) if current else None
    text = getattr(record, "text", None) or ""
    open_conflicts = conflict_service.listing(page.registry) if may_review else []
    for c in open_conflicts:
        page.show("sources", [str(k.get("source")) for k in c.claims if k.get("source")])
    grid = Grid(
        "drafts",
        ("draft", "source", "type", "summary", "confidence", "quote"),
        [(d.id, d.source, d.item_type, d.summary(), d.confidence, d.quote) for d in pending],
        numeric=frozenset({"confidence"}),
    )
    return table_page(
        page,
        grid,
        "review.html",
        "Ingestion and review",
        may_ingest=page.may(Action.INGEST),
        may_review=may_review,
        may_resolve=page.may(Action.RESOLVE_CONFLICT),
        pending=pending,
        sources=sources,
        current=current,
        source_record=record,
        drafts=shown,
        text_segments=segments(text, shown),
        types=DRAFT_TYPES,
        edit_fields=FIELDS,
        chosen_type=chosen_type or "",
        min_confidence=min_confidence or "",
        conflicts=open_conflicts,
        message=page.request.query_params.get("done", ""),
    )


@router.post("/review/upload")
async def upload(page: PageDep, request: Request) -> Response:
    form = await request.form()
    checked(page, str(form.get("csrf") or ""))
    file = form.get("file")
    pasted = str(form.get("text") or "")
    published_text = str(form.get("published") or "").strip()
    published = dt.date.fromisoformat(published_text) if published_text else None
    if file is not None and not isinstance(file, str) and file.filename:
        data = await file.read(MAX_UPLOAD + 1)
        name = file.filename
    elif pasted.strip():
        data, name = pasted.encode("utf-8"), "pasted article"
    else:
        raise WillingError("choose a file or paste an article's text")
    if len(data) > MAX_UPLOAD:
        raise WillingError(f"the article is larger than {MAX_UPLOAD // (1 << 20)} MiB")
    done = ingest(page.registry, data, name=name, published=published)
    words = f"{len(done.drafts)} drafts, {len(done.conflicts)} conflicts from {name}"
    return see_other(f"/review?source={done.source}&done={words}")


def _back(page: Page, form: dict[str, list[str]], words: str) -> Response:
    query = {k: form.get(k, [""])[-1] for k in ("source", "type", "min_confidence")}
    query["done"] = words
    return see_other("/review?" + urlencode({k: v for k, v in query.items() if v}))


@router.post("/review/decide")
async def decide(page: PageDep, request: Request) -> Response:
    """Accept or reject the chosen drafts (one, the ticked ones, or every one shown)."""
    form = _form_values(await request.form())
    checked(page, form.get("csrf", [""])[-1])
    action = form.get("action", [""])[-1]
    ids = form.get("draft", [])
    if not ids:
        raise WillingError("choose at least one draft")
    if action == "accept":
        outcomes = review_service.accept(page.registry, ids)
    elif action == "reject":
        outcomes = review_service.reject(page.registry, ids)
    else:
        raise WillingError("choose accept or reject")
    made = sum(1 for o in outcomes if o.status != "rejected")
    return _back(
        page,
        form,
        f"{action}ed {len(outcomes)} draft(s); {made} record(s) made or linked"
        if action == "accept"
        else f"rejected {len(outcomes)} draft(s)",
    )


@router.post("/review/drafts/{draft_id}/edit")
async def edit_draft(page: PageDep, draft_id: str, request: Request) -> Response:
    form = _form_values(await request.form())
    checked(page, form.get("csrf", [""])[-1])
    changes = {k[len("field.") :]: v[-1] for k, v in form.items() if k.startswith("field.") and v}
    draft = review_service.edit(page.registry, draft_id, changes)
    return _back(page, form, f"edited {draft.id}")


@router.post("/review/drafts/{draft_id}/split")
async def split_draft(page: PageDep, draft_id: str, request: Request) -> Response:
    form = _form_values(await request.form())
    checked(page, form.get("csrf", [""])[-1])
    parts_text = form.get("parts", [""])[-1]
    if not parts_text.isdigit():
        raise WillingError("give the number of drafts to make, 2 or more")
    made = splitting.split(page.registry, draft_id, int(parts_text))
    return _back(page, form, f"split {draft_id} into {len(made)} drafts")


@router.post("/review/conflicts")
async def resolve_all(page: PageDep, request: Request) -> Response:
    """Keep both claims of every conflict listed, with one note, all or none."""
    form = _form_values(await request.form())
    checked(page, form.get("csrf", [""])[-1])
    found = conflict_service.resolve_many(
        page.registry, form.get("conflict", []), None, form.get("note", [""])[-1]
    )
    return _back(page, form, f"kept both claims in {len(found)} conflicts")


@router.post("/review/conflicts/{conflict_id}")
async def resolve(page: PageDep, conflict_id: str, request: Request) -> Response:
    form = _form_values(await request.form())
    checked(page, form.get("csrf", [""])[-1])
    pick_text = form.get("pick", [""])[-1]
    pick = int(pick_text) if pick_text.isdigit() else None
    note = form.get("note", [""])[-1]
    found = conflict_service.resolve(page.registry, conflict_id, pick, note)
    if found is None:
        raise NotFound(f"no conflict '{conflict_id}'")
    return _back(page, form, f"conflict {conflict_id} {found.status}")
