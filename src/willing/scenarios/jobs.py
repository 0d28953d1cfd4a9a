"""The analyses that run as jobs: Monte Carlo, criticality and sensitivity.

Each kind calls the use case `willing montecarlo|criticality|sensitivity` calls
(`willing.scenarios.runs`), over the records the submitting viewer may see, so a job's
result is what the command prints as JSON for the same viewer and parameters. A job names
its scenario by id only (built-in or stored): a server never reads a scenario file a
client names.

Example (the web pages and the API share one `Jobs` per process)::

    jobs = analysis_jobs(store)
    job = jobs.submit(viewer, "montecarlo", {"draws": 2000, "seed": 1})
    jobs.get(viewer, job.id).progress          # 0..1, rising
    jobs.result(viewer, job.id)                # a MonteCarloPublic once done
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from willing.domain.records import ID_PATTERN
from willing.scenarios import runs
from willing.scenarios.executors import Executor, executor_named
from willing.scenarios.montecarlo import THRESHOLDS
from willing.scenarios.public import CriticalityPublic, MonteCarloPublic, SensitivityPublic
from willing.scenarios.stored import find_scenario
from willing.scenarios.sweep import Progress
from willing.services.access import Registry, Viewer
from willing.services.jobs import JobContext, JobKind, Jobs
from willing.storage.store import Store

#: Most draws one job may ask for (a sensitivity job: draws x steps).
MAX_DRAWS = 200_000

#: Progress before the first solve (reading and preparing) and held back for the summary.
PREPARED = 0.05
SOLVED = 0.95

ScenarioId = Annotated[
    str, Field(pattern=ID_PATTERN, description="A built-in or stored scenario's id.")
]


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    store: bool = Field(False, description="Also keep the result in the database.")


class MonteCarloParams(_Params):
    """The options of `willing montecarlo`."""

    scenario: ScenarioId = "baseline"
    draws: int = Field(10_000, ge=1, le=MAX_DRAWS)
    seed: int = Field(0, ge=0, lt=2**32, description="Same seed, same result.")
    thresholds: list[Annotated[float, Field(ge=0.0, le=1.0)]] = Field(
        default_factory=lambda: list(THRESHOLDS),
        min_length=1,
        max_length=20,
        description="Report P(coverage >= t) for each.",
    )
    bound: bool = Field(False, description="Also give the fast screening upper bound.")


class CriticalityParams(_Params):
    """The options of `willing criticality`."""

    scenario: ScenarioId = "all-met"
    pledges: int | None = Field(
        None, ge=0, description="Used pledges to withdraw one by one; default: automatic."
    )


class SensitivityParams(_Params):
    """The options of `willing sensitivity`."""

    condition: str = Field(pattern=ID_PATTERN, description="Condition whose probability varies.")
    scenario: ScenarioId = "baseline"
    draws: int = Field(2_000, ge=1, le=MAX_DRAWS, description="Draws per point.")
    seed: int = Field(0, ge=0, lt=2**32)
    steps: int = Field(11, ge=2, le=101, description="Probabilities from 0 to 1.")

    @model_validator(mode="after")
    def _bounded(self) -> SensitivityParams:
        if self.draws * self.steps > MAX_DRAWS:
            raise ValueError(f"draws x steps is {self.draws * self.steps}, over {MAX_DRAWS}")
        return self


def _solves(context: JobContext) -> Progress:
    """The computation's progress (solves done and planned) as a share of the job."""
    told = {"done": 0, "planned": 0}

    def progress(done: int, planned: int) -> None:
        told["done"] += done
        told["planned"] += planned
        total = told["planned"]
        share = told["done"] / total if total else 0.0
        context.report(
            PREPARED + (SOLVED - PREPARED) * share,
            f"solved {told['done']} of {total} distinct plans",
        )

    return progress


class Analyses:
    """The three kinds over one store, each run on an executor made for the job."""

    def __init__(self, store: Store, executor: str = "serial", address: str | None = None) -> None:
        self.store = store
        self.executor = executor
        self.address = address

    @contextmanager
    def _runner(self) -> Iterator[Executor]:
        runner = executor_named(self.executor, self.address, None)
        try:
            yield runner
        finally:
            runner.close()

    def _start(self, viewer: Viewer, context: JobContext) -> Registry:
        context.report(0.0, "reading the registry")
        return Registry(self.store, viewer)

    def montecarlo(
        self, viewer: Viewer, params: MonteCarloParams, context: JobContext
    ) -> MonteCarloPublic:
        registry = self._start(viewer, context)
        sc = find_scenario(registry, params.scenario)
        with self._runner() as runner:
            out = runs.montecarlo(
                registry,
                sc,
                params.draws,
                params.seed,
                tuple(params.thresholds),
                params.bound,
                params.store,
                runner,
                _solves(context),
            )
        return out

    def criticality(
        self, viewer: Viewer, params: CriticalityParams, context: JobContext
    ) -> CriticalityPublic:
        registry = self._start(viewer, context)
        sc = find_scenario(registry, params.scenario)
        with self._runner() as runner:
            out = runs.criticality(
                registry, sc, params.pledges, params.store, runner, _solves(context)
            )
        return out

    def sensitivity(
        self, viewer: Viewer, params: SensitivityParams, context: JobContext
    ) -> SensitivityPublic:
        registry = self._start(viewer, context)
        sc = find_scenario(registry, params.scenario)
        with self._runner() as runner:
            out = runs.sensitivity(
                registry,
                sc,
                params.condition,
                params.draws,
                params.seed,
                params.steps,
                params.store,
                runner,
                _solves(context),
            )
        return out


def analysis_kinds(
    store: Store, executor: str = "serial", address: str | None = None
) -> dict[str, JobKind]:
    """The job kinds over `store`; solves run on `executor` (serial: on the job's thread)."""
    analyses = Analyses(store, executor, address)
    return {
        "montecarlo": JobKind(
            "montecarlo",
            MonteCarloParams,
            MonteCarloPublic,
            analyses.montecarlo,
            "The distribution of coverage over the scenario's uncertain conditions.",
        ),
        "criticality": JobKind(
            "criticality",
            CriticalityParams,
            CriticalityPublic,
            analyses.criticality,
            "Nations, conditions and pledges ranked by the coverage lost without each.",
        ),
        "sensitivity": JobKind(
            "sensitivity",
            SensitivityParams,
            SensitivityPublic,
            analyses.sensitivity,
            "Mean coverage as one condition's probability goes from 0 to 1.",
        ),
    }


def analysis_jobs(
    store: Store,
    *,
    workers: int = 2,
    per_user: int = 4,
    keep: dt.timedelta = dt.timedelta(hours=1),
    executor: str = "serial",
    address: str | None = None,
) -> Jobs:
    """A job runner for the analyses over `store` (one per process)."""
    return Jobs(
        analysis_kinds(store, executor, address),
        store,
        workers=workers,
        per_user=per_user,
        keep=keep,
    )
