"""Vega-Lite specifications of the charts reports and web pages show; each takes plain
rows (already filtered for the viewer) and returns the spec dict."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

SCHEMA: Final = "https://vega.github.io/schema/vega-lite/v5.json"
WIDTH: Final = 420
FONT: Final = "Libertinus Serif"


def _base(title: str, values: list[dict[str, Any]], height: int) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "title": title,
        "width": WIDTH,
        "height": height,
        "data": {"values": values},
        "config": {"font": FONT, "view": {"stroke": None}},
    }


def coverage_by_layer(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Share of each layer's demand the plan fills, as horizontal bars."""
    values = [{"layer": str(r["name"]), "share": float(r["share"])} for r in rows]
    spec = _base("Coverage by layer", values, 24 * max(len(values), 1))
    spec.update(
        mark={"type": "bar", "color": "#2b5c8a"},
        encoding={
            "y": {"field": "layer", "type": "nominal", "sort": None, "title": None},
            "x": {
                "field": "share",
                "type": "quantitative",
                "scale": {"domain": [0, 1]},
                "axis": {"format": ".0%"},
                "title": "share of demand filled",
            },
        },
    )
    return spec


def coverage_distribution(samples: Sequence[float]) -> dict[str, Any]:
    """Monte Carlo distribution of overall coverage, as a histogram."""
    values = [{"coverage": float(s)} for s in samples]
    spec = _base("Coverage over uncertain conditions (Monte Carlo)", values, 160)
    spec.update(
        mark={"type": "bar", "color": "#2b5c8a"},
        encoding={
            "x": {
                "field": "coverage",
                "type": "quantitative",
                "bin": {"maxbins": 20},
                "axis": {"format": ".0%"},
                "title": "coverage",
            },
            "y": {"aggregate": "count", "type": "quantitative", "title": "draws"},
        },
    )
    return spec


def criticality(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Which nation's or condition's loss hurts most: weighted loss of coverage."""
    values = [{"name": f"{r['kind']} {r['id']}", "loss": float(r["weighted_loss"])} for r in rows]
    spec = _base("Criticality: coverage lost without each", values, 18 * max(len(values), 1))
    spec.update(
        mark={"type": "bar", "color": "#8a2b2b"},
        encoding={
            "y": {"field": "name", "type": "nominal", "sort": "-x", "title": None},
            "x": {"field": "loss", "type": "quantitative", "title": "weighted loss"},
        },
    )
    return spec


def burden_shares(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Each nation's contribution in EUR, largest first."""
    values = [{"party": str(r["party"]), "eur": float(r["eur"])} for r in rows]
    spec = _base("Contributions by nation (EUR)", values, 14 * max(len(values), 1))
    spec.update(
        mark={"type": "bar", "color": "#3d7a3d"},
        encoding={
            "y": {"field": "party", "type": "nominal", "sort": "-x", "title": None},
            "x": {
                "field": "eur",
                "type": "quantitative",
                "axis": {"labelExpr": "replace(format(datum.value, '~s'), 'G', ' bn')"},
                "title": "EUR",
            },
        },
    )
    return spec


def coverage_histogram(
    counts: Sequence[int], title: str = "Coverage over uncertain conditions"
) -> dict[str, Any]:
    """Draws per tenth of coverage (the Monte Carlo summary's histogram) as bars."""
    values = [
        {"from": i / len(counts), "to": (i + 1) / len(counts), "draws": int(n)}
        for i, n in enumerate(counts)
    ]
    spec = _base(title, values, 160)
    spec.update(
        mark={"type": "bar", "color": "#2b5c8a"},
        encoding={
            "x": {
                "field": "from",
                "type": "quantitative",
                "bin": {"binned": True, "step": 1 / max(len(counts), 1)},
                "scale": {"domain": [0, 1]},
                "axis": {"format": ".0%"},
                "title": "coverage",
            },
            "x2": {"field": "to"},
            "y": {"field": "draws", "type": "quantitative", "title": "draws"},
        },
    )
    return spec


def sensitivity_curve(points: Sequence[Mapping[str, Any]], condition: str) -> dict[str, Any]:
    """Mean coverage of each figure as one condition's probability goes from 0 to 1; rows
    are `{"probability": p, "figure": name, "mean": share}`."""
    values = [
        {
            "probability": float(r["probability"]),
            "figure": str(r["figure"]),
            "mean": float(r["mean"]),
        }
        for r in points
    ]
    spec = _base(f"Mean coverage as P({condition}) varies", values, 200)
    spec.update(
        mark={"type": "line", "point": True},
        encoding={
            "x": {"field": "probability", "type": "quantitative", "axis": {"format": ".0%"}},
            "y": {
                "field": "mean",
                "type": "quantitative",
                "scale": {"domain": [0, 1]},
                "axis": {"format": ".0%"},
                "title": "mean coverage",
            },
            "color": {"field": "figure", "type": "nominal", "title": None},
        },
    )
    return spec
