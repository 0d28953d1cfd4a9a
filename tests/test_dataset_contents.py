"""The shipped data set `cotw-ukraine-2026`: it loads, it is whole, it says what its sources say."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import willing.data
from willing.data.spans import fill_folder, fill_lines, occurrences, place
from willing.domain.catalog import KINDS, Dataset
from willing.domain.diplomacy import (
    Clause,
    Document,
    Meeting,
    Participation,
    Position,
    Source,
)
from willing.domain.enums import ClauseStatus, Layer, SourceKind
from willing.domain.forces import Capability, Condition, Location, Pledge, Requirement
from willing.domain.labels import Classification, may_see
from willing.domain.parties import Indicator, Party
from willing.domain.records import Record
from willing.domain.validation import check_dataset

FOLDER = Path(willing.data.__file__).parent / "cotw-ukraine-2026"
HEADER = ("willing", "dataset", "title")

NATO_MEMBERS = {
    "ALB",
    "BEL",
    "BGR",
    "CAN",
    "HRV",
    "CZE",
    "DNK",
    "EST",
    "FIN",
    "FRA",
    "DEU",
    "GRC",
    "ISL",
    "ITA",
    "LVA",
    "LTU",
    "LUX",
    "MNE",
    "NLD",
    "NOR",
    "POL",
    "PRT",
    "ROU",
    "SVN",
    "ESP",
    "SWE",
    "TUR",
    "GBR",
}
MEMBERS = NATO_MEMBERS | {"AUS", "AUT", "CYP", "IRL", "JPN", "NZL"}
#: SHA-256 of the two seed articles as published with the project.
SEED_SHA256 = {
    "seed-000": "700d0433a891520cdc00f298308705b360a8f301cb72848dd1bddf18355f8926",
    "seed-003": "4d7a227fa566f6642488527446d96bd027a9b97b677e29d1ba5cbb1d4bc6ea42",
}
PLAN = "willing-notional-plan"


def _raw_documents() -> dict[str, dict[str, Any]]:
    files = sorted(FOLDER.glob("*.yaml"))
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in files}


@pytest.fixture(scope="module")
def raw() -> dict[str, dict[str, Any]]:
    """Each YAML file of the data set, parsed with plain yaml.safe_load."""
    return _raw_documents()


@pytest.fixture(scope="module")
def dataset(raw: dict[str, dict[str, Any]]) -> Dataset:
    """Every record of every file, validated by its model and merged into one Dataset."""
    merged = Dataset(name="cotw-ukraine-2026")
    for doc in raw.values():
        for kind, items in doc.items():
            if kind in HEADER:
                continue
            merged.records[kind].extend(KINDS[kind].model_validate(item) for item in items)
    return merged


def records(dataset: Dataset, kind: str) -> list[Any]:
    return list(dataset.records[kind])


def by_id(dataset: Dataset, kind: str) -> dict[str, Any]:
    return {r.id: r for r in dataset.records[kind]}


def tokens_of(dataset: Dataset, party: str | None) -> frozenset[str]:
    """A viewer's party and every group it belongs to, transitively (empty: the public)."""
    if party is None:
        return frozenset()
    groups = {p.id: set(p.member_of) for p in records(dataset, "parties")}
    found, todo = {party}, [party]
    while todo:
        for group in groups.get(todo.pop(), ()):
            if group not in found:
                found.add(group)
                todo.append(group)
    return frozenset(found)


def visible_part(dataset: Dataset, tokens: frozenset[str]) -> Dataset:
    return Dataset(
        name=dataset.name,
        records={k: [r for r in v if may_see(r.label, tokens)] for k, v in dataset.records.items()},
    )


def under(locations: dict[str, Location], loc: str, root: str) -> bool:
    """True when `loc` is `root` or nested inside it."""
    current: str | None = loc
    while current is not None:
        if current == root:
            return True
        current = locations[current].parent
    return False


# --- format and integrity -------------------------------------------------------------------


def test_every_file_has_the_header(raw: dict[str, dict[str, Any]]) -> None:
    assert len(raw) >= 8
    for name, doc in raw.items():
        assert doc["willing"] == 1, name
        assert doc["dataset"] == "cotw-ukraine-2026", name
        assert doc["title"] == "Coalition of the Willing for Ukraine, 2025-2026", name
        assert set(doc) - set(HEADER) <= set(KINDS), name


def test_dataset_passes_the_whole_dataset_checks(dataset: Dataset) -> None:
    check_dataset(dataset)
    assert all(dataset.counts()[kind] > 0 for kind in KINDS)


def test_numbers_are_numbers_in_yaml(raw: dict[str, dict[str, Any]]) -> None:
    numeric = {"value", "quantity", "value_eur", "unit_value_eur", "probability", "ratio", "weight"}

    def walk(node: Any) -> Iterable[tuple[str, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield key, value
                yield from walk(value)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    for name, doc in raw.items():
        for key, value in walk(doc):
            if key in numeric and value is not None:
                assert isinstance(value, int | float), (name, key)
                assert not isinstance(value, bool), (name, key)


def test_seed_texts_are_the_articles_unchanged(dataset: Dataset) -> None:
    sources = by_id(dataset, "sources")
    for sid, digest in SEED_SHA256.items():
        text = sources[sid].text
        assert text is not None
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == digest, sid
        assert sources[sid].language == "id"
    assert sources["seed-000"].published == dt.date(2025, 9, 1)
    assert sources["seed-003"].published == dt.date(2026, 1, 7)
    assert sources[PLAN].source_kind is SourceKind.ASSUMPTION


# --- evidence and notional values -----------------------------------------------------------


def test_every_record_has_evidence(dataset: Dataset) -> None:
    missing = [(r.kind, r.id) for r in dataset if not r.evidence]
    assert missing == []


def test_every_span_points_at_its_quote(dataset: Dataset) -> None:
    texts = {s.id: s.text for s in records(dataset, "sources") if s.text}
    spans = 0
    for record in dataset:
        for item in record.evidence:
            if item.source in texts and item.quote is not None:
                assert item.start is not None, (record.id, item.quote)
            if item.start is not None:
                assert item.end is not None
                assert texts[item.source][item.start : item.end] == item.quote, record.id
                spans += 1
    assert spans > 100


def test_notional_records_say_so_and_cite_the_assumption(dataset: Dataset) -> None:
    sources: list[Source] = records(dataset, "sources")
    assumptions = {s.id for s in sources if s.source_kind is SourceKind.ASSUMPTION}
    for record in dataset:
        cites = any(e.source in assumptions for e in record.evidence)
        assert cites == record.notional, (record.kind, record.id)
    for kind in ("pledges", "requirements"):
        assert all(r.notional for r in records(dataset, kind)), kind
    priced = [c for c in records(dataset, "capabilities") if c.unit_value_eur is not None]
    assert priced
    assert all(c.notional for c in priced)


def test_spans_are_up_to_date(tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(FOLDER, copy)
    changed, problems = fill_folder(copy)
    assert (changed, problems) == (0, [])


def test_fill_lines_places_a_unique_quote_and_rejects_an_ambiguous_one() -> None:
    texts = {"s": "the cat sat on the mat"}
    lines = ['      - {source: s, quote: "sat on"}\n', '  - {source: s, quote: "the"}\n', "x: 1\n"]
    out, problems = fill_lines(lines, texts)
    assert out[0] == '      - {source: s, start: 8, end: 14, quote: "sat on"}\n'
    assert out[1:] == lines[1:]
    assert [p.line for p in problems] == [2]


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="abc “”é\n", min_size=1, max_size=40), data=st.data())
def test_place_puts_every_quote_on_its_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    placed = place({"source": "s", "quote": quote, "start": start}, text)
    assert isinstance(placed, dict)
    assert text[placed["start"] : placed["end"]] == quote
    assert placed["start"] == start
    fresh = place({"source": "s", "quote": quote}, text)
    assert isinstance(fresh, dict) == (len(occurrences(text, quote)) == 1)


# --- parties and people ---------------------------------------------------------------------


def test_members_and_roles(dataset: Dataset) -> None:
    parties: dict[str, Party] = by_id(dataset, "parties")
    states = [p for p in parties.values() if p.party_kind.value == "state"]
    members = {p.id for p in states if p.role.value == "member"}
    assert members == MEMBERS
    assert parties["UKR"].role.value == "beneficiary"
    assert parties["USA"].role.value == "partner"
    assert parties["RUS"].role.value == "adversary"
    assert parties["COTW"].party_kind.value == "organisation"
    assert parties["COTW"].role.value == "member"
    for code in MEMBERS | {"UKR"}:
        assert "COTW" in parties[code].member_of, code
        assert ("NATO" in parties[code].member_of) == (code in NATO_MEMBERS), code
    assert "EU" in parties["POL"].member_of
    assert "EU" not in parties["TUR"].member_of
    assert {p.id for p in parties.values() if p.host_nation} == {"POL", "ROU"}
    assert set(parties["UKR"].borders) >= {"POL", "ROU", "RUS", "BLR", "MDA", "HUN", "SVK"}


def test_people_and_appointments(dataset: Dataset) -> None:
    people = by_id(dataset, "people")
    for pid in (
        "macron",
        "starmer",
        "zelenskyy",
        "merz",
        "meloni",
        "carney",
        "tusk",
        "rutte",
        "witkoff",
        "kushner",
        "putin",
        "trump",
    ):
        assert pid in people
    assert {"Zelensky", "Zelenskyy"} <= set(people["zelenskyy"].aliases)
    held = {(a.person, a.party, a.title): a for a in records(dataset, "appointments")}
    assert held[("merz", "DEU", "Chancellor")].start == dt.date(2025, 5, 6)
    assert held[("carney", "CAN", "Prime Minister")].start == dt.date(2025, 3, 14)
    assert held[("trump", "USA", "President")].start == dt.date(2025, 1, 20)
    assert held[("rutte", "NATO", "Secretary General")].start is not None


# --- meetings -------------------------------------------------------------------------------


def test_meetings_dates_hosts_and_formats(dataset: Dataset) -> None:
    meetings: dict[str, Meeting] = by_id(dataset, "meetings")
    expected = {
        "M-2025-03-02-LONDON": (dt.date(2025, 3, 2), "GBR", "in_person"),
        "M-2025-03-27-PARIS": (dt.date(2025, 3, 27), "FRA", "in_person"),
        "M-2025-08-18-WASHINGTON": (dt.date(2025, 8, 18), "USA", "in_person"),
        "M-2025-09-04-PARIS": (dt.date(2025, 9, 4), "FRA", "hybrid"),
        "M-2026-01-03-KYIV": (dt.date(2026, 1, 3), "UKR", "hybrid"),
        "M-2026-01-06-PARIS": (dt.date(2026, 1, 6), "FRA", "in_person"),
    }
    for mid, (date, host, fmt) in expected.items():
        m = meetings[mid]
        assert (m.date, m.host, m.format.value) == (date, host, fmt), mid
    paris = meetings["M-2026-01-06-PARIS"]
    assert (paris.countries_count, paris.heads_count) == (35, 27)
    assert meetings["M-2025-09-04-PARIS"].countries_count == 35
    assert meetings["M-2026-01-03-KYIV"].countries_count == 15


def test_the_six_versus_seven_january_conflict_is_kept(dataset: Dataset) -> None:
    paris: Meeting = by_id(dataset, "meetings")["M-2026-01-06-PARIS"]
    assert paris.date == dt.date(2026, 1, 6)
    seed_quotes = {e.quote for e in paris.evidence if e.source == "seed-003"}
    assert "Rabu, 7 Januari 2026" in seed_quotes
    assert any(e.source == "paris-declaration-2026-01-06" for e in paris.evidence)
    assert paris.summary is not None
    assert "7 January" in paris.summary
    september: Meeting = by_id(dataset, "meetings")["M-2025-09-04-PARIS"]
    quotes = {e.quote for e in september.evidence}
    assert "setelah tercapainya perjanjian damai dengan Rusia" in quotes


def test_attendance(dataset: Dataset) -> None:
    parts: list[Participation] = records(dataset, "participations")
    states = {p.id for p in records(dataset, "parties") if p.party_kind.value == "state"}
    at: dict[str, list[Participation]] = defaultdict(list)
    for p in parts:
        at[p.meeting].append(p)
    january = [p for p in at["M-2026-01-06-PARIS"] if p.party in states and p.party != "USA"]
    assert len({p.party for p in january}) == 35
    assert sum(p.level.value == "head_of_state_or_government" for p in january) == 27
    envoys = {p.person for p in at["M-2026-01-06-PARIS"] if p.party == "USA"}
    assert envoys == {"witkoff", "kushner"}
    september = {p.party: p for p in at["M-2025-09-04-PARIS"]}
    assert len(set(september) & (MEMBERS | {"UKR"})) == 35
    assert september["UKR"].format is not None
    assert september["UKR"].format.value == "in_person"
    assert september["ITA"].format is not None
    assert september["ITA"].format.value == "virtual"
    kyiv = at["M-2026-01-03-KYIV"]
    assert sum(p.level.value == "adviser" and p.party != "UKR" for p in kyiv) == 15
    assert any(p.person == "witkoff" and p.format and p.format.value == "virtual" for p in kyiv)
    assert any(p.notional for p in parts)
    assert any(not p.notional for p in parts)


# --- structure and plan ---------------------------------------------------------------------


def test_capabilities_and_conditions(dataset: Dataset) -> None:
    caps: dict[str, Capability] = by_id(dataset, "capabilities")
    assert len(caps) >= 20
    domains = {c.domain.value for c in caps.values()}
    assert domains == {"land", "sea", "air", "support", "training", "funding"}
    assert [(s.for_capability, s.ratio) for s in caps["frigate"].substitutes] == [("mcm-vessel", 2)]
    conditions: dict[str, Condition] = by_id(dataset, "conditions")
    named = {
        "ceasefire",
        "us-backstop",
        "parliament:DEU",
        "parliament:ITA",
        "parliament:NLD",
        "host-nation:POL",
        "host-nation:ROU",
        "ceasefire-monitoring",
    }
    assert named <= set(conditions)
    assert all(c.status.value == "unknown" for c in conditions.values())
    for pid in ("parliament:DEU", "parliament:ITA", "parliament:NLD"):
        c = conditions[pid]
        assert c.depends_on == "us-backstop"
        assert c.probability_if_parent_failed is not None
        assert c.probability_if_parent_failed < c.probability


def test_force_plan(dataset: Dataset) -> None:
    caps: dict[str, Capability] = by_id(dataset, "capabilities")
    locations: dict[str, Location] = by_id(dataset, "locations")
    reqs: list[Requirement] = records(dataset, "requirements")
    assert {r.layer for r in reqs} == set(Layer)
    assert {r.priority for r in reqs} == {1, 2, 3, 4, 5}
    troops = sum(
        r.quantity * (caps[r.capability].personnel_per_unit or 0)
        for r in reqs
        if r.layer is Layer.REASSURE
    )
    assert 15_000 <= troops <= 30_000
    for r in reqs:
        if under(locations, r.location, "UKR") and caps[r.capability].domain.value != "funding":
            assert r.rotation_factor == 3, r.id
    assert any(r.max_share_per_nation for r in reqs)
    hq = {r.capability: r for r in reqs if r.capability in ("force-hq", "coord-hq")}
    assert hq["force-hq"].location == "FRA-PARIS"
    assert hq["coord-hq"].location == "UKR-KYIV"
    assert locations["BLACK-SEA"].country is None
    assert under(locations, "UKR-LVIV", "UKR")


def test_demand_exceeds_supply_somewhere(dataset: Dataset) -> None:
    reqs: list[Requirement] = records(dataset, "requirements")
    pledges: list[Pledge] = records(dataset, "pledges")
    demand: defaultdict[str, float] = defaultdict(float)
    supply: defaultdict[str, float] = defaultdict(float)
    for r in reqs:
        demand[r.capability] += r.quantity * r.rotation_factor
    for p in pledges:
        supply[p.capability] += p.quantity
    short = [c for c in demand if supply[c] < demand[c]]
    assert "mech-inf-bn" in short
    assert "funding-eur" in short


# --- pledges --------------------------------------------------------------------------------


def test_pledges_follow_reported_stances(dataset: Dataset) -> None:
    pledges: list[Pledge] = records(dataset, "pledges")
    locations: dict[str, Location] = by_id(dataset, "locations")
    reassure_nations = {p.party for p in pledges if Layer.REASSURE in p.layers}
    assert 24 <= len(reassure_nations) <= 28
    for p in pledges:
        if Layer.REASSURE in p.layers:
            assert "ceasefire" in p.conditions, p.id
        if p.party == "DEU" and p.layers != [Layer.REGENERATE]:
            assert p.locations, p.id
            assert all(loc in ("POL", "ROU") for loc in p.locations), p.id
            assert {"us-backstop", "parliament:DEU"} <= set(p.conditions), p.id
        if p.party == "POL":
            assert p.locations, p.id
            assert all(under(locations, loc, "POL") for loc in p.locations), p.id
        if p.party == "ITA":
            assert p.locations, p.id
            assert not any(under(locations, loc, "UKR") for loc in p.locations), p.id
        if p.party == "USA":
            assert "us-backstop" in p.conditions, p.id
            assert Layer.BACKSTOP in p.layers, p.id
        assert p.history, p.id
        assert p.history[-1].status == p.status, p.id
    land = [p for p in pledges if p.capability == "mech-inf-bn" and Layer.REASSURE in p.layers]
    troops = Counter(p.party for p in land)
    assert [party for party, _ in troops.most_common(2)] in (["GBR", "FRA"], ["FRA", "GBR"])
    assert any(
        p.party == "TUR" and p.capability == "mcm-vessel" and p.locations == ["BLACK-SEA"]
        for p in pledges
    )
    statuses = Counter(p.status.value for p in pledges)
    assert statuses["announced"] + statuses["committed"] == len(pledges)
    assert any(p.value_eur and p.value_estimated for p in pledges)
    assert any(p.value_eur and not p.value_estimated for p in pledges)


# --- releasability --------------------------------------------------------------------------


def test_poland_sees_some_but_not_all_of_every_kind(dataset: Dataset) -> None:
    tokens = tokens_of(dataset, "POL")
    assert tokens == {"POL", "COTW", "EU", "NATO"}
    for kind in KINDS:
        seen = [may_see(r.label, tokens) for r in dataset.records[kind]]
        assert any(seen), kind
        assert not all(seen), kind


def test_national_and_coalition_labels(dataset: Dataset) -> None:
    pledges: dict[str, Pledge] = by_id(dataset, "pledges")
    coalition = [p for p in pledges.values() if p.label.classification is Classification.COALITION]
    assert len(coalition) >= 10
    assert all(p.label.releasable_to == ["COTW"] for p in coalition)
    national = {
        p.party: p.label
        for p in pledges.values()
        if p.label.classification is Classification.NATIONAL
    }
    assert set(national["FRA"].releasable_to) == {"FRA", "GBR", "UKR"}
    assert national["FRA"].owner == "FRA"
    assert national["DEU"].releasable_to == ["DEU"]
    assert national["DEU"].owner == "DEU"
    public = sum(r.label.classification is Classification.PUBLIC for r in dataset)
    assert public > 0.8 * len(dataset)


@pytest.mark.parametrize("viewer", [None, "POL", "USA", "DEU", "FRA", "UKR", "RUS"])
def test_every_viewers_part_is_whole(dataset: Dataset, viewer: str | None) -> None:
    part = visible_part(dataset, tokens_of(dataset, viewer))
    check_dataset(part, where=f"viewer {viewer}")
    assert 0 < len(part) < len(dataset)


# --- diplomacy ------------------------------------------------------------------------------


def test_documents_and_readiness(dataset: Dataset) -> None:
    docs: dict[str, Document] = by_id(dataset, "documents")
    clauses: list[Clause] = records(dataset, "clauses")
    declaration = docs["DOC-PARIS-DECLARATION"]
    assert declaration.date == dt.date(2026, 1, 6)
    assert "USA" not in declaration.signatories
    statuses = {c.status for c in clauses if c.document == declaration.id}
    assert {ClauseStatus.AGREED, ClauseStatus.OPEN, ClauseStatus.DISPUTED} <= statuses
    assert sorted(docs["DOC-DOI-MNFU"].signatories) == ["FRA", "GBR", "UKR"]
    framework = docs["DOC-SG-FRAMEWORK"]
    assert framework.claimed_readiness == 0.9
    kept = [c for c in clauses if c.document == framework.id]
    kept = [c for c in kept if c.status is not ClauseStatus.DROPPED]
    agreed = sum(c.weight for c in kept if c.status is ClauseStatus.AGREED)
    computed = agreed / sum(c.weight for c in kept)
    assert abs(computed - 0.9) > 0.2


def test_positions_move_between_dates(dataset: Dataset) -> None:
    positions: list[Position] = records(dataset, "positions")
    issues = {i.id for i in records(dataset, "issues")}
    assert {"ISS-TERRITORY", "ISS-FOREIGN-TROOPS", "ISS-US-BACKSTOP", "ISS-SANCTIONS"} <= issues
    dates: dict[str, set[dt.date]] = defaultdict(set)
    stances: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in positions:
        dates[p.party].add(p.as_of)
        stances[(p.issue, p.party)].add(p.stance.value)
    for party in ("UKR", "RUS", "USA", "FRA", "GBR", "DEU", "POL", "ITA"):
        assert len(dates[party]) >= 2, party
    moved = {key for key, seen in stances.items() if len(seen) > 1}
    assert ("ISS-US-BACKSTOP", "USA") in moved
    assert ("ISS-FOREIGN-TROOPS", "DEU") in moved


# --- indicators -----------------------------------------------------------------------------


def test_indicators_cover_every_member_and_never_guess(dataset: Dataset) -> None:
    indicators: list[Indicator] = records(dataset, "indicators")
    sources: dict[str, Source] = by_id(dataset, "sources")
    have = {(i.party, i.metric) for i in indicators if i.year == 2024}
    for code in MEMBERS | {"UKR"}:
        assert (code, "gdp_eur") in have, code
        assert (code, "defence_spending_eur") in have, code
    for i in indicators:
        assert i.note, i.id
        if i.value is None:
            assert "not" in i.note.lower(), i.id
        else:
            assert i.value > 0
            kinds = {sources[e.source].source_kind for e in i.evidence}
            assert kinds - {SourceKind.ASSUMPTION}, i.id
    gdp = {i.party: i.value for i in indicators if i.metric == "gdp_eur" and i.value}
    assert gdp["DEU"] > gdp["FRA"] > gdp["ITA"] > gdp["ESP"] > gdp["POL"]


def test_every_kind_is_declared_in_the_catalogue(dataset: Dataset) -> None:
    for kind, items in dataset.records.items():
        assert all(isinstance(r, KINDS[kind]) and isinstance(r, Record) for r in items)


def test_docs_table_matches_the_data(dataset: Dataset) -> None:
    doc = (Path(__file__).parents[1] / "docs" / "dataset.md").read_text(encoding="utf-8")
    polish = tokens_of(dataset, "POL")
    for kind, items in dataset.records.items():
        hidden = sum(not may_see(r.label, polish) for r in items)
        row = f"| `{kind}` | {len(items)} | {sum(r.notional for r in items)} | {hidden} |"
        assert row in doc, row
    assert f"{len(dataset)} records in all." in doc
