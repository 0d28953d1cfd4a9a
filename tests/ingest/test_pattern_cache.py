"""Programs kept between runs compile to the very patterns a fresh compile gives, and a
cache that is damaged, foreign or switched off changes nothing but the time taken."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from willing.ingest import pattern_cache
from willing.ingest.prefilter import guarded

HERE = Path(__file__).parent

SOURCES = [
    (r"(?:refuses?|rejects?|menolak|tidak akan) (?:to )?(?:send|mengirim) \w+", re.I),
    (r"(?P<state>[A-Z][a-z]+) (?:will|akan) (?:send|deploy|kirim)", 0),
    (r"(?<![\d.,])(?:[$€£]\s?)?\d+(?:[.,]\d+)*\s?(?:juta|miliar|million|billion)", re.I),
    (r"(?i:kelvin|straße|istanbul|sofia|seoul)", 0),
    (r".+ said", re.I),  # nothing to rewrite: kept as compiled as it stands
]
TEXT = (
    "Norway will send 200 engineers; Hungary refuses to send troops. Menolak mengirim "
    "pasukan, kata menteri. €1,5 miliar and $300 million. KELVIN, Straße, İstanbul, Seoul."
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache folder of this test's own."""
    monkeypatch.setenv("WILLING_HOME", str(tmp_path))
    monkeypatch.delenv(pattern_cache.ENV_OFF, raising=False)
    pattern_cache.folder.cache_clear()
    where = pattern_cache.folder()
    assert where is not None
    assert where.is_relative_to(tmp_path)
    yield where
    pattern_cache.folder.cache_clear()


def _spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_a_kept_program_is_the_one_compiled(cache: Path, source: str, flags: int) -> None:
    compiled = guarded(source, flags)
    assert pattern_cache.read(source, flags) == compiled  # equal patterns: same program
    again = guarded(source, flags)
    assert again == compiled
    assert again is not compiled
    assert _spans(again) == _spans(re.compile(source, flags))
    assert len(list(cache.iterdir())) == 1


def test_a_damaged_or_foreign_file_is_compiled_anew(cache: Path) -> None:
    source, flags = SOURCES[0]
    fresh = guarded(source, flags)
    (kept,) = cache.iterdir()
    for damage in (b"", b"\x00not a program", kept.read_bytes()[:100]):
        kept.write_bytes(damage)
        assert pattern_cache.read(source, flags) is None
        assert guarded(source, flags) == fresh  # and written again
        assert pattern_cache.read(source, flags) == fresh
    other = guarded(*SOURCES[1])
    kept.write_bytes(pattern_cache._path(cache, *SOURCES[1]).read_bytes())  # another pattern
    assert pattern_cache.read(source, flags) is None
    assert guarded(source, flags) == fresh != other


def test_a_program_the_engine_rejects_is_compiled_anew(cache: Path) -> None:
    import marshal

    source, flags = SOURCES[1]
    fresh = guarded(source, flags)
    (kept,) = cache.iterdir()
    stored = marshal.loads(kept.read_bytes())
    kept.write_bytes(marshal.dumps((*stored[:4], [9999, *stored[4][1:]], *stored[5:])))
    assert pattern_cache.read(source, flags) is None
    assert guarded(source, flags) == fresh


def test_the_cache_switched_off_writes_nothing(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(pattern_cache.ENV_OFF, "1")
    pattern_cache.folder.cache_clear()
    assert pattern_cache.folder() is None
    source, flags = SOURCES[0]
    assert _spans(guarded(source, flags)) == _spans(re.compile(source, flags))
    assert not cache.exists()


def test_other_versions_and_the_oldest_programs_are_dropped(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = cache.parent / "an-older-rewriting"
    stale.mkdir(parents=True)
    (stale / "program").write_bytes(b"old")
    monkeypatch.setattr(pattern_cache, "KEEP", 2)
    monkeypatch.setattr(pattern_cache, "_pruned", set())
    for source, flags in SOURCES[:4]:
        guarded(source, flags)
    assert not stale.exists()
    assert 2 <= len(list(cache.iterdir())) <= 4  # pruned once per process, at its first write


_RUN = """
import datetime as dt, hashlib, json, sys
from pathlib import Path
from willing.ingest import extract, pattern_cache, prefilter
if sys.argv[1] == "warm":  # every guarded pattern must now come from the cache
    def refuse(*args):
        raise AssertionError("compiled although kept")
    pattern_cache.compile_program = refuse
out = {}
for path in sys.argv[2:]:
    result = extract(Path(path).read_bytes(), published=dt.date(2029, 3, 1)).as_dict()
    out[Path(path).name] = hashlib.sha256(
        json.dumps(result, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
prefilter.compile_deferred()
print(json.dumps(out))
"""


def test_a_second_run_reads_every_program_and_finds_the_same(tmp_path: Path) -> None:
    """Two fresh interpreters over a sample of both languages: the first compiles and keeps,
    the second compiles no guarded pattern at all and extracts byte for byte the same. Their
    hash seeds differ, so a pattern built from a set in the order of its hash would miss."""
    articles = sorted((HERE / "gold").glob("*.txt"))[::60]
    assert len(articles) >= 10
    env = {**os.environ, "WILLING_HOME": str(tmp_path)}
    env.pop(pattern_cache.ENV_OFF, None)
    runs = [
        subprocess.run(
            [sys.executable, "-c", _RUN, mode, *map(str, articles)],
            env={**env, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        for mode, seed in (("cold", "1"), ("warm", "2"))
    ]
    cold, warm = (json.loads(run.stdout) for run in runs)
    assert cold == warm
    assert len(cold) == len(articles)
    kept = list((tmp_path / "cache" / "patterns").glob("*/*"))
    assert len(kept) > 50
