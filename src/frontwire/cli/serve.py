"""``frontwire serve``: the HTTP API and dashboard over a database (FastAPI on uvicorn).

This module parses options and starts the server; the application is ``frontwire.api.create_app``.
"""

from __future__ import annotations

from typing import Annotated

import typer

from frontwire.cli._app import app
from frontwire.settings import SETTINGS


@app.command()
def serve(
    db: Annotated[
        str, typer.Option("--db", envvar=SETTINGS["db"].env, help=SETTINGS["db"].help, show_envvar=True)
    ] = SETTINGS["db"].default,
    host: Annotated[str, typer.Option(help="Interface to listen on; 127.0.0.1 keeps it on this machine.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the API (OpenAPI docs at /docs) and the dashboard (/) over DB, read-only.

    POST /api/articles (ingest over HTTP) is enabled only when FRONTWIRE_TOKEN is set, and then needs
    'Authorization: Bearer $FRONTWIRE_TOKEN'.
    """
    import uvicorn

    from frontwire.api import create_app
    from frontwire.store import StoreError, open_store

    try:
        # Create/migrate once with a writer, so the read-only connections find a current schema.
        open_store(db).close()
        application = create_app(db)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"frontwire: serving {db} at http://{host}:{port}/  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(application, host=host, port=port, log_level="info")
