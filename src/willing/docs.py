"""Generate the reference docs from the code itself, so they cannot drift from it.

`python -m willing.docs` rewrites docs/cli.md (from every command's declaration) and
docs/model.md (from the entity declarations). A test fails when either is stale.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

from willing.domain.catalog import KINDS
from willing.domain.fields import FieldSpec, fields_of


def _commands(group: Any, prefix: str) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if getattr(command, "commands", None):
            found.append((path, command))
            found.extend(_commands(command, path))
        else:
            found.append((path, command))
    return found


def _params(declared: list[Any]) -> list[str]:
    """A markdown table of a command's arguments and options (empty when it has none)."""
    params = [p for p in declared if p.name != "help"]
    if not params:
        return []
    lines = ["| argument or option | help |", "| --- | --- |"]
    for param in params:
        names = ", ".join(param.opts) if param.param_type_name == "option" else param.name
        text = (getattr(param, "help", None) or "").replace("|", "\\|")
        lines.append(f"| `{names}` | {text} |")
    return [*lines, ""]


def render_cli() -> str:
    """Markdown reference of every `willing` command: help text, arguments and options."""
    from willing.cli.main import every_command

    root = every_command()
    lines = [
        "# Command reference",
        "",
        "Generated from the commands themselves by `./tasks docs`; do not edit by hand.",
        "",
    ]
    lines += [
        "## Global options",
        "",
        "Given before the command: `willing --width 100 burden`, `willing --tsv list pledges`.",
        "",
        *_params(root.params),
    ]
    for path, command in _commands(root, "willing"):
        lines += [f"## `{path}`", ""]
        help_text = inspect.cleandoc(command.help or "").replace("\b\n", "")
        lines += [help_text, ""]
        lines += _params(command.params)
    return "\n".join(lines).rstrip() + "\n"


def _type(spec: FieldSpec) -> str:
    base = spec.model.__name__ if spec.model is not None else spec.scalar_name
    if spec.ref:
        base = f"id of {spec.ref}"
    if spec.shape in ("list", "model_list"):
        base = f"list of {base}"
    return base + (" (optional)" if spec.optional else "")


def render_model() -> str:
    """Markdown reference of every entity kind and field, from the declarations."""
    lines = [
        "# Data model",
        "",
        "Generated from the entity declarations by `./tasks docs`; do not edit by hand.",
        "Every record also has `id`, `label` (releasability), `evidence` (sources and spans)",
        "and `notional` (planning assumption rather than reported fact).",
        "",
    ]
    for kind, model in KINDS.items():
        lines += [f"## `{kind}` — {model.__name__}", "", inspect.cleandoc(model.__doc__ or ""), ""]
        lines += ["| field | type | meaning |", "| --- | --- | --- |"]
        for spec in fields_of(model):
            if spec.name in ("id", "label", "evidence", "notional"):
                continue
            lines.append(f"| `{spec.name}` | {_type(spec)} | {spec.description} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


GENERATED = {"cli.md": render_cli, "model.md": render_model}


def main(docs_dir: Path = Path("docs")) -> int:
    """Rewrite the generated docs; print which files changed."""
    docs_dir.mkdir(exist_ok=True)
    for name, render in GENERATED.items():
        path = docs_dir / name
        text = render()
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
