"""Visible records that point at hidden ones: no output path names what they point at.

In the data below everything FRA may see is public, and every record FRA may not see (a
party, meeting, person, capability, source and issue, all owned by GBR) carries "QQ" in its
id; the hidden source's quote carries it too. FRA's tables and JSON of every diplomacy and
burden command must not contain "QQ"; the administrator's must.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from willing.cli.context import console
from willing.cli.main import app
from willing.domain.catalog import KINDS, Dataset
from willing.domain.diplomacy import (
    Clause,
    Document,
    Issue,
    Meeting,
    Participation,
    Position,
    Source,
)
from willing.domain.enums import (
    ClauseStatus,
    DocumentKind,
    Layer,
    Level,
    MeetingFormat,
    PartyKind,
    PartyRole,
    SourceKind,
    Stance,
    Unit,
)
from willing.domain.forces import Capability, Pledge
from willing.domain.labels import Classification, Label
from willing.domain.parties import Indicator, Party, Person
from willing.domain.records import Evidence, Record
from willing.storage import rows
from willing.storage.store import Store

runner = CliRunner()

SECRET = Label(classification=Classification.NATIONAL, owner="GBR")
HIDDEN_QUOTE = "the QQ words only GBR may read"
HIDDEN_IDS = ("QQQ", "M-QQ", "P-QQ", "CAP-QQ", "SRC-QQ", "ISS-QQ")
DAY = dt.date(2026, 1, 6)


def _hidden_evidence() -> Evidence:
    return Evidence(source="SRC-QQ", start=0, end=len(HIDDEN_QUOTE), quote=HIDDEN_QUOTE)


def _records() -> dict[str, list[Record]]:
    def state(code: str, label: Label | None = None) -> Party:
        extra: dict[str, Any] = {"label": label} if label else {}
        return Party(
            id=code, name=f"Land {code}", party_kind=PartyKind.STATE, role=PartyRole.MEMBER, **extra
        )

    public_src = Source(
        id="src-pub", title="Wire", source_kind=SourceKind.ARTICLE, publisher="Agency",
        published=dt.date(2026, 1, 3),
    )  # fmt: skip
    hidden_src = Source(
        id="SRC-QQ", title="QQ cable", source_kind=SourceKind.REPORT, text=HIDDEN_QUOTE,
        label=SECRET,
    )  # fmt: skip
    meetings = [
        Meeting(id="M-PUB", title="Summit", date=DAY, format=MeetingFormat.IN_PERSON, host="QQQ"),
        Meeting(id="M-QQ", title="QQ talks", date=DAY, format=MeetingFormat.VIRTUAL, label=SECRET),
    ]
    participations = [
        Participation(id="pa-fra", meeting="M-PUB", party="FRA", level=Level.HEAD, person="P-QQ"),
        Participation(id="pa-gbr", meeting="M-PUB", party="GBR", level=Level.HEAD),
        Participation(id="pa-ukr", meeting="M-PUB", party="UKR", level=Level.MINISTER),
        Participation(id="pa-qqq", meeting="M-PUB", party="QQQ", level=Level.MINISTER),
    ]
    documents = [
        Document(
            id="D-PUB", title="Framework", document_kind=DocumentKind.DRAFT, meeting="M-QQ",
            claimed_readiness=0.8, signatories=["FRA", "QQQ"],
            evidence=[_hidden_evidence(), Evidence(source="src-pub")],
        ),
        Document(
            id="D-OUT", title="Communique", document_kind=DocumentKind.DECLARATION,
            meeting="M-PUB", claimed_readiness=1.0, evidence=[Evidence(source="src-pub")],
        ),
    ]  # fmt: skip
    clauses = [
        Clause(
            id="D-PUB:1", document="D-PUB", number="1", text="Agreed", status=ClauseStatus.AGREED,
            parties_for=["FRA", "QQQ"], parties_against=["QQQ"],
        ),
        Clause(id="D-PUB:2", document="D-PUB", number="2", text="Open", status=ClauseStatus.OPEN),
    ]  # fmt: skip
    capabilities = [
        Capability(id="cap-pub", name="Battalion", domain="land", unit=Unit.BATTALION,
                   unit_value_eur=100),
        Capability(id="CAP-QQ", name="QQ kit", domain="land", unit=Unit.BATTALION,
                   unit_value_eur=7, label=SECRET),
    ]  # fmt: skip
    pledges = [
        Pledge(
            id="PL-FRA", party="FRA", capability="CAP-QQ", quantity=2, value_eur=50,
            layers=[Layer.REASSURE], announced_at="M-PUB", evidence=[_hidden_evidence()],
        ),
        Pledge(id="PL-GBR", party="GBR", capability="cap-pub", quantity=1,
               layers=[Layer.REASSURE]),
        Pledge(id="PL-OTHER", party="QQQ", capability="cap-pub", quantity=3,
               layers=[Layer.REASSURE], announced_at="M-PUB"),
    ]  # fmt: skip
    positions = [
        Position(
            id="pos-fra", issue="ISS-1", party="FRA", stance=Stance.SUPPORT, as_of=DAY,
            evidence=[_hidden_evidence(), Evidence(source="src-pub", quote="public words")],
        ),
        Position(id="pos-gbr", issue="ISS-1", party="GBR", stance=Stance.SUPPORT, as_of=DAY),
        Position(id="pos-fra-qq", issue="ISS-QQ", party="FRA", stance=Stance.OPPOSE, as_of=DAY),
        Position(id="pos-qqq", issue="ISS-1", party="QQQ", stance=Stance.OPPOSE, as_of=DAY),
    ]  # fmt: skip
    indicators = [
        Indicator(id="gdp-fra", party="FRA", metric="gdp_eur", year=2024, value=1000,
                  evidence=[_hidden_evidence()]),
        Indicator(id="gdp-qqq", party="QQQ", metric="gdp_eur", year=2024, value=500),
    ]  # fmt: skip
    return {
        "sources": [public_src, hidden_src],
        "parties": [state("FRA"), state("GBR"), state("UKR"), state("QQQ", SECRET)],
        "people": [Person(id="P-QQ", name="QQ envoy", party="GBR", label=SECRET)],
        "indicators": list(indicators),
        "capabilities": list(capabilities),
        "meetings": list(meetings),
        "participations": list(participations),
        "pledges": list(pledges),
        "documents": list(documents),
        "clauses": list(clauses),
        "issues": [
            Issue(id="ISS-1", title="Territory"),
            Issue(id="ISS-QQ", title="QQ matter", label=SECRET),
        ],
        "positions": list(positions),
    }


@pytest.fixture
def leaky_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'leaky.db'}"
    store = Store.open(url)
    # written past validation: a store filled before references had to stay within their
    # record's audience (the import now refuses them) must still show nothing hidden
    dataset = Dataset(name="leaky", records=_records())
    with store.transaction() as conn:
        for kind in KINDS:
            rows.insert(conn, kind, dataset.records[kind])
    store.close()
    return url


@pytest.fixture(autouse=True)
def wide_console() -> Iterator[None]:
    """Print tables wide enough that no id is folded across lines."""
    old = console.width
    console.width = 400
    yield
    console.width = old


COMMANDS: list[list[str]] = [
    ["meetings", "--attendance"],
    ["alignment", "--at", "2026-01-06", "--detail"],
    ["alignment", "--at", "2026-01-06", "--compare", "2026-01-01", "--detail"],
    ["positions"],
    ["documents"],
    ["readiness", "D-PUB"],
    ["burden", "--pledges"],
]


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("json_out", [False, True], ids=["table", "json"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_no_output_names_a_hidden_record(leaky_db: str, command: list[str], json_out: bool) -> None:
    extra = ["--json"] if json_out else []
    shown = run(*command, *extra, "--as", "FRA", "--db", leaky_db)
    if json_out:
        json.loads(shown)
    assert "QQ" not in shown
    assert "SECRET" not in shown


def test_the_administrator_sees_every_reference(leaky_db: str) -> None:
    everything = "".join(run(*c, *x, "--db", leaky_db) for c in COMMANDS for x in ([], ["--json"]))
    for rid in HIDDEN_IDS:
        assert rid in everything
    assert HIDDEN_QUOTE in everything


def test_references_read_withheld_for_the_viewer(leaky_db: str) -> None:
    def as_fra(*args: str) -> Any:
        return json.loads(run(*args, "--json", "--as", "FRA", "--db", leaky_db))

    def as_admin(*args: str) -> Any:
        return json.loads(run(*args, "--json", "--db", leaky_db))

    # The registry prunes what the viewer may not see before diplomacy reads it: an
    # optional reference to a hidden record reads None, evidence citing a hidden source is
    # dropped, and a record whose required reference (a pledge's capability or party) is
    # hidden is withheld whole. The claim's source is the stored first entry, withheld.
    fra, admin = as_fra("readiness", "D-PUB"), as_admin("readiness", "D-PUB")
    assert (fra["meeting"], admin["meeting"]) == (None, "M-QQ")
    assert fra["claim"] == {
        "source": "withheld", "publisher": None, "title": None, "published": None, "quote": None,
    }  # fmt: skip
    assert admin["claim"]["source"] == "SRC-QQ"
    assert admin["claim"]["quote"] == HIDDEN_QUOTE
    assert fra["clauses"][0]["parties_for"] == ["FRA"]
    assert fra["clauses"][0]["parties_against"] == []
    assert admin["clauses"][0]["parties_against"] == ["QQQ"]

    meeting = as_fra("meetings")["meetings"][0]
    assert meeting["host"] is None
    assert {a["party"]: a["person"] for a in meeting["attendance"]}["FRA"] is None
    assert "QQQ" not in {a["party"] for a in meeting["attendance"]}
    pledge_titles = [o["title"] for o in meeting["outcomes"] if o["kind"] == "pledge"]
    assert not any("2 x" in t or "3 x" in t for t in pledge_titles)  # both pledges withheld
    admin_meeting = as_admin("meetings")["meetings"][0]
    assert {a["party"]: a["person"] for a in admin_meeting["attendance"]}["FRA"] == "P-QQ"

    (issue,) = as_fra("positions")
    sources = {p["id"]: p["sources"] for p in issue["positions"]}
    assert set(sources) == {"pos-fra", "pos-gbr"}  # QQQ's position is about a hidden party
    assert sources["pos-fra"] == [
        {"source": "src-pub", "start": None, "end": None, "quote": "public words"},
    ]

    burden = as_fra("burden", "--pledges")
    assert "PL-FRA" not in {p["pledge"] for p in burden["pledges"]}
    rows = {r["party"]: r for r in burden["rows"]}
    assert rows["FRA"]["gdp"]["sources"] == []
    assert "withheld" not in rows  # QQQ's public pledge names a hidden party: withheld whole
    admin_burden = as_admin("burden", "--pledges")
    assert {p["pledge"]: p["capability"] for p in admin_burden["pledges"]}["PL-FRA"] == "CAP-QQ"


def test_claim_source_beside_the_claimed_readiness(leaky_db: str) -> None:
    fra = run("documents", "--as", "FRA", "--db", leaky_db)
    assert "source withheld" in fra
    assert "src-pub, Agency, 2026-01-03" in fra  # D-OUT's claim: a visible source
    line = run("readiness", "D-OUT", "--as", "FRA", "--db", leaky_db)
    assert "claimed 100% (src-pub, Agency, 2026-01-03)" in line
    assert "claimed 80% (source withheld)" in run("readiness", "D-PUB", "--as", "FRA",
                                                    "--db", leaky_db)  # fmt: skip
    assert "claimed 80% (SRC-QQ, undated)" in run("readiness", "D-PUB", "--db", leaky_db)
