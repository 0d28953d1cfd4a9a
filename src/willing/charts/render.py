"""Vega-Lite specs to SVG on the server, offline (the converter bundles its engine)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
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


def svgs(specs: Sequence[dict[str, Any]]) -> list[str]:
    """Several charts drawn at once on the machine's cores (the converter releases the
    interpreter while it draws), in order; each the same as `svg` draws it alone."""
    if len(specs) < 2:
        return [svg(spec) for spec in specs]
    with ThreadPoolExecutor(min(len(specs), os.cpu_count() or 1)) as pool:
        return list(pool.map(svg, specs))
