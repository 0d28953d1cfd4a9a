"""A data set sent to the server, imported as a job: checked, then written in one
transaction, exactly as `willing load FILE` does.

The server keeps the upload in a file of its own (`Upload`), never a path a client names;
the job reads and checks it, then writes it whole or not at all, and the file is deleted
when the job ends, however it ends (cancelled before it started, or its server stopping,
included). If the process dies during the write, the database's own transaction
leaves the registry as it was (tested by killing a server mid-import).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from willing.domain.errors import Problem, ValidationFailure, WillingError
from willing.services.access import Registry, Viewer
from willing.services.jobs import JobContext, JobKind
from willing.services.permissions import Action, require
from willing.services.registry import load_path
from willing.storage.store import Store

Format = Literal["yaml", "json"]


class ImportParams(BaseModel):
    """A stored upload to import (made by `Upload.save`, never by a client)."""

    model_config = ConfigDict(extra="forbid")

    upload: str = Field(description="The server's file holding the upload.")
    name: str = Field("upload", min_length=1, max_length=120)
    replace: bool = False


class ImportedPublic(BaseModel):
    """What `willing load --json` prints: the data set, the new revision, counts by kind."""

    dataset: str
    revision: int
    counts: dict[str, int]


def save_upload(viewer: Viewer, body: bytes, fmt: Format) -> Path:
    """Keep an uploaded data set in a private file for the import job (checked first: only
    a user who may import may leave a file on the server)."""
    require(viewer, Action.IMPORT)
    if not body:
        raise ValidationFailure([Problem("upload", None, "the request body is empty")])
    handle, name = tempfile.mkstemp(prefix="willing-import-", suffix=f".{fmt}")
    with os.fdopen(handle, "wb") as out:
        out.write(body)
    return Path(name)


def _delete_upload(params: ImportParams) -> None:
    Path(params.upload).unlink(missing_ok=True)


def import_kinds(store: Store) -> dict[str, JobKind]:
    """The import job kind over `store`."""

    def run(viewer: Viewer, params: ImportParams, context: JobContext) -> ImportedPublic:
        path = Path(params.upload)
        try:
            context.report(0.05, "reading and checking the data set")
            registry = Registry(store, viewer)

            def writing() -> None:  # the last point where a cancel stops the import
                context.report(0.5, "writing the records in one transaction")

            dataset, revision = load_path(
                store,
                registry,
                path,
                params.name,
                replace=params.replace,
                before_write=writing,
                where=params.name,
            )
        except ValidationFailure as exc:  # name the upload, not the server's file
            raise WillingError(str(exc).replace(str(path), params.name)) from None
        counts = {k: v for k, v in dataset.counts().items() if v}
        return ImportedPublic(dataset=dataset.name, revision=revision, counts=counts)

    return {
        "import": JobKind(
            "import",
            ImportParams,
            ImportedPublic,
            run,
            "A data set imported in one transaction.",
            action=Action.IMPORT,
            writes=True,
            cleanup=_delete_upload,
        )
    }
