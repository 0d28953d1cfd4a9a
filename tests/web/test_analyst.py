"""An analyst in a real Chromium: uploads an article, edits and accepts drafts with the
keyboard, and resolves the source conflict it raised with a note."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx

from willing.ingest import conflicts as conflict_service
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store

ARTICLE = Path(__file__).parents[1] / "ingest" / "gold" / "seed-003.txt"


def test_analyst_uploads_reviews_with_keys_and_resolves_a_conflict(session_for: Any) -> None:
    s = session_for()
    s.sign_in("analyst")
    s.go("/review")
    page = s.page
    page.locator("#file").set_input_files(str(ARTICLE))
    page.locator("#published").fill("2026-01-07")
    page.get_by_role("button", name="Read the article").click()
    page.wait_for_url(re.compile(r"/review\?source="))
    assert "drafts" in page.locator("#review-done").inner_text()
    items = page.locator(".review-item")
    count = items.count()
    assert count >= 5
    assert page.locator(".article mark").count() >= 1  # spans highlighted in the text
    s.shoot("review-queue")

    # j focuses the first draft; e opens its edit form; typing and Enter saves it
    page.keyboard.press("j")
    first = items.first
    first_id = first.get_attribute("data-draft")
    assert page.evaluate("document.activeElement.dataset.draft") == first_id
    page.keyboard.press("e")
    field = first.locator("details input:not([type=hidden])").first
    assert field.evaluate("el => el === document.activeElement")
    name = field.get_attribute("name")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"done=edited"))

    # j, j, a: accept the second draft with the keyboard
    page.keyboard.press("j")
    page.keyboard.press("j")
    second = page.evaluate("document.activeElement.dataset.draft")
    assert second
    assert second != first_id
    page.keyboard.press("a")
    page.wait_for_url(re.compile(r"done=accepted"))
    assert page.locator(f'[id="draft-{second}"]').count() == 0  # no longer pending
    assert page.locator(".review-item").count() == count - 1
    assert name is not None

    # the article dates the Paris summit a day later than the registry: resolve it
    conflict = page.locator("article.conflict").first
    assert "date" in conflict.locator("h3").inner_text()
    quotes = conflict.locator("blockquote")
    assert quotes.count() >= 1
    conflict.get_by_label("claim 1").check()
    conflict.get_by_label("Note").fill("The communique is dated the 6th.")
    conflict.get_by_role("button", name=re.compile("^Resolve")).click()
    page.wait_for_url(re.compile(r"done=conflict"))
    assert "resolved" in page.locator("#review-done").inner_text()
    store = Store.open(s.server.db, migrate=False)
    try:
        registry = Registry(store, Viewer("USA", Role.ANALYST, user="analyst"))
        done = [c for c in conflict_service.listing(registry, None) if c.status != "open"]
    finally:
        store.close()
    assert done
    assert done[0].resolution is not None
    assert done[0].resolution["note"] == "The communique is dated the 6th."
    # the same article posted without the page's CSRF token changes nothing
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    with httpx.Client(base_url=s.server.base, cookies=cookies) as client:
        refused = client.post("/review/decide", data={"action": "reject", "draft": first_id})
    assert refused.status_code == 403


def test_analyst_splits_a_draft_and_settles_conflicts_in_bulk(session_for: Any) -> None:
    s = session_for()
    s.sign_in("analyst")
    s.go("/review")
    page = s.page
    # folded away while drafts are pending: open it either way
    page.locator("details", has=page.locator("#published")).evaluate("el => { el.open = true; }")
    page.locator("#file").set_input_files(str(ARTICLE.with_name("seed-000.txt")))
    page.locator("#published").fill("2025-09-02")
    page.get_by_role("button", name="Read the article").click()
    page.wait_for_url(re.compile(r"/review\?source="))
    items = page.locator(".review-item")
    count = items.count()
    first = items.first
    first_id = first.get_attribute("data-draft")
    first.locator("details").evaluate("el => { el.open = true; }")
    first.get_by_label(re.compile("Split into")).fill("2")
    first.get_by_role("button", name="Split").click()
    page.wait_for_url(re.compile(r"done=split"))
    assert page.locator(".review-item").count() == count + 1
    assert page.locator(f'[id="draft-{first_id}-2"]').count() == 1

    open_conflicts = page.locator("article.conflict").count()
    assert open_conflicts >= 2
    bulk = page.locator("#bulk-conflicts")
    bulk.get_by_label("Note").fill("Both reported; the communique settles it.")
    bulk.get_by_role("button", name=re.compile("^Keep both claims in all")).click()
    page.wait_for_url(re.compile(r"done=kept"))
    assert page.locator("article.conflict").count() == 0
    store = Store.open(s.server.db, migrate=False)
    try:
        registry = Registry(store, Viewer("USA", Role.ANALYST, user="analyst"))
        kept = [c for c in conflict_service.listing(registry, None) if c.status == "kept_both"]
    finally:
        store.close()
    assert len(kept) >= open_conflicts
    assert {(c.resolution or {}).get("note") for c in kept[-open_conflicts:]} == {
        "Both reported; the communique settles it."
    }
