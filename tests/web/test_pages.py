"""Every page in a real Chromium for three users: no serious or critical accessibility
violation (axe-core), the same marking at top and bottom, no script error, nothing fetched
off the loopback; screenshots at 1366x768 and at a phone width."""

from __future__ import annotations

import re
from typing import Any

import pytest

PAGES = {
    "overview": "/",
    "plan": "/plan",
    "plan-backstop": "/plan?c.us-backstop=met&gaps=1",
    "map": "/map",
    "registry": "/records/pledges",
    "record": "/records/pledges/P-POL-fighter-1",
    "record-edit": "/records/pledges/P-POL-fighter-1/edit",
    "record-new": "/records/pledges/new",
    "scenarios": "/scenarios",
    "diplomacy": "/diplomacy",
    "burden": "/burden",
    "review": "/review",
    "reports": "/reports",
    "account": "/account",
}
ADMIN_ONLY = {"admin": "/admin"}


def test_sign_in_page_is_accessible(session_for: Any) -> None:
    s = session_for()
    s.go("/signin")
    assert s.axe() == []
    s.shoot("signin")


@pytest.mark.parametrize("user", ["admin", "planner", "pol"])
def test_every_page_is_accessible_and_marked(session_for: Any, user: str) -> None:
    s = session_for()
    s.sign_in(user)
    pages = {**PAGES, **(ADMIN_ONLY if user == "admin" else {})}
    problems = {}
    for name, path in pages.items():
        response = s.go(path)
        assert response.status == 200, f"{path}: {response.status}"
        top = s.page.locator("#marking-top").inner_text()
        assert top == s.page.locator("#marking-bottom").inner_text()
        assert re.sub(r"^Page marking:\s*", "", top).split(" //")[0] in {
            "PUBLIC",
            "COALITION",
            "RESTRICTED",
            "NATIONAL",
        }
        found = s.axe()
        if found:
            problems[path] = found
        if user == "admin":
            s.shoot(name)
    assert problems == {}
    assert [e for e in s.console_errors if "Failed to load resource" not in e] == []
