"""The world map of contributions: boundaries shipped with the package (world-atlas,
Natural Earth 1:110m) joined to party codes through ISO 3166-1 numeric codes."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from willing.charts.specs import FONT, SCHEMA


@cache
def boundaries() -> dict[str, Any]:
    """The TopoJSON of country boundaries (read once)."""
    text = resources.files("willing.charts").joinpath("world/countries-110m.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def numeric_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> numeric ("FRA" -> "250")."""
    text = resources.files("willing.charts").joinpath("world/iso3166-numeric.json").read_text()
    data: dict[str, str] = json.loads(text)
    return data


def _choropleth(
    title: str, values: list[dict[str, Any]], field: str, color: dict[str, Any]
) -> dict[str, Any]:
    """Europe and its neighbours, each country in `values` (`id` numeric) coloured by `field`."""
    topo = {"values": boundaries(), "format": {"type": "topojson", "feature": "countries"}}
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": 460,
        "height": 340,
        "config": {"font": FONT, "view": {"stroke": None}},
        "projection": {"type": "mercator", "center": [22, 52], "scale": 420},
        "layer": [
            {
                "data": topo,
                "mark": {"type": "geoshape", "fill": "#e8e8e8", "stroke": "#fff", "clip": True},
            },
            {
                "data": topo,
                "transform": [
                    {
                        "lookup": "id",
                        "from": {"data": {"values": values}, "key": "id", "fields": [field]},
                    },
                    {"filter": f"isValid(datum.{field})"},
                ],
                "mark": {"type": "geoshape", "stroke": "#fff", "clip": True},
                "encoding": {"color": {"field": field, "type": "quantitative", **color}},
            },
        ],
    }


def contributions_map(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Each state's contribution in EUR on a map of Europe and its neighbours; rows are
    `{"party": alpha-3, "eur": value}`, parties without a country (EU, NATO) left out."""
    codes = numeric_codes()
    values = [
        {"id": codes[str(r["party"])], "party": str(r["party"]), "eur": float(r["eur"])}
        for r in rows
        if str(r["party"]) in codes
    ]
    legend = {"title": "EUR", "labelExpr": "replace(format(datum.value, '~s'), 'G', ' bn')"}
    color = {"scale": {"scheme": "greens", "type": "sqrt"}, "legend": legend}
    return _choropleth("Contributions by nation (EUR)", values, "eur", color)


def coverage_map(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Share of the demand filled where forces would deploy, by country; rows are
    `{"country": alpha-3, "share": 0..1}` (sea areas have no country and are left out)."""
    codes = numeric_codes()
    values = [
        {"id": codes[str(r["country"])], "country": str(r["country"]), "share": float(r["share"])}
        for r in rows
        if str(r["country"]) in codes
    ]
    color = {
        "scale": {"scheme": "redyellowgreen", "domain": [0, 1]},
        "legend": {"title": "filled", "format": ".0%"},
    }
    return _choropleth("Where forces would deploy: demand filled", values, "share", color)
