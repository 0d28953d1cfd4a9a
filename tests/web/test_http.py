"""The web pages over plain HTTP against the real server: sessions, CSRF, the security
headers, tables as CSV and JSON from the same URL, hidden and missing records alike."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import httpx
import pytest
from tests.api.conftest import PASSWORD, Server

OPEN: list[httpx.Client] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while OPEN:
        OPEN.pop().close()


def signed_in(server: Server, user: str) -> httpx.Client:
    """A client signed in as `user` (closed after the test)."""
    client = httpx.Client(base_url=server.base, timeout=120)
    OPEN.append(client)
    form = client.get("/signin").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    done = client.post(
        "/signin", data={"username": user, "password": PASSWORD, "csrf": token.group(1)}
    )
    assert done.status_code == 303
    return client


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def test_pages_need_a_session_and_say_where_to_go(web: Server) -> None:
    with httpx.Client(base_url=web.base) as anonymous:
        found = anonymous.get("/plan?gaps=1")
        assert found.status_code == 303
        assert found.headers["location"] == "/signin?next=/plan?gaps=1"
        # an API token is not a session: pages ask for a sign-in
        token = {"Authorization": f"Bearer {web.tokens['pol']}"}
        assert anonymous.get("/", headers=token).status_code == 303


def test_sign_in_refuses_a_wrong_password_a_missing_token_and_a_foreign_next(web: Server) -> None:
    with httpx.Client(base_url=web.base) as client:
        form = client.get("/signin").text
        wrong = client.post(
            "/signin", data={"username": "pol", "password": "nope", "csrf": csrf_of(form)}
        )
        assert wrong.status_code == 401
        assert "not right" in wrong.text
        assert "willing_session" not in client.cookies
        no_token = client.post("/signin", data={"username": "pol", "password": PASSWORD})
        assert no_token.status_code == 403
        form = client.get("/signin").text
        done = client.post(
            "/signin",
            data={
                "username": "pol",
                "password": PASSWORD,
                "csrf": csrf_of(form),
                "next": "//elsewhere.example/",
            },
        )
        assert done.status_code == 303
        assert done.headers["location"] == "/"
        cookie = done.headers["set-cookie"]
        assert "HttpOnly" in cookie
        assert "SameSite=lax" in cookie


def test_sign_out_ends_the_session_on_the_server(web: Server) -> None:
    client = signed_in(web, "planner")
    secret = client.cookies["willing_session"]
    page = client.get("/account").text
    assert client.post("/signout", data={"csrf": csrf_of(page)}).status_code == 303
    with httpx.Client(base_url=web.base) as replay:
        replay.cookies.set("willing_session", secret)
        assert replay.get("/").status_code == 303  # the old cookie opens nothing


def test_pages_carry_a_strict_content_security_policy(web: Server) -> None:
    client = signed_in(web, "pol")
    found = client.get("/plan")
    policy = found.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe" not in policy
    assert "frame-ancestors 'none'" in policy
    assert found.headers["cache-control"] == "no-store"
    assert "<script>" not in found.text  # no inline script
    assert " style=" not in found.text  # no inline style
    assert not re.search(r"(src|href)=\"https?://", found.text)  # nothing from elsewhere


def test_a_post_without_the_csrf_token_changes_nothing(web: Server) -> None:
    client = signed_in(web, "pol")
    fields = {"id": "P-POL-no-csrf", "party": "POL", "capability": "fighter", "quantity": "1"}
    refused = client.post("/records/pledges/new", data=fields)
    assert refused.status_code == 403
    assert client.get("/records/pledges/P-POL-no-csrf").status_code == 404
    wrong = client.post("/records/pledges/new", data={**fields, "csrf": "0" * 64})
    assert wrong.status_code == 403
    assert client.get("/records/pledges/P-POL-no-csrf").status_code == 404


def test_the_plan_table_is_the_same_as_html_csv_and_json(web: Server) -> None:
    client = signed_in(web, "planner")
    query = "/plan?c.us-backstop=met&layer=reassure"
    html = client.get(query)
    as_csv = client.get(query + "&format=csv")
    as_json = client.get(query, headers={"Accept": "application/json"})
    rows = list(csv.reader(io.StringIO(as_csv.text)))
    body = as_json.json()
    shown = re.findall(
        r'<th scope="row" class="id"><a href="/records/requirements/([^"]+)"', html.text
    )
    assert [r[0] for r in rows[1:]] == [d["line"] for d in body["data"]] == shown
    assert {r[3] for r in rows[1:]} == {"reassure"}
    top = re.search(
        r'id="marking-top"><span class="visually-hidden">Page marking: </span>([^<]+)<', html.text
    )
    assert top is not None
    assert as_csv.headers["x-willing-marking"] == body["marking"] == top.group(1)
    assert "0.5999999" not in as_csv.text


def test_a_hidden_record_answers_as_a_missing_one(web: Server) -> None:
    client = signed_in(web, "pol")
    hidden = client.get("/records/pledges/P-FRA-mech-inf-bn-national")
    missing = client.get("/records/pledges/P-FRA-mech-inf-bn-nationax")
    assert hidden.status_code == missing.status_code == 404
    normalise = lambda r: re.sub(r"P-FRA-mech-inf-bn-nationa[lx]", "ID", r.text)  # noqa: E731
    assert normalise(hidden) == normalise(missing)
    for path in ("/edit", "/history"):
        assert client.get(f"/records/pledges/P-FRA-mech-inf-bn-national{path}").status_code == 404
    listed = client.get("/records/pledges?format=json").json()
    assert "P-FRA-mech-inf-bn-national" not in {r["id"] for r in listed["data"]}
    assert "P-FRA-mech-inf-bn-national" not in client.get("/plan?format=csv").text


def test_the_administration_page_is_for_administrators(web: Server) -> None:
    assert signed_in(web, "pol").get("/admin").status_code == 403
    admin = signed_in(web, "admin").get("/admin")
    assert admin.status_code == 200
    assert "The chain verifies" in admin.text


def test_reports_download_for_their_reader_only(web: Server) -> None:
    client = signed_in(web, "pol")
    page = client.get("/reports?c.us-backstop=met")
    assert page.status_code == 200
    assert "/reports/contribution/POL.pdf?c.us-backstop=met" in page.text
    html = client.get("/reports/read-ahead.html?c.us-backstop=met")
    assert html.status_code == 200
    assert html.headers["content-disposition"] == 'attachment; filename="read-ahead.html"'
    assert "P-FRA-mech-inf-bn-national" not in html.text
    assert "RELEASABLE TO" in html.text or "PUBLIC" in html.text
    sheet = client.get("/reports/force-generation.xlsx")
    assert sheet.headers["content-type"].startswith("application/vnd.openxmlformats")
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(sheet.content))
    rows = book.get_sheet_by_name("requirements").to_python()
    assert rows[0][0] == "line"
    lines = {r[0] for r in rows[1:]}
    assert lines == {r["line"] for r in client.get("/plan?format=json").json()["data"]}
    assert client.get("/reports/read-ahead.docx").status_code == 404


def test_every_table_page_is_also_csv_and_json(web: Server) -> None:
    client = signed_in(web, "admin")
    for path in (
        "/plan",
        "/map",
        "/records/parties",
        "/burden",
        "/diplomacy",
        "/scenarios",
        "/review",
        "/admin",
    ):
        as_json = client.get(path, params={"format": "json"})
        assert as_json.status_code == 200, path
        body = as_json.json()
        assert body["count"] == len(body["data"]), path
        as_csv = client.get(path, params={"format": "csv"})
        header = next(csv.reader(io.StringIO(as_csv.text)))
        assert header == body["columns"], path
        assert as_csv.headers["x-willing-marking"] == body["marking"], path
