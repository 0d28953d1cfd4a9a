"""The sealed test set stays as it was sealed: its articles and gold files are never edited."""

from __future__ import annotations

import hashlib
from pathlib import Path

SEALED = Path(__file__).parent / "sealed"
#: sha256 of the `sha256sum` listing of the sealed *.txt and *.yaml files in name order
#: (the same as `sha256sum $(ls *.txt *.yaml | sort) | sha256sum` in the folder);
#: the twenty-ninth sealed set, written while the twenty-eighth was still sealed and sealed
#: on 2026-12-08 before any rule was changed for it (the first twenty-eight, each scored twice,
#: became the development files `gold/s1-*`..`gold/s28-*`).
SEALED_SHA256 = "90189b501580216bf3e780c9f995c196473ea029733ce9076dbb45feb6ee681c"
SEALED_ARTICLES = 24


def listing_hash(folder: Path) -> str:
    """The hash of a folder's articles and gold files, as `sha256sum` lists them."""
    files = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".yaml"})
    lines = "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in files)
    return hashlib.sha256(lines.encode()).hexdigest()


def test_sealed_set_is_unchanged() -> None:
    assert listing_hash(SEALED) == SEALED_SHA256


def test_sealed_set_has_its_articles() -> None:
    golds = sorted(SEALED.glob("*.yaml"))
    assert len(golds) == SEALED_ARTICLES
    assert all(g.with_suffix(".txt").exists() for g in golds)
