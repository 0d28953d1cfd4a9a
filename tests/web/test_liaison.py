"""A Polish liaison officer in a real Chromium: adds a pledge through the form and finds it
in the plan, meets field errors and a stale edit, cannot open a French national record (the
same page as a missing one) and cannot edit another nation's pledge."""

from __future__ import annotations

import re
from typing import Any

HIDDEN = "P-FRA-mech-inf-bn-national"
OTHERS = "P-ALB-inf-coy-1"


def _fill_pledge(page: Any, pid: str, quantity: str) -> None:
    page.locator("#f-id").fill(pid)
    page.locator("#f-party").fill("POL")
    page.locator("#f-capability").fill("funding-eur")
    page.locator("#f-quantity").fill(quantity)
    page.get_by_role("checkbox", name="regenerate").check()
    page.locator("#f-readiness_days").fill("0")


def test_liaison_adds_a_pledge_and_finds_it_in_the_plan(session_for: Any) -> None:
    s = session_for()
    s.sign_in("pol")
    s.go("/records/pledges")
    first = s.page.locator("tbody tr th.id").first.inner_text()
    assert first.startswith("P-POL-")  # his nation's pledges come first
    s.page.get_by_role("link", name="New pledge").click()
    _fill_pledge(s.page, "P-POL-funding-web", "a lot")
    s.page.get_by_role("button", name="Save").click()
    s.page.wait_for_load_state("networkidle")
    error = s.page.locator("#f-quantity-error")
    assert error.is_visible()
    assert "number" in error.inner_text()
    assert s.page.locator("#f-quantity").get_attribute("aria-invalid") == "true"
    assert s.page.locator("#f-id").input_value() == "P-POL-funding-web"  # kept
    s.page.locator("#f-quantity").fill("50000000")
    s.page.get_by_role("button", name="Save").click()
    # his id is put in his party's namespace (docs/api.md, "Ids of new records")
    s.page.wait_for_url(re.compile(r"/records/pledges/POL:P-POL-funding-web$"))
    assert "NATIONAL" in s.page.locator("main .label").first.inner_text()

    s.go("/plan")
    filled_by = s.page.locator("#plan-lines").inner_text()
    assert "POL:P-POL-funding-web (POL" in filled_by


def test_liaison_meets_a_stale_edit(session_for: Any) -> None:
    one, two = session_for(), session_for()
    for s in (one, two):
        s.sign_in("pol")
        s.go("/records/pledges/P-POL-fighter-1/edit")
    one.page.locator("#f-quantity").fill("7")
    one.page.get_by_role("button", name="Save").click()
    one.page.wait_for_url(re.compile(r"/records/pledges/P-POL-fighter-1$"))
    two.page.locator("#f-quantity").fill("8")
    two.page.get_by_role("button", name="Save").click()
    two.page.wait_for_load_state("networkidle")
    alert = two.page.locator(".stale")
    assert alert.is_visible()
    assert "Changed by someone else" in alert.inner_text()
    assert "Saved now: 7" in two.page.locator(".current").first.inner_text()
    assert two.page.locator("#f-quantity").input_value() == "8"
    two.page.get_by_role("button", name="Save").click()  # he means it: overwrite
    two.page.wait_for_url(re.compile(r"/records/pledges/P-POL-fighter-1$"))
    assert "8" in two.page.locator("dl.fields").inner_text()


def test_liaison_cannot_see_national_records_of_others_nor_edit_their_pledges(
    session_for: Any,
) -> None:
    s = session_for()
    s.sign_in("pol")
    hidden = s.go(f"/records/pledges/{HIDDEN}")
    hidden_text = s.page.locator("main").inner_text().replace(HIDDEN, "ID")
    missing = s.go("/records/pledges/P-NO-SUCH-PLEDGE")
    missing_text = s.page.locator("main").inner_text().replace("P-NO-SUCH-PLEDGE", "ID")
    assert hidden.status == missing.status == 404
    assert hidden_text == missing_text
    s.go("/records/pledges")
    assert HIDDEN not in s.page.content()

    s.go(f"/records/pledges/{OTHERS}")
    assert s.page.get_by_role("link", name="Edit").count() == 0
    refused = s.go(f"/records/pledges/{OTHERS}/edit")
    assert refused.status == 403
