"""What the extractor proposes for the two seed articles, span by span."""

from __future__ import annotations

from typing import Any

from willing.ingest import Extraction


def _values(result: Extraction, item_type: str) -> list[dict[str, Any]]:
    return [i.value for i in result.of_type(item_type)]


def test_every_span_quotes_the_normalised_text(seed_january: Extraction) -> None:
    for item in seed_january.items:
        assert 0 <= item.start < item.end <= len(seed_january.text)
        assert item.quote(seed_january.text).strip() == item.quote(seed_january.text)
        assert 0 < item.confidence <= 1


def test_january_summit_meeting(seed_january: Extraction) -> None:
    main = seed_january.of_type("meeting")[0]
    assert main.value["date"] == "2026-01-07"
    assert main.value["place"] == "Paris"
    assert main.value["format"] == "in_person"
    assert main.value["countries_count"] == 35
    assert main.value["heads_count"] == 27
    assert main.value["host"] == "FRA"
    start, end = main.value["evidence"]["heads_count"]
    assert seed_january.text[start:end] == "27 kepala negara"


def test_january_preparatory_meeting_in_kyiv(seed_january: Extraction) -> None:
    kyiv = [m for m in _values(seed_january, "meeting") if m["place"] == "Kyiv"]
    assert kyiv
    assert kyiv[0]["countries_count"] == 15
    assert kyiv[0]["date"] == "2026-01-03"  # "sepanjang akhir pekan" before Wednesday 7 January


def test_boilerplate_promotion_is_removed(seed_january: Extraction) -> None:
    assert "Simak artikel" not in seed_january.text
    assert "Mureks mencatat" in seed_january.text  # article text stays
    assert any("boilerplate" in w for w in seed_january.warnings)


def test_envoy_of_the_president(seed_january: Extraction) -> None:
    people = {p["name"]: p for p in _values(seed_january, "person")}
    assert people["Steve Witkoff"]["role"] == "Special Envoy"
    assert people["Steve Witkoff"]["party"] == "USA"
    assert people["Donald Trump"]["role"] == "President"
    assert people["Friedrich Merz"] == {
        **people["Friedrich Merz"],
        "role": "Chancellor",
        "party": "DEU",
    }
    assert people["Mark Rutte"]["party"] == "NATO"
    assert people["Volodymyr Zelenskyy"]["party"] == "UKR"


def test_september_relative_dates(seed_september: Extraction) -> None:
    by_quote = {
        i.quote(seed_september.text): i.value["value"] for i in seed_september.of_type("date")
    }
    assert by_quote["pada hari Kamis"] == "2025-09-04"
    assert by_quote["pada hari Senin"] == "2025-09-01"
    assert by_quote["18 Agustus"] == "2025-08-18"
    assert by_quote["pada bulan Februari"] == "2025-02"


def test_september_meeting_is_virtual_and_hosted_by_france(seed_september: Extraction) -> None:
    main = seed_september.of_type("meeting")[0].value
    assert (main["date"], main["format"], main["host"], main["countries_count"]) == (
        "2025-09-04",
        "virtual",
        "FRA",
        30,
    )


def test_conditions_and_layers(seed_september: Extraction) -> None:
    codes = {c["code"] for c in _values(seed_september, "condition")}
    assert {"us-backstop", "ceasefire"} <= codes
    layers = {(c["party"], c["layer"], c["domain"]) for c in _values(seed_september, "commitment")}
    assert ("COTW", "regenerate", "training") in layers
    assert ("USA", "backstop", "air") in layers
    assert ("COTW", "support", None) in layers


def test_positions_and_percentages(seed_january: Extraction) -> None:
    positions = {(p["party"], p["issue"], p["stance"]) for p in _values(seed_january, "position")}
    assert ("RUS", "foreign-troops", "oppose") in positions
    assert ("UKR", "territory", "oppose") in positions
    assert ("UKR", "territory", "support") not in positions
    readiness = [f for f in _values(seed_january, "figure") if f["measure"] == "readiness"]
    assert readiness
    assert readiness[0]["value"] == 90


def test_parties_from_indonesian_variants(seed_september: Extraction) -> None:
    codes = {p["code"] for p in _values(seed_september, "party")}
    assert {"FRA", "GBR", "USA", "TUR", "CAN", "AUS", "EU", "NATO", "RUS", "UKR"} <= codes
