"""The page routers, in the order they are mounted."""

from fastapi import APIRouter

from willing.web.routes import (
    account,
    admin,
    burden,
    charts,
    diplomacy,
    downloads,
    geo,
    overview,
    plan,
    records,
    review,
    scenarios,
    signin,
)

ROUTERS: tuple[APIRouter, ...] = (
    signin.router,
    account.router,
    overview.router,
    plan.router,
    records.router,
    admin.router,
    geo.router,
    burden.router,
    diplomacy.router,
    scenarios.router,
    review.router,
    downloads.router,
    charts.router,
)
