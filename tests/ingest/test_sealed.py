"""The sealed test set stays as it was sealed: its articles and gold files are never edited."""

from __future__ import annotations

import hashlib
from pathlib import Path

SEALED = Path(__file__).parent / "sealed"
#: sha256 of the `sha256sum` listing of the sealed *.txt and *.yaml files in name order
#: (the same as `sha256sum $(ls *.txt *.yaml | sort) | sha256sum` in the folder);
#: the second sealed set, sealed on 2026-12-05 before any rule was changed for it (the
#: first, scored twice, became the development files `gold/s1-*`).
SEALED_SHA256 = "f4ebee45b066dda971e991f3505b0fc117c8c4d900bc9ae70204038f7dbbb674"
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
