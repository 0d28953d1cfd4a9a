"""`POST /import`: a data set (YAML or JSON, as `willing load FILE` reads) imported as a
job; the answer is 202 with the job's URL, its result what `willing load --json` prints.
The route only parses and renders; `willing.services.imports` does the rest."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from willing.api.deps import CurrentViewer
from willing.api.problems import responses
from willing.api.routes.jobs import JobsDep
from willing.api.settings import BASE
from willing.services.imports import Format, ImportParams, save_upload
from willing.services.jobs import JobPublic

router = APIRouter(tags=["import and export"], responses=responses(401, 403))

#: The route's path under the base, for its own body limit (`Settings.max_import`).
PATH = "/import"

BODY = {
    "requestBody": {
        "required": True,
        "description": "The data set, as a file `willing export` writes.",
        "content": {
            "application/yaml": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "object"}},
        },
    }
}


@router.post(
    PATH,
    response_model=JobPublic,
    status_code=202,
    openapi_extra=BODY,
    responses={
        **responses(413, 422, 429),
        202: {
            "headers": {"Location": {"description": "The job's URL.", "schema": {"type": "string"}}}
        },
    },
)
async def import_data(
    request: Request,
    jobs: JobsDep,
    viewer: CurrentViewer,
    response: Response,
    format: Annotated[Format, Query(description="How the body is written.")] = "yaml",
    name: Annotated[
        str, Query(min_length=1, max_length=120, description="The data set's name.")
    ] = "upload",
    replace: Annotated[
        bool, Query(description="Remove every stored record first (same transaction).")
    ] = False,
) -> JobPublic:
    """Import a data set in one transaction, as a job (administrators): it lands whole or
    not at all; poll the `Location` for its progress, then read its result."""
    body = await request.body()

    def queue() -> JobPublic:  # file and database work: off the event loop
        upload = save_upload(viewer, body, format)
        try:
            return jobs.submit(
                viewer, "import", ImportParams(upload=str(upload), name=name, replace=replace)
            )
        except BaseException:
            upload.unlink(missing_ok=True)
            raise

    job = await run_in_threadpool(queue)
    response.headers["Location"] = f"{BASE}/jobs/{job.id}"
    return job
