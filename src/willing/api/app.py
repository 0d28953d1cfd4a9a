"""The application factory: one store per process, the routers under `/api/v1`."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from willing import __version__
from willing.api import problems
from willing.api.deps import Registries
from willing.api.routes import (
    audit,
    auth,
    imports,
    ingest,
    jobs,
    meta,
    plans,
    records,
    scenarios,
    status,
    tokens,
    users,
    views,
    writes,
)
from willing.api.security import Hygiene, LoginLimiter
from willing.api.settings import BASE, Settings
from willing.scenarios.jobs import analysis_kinds
from willing.services import accounts
from willing.services.imports import import_kinds
from willing.services.jobs import Jobs
from willing.storage.store import Store

DESCRIPTION = """Willing's registry over HTTP. Sign in at `POST /api/v1/auth/token`
(OAuth2 password flow) or create a token with `willing token create NAME`, then send
`Authorization: Bearer TOKEN`. What you see is what your party may see; errors are
`application/problem+json`."""


def create_app(settings: Settings) -> FastAPI:
    """The API on the database `settings` names (created or upgraded on start)."""
    store = Store.open(settings.database_url)
    runner = Jobs(
        {
            **analysis_kinds(store, settings.job_executor, settings.job_address),
            **import_kinds(store),
        },
        store,
        workers=settings.job_workers,
        per_user=settings.job_limit,
        keep=dt.timedelta(seconds=settings.job_keep),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        runner.close()
        store.close()

    app = FastAPI(
        title="Willing",
        version=__version__,
        description=DESCRIPTION,
        openapi_url=f"{BASE}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        responses=problems.responses(400, 401, 403, 422),
    )
    app.state.store = store
    app.state.registries = Registries(store)
    app.state.tokens = accounts.TokenCache(store)
    app.state.jobs = runner
    app.state.settings = settings
    app.state.login_limiter = LoginLimiter(settings.login_attempts, settings.login_window)
    problems.install(app)
    # records first: their routes are the most asked for, a request is matched against
    # the routes in order, and none of theirs overlaps another router's (a test checks)
    for module in (
        records,
        auth,
        status,
        plans,
        jobs,
        scenarios,
        ingest,
        imports,
        views,
        users,
        tokens,
        audit,
        meta,
        writes,
    ):
        app.include_router(module.router, prefix=BASE)
    app.mount(f"{BASE}/static", StaticFiles(directory=meta.static_dir()), name="static")
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-Match"],
            expose_headers=["ETag", "Location"],
        )
    app.add_middleware(
        Hygiene,
        max_body=settings.max_body,
        docs_prefix=f"{BASE}/docs",
        api_prefix=f"{BASE}/",
        larger={f"{BASE}{imports.PATH}": settings.max_import},
    )
    return app


def app_from_environment() -> FastAPI:
    """The factory `willing serve` hands to uvicorn (each worker calls it)."""
    return create_app(Settings.from_environment())
