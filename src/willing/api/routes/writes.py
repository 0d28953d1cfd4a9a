"""Record-by-record writes over HTTP, one route set per kind: create, edit, delete, history
and revert (the services `willing add/edit/delete/history/revert` call).

Optimistic concurrency: every answer carrying a record has its version as `ETag`; an edit
sent with `If-Match` is refused with 412 when the record has moved on since, and nothing
is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Response
from pydantic import BaseModel, Field

from willing.api.deps import RegistryDep
from willing.api.problems import responses
from willing.api.settings import BASE
from willing.domain.catalog import KINDS
from willing.domain.errors import WillingError
from willing.services import records
from willing.services.records import HistoryPublic, RecordPublic

router = APIRouter(tags=["records"], responses=responses(404, 412))

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description='The version the change was made from, as its ETag (e.g. "3").',
    ),
]
RecordId = Annotated[str, Path(description="The record's id.")]
ENTITY_TAG = re.compile(r'\s*(?:W/)?"?(\d+)"?\s*')


def if_version(header: str | None) -> int | None:
    """The version an `If-Match` names (None without one, or for `*`)."""
    if header is None or header.strip() == "*":
        return None
    match = ENTITY_TAG.fullmatch(header)
    if match is None:
        raise WillingError(f"If-Match must name a version as its ETag, e.g. '\"3\"': {header!r}")
    return int(match.group(1))


def etag(version: int) -> str:
    return f'"{version}"'


def _tagged(public: RecordPublic, response: Response) -> RecordPublic:
    response.headers["ETag"] = etag(public.version)
    return public


class DeletedPublic(BaseModel):
    """What a delete answers: the record gone and the revision that removed it."""

    kind: str
    id: str
    revision: int


class RevertRequest(BaseModel):
    to_revision: int = Field(ge=0, description="The registry revision to go back to.")


def _routes(kind: str) -> list[tuple[str, str, Callable[..., Any], dict[str, Any]]]:
    def create(
        registry: RegistryDep,
        response: Response,
        data: Annotated[dict[str, Any], Body(description="The new record's fields.")],
    ) -> RecordPublic:
        made = records.create(registry, kind, data)
        response.headers["Location"] = f"{BASE}/{kind}/{made.id}"
        return _tagged(made, response)

    def edit(
        registry: RegistryDep,
        response: Response,
        record_id: RecordId,
        changes: Annotated[
            dict[str, Any],
            Body(description="Fields to set; a dotted key sets a nested one (label.owner)."),
        ],
        if_match: IfMatch = None,
    ) -> RecordPublic:
        done = records.update(registry, kind, record_id, changes, if_version(if_match))
        return _tagged(done, response)

    def remove(registry: RegistryDep, record_id: RecordId, if_match: IfMatch = None) -> Any:
        revision = records.delete(registry, kind, record_id, if_version(if_match))
        return DeletedPublic(kind=kind, id=record_id, revision=revision)

    def history(registry: RegistryDep, record_id: RecordId) -> HistoryPublic:
        return records.history(registry, kind, record_id)

    def revert(
        registry: RegistryDep,
        response: Response,
        record_id: RecordId,
        body: RevertRequest,
        if_match: IfMatch = None,
    ) -> RecordPublic:
        done = records.revert(registry, kind, record_id, body.to_revision, if_version(if_match))
        return _tagged(done, response)

    one = f"/{kind}/{{record_id}}"
    return [
        ("POST", f"/{kind}", create, {"status_code": 201, "response_model": RecordPublic}),
        ("PATCH", one, edit, {"response_model": RecordPublic}),
        ("DELETE", one, remove, {"response_model": DeletedPublic}),
        ("GET", f"{one}/history", history, {"response_model": HistoryPublic}),
        ("POST", f"{one}/revert", revert, {"response_model": RecordPublic}),
    ]


SUMMARIES = {
    "create": "Create one of the {kind}",
    "edit": "Edit one of the {kind}",
    "remove": "Delete one of the {kind}",
    "history": "History of one of the {kind}",
    "revert": "Revert one of the {kind}",
}

for _kind in KINDS:
    for _method, _path, _endpoint, _options in _routes(_kind):
        _name = _endpoint.__name__
        router.add_api_route(
            _path,
            _endpoint,
            methods=[_method],
            name=f"{_name}_{_kind}",
            summary=SUMMARIES[_name].format(kind=_kind),
            **_options,
        )
