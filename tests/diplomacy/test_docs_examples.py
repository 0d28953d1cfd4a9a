"""Every `willing ...` example in the diplomacy and burden docs runs on the shipped data."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from willing import data
from willing.cli.main import app
from willing.services.registry import read_source
from willing.storage.store import Store

DOCS = Path(__file__).parents[2] / "docs"
runner = CliRunner()


def examples(name: str) -> list[str]:
    """The `willing` commands in the fenced code blocks of docs/`name`, continuations joined."""
    text = (DOCS / name).read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M):
        for command in re.sub(r"\\\n\s*", " ", block).splitlines():
            if command.strip().startswith("willing "):
                found.append(command.strip())
    return found


EXAMPLES = [(doc, cmd) for doc in ("diplomacy.md", "burden.md") for cmd in examples(doc)]


def test_the_docs_have_examples_of_every_command() -> None:
    commands = {shlex.split(cmd)[1] for _, cmd in EXAMPLES}
    assert commands == {"meetings", "alignment", "positions", "documents", "readiness", "burden"}


@pytest.fixture(scope="module")
def shipped_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    assert data.DEFAULT in data.available()  # the examples run against the shipped data
    url = f"sqlite:///{tmp_path_factory.mktemp('docs') / 'shipped.db'}"
    store = Store.open(url)
    store.write(read_source(data.DEFAULT), actor="test")
    store.close()
    return url


@pytest.mark.parametrize(("doc", "command"), EXAMPLES, ids=[c for _, c in EXAMPLES])
def test_doc_example_runs(shipped_db: str, doc: str, command: str) -> None:
    args = shlex.split(command)[1:]
    result = runner.invoke(app, [*args, "--db", shipped_db])
    assert result.exit_code == 0, f"{doc}: {command}\n{result.output}"
    if "--json" in args:
        json.loads(result.output)
