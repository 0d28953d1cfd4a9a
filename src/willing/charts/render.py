"""Vega-Lite specs to SVG on the server, offline (the converter bundles its engine)."""

from __future__ import annotations

import re
from typing import Any

_IDS = re.compile(r"\b(clip|gradient_)(\d+)\b")


def _numbered(text: str) -> str:
    """Clip-path and gradient ids renumbered in order of appearance: the converter counts them
    across every chart it draws in a process, so the same chart would differ by when it
    was drawn."""
    seen: dict[tuple[str, str], str] = {}

    def renumber(match: re.Match[str]) -> str:
        key = (match.group(1), match.group(2))
        return match.group(1) + seen.setdefault(key, str(len(seen) + 1))

    return _IDS.sub(renumber, text)


def svg(spec: dict[str, Any]) -> str:
    """The chart as a standalone SVG document (no external fonts or requests)."""
    import vl_convert as vlc  # heavy: imported only when a chart is drawn

    text: str = vlc.vegalite_to_svg(vl_spec=spec)
    return _numbered(text)
