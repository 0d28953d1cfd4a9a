"""A planner in a real Chromium: overview, the US backstop toggled in the force plan, the
gap table downloaded."""

from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path
from typing import Any

import httpx


def _coverage(page: Any) -> str:
    return str(page.locator("#coverage-value").inner_text())


def test_planner_reads_overview_toggles_backstop_and_downloads_gaps(session_for: Any) -> None:
    s = session_for()
    s.sign_in("planner")
    assert s.page.url.endswith("/")
    assert s.page.get_by_role("heading", name="Overview").is_visible()
    layers = s.page.locator("td[data-layer]")
    assert layers.count() == 4
    marking_top = s.page.locator("#marking-top").inner_text()
    assert marking_top == s.page.locator("#marking-bottom").inner_text()
    assert "COALITION" in marking_top or "RESTRICTED" in marking_top

    s.page.get_by_role("link", name="Force plan").first.click()
    s.page.wait_for_load_state("networkidle")
    before = _coverage(s.page)
    backstop = s.page.locator("#c-us-backstop-met")
    backstop.check()
    s.page.wait_for_url(re.compile(r"c\.us-backstop=met"))
    s.page.wait_for_function(
        "before => document.querySelector('#coverage-value').innerText !== before", arg=before
    )
    after = _coverage(s.page)
    assert after != before
    # the page re-planned in place: the same server answer as a full load of that URL
    with httpx.Client(cookies={c["name"]: c["value"] for c in s.page.context.cookies()}) as c:
        full = c.get(s.page.url)
    assert f'id="coverage-value">{after}<' in full.text

    s.page.get_by_label("gaps only").check()
    s.page.wait_for_url(re.compile(r"gaps=1"))
    s.page.wait_for_load_state("networkidle")
    shown = s.page.locator("#plan-lines tbody tr").count()
    with s.page.expect_download() as download:
        s.page.get_by_role("link", name="CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["line", "priority", "capability"]
    assert len(rows) - 1 == shown > 0
    assert all(float(r[rows[0].index("fill")]) < 1 for r in rows[1:])


def test_planner_runs_a_monte_carlo_with_progress_and_reads_the_histogram(
    session_for: Any,
) -> None:
    s = session_for()
    s.sign_in("planner")
    s.go("/scenarios")
    assert s.page.locator("#comparison tbody tr").count() >= 1  # three scenarios side by side
    s.page.get_by_label("Analysis", exact=True).select_option("montecarlo")
    s.page.get_by_label("Draws").fill("2000")
    s.page.get_by_role("button", name="Start").click()
    s.page.wait_for_url(re.compile(r"/scenarios/jobs/[0-9a-f]+$"))
    seen = []
    # a deadline in time, not in polls (a loaded machine slows the draws); a job that ends
    # otherwise than done stops the watch at once
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        # the bar and its text read in one go: a swap between two reads would pair an old
        # value with the new text
        value, state = s.page.evaluate(
            "() => [document.querySelector('#progress').getAttribute('value'),"
            " document.querySelector('#progress-text').innerText]"
        )
        seen.append(float(value or 0))
        if any(end in state for end in ("done", "failed", "cancelled")):
            break
        s.page.wait_for_timeout(100)
    # a job that ended otherwise says how (its state and error), not only its progress
    assert seen[-1] == 1.0, s.page.locator("#job").inner_text()
    assert seen == sorted(seen)  # the bar only moves forward
    s.page.wait_for_function(
        "() => { const i = document.querySelector('#histogram');"
        " return i !== null && i.complete && i.naturalWidth > 0; }"
    )
    means = s.page.locator("table tbody tr").first.inner_text()
    assert "%" in means
    assert s.axe() == []  # the job page too
