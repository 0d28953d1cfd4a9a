"""Listing stored results as one party: filtered in SQL by the label columns, against the
read-everything-then-filter-in-Python way the label kept only in the body allowed.

    python bench/stored.py [--rows 20000] [--repeat 5]

Writes `--rows` stored plans into a fresh SQLite file, one in a hundred labelled for POL and
the rest for other parties, then lists POL's plans both ways (median of `--repeat` runs each)
and prints the ratio against the baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from willing.domain.labels import Classification, Label, may_see
from willing.storage import results
from willing.storage.schema import results as table
from willing.storage.store import Store

POLAND = frozenset({"POL", "COTW", "EU", "NATO"})
OTHERS = ["FRA", "DEU", "GBR", "ITA", "ESP", "NLD", "DNK", "SWE", "FIN", "NOR"]


def _national(party: str) -> Label:
    return Label(classification=Classification.NATIONAL, owner=party, releasable_to=[party])


def _fill(store: Store, rows: int) -> None:
    body = {"lines": [["P-1", "R-1", 1.0]] * 50, "gaps": [], "assume": {}}
    with store.transaction() as conn:
        for i in range(rows):
            party = "POL" if i % 100 == 0 else OTHERS[i % len(OTHERS)]
            label = _national(party)
            results.add(
                conn,
                rid=f"plan-{i:08d}",
                kind="plan",
                revision=0,
                scenario="default",
                inputs_hash="0" * 64,
                summary={"coverage": 0.5},
                body={**body, "label": label.model_dump(mode="json")},
                label=label,
            )


def _sql(store: Store) -> int:
    with store.engine.connect() as conn:
        return len(results.listing(conn, ["plan"], POLAND, newest_first=True))


def _python(store: Store) -> int:
    """The baseline: every row read and decoded, the label taken from the body."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(table).where(table.c.kind == "plan").order_by(table.c.created_at.desc())
        ).mappings()
        shown = 0
        for row in rows:
            body = json.loads(row["body"])
            json.loads(row["summary"])
            if may_see(Label.model_validate(body["label"]), POLAND):
                shown += 1
    return shown


def _median(run: Callable[[Store], int], store: Store, repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = run(store)
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            _fill(store, args.rows)
            base, expected = _median(_python, store, args.repeat)
            sql, count = _median(_sql, store, args.repeat)
        finally:
            store.close()
    assert count == expected, (count, expected)
    print(f"{args.rows:,} stored plans, {count:,} visible to POL; median of {args.repeat}")
    print(f"{'method':44} {'time s':>8} {'vs baseline':>12}")
    print(f"{'read all, filter in Python (baseline)':44} {base:8.4f} {1.0:11.2f}x")
    print(f"{'label columns, filtered in SQL':44} {sql:8.4f} {sql / base:11.2f}x")


if __name__ == "__main__":
    main()
