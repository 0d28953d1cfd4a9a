"""docs/api.md stays true: every HTTP example runs against a real server with the status it
is marked with, and the permission table printed there is the declared one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.api.conftest import Server

from willing.services.permissions import table

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
BLOCK = re.compile(r"```http\n(.*?)```", re.S)


def _examples() -> list[str]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_doc_has_examples() -> None:
    assert len(_examples()) >= 10


@pytest.mark.parametrize("example", _examples(), ids=lambda e: e.splitlines()[1])
def test_http_example_answers_as_documented(small_server: Server, example: str) -> None:
    mark, request, *rest = example.splitlines()
    found = re.fullmatch(r"# as (\w+) -> (\d{3})", mark)
    assert found, f"an example starts with '# as USER -> STATUS': {mark!r}"
    user, status = found.group(1), int(found.group(2))
    method, path = request.split(" ", 1)
    headers: dict[str, str] = {}
    body_lines: list[str] = []
    in_body = False
    for line in rest:
        if in_body:
            body_lines.append(line)
        elif not line.strip():
            in_body = True
        else:
            name, value = line.split(":", 1)
            headers[name.strip()] = value.strip()
    body = "\n".join(body_lines).strip()
    with small_server.client(None if user == "nobody" else user) as client:
        got = client.request(
            method, path.removeprefix("/api/v1"), headers=headers, content=body or None
        )
    assert got.status_code == status, got.text


def test_the_permission_table_in_the_doc_is_the_declared_one() -> None:
    text = DOC.read_text(encoding="utf-8")
    for row in table():
        line = f"| `{row['action']}` | {row['description']} | {', '.join(row['roles'])} |"
        assert line in text, f"docs/api.md: the permission table lacks or misstates {line}"
