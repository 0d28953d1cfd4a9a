"""What the server is and who may do what: `GET /permissions`, and the interactive docs."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from willing.services.permissions import table

router = APIRouter(tags=["meta"])


class PermissionPublic(BaseModel):
    action: str
    description: str
    roles: list[str]


class PermissionsPublic(BaseModel):
    data: list[PermissionPublic]
    count: int


@router.get("/permissions", response_model=PermissionsPublic)
def permissions() -> PermissionsPublic:
    """The declared permission table: each action and the roles that hold it."""
    rows = [PermissionPublic.model_validate(r) for r in table()]
    return PermissionsPublic(data=rows, count=len(rows))


DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Willing API</title>
<link rel="icon" type="image/png" href="static/swagger-ui/favicon-32x32.png">
<link rel="stylesheet" href="static/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="static/swagger-ui/swagger-ui-bundle.js"></script>
<script src="static/swagger-ui/init.js"></script>
</body>
</html>
"""


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def docs() -> HTMLResponse:
    """Swagger UI from the vendored assets (no CDN)."""
    return HTMLResponse(DOCS_PAGE)


def static_dir() -> str:
    """Where the vendored assets are."""
    return str(resources.files("willing.api") / "static")
