"""Registry use cases: load a shipped or given dataset, export what a viewer may see."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from willing import data
from willing.domain.catalog import Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.interchange.files import read_path, render, write_path
from willing.services.access import Registry
from willing.services.permissions import Action, require
from willing.storage.store import Store


def resolve_source(name_or_path: str) -> tuple[Path, str | None]:
    """A shipped data set's folder (with its name) or a path given by the user."""
    if name_or_path in data.available():
        return data.path_of(name_or_path), name_or_path
    path = Path(name_or_path).expanduser()
    if not path.exists():
        shipped = ", ".join(data.available()) or "none"
        raise ValidationFailure(
            [
                Problem(
                    name_or_path,
                    None,
                    f"no such file or folder, nor a shipped data set ({shipped})",
                )
            ]
        )
    return path, None


def read_source(name_or_path: str) -> Dataset:
    """Parse and validate a dataset from a shipped name or a path, without storing it."""
    path, name = resolve_source(name_or_path)
    return read_path(path, name)


def load(
    store: Store, registry: Registry, name_or_path: str, *, replace: bool = False
) -> tuple[Dataset, int]:
    """Import a dataset in one transaction; return it and the new revision.

    Only an administrator may load, since a load writes records of every party.
    """
    path, name = resolve_source(name_or_path)
    return load_path(store, registry, path, name, replace=replace)


def load_path(
    store: Store,
    registry: Registry,
    path: Path,
    name: str | None,
    *,
    replace: bool = False,
    before_write: Callable[[], None] | None = None,
    where: str | None = None,
) -> tuple[Dataset, int]:
    """Import the data set in `path` in one transaction (`before_write` is called once it
    has been read and checked); return it and the new revision. `where` names the input
    in the audit log (default: the path)."""
    require(registry.viewer, Action.IMPORT)
    dataset = read_path(path, name)
    if before_write is not None:
        before_write()
    revision = store.write(
        dataset, actor=registry.viewer.actor, replace=replace, where=where or str(path)
    )
    return dataset, revision


def export(registry: Registry, target: Path, fmt: str | None, name: str = "export") -> list[Path]:
    """Write every record the viewer may see to `target`."""
    return write_path(registry.dataset(name), target, fmt)


def render_export(registry: Registry, fmt: str, name: str = "export") -> str:
    """The one-file export (YAML or JSON) of every record the viewer may see, as text: what
    `export` writes to a file of that format."""
    if fmt not in ("yaml", "json"):
        raise ValidationFailure([Problem("format", None, "choose yaml or json")])
    return next(iter(render(registry.dataset(name), fmt).values()))
