"""One page request: who asks (from the session cookie only), the registry as he may see it,
the records the page shows (their labels make the page's marking), and the rendering of
a page as HTML, or of its table as CSV or JSON from the same URL.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from willing.api.deps import Registries, View
from willing.domain.catalog import KINDS
from willing.domain.records import Record
from willing.present import numbers
from willing.present.marking import Marking
from willing.reports.document import Shown
from willing.services import accounts
from willing.services.access import Registry, Viewer
from willing.services.accounts import UserPublic
from willing.services.permissions import Action, allowed
from willing.storage.store import Store
from willing.web.session import csrf_token, signed_in

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.globals.update(money=numbers.money, percent=numbers.percent, units=numbers.units)
TEMPLATES.env.policies["json.dumps_kwargs"] = {"sort_keys": True}

#: The navigation: (path, label, kinds of records behind it).
NAV: tuple[tuple[str, str], ...] = (
    ("/", "Overview"),
    ("/plan", "Force plan"),
    ("/map", "Map"),
    ("/records/pledges", "Registry"),
    ("/scenarios", "Scenarios"),
    ("/diplomacy", "Diplomacy"),
    ("/burden", "Burden sharing"),
    ("/review", "Ingestion"),
    ("/reports", "Reports"),
)

FORMATS = ("html", "csv", "json")


class KeptShown(Shown):
    """`Shown` whose lists of records are kept with the reader's view: the same lists serve
    every page he opens until a write moves the revision (the records are not changed by
    pages, only read)."""

    def __init__(self, view: View) -> None:
        super().__init__(view.registry)
        self.view = view

    def records(self, kind: str) -> dict[str, Record]:
        if kind not in self._by_kind:
            self._by_kind[kind] = self.view.answer(
                ("web-records", kind), lambda: {r.id: r for r in self.registry.list(kind)}
            )
        return self._by_kind[kind]


@dataclass
class Page:
    """Everything a page handler needs about the request and its reader."""

    request: Request
    store: Store
    user: UserPublic
    viewer: Viewer
    view: View
    secret: str
    shown: Shown = field(init=False)

    def __post_init__(self) -> None:
        self.shown = KeptShown(self.view)

    @property
    def registry(self) -> Registry:
        return self.view.registry

    @property
    def csrf(self) -> str:
        return csrf_token(self.secret)

    def may(self, action: Action, kind: str | None = None) -> bool:
        return allowed(self.viewer, action, kind)

    def show(self, kind: str, ids: Sequence[str | None]) -> None:
        """Mark records as shown on the page (their labels enter its marking)."""
        for rid in ids:
            self.shown.add(kind, rid)

    def show_all(self, kind: str) -> None:
        """A figure computed over every record of `kind` the reader sees shows all of them."""
        for rid in self.shown.records(kind):
            self.shown.add(kind, rid)

    def marking(self) -> Marking:
        return self.shown.marking()

    def format(self) -> str:
        """html, csv or json: from `?format=`, else from the Accept header."""
        asked = self.request.query_params.get("format", "").lower()
        if asked in FORMATS:
            return asked
        accept = self.request.headers.get("accept", "")
        if "application/json" in accept and "text/html" not in accept:
            return "json"
        if "text/csv" in accept and "text/html" not in accept:
            return "csv"
        return "html"


def page_of(request: Request) -> Page:
    """The page's reader: the session's user, never a parameter or header."""
    store: Store = request.app.state.store
    user, secret = signed_in(store, request)
    viewer = accounts.viewer_of(user)
    registries: Registries = request.app.state.registries
    return Page(request, store, user, viewer, registries.of(viewer), secret)


PageDep = Annotated[Page, Depends(page_of)]


@dataclass(frozen=True)
class Grid:
    """A table a page shows and also serves as CSV and JSON."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    #: (column, kind): cells of that column link to records of that kind
    links: dict[str, str] = field(default_factory=dict)
    #: columns holding figures (aligned right)
    numeric: frozenset[str] = frozenset()

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return numbers.number(value, 6).replace(",", "")
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def grid_response(page: Page, grid: Grid, fmt: str) -> Response:
    """The grid as CSV or JSON; the page's marking travels in `X-Willing-Marking` (and in
    the JSON body)."""
    marking = str(page.marking())
    headers = {"X-Willing-Marking": marking, "Vary": "Accept"}
    if fmt == "json":
        body: dict[str, Any] = {
            "marking": marking,
            "columns": list(grid.columns),
            "data": grid.records(),
            "count": len(grid.rows),
        }
        return Response(
            json.dumps(body, default=str), media_type="application/json", headers=headers
        )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(grid.columns)
    writer.writerows([_cell(v) for v in row] for row in grid.rows)
    headers["Content-Disposition"] = f'attachment; filename="{grid.name}.csv"'
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def query_with(request: Request, **changes: str | None) -> str:
    """The request's query string with some parameters set (or removed when None)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params += [(k, v) for k, v in changes.items() if v is not None]
    return urlencode(params)


def render(
    page: Page, template: str, title: str, status: int = 200, **context: Any
) -> HTMLResponse:
    """A full page; its marking is computed after the handler marked what it shows."""
    return TEMPLATES.TemplateResponse(
        page.request,
        template,
        {
            "page": page,
            "title": title,
            "marking": page.marking(),
            "nav": NAV,
            "kinds": list(KINDS),
            "csrf": page.csrf,
            "Action": Action,
            "query_with": partial(query_with, page.request),
            **context,
        },
        status_code=status,
    )


def table_page(page: Page, grid: Grid, template: str, title: str, **context: Any) -> Response:
    """A page whose table is also its CSV and JSON (`?format=csv|json`)."""
    fmt = page.format()
    if fmt != "html":
        return grid_response(page, grid, fmt)
    return render(page, template, title, grid=grid, **context)
