"""`willing serve`: the web application and the REST API on uvicorn (imported only here, so
other commands start fast)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from willing.cli.context import DbOption, console, open_store
from willing.services import accounts
from willing.storage.engine import ENV_URL, resolve_url


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (several: use PostgreSQL).")
    ] = 1,
    first_admin: Annotated[
        bool,
        typer.Option(
            "--first-admin",
            help="Create an administrator with a random password (shown once) when none exists.",
        ),
    ] = False,
    access_log: Annotated[
        bool,
        typer.Option(
            "--access-log/--no-access-log",
            help="Log every request (off behind a reverse proxy that logs them: it is a "
            "fifth of a small request's cost).",
        ),
    ] = True,
    db: DbOption = None,
) -> None:
    """Serve the web application at / and the REST API at /api/v1 (docs at /api/v1/docs), on
    the same database as the CLI.

    Put it behind a TLS-terminating reverse proxy for anything but loopback use.

    \b
    Example:
        willing serve --port 8000
        willing serve --first-admin
        willing serve --host 0.0.0.0 --workers 4 --db postgresql://willing@db/willing
    """
    import uvicorn

    url = resolve_url(db)
    store = open_store(url)  # create or upgrade the schema once, before workers start
    try:
        created = accounts.first_admin(store) if first_admin else None
    finally:
        store.close()
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    console.print(f"Willing is at http://{shown_host}:{port}/ (the API at /api/v1/docs)")
    if created is not None:
        console.print(
            f"First administrator: user [bold]{created[0]}[/bold], password "
            f"[bold]{created[1]}[/bold] (shown once: keep it; add users under Administration)"
        )
    elif first_admin:
        console.print("An administrator exists already: sign in as that user.")
    os.environ[ENV_URL] = url  # the workers' app factory reads it
    uvicorn.run(
        "willing.web.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        server_header=False,
        log_level="info",
        access_log=access_log,
    )


def register(app: typer.Typer) -> None:
    """Attach `serve` to the root command."""
    app.command()(serve)
