"""The page routers, in the order they are mounted."""

from fastapi import APIRouter

from willing.web.routes import account, admin, overview, plan, records, signin

ROUTERS: tuple[APIRouter, ...] = (
    signin.router,
    account.router,
    overview.router,
    plan.router,
    records.router,
    admin.router,
)
