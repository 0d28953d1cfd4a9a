"""Long analyses as jobs: `POST /jobs` queues one and answers 202 at once; `GET /jobs/{id}`
reports its progress, `GET /jobs/{id}/result` its result, `DELETE /jobs/{id}` cancels it.
The routes only parse and render; `willing.services.jobs` does the rest."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Request, Response
from pydantic import BaseModel, Field

from willing.api.deps import CurrentViewer
from willing.api.problems import responses
from willing.api.settings import BASE
from willing.scenarios.jobs import CriticalityParams, MonteCarloParams, SensitivityParams
from willing.scenarios.public import CriticalityPublic, MonteCarloPublic, SensitivityPublic
from willing.services.imports import ImportedPublic
from willing.services.jobs import JobPublic, Jobs, JobsPublic

router = APIRouter(prefix="/jobs", tags=["jobs"], responses=responses(401, 403))


def get_jobs(request: Request) -> Jobs:
    jobs: Jobs = request.app.state.jobs
    return jobs


JobsDep = Annotated[Jobs, Depends(get_jobs)]


class MonteCarloJob(BaseModel):
    """`willing montecarlo` as a job."""

    kind: Literal["montecarlo"]
    params: MonteCarloParams = Field(default_factory=MonteCarloParams)


class CriticalityJob(BaseModel):
    """`willing criticality` as a job."""

    kind: Literal["criticality"]
    params: CriticalityParams = Field(default_factory=CriticalityParams)


class SensitivityJob(BaseModel):
    """`willing sensitivity` as a job."""

    kind: Literal["sensitivity"]
    params: SensitivityParams


JobRequest = Annotated[MonteCarloJob | CriticalityJob | SensitivityJob, Field(discriminator="kind")]
JobResult = MonteCarloPublic | CriticalityPublic | SensitivityPublic | ImportedPublic


@router.post(
    "",
    response_model=JobPublic,
    status_code=202,
    responses={
        **responses(422, 429),
        202: {
            "headers": {"Location": {"description": "The job's URL.", "schema": {"type": "string"}}}
        },
    },
)
def submit(
    jobs: JobsDep, viewer: CurrentViewer, response: Response, body: Annotated[JobRequest, Body()]
) -> JobPublic:
    """Queue an analysis over what you may see; poll the `Location` for its progress."""
    job = jobs.submit(viewer, body.kind, body.params)
    response.headers["Location"] = f"{BASE}/jobs/{job.id}"
    return job


@router.get("", response_model=JobsPublic)
def list_jobs(jobs: JobsDep, viewer: CurrentViewer) -> JobsPublic:
    """Your jobs, newest first (finished ones until they expire)."""
    return jobs.list(viewer)


@router.get("/{job_id}", response_model=JobPublic, responses=responses(404))
def get_job(jobs: JobsDep, viewer: CurrentViewer, job_id: str) -> JobPublic:
    """A job's state, progress (0 to 1) and message; a job of someone else is 404."""
    return jobs.get(viewer, job_id)


@router.get(
    "/{job_id}/result",
    response_model=JobResult,
    response_model_exclude_none=True,
    responses=responses(404, 409),
)
def job_result(jobs: JobsDep, viewer: CurrentViewer, job_id: str) -> BaseModel:
    """A finished job's result: what the command prints with `--json`; 409 until it is done."""
    return jobs.result(viewer, job_id)


@router.delete("/{job_id}", response_model=JobPublic, responses=responses(404))
def cancel_job(jobs: JobsDep, viewer: CurrentViewer, job_id: str) -> JobPublic:
    """Cancel a job: a queued one never starts, a running one stops soon after; a finished
    one is left as it is."""
    return jobs.cancel(viewer, job_id)
