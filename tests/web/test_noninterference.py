"""Non-interference for the web pages: what a signed-in reader's browser receives does not
depend on records hidden from him.

For each reader, three databases are served by real `willing serve` processes: the shipped
data set with records only Cyprus may see, and the same with every record hidden from that
reader changed, or removed; each gets the same writes in the same order. The reader signs in
and fetches every page, table download, chart and report the web application has; the
answers must be byte-for-byte the same once the session's own CSRF token and the times of
writes are masked. Burden's coalition total including undisclosed contributions is the one
figure disclosed on purpose (docs/burden.md); it sits in its own element, masked by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from tests.api.conftest import PASSWORD, Server, seed, start_server, stop_server
from tests.disclosure.variants import PERTURBATIONS, hidden_from, shipped_with_extra, variant

READERS = {"pol": "POL", "planner": "COTW", "analyst": "USA"}
#: The administrator sees what is hidden from the first reader: on that reader's changed
#: database his pages must move, or the comparison could not notice anything.
FIRST = "pol"
PATHS = (
    "/",
    "/plan",
    "/plan?c.us-backstop=met&c.ceasefire=met",
    "/plan?format=csv",
    "/plan?format=json&gaps=1",
    "/map",
    "/map?format=json",
    "/records/pledges",
    "/records/pledges?format=json&sort=-quantity",
    "/records/requirements?format=csv",
    "/records/conditions",
    "/records/pledges/P-POL-fighter-1",
    "/records/pledges/P-CYP-mech-secret",
    "/records/requirements/R-CYP-SECRET",
    "/diplomacy",
    "/burden",
    "/burden?format=json",
    "/scenarios",
    "/review",
    "/reports/force-generation.html?c.us-backstop=met",
    "/reports/contribution/POL.html",
    "/charts/deploy.svg",
    "/charts/burden.svg",
)
MASKS = (
    (re.compile(r'(name="csrf" value=")[^"]+'), r"\1*"),
    (re.compile(r'("X-CSRF-Token": ")[^"]+'), r"\1*"),
    (re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?"), "*"),
    (re.compile(r'<span class="disclosed">.*?</span>', re.S), "*"),
)


def _masked(text: str) -> str:
    for pattern, replacement in MASKS:
        text = pattern.sub(replacement, text)
    return text


def _read(server: Server, user: str) -> dict[str, str]:
    with httpx.Client(base_url=server.base, timeout=300) as client:
        form = client.get("/signin").text
        token = re.search(r'name="csrf" value="([^"]+)"', form)
        assert token is not None
        signed = client.post(
            "/signin", data={"username": user, "password": PASSWORD, "csrf": token.group(1)}
        )
        assert signed.status_code == 303
        out = {}
        for path in PATHS:
            answer = client.get(path)
            marking = answer.headers.get("x-willing-marking", "")
            out[path] = f"{answer.status_code} {marking}\n{_masked(answer.text)}"
        return out


@pytest.fixture(scope="module")
def answers(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[tuple[str, str], dict[str, str]]]:
    base = shipped_with_extra()
    found: dict[tuple[str, str], dict[str, str]] = {}
    for user, party in READERS.items():
        tmp = tmp_path_factory.mktemp(f"web-{user}")
        hidden = hidden_from(base, party, tmp)
        for how in ("shipped", *PERTURBATIONS):
            data = base if how == "shipped" else variant(base, hidden, how)
            url = f"sqlite:///{tmp / f'{how}.db'}"
            seed(url, data)
            server = start_server(url, tmp / f"{how}.log")
            try:
                found[(user, how)] = _read(server, user)
                if user == FIRST and how != "removed":
                    found[("admin", how)] = _read(server, "admin")
            finally:
                stop_server(server)
    return found


@pytest.mark.parametrize("how", PERTURBATIONS)
@pytest.mark.parametrize("user", list(READERS))
def test_a_readers_pages_ignore_what_is_hidden_from_him(
    answers: dict[tuple[str, str], dict[str, str]], user: str, how: str
) -> None:
    shipped, other = answers[(user, "shipped")], answers[(user, how)]
    differ = [p for p in PATHS if shipped[p] != other[p]]
    assert differ == []


def test_the_comparison_notices_a_change(
    answers: dict[tuple[str, str], dict[str, str]],
) -> None:
    shipped, changed = answers[("admin", "shipped")], answers[("admin", "changed")]
    assert [p for p in PATHS if shipped[p] != changed[p]] != []


def test_the_pages_answer(answers: dict[tuple[str, str], dict[str, str]]) -> None:
    pages = answers[("pol", "shipped")]
    assert pages["/records/pledges/P-CYP-mech-secret"].startswith("404")
    assert pages["/records/pledges/P-POL-fighter-1"].startswith("200")
    assert all(pages[p].startswith("200") for p in PATHS if "CYP" not in p and "SECRET" not in p)
    assert "P-POL-fighter-1" in pages["/records/pledges"]
    assert pages["/plan?format=csv"].count("\n") > 10
