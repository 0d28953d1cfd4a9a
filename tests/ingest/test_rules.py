"""The pieces of the extractor on small, hand-made inputs."""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.figures import parse_number
from willing.ingest.language import detect
from willing.ingest.parties import code_of

WEDNESDAY = dt.date(2026, 1, 7)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Perancis", "FRA"),
        ("Prancis", "FRA"),
        ("AS", "USA"),
        ("Amerika Serikat", "USA"),
        ("Inggris", "GBR"),
        ("United Kingdom", "GBR"),
        ("Turki", "TUR"),
        ("Türkiye", "TUR"),
        ("Kanada", "CAN"),
        ("Polandia", "POL"),
        ("Uni Eropa", "EU"),
        ("Rusia", "RUS"),
        ("Ukraina", "UKR"),
        ("Jerman", "DEU"),
        ("Belanda", "NLD"),  # CLDR Indonesian name
        ("Lithuania", "LTU"),  # CLDR English name
    ],
)
def test_party_names(name: str, code: str) -> None:
    assert code_of(name) == code


def test_lowercase_abbreviation_is_not_a_party() -> None:
    result = extract("Let us talk as friends about the plan for the region.", published=WEDNESDAY)
    assert result.of_type("party") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Para pemimpin akan bertemu pada hari Kamis.", "2026-01-08"),
        ("Pernyataan itu dikeluarkan pada hari Senin.", "2026-01-05"),
        ("Leaders will meet on Monday in Paris.", "2026-01-12"),
        ("The ministers met on Monday in Paris.", "2026-01-05"),
        ("Menteri itu tiba kemarin di Kyiv.", "2026-01-06"),
        ("The envoy arrived yesterday.", "2026-01-06"),
        ("Pertemuan digelar pada 18 Desember.", "2025-12-18"),
        ("The talks are due on January 20.", "2026-01-20"),
        ("Serangan terjadi pada Rabu, 7 Januari 2026.", "2026-01-07"),
        ("Kedua menteri bertemu pada Kamis (8/1).", "2026-01-08"),
        # the weekday picks the year, even in a sentence that looks ahead
        ("Jerman akan mengirim sistem itu, kata menteri, Rabu (31/12).", "2025-12-31"),
        ("The ministers will meet again next Monday.", "2026-01-12"),
        ("The ministers met last Monday, the envoy will say.", "2026-01-05"),
    ],
)
def test_dates_resolve_against_publication(sentence: str, expected: str) -> None:
    dates = [d.value["value"] for d in extract(sentence, published=WEDNESDAY).of_type("date")]
    assert dates == [expected]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("AS OF TODAY, THE TALKS CONTINUE IN PARIS.", []),
        ("AS OF MONDAY, BRITAIN AND FRANCE ARE READY.", ["GBR", "FRA"]),
        ("The head of AS forces met the envoy in Paris.", ["USA"]),
        ("France and AS agreed on the plan.", ["FRA", "USA"]),
        ("Presiden AS Donald Trump tiba di Paris pada hari Senin.", ["USA"]),
        ("AS dan Inggris menyepakati rencana itu pada hari Senin.", ["USA", "GBR"]),
    ],
)
def test_as_is_the_united_states_only_in_indonesian_or_next_to_a_role(
    text: str, parties: list[str]
) -> None:
    result = extract(text, published=WEDNESDAY)
    assert [i.value["code"] for i in result.of_type("party")] == parties


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The summit will be held in Paris on 2 January.", "2025-12-30", "2026-01-02"),
        ("KTT akan digelar di Paris pada 2 Januari.", "2025-12-30", "2026-01-02"),
        ("KTT akan berlangsung di Paris pada hari Kamis.", "2026-01-05", "2026-01-08"),
        ("The summit will be held in Paris on Thursday.", "2026-01-05", "2026-01-08"),
        ("The leaders met in Paris last Thursday.", "2026-01-01", "2025-12-25"),
        ("Para pemimpin bertemu di Paris pada hari Kamis lalu.", "2026-01-01", "2025-12-25"),
        ("The leaders will meet in Paris next Thursday.", "2026-01-01", "2026-01-08"),
        ("Para pemimpin akan bertemu pada hari Kamis depan.", "2026-01-01", "2026-01-08"),
        ("The leaders met in Paris on Thursday.", "2026-01-05", "2026-01-01"),
        ("The summit in Paris on 2 January.", "2025-12-30", "2026-01-02"),
    ],
)
def test_relative_dates_follow_the_tense_and_stated_direction(
    sentence: str, published: str, expected: str
) -> None:
    result = extract(sentence.encode(), published=dt.date.fromisoformat(published))
    assert [i.value["value"] for i in result.items if i.type == "date"] == [expected]


def test_month_alone_is_the_latest_such_month() -> None:
    result = extract("Koalisi itu dibentuk pada bulan Februari.", published=WEDNESDAY)
    assert [d.value for d in result.of_type("date")] == [{"value": "2025-02", "precision": "month"}]


def test_relative_dates_need_a_publication_date() -> None:
    result = extract("Para menteri bertemu kemarin dan akan bertemu lagi pada hari Kamis.")
    assert result.of_type("date") == []
    assert any("publication date" in w for w in result.warnings)


def test_weekday_that_contradicts_the_date_lowers_confidence() -> None:
    right = extract("Pertemuan pada Rabu, 7 Januari 2026.").of_type("date")[0]
    wrong = extract("Pertemuan pada Senin, 7 Januari 2026.").of_type("date")[0]
    assert wrong.confidence < right.confidence


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("15.000", "id", 15000),
        ("1,5", "id", 1.5),
        ("15,000", "en", 15000),
        ("1.6", "en", 1.6),
        ("1.234.567", None, 1234567),
        ("2,500.75", "en", 2500.75),
    ],
)
def test_numbers_by_language(text: str, language: str | None, value: float) -> None:
    assert parse_number(text, language) == value


def test_troop_range_and_money() -> None:
    text = (
        "Koalisi siap mengirim 15.000 hingga 30.000 tentara ke Ukraina. "
        "Uni Eropa menyetujui bantuan militer senilai €3 miliar untuk Ukraina."
    )
    figures = [f.value for f in extract(text, published=WEDNESDAY).of_type("figure")]
    troops = [f for f in figures if f["kind"] == "troops"][0]
    money = [f for f in figures if f["kind"] == "money"][0]
    assert (troops["low"], troops["high"]) == (15000, 30000)
    assert (money["value"], money["unit"], money["measure"]) == (
        3_000_000_000,
        "EUR",
        "military_aid",
    )


def test_english_roles_with_country_before() -> None:
    text = (
        "French President Emmanuel Macron met Britain's Prime Minister Keir Starmer and "
        "NATO Secretary General Mark Rutte in London on Monday."
    )
    people = {p.value["name"]: p.value for p in extract(text).of_type("person")}
    assert people["Emmanuel Macron"]["party"] == "FRA"
    assert people["Keir Starmer"]["role"] == "Prime Minister"
    assert people["Keir Starmer"]["party"] == "GBR"
    assert people["Mark Rutte"]["party"] == "NATO"


def test_prime_minister_without_country_gets_it_from_the_gazetteer() -> None:
    people = extract("Prime Minister Keir Starmer said the plan was ready.").of_type("person")
    assert [(p.value["name"], p.value["party"]) for p in people] == [("Keir Starmer", "GBR")]


def test_negated_commitment_is_not_proposed() -> None:
    text = "Poland said it would not send troops for land or air missions."
    assert extract(text).of_type("commitment") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Para pemimpin dari negara itu akan bertemu di Paris untuk membahas jaminan.", "id"),
        ("The leaders of the coalition will meet in Paris to discuss the guarantees.", "en"),
        ("Paris Kyiv 2026", None),
    ],
)
def test_language_detection(text: str, language: str | None) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pengiriman pasukan Jerman memerlukan persetujuan parlemen.", "parliament:DEU"),
        ("Any deployment needs the approval of the Bundestag, officials said.", "parliament:DEU"),
        ("Pasukan itu memerlukan jaminan keamanan AS.", "us-backstop"),
        ("Troops will deploy once a ceasefire is agreed.", "ceasefire"),
    ],
)
def test_conditions(text: str, code: str) -> None:
    assert [c.value["code"] for c in extract(text).of_type("condition")] == [code]
