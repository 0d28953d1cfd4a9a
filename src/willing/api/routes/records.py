"""Records of every kind: `GET /{kind}` (the CLI's filters, paginated) and `GET /{kind}/{id}`.

One route pair per kind, generated from the catalogue, so each has its own typed response
and only the filters its kind has. Records leave through the registry: a hidden record
answers exactly like a missing one. Responses are serialised straight from the models
(`list --json` and `show --json` print the same data), once per viewer and revision.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel, create_model

from willing.api.deps import ViewDep
from willing.api.problems import responses
from willing.domain.catalog import KINDS
from willing.interchange.documents import record_to_dict
from willing.services import records
from willing.services.filters import field_filters, filters_of

MAX_LIMIT = 1000

router = APIRouter(responses=responses(401, 403, 404, 422))


def _lister(kind: str) -> Callable[..., Awaitable[Response]]:
    fields = filters_of(kind)

    async def list_records(view: ViewDep, **query: Any) -> Response:
        offset, limit = query.pop("offset"), query.pop("limit")
        wanted = field_filters(kind, query)

        def make() -> bytes:
            records = view.registry.list(kind, **wanted)
            page = records[offset : offset + limit]
            data = {"data": [record_to_dict(r) for r in page], "count": len(records)}
            return json.dumps(data, ensure_ascii=False).encode()

        key = ("list", kind, tuple(sorted(wanted.items())), offset, limit)
        return Response(await view.served(key, make), media_type="application/json")

    params = [
        inspect.Parameter("view", inspect.Parameter.KEYWORD_ONLY, annotation=ViewDep),
        *(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=Query(None, description=f"Only records with this {field}."),
                annotation=str | None,
            )
            for name, field in fields.items()
        ),
        inspect.Parameter(
            "offset",
            inspect.Parameter.KEYWORD_ONLY,
            default=Query(0, ge=0, description="Records to skip."),
            annotation=int,
        ),
        inspect.Parameter(
            "limit",
            inspect.Parameter.KEYWORD_ONLY,
            default=Query(100, ge=1, le=MAX_LIMIT, description="Most records to return."),
            annotation=int,
        ),
    ]
    list_records.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    list_records.__name__ = f"list_{kind}"
    return list_records


def _getter(kind: str) -> Callable[..., Awaitable[Response]]:
    async def get_record(
        view: ViewDep,
        record_id: str = Path(description="The record's id."),
    ) -> Response:
        def make() -> tuple[bytes, str]:
            body = view.registry.get(kind, record_id).model_dump_json().encode()
            return body, f'"{records.get(view.registry, kind, record_id).version}"'

        body, etag = await view.served(("get", kind, record_id), make)
        return Response(body, media_type="application/json", headers={"ETag": etag})

    get_record.__name__ = f"get_{kind}"
    return get_record


def page_model(kind: str) -> type[BaseModel]:
    """`{data, count}` of one kind: a page of records and how many match in all."""
    model = KINDS[kind]
    return create_model(
        f"{model.__name__}sPublic",
        data=(list[model], ...),  # type: ignore[valid-type]
        count=(int, ...),
    )


for _kind, _model in KINDS.items():
    router.add_api_route(
        f"/{_kind}",
        _lister(_kind),
        methods=["GET"],
        response_model=page_model(_kind),
        summary=f"List {_kind}",
        description=f"The {_kind} you may see, filtered and paginated; `count` is the total.",
        tags=["records"],
    )
    router.add_api_route(
        f"/{_kind}/{{record_id}}",
        _getter(_kind),
        methods=["GET"],
        response_model=_model,
        summary=f"Get one of the {_kind}",
        description="404 alike for a record that is missing and one hidden from you. "
        "The `ETag` is the record's version, for `If-Match` on an edit.",
        tags=["records"],
    )
