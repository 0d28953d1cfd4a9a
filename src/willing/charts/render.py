"""Vega-Lite specs to SVG on the server, offline (the converter bundles its engine)."""

from __future__ import annotations

from typing import Any


def svg(spec: dict[str, Any]) -> str:
    """The chart as a standalone SVG document (no external fonts or requests)."""
    import vl_convert as vlc  # heavy: imported only when a chart is drawn

    text: str = vlc.vegalite_to_svg(vl_spec=spec)
    return text
