"""Chart specifications: plain Vega-Lite dicts; the world map joins party codes to the
shipped boundaries."""

from __future__ import annotations

import json

from willing.charts import specs
from willing.charts.render import svg
from willing.charts.world import boundaries, contributions_map, numeric_codes


def test_every_member_state_of_the_shipped_data_has_a_shape() -> None:
    shapes = {g.get("id") for g in boundaries()["objects"]["countries"]["geometries"]}
    for code in ("FRA", "POL", "DEU", "GBR", "UKR", "TUR", "CAN", "JPN", "AUS", "NZL"):
        assert numeric_codes()[code] in shapes, code


def test_the_map_joins_states_and_leaves_out_organisations() -> None:
    spec = contributions_map([{"party": "FRA", "eur": 5e9}, {"party": "EU", "eur": 1e9}])
    joined = spec["layer"][1]["transform"][0]["from"]["data"]["values"]
    assert joined == [{"id": "250", "party": "FRA", "eur": 5e9}]
    json.dumps(spec)  # a plain JSON document the web pages can reuse


def test_a_chart_renders_to_svg_offline() -> None:
    drawn = svg(specs.coverage_by_layer([{"name": "reassure", "share": 0.5}]))
    assert drawn.lstrip().startswith("<svg")
    assert "reassure" in drawn
    assert "http://" not in drawn.replace("http://www.w3.org", "")


def test_the_same_chart_draws_the_same_svg_whenever_it_is_drawn() -> None:
    spec = contributions_map([{"party": "FRA", "eur": 5e9}])
    first = svg(spec)
    svg(specs.coverage_by_layer([{"name": "reassure", "share": 0.5}]))
    assert svg(spec) == first
