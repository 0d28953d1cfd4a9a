"""The settings' selection on held-out sets: it runs on a few articles and gives per-fold
tables, and it keeps the old settings unless a change wins pooled without losing folds."""

from __future__ import annotations

import shutil
from pathlib import Path

from willing.ingest import learned_selection, learned_training
from willing.ingest.evaluate import Score
from willing.ingest.learned_selection import Tally

GOLD = Path(__file__).parent / "gold"


def _few(tmp_path: Path) -> list[learned_training.Sample]:
    """Six articles of each of four sets, copied with their texts."""
    for prefix in ("s6-", "s7-", "s8-", "s9-"):
        for gold in sorted(GOLD.glob(f"{prefix}*.yaml"))[:6]:
            for path in GOLD.glob(f"{gold.stem}.*"):
                shutil.copy(path, tmp_path / path.name)
    return learned_training.load([tmp_path])


def test_it_runs_on_a_few_articles_and_gives_a_table_per_type(tmp_path: Path) -> None:
    samples = _few(tmp_path)
    assert len(samples) == 24
    lines = learned_selection.report(samples, ["s6-", "s7-"], quick=True)
    text = "\n".join(lines)
    for name in ("positions", "conditions", "commitments"):
        assert f"| {name} | s6 | s7 | pooled |" in text
        assert f"{name}: chosen" in text
    assert text.count("| rules alone F1 |") == 3
    assert "+true/+false" in text


def _tally(tp: int, fp: int, fn: int) -> Tally:
    return Tally(Score(tp, fp, fn))


def test_a_change_must_win_pooled_and_lose_at_most_two_folds() -> None:
    old = (3, 1.0, 0.4)
    even = [_tally(10, 2, 2) for _ in range(7)]
    # better pooled (one fold far better) but three folds worse by more than 0.01
    lopsided = [_tally(10, 3, 2)] * 3 + [_tally(10, 2, 2)] * 3 + [_tally(40, 0, 0)]
    assert learned_selection.choose({old: even, (3, 1.0, 0.5): lopsided}, old) == old
    # better pooled, two folds worse: taken
    fair = [_tally(10, 3, 2)] * 2 + [_tally(10, 2, 2)] * 4 + [_tally(40, 0, 0)]
    assert learned_selection.choose({old: even, (3, 1.0, 0.5): fair}, old) == (3, 1.0, 0.5)
    # worse pooled: the old one stays
    assert learned_selection.choose({old: even, (3, 1.0, 0.5): [_tally(9, 3, 3)] * 7}, old) == old


def test_the_folds_are_the_nine_later_sets() -> None:
    assert tuple(f"s{n}-" for n in range(6, 15)) == learned_selection.SETS
