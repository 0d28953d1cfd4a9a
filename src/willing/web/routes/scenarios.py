"""Scenarios: coverage side by side for the scenarios the reader ticks, and the long
analyses (Monte Carlo, criticality, sensitivity) started from the page as the server's jobs,
with a live progress bar and their charts when done."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query
from fastapi.responses import HTMLResponse, Response

from willing.charts import specs
from willing.charts.render import svg
from willing.domain.errors import NotFound, WillingError
from willing.scenarios import runs
from willing.scenarios.public import CriticalityPublic, MonteCarloPublic, SensitivityPublic
from willing.services.jobs import FINISHED, Jobs, JobState
from willing.web.page import Grid, Page, PageDep, render, table_page
from willing.web.routes.forms import checked, see_other

router = APIRouter(include_in_schema=False)

KINDS = ("montecarlo", "criticality", "sensitivity")
LOSS_KINDS = ("nation", "condition", "pledge")


def _jobs(page: Page) -> Jobs:
    jobs: Jobs = page.request.app.state.jobs
    return jobs


def _scenarios(page: Page) -> list[dict[str, Any]]:
    return page.view.answer("web-scenarios", lambda: runs.scenarios(page.registry))


@router.get("/scenarios")
def scenarios_page(
    page: PageDep, compare: Annotated[list[str] | None, Query(max_length=6)] = None
) -> Response:
    listed = _scenarios(page)
    known = {s["id"] for s in listed}
    chosen = [c for c in compare or [] if c in known] or ["baseline", "no-backstop", "all-met"]
    chosen = [c for c in chosen if c in known]
    result = (
        page.view.answer(
            ("web-compare", tuple(chosen)), lambda: runs.compare(page.registry, chosen)
        )
        if len(chosen) >= 2
        else None
    )
    page.show_all("pledges")
    page.show_all("requirements")
    page.show_all("conditions")
    conditions = sorted(page.shown.records("conditions"))
    names = tuple(result.scenarios) if result else ()
    grid = Grid(
        "scenarios",
        ("figure", *names),
        [(f, *(round(result.coverage[n][f], 6) for n in names)) for f in result.figures]
        if result
        else [],
        numeric=frozenset(names),
    )
    return table_page(
        page,
        grid,
        "scenarios.html",
        "Scenarios",
        listed=listed,
        chosen=chosen,
        result=result,
        conditions=conditions,
        jobs=_jobs(page).list(page.viewer).data,
    )


@router.post("/scenarios/jobs")
def start_job(
    page: PageDep,
    kind: Annotated[str, Form()],
    scenario: Annotated[str, Form(max_length=120)] = "baseline",
    draws: Annotated[int, Form(ge=1, le=200_000)] = 2000,
    seed: Annotated[int, Form(ge=0, lt=2**32)] = 1,
    condition: Annotated[str, Form(max_length=120)] = "",
    steps: Annotated[int, Form(ge=2, le=21)] = 5,
    csrf: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    checked(page, csrf)
    if kind not in KINDS:
        raise WillingError(f"choose one of {', '.join(KINDS)}")
    params: dict[str, Any] = {"scenario": scenario}
    if kind == "montecarlo":
        params.update(draws=draws, seed=seed)
    elif kind == "sensitivity":
        params.update(draws=draws, seed=seed, condition=condition, steps=steps)
    job = _jobs(page).submit(page.viewer, kind, params)
    return see_other(f"/scenarios/jobs/{job.id}")


def _result(page: Page, job_id: str) -> Any:
    job = _jobs(page).get(page.viewer, job_id)
    if job.state is not JobState.DONE:
        return None
    return _jobs(page).result(page.viewer, job_id)


@router.get("/scenarios/jobs/{job_id}", response_class=HTMLResponse)
def job_page(page: PageDep, job_id: str, show: str = "") -> HTMLResponse:
    job = _jobs(page).get(page.viewer, job_id)
    result = _result(page, job_id)
    page.show_all("pledges")
    page.show_all("conditions")
    ranking = []
    if isinstance(result, CriticalityPublic):
        ranking = [r for r in result.ranking if not show or r.kind == show]
    return render(
        page,
        "job.html",
        f"{job.kind.capitalize()} job",
        job=job,
        finished=job.state in FINISHED,
        result=result,
        is_mc=isinstance(result, MonteCarloPublic),
        is_crit=isinstance(result, CriticalityPublic),
        is_sens=isinstance(result, SensitivityPublic),
        ranking=ranking,
        show=show,
        loss_kinds=LOSS_KINDS,
    )


@router.post("/scenarios/jobs/{job_id}/cancel")
def cancel_job(
    page: PageDep, job_id: str, csrf: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    checked(page, csrf)
    _jobs(page).cancel(page.viewer, job_id)
    return see_other(f"/scenarios/jobs/{job_id}")


@router.get("/scenarios/jobs/{job_id}/chart.svg")
def job_chart(page: PageDep, job_id: str, show: str = "") -> Response:
    result = _result(page, job_id)
    if isinstance(result, MonteCarloPublic):
        figure = result.coverage.get("overall") or next(iter(result.coverage.values()))
        spec = specs.coverage_histogram(figure.histogram)
    elif isinstance(result, CriticalityPublic):
        rows = [r.model_dump() for r in result.ranking if not show or r.kind == show][:20]
        spec = specs.criticality(rows)
    elif isinstance(result, SensitivityPublic):
        rows = [
            {"probability": p.probability, "figure": name, "mean": mean}
            for p in result.points
            for name, mean in p.mean.items()
        ]
        spec = specs.sensitivity_curve(rows, result.condition)
    else:
        raise NotFound("no chart for this job yet")
    body = page.view.answer(("web-job-chart", job_id, show), lambda: svg(spec))
    return Response(body, media_type="image/svg+xml")
