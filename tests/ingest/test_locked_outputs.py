"""The extractor's outputs on every corpus article are locked: work done for speed (or any
change not meant to change what is found) must leave each of them exactly as it was.

`extractions.json` holds, for each development article (`gold/`, `heldout/`), the whole
extraction: language, title, warnings and every item with its value, span and confidence.
For the sealed test set it holds only a digest of each article's extraction, so that the
file does not show what is found in articles that are never read while tuning.

A rule change that is meant to change outputs rewrites the file, and the diff shows what
changed: `python tests/ingest/test_locked_outputs.py --write`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.evaluate import _published, load_gold

HERE = Path(__file__).parent
LOCKED = HERE / "extractions.json"
OPEN = ("gold", "heldout")
SEALED = "sealed"


def _articles(folder: str) -> list[Path]:
    return sorted((HERE / folder).glob("*.yaml"))


def extraction(path: Path) -> dict[str, Any]:
    """An article's extraction as the evaluation reads it (same bytes, same date)."""
    gold, data = load_gold(path)
    result = extract(data, published=_published(path, gold.get("published")))
    out = result.as_dict()
    for item in out["items"]:
        item.pop("quote", None)  # the span says it
    return out


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(value: Any) -> str:
    return hashlib.sha256(_canonical(value).encode()).hexdigest()


def current() -> dict[str, Any]:
    """What the extractor gives now, in the locked file's form."""
    out: dict[str, Any] = {}
    for folder in OPEN:
        for path in _articles(folder):
            out[f"{folder}/{path.stem}"] = extraction(path)
    for path in _articles(SEALED):
        out[f"{SEALED}/{path.stem}"] = digest(extraction(path))
    return out


@pytest.fixture(scope="module")
def locked() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(LOCKED.read_text(encoding="utf-8"))
    return data


def test_every_corpus_article_is_locked(locked: dict[str, Any]) -> None:
    names = {f"{f}/{p.stem}" for f in (*OPEN, SEALED) for p in _articles(f)}
    assert set(locked) == names
    assert len(names) == 734


@pytest.mark.parametrize(
    "path", [p for f in OPEN for p in _articles(f)], ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_development_article_extraction_is_unchanged(path: Path, locked: dict[str, Any]) -> None:
    assert extraction(path) == locked[f"{path.parent.name}/{path.stem}"]


@pytest.mark.parametrize("path", _articles(SEALED), ids=lambda p: f"sealed/{p.stem}")
def test_sealed_article_extraction_is_unchanged(path: Path, locked: dict[str, Any]) -> None:
    assert digest(extraction(path)) == locked[f"{SEALED}/{path.stem}"]


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python tests/ingest/test_locked_outputs.py --write")
    LOCKED.write_text(
        json.dumps(current(), sort_keys=True, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
