"""Throughput and start-up of the news extractor.

Articles of about 5 KB are built from the gold articles (each repeated paragraph by
paragraph up to the size). Throughput is articles per second on one core after
start-up; start-up is the wall time of a fresh interpreter that imports the
extractor and reads one article. A batch is `--articles` articles extracted as `willing
ingest DIR/` extracts them (forked workers on every usable core, when large enough),
by the wall clock, against one process. The baseline, measured in the same run, is the text
preparation every extractor shares (decoding, normalising, tokens and sentences): the
ratio says how much the rules cost on top of it. End to end, a folder of `--folder`
articles (each a distinct source) is ingested into a fresh SQLite file by the real
`willing ingest DIR/` command in its own process. Each figure is the median of several
runs.

Run: python bench/ingest.py [--runs 5] [--articles 400] [--folder 1000]
     python bench/ingest.py --stages [--runs 5]   (CPU time of each extractor step)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent.parent / "tests" / "ingest" / "gold"
SIZE = 5000


def articles() -> list[str]:
    """One ~5 KB article per gold text file."""
    out = []
    for path in sorted(GOLD.glob("*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        body: list[str] = []
        k = 0
        while sum(len(p) + 1 for p in body) < SIZE:
            body.append(paragraphs[k % len(paragraphs)])
            k += 1
        out.append("\n".join(body)[: SIZE + 400])
    return out


def throughput(texts: list[str], count: int) -> tuple[float, float]:
    """Articles per second over `count` extractions after a warm-up pass: by the wall
    clock, and by the CPU time of this process (what one core gives on a shared machine)."""
    from willing.ingest import extract

    published = dt.date(2026, 1, 7)
    for text in texts:
        extract(text, published=published)
    data = [t.encode("utf-8") for t in texts]
    wall, cpu = time.perf_counter(), time.process_time()
    for n in range(count):
        extract(data[n % len(data)], published=published)
    return count / (time.perf_counter() - wall), count / (time.process_time() - cpu)


def batch(texts: list[str], count: int) -> tuple[float, int]:
    """Articles per second by the wall clock for a batch of `count` extracted as
    `willing ingest DIR/` extracts it (on every usable core when large enough), and the
    number of processes it used."""
    from willing.ingest.extract_many import extract_all, workers_for

    published = dt.date(2026, 1, 7)
    jobs = [(f"a{n}", texts[n % len(texts)].encode("utf-8"), published) for n in range(count)]
    wall = time.perf_counter()
    extract_all(jobs)
    return count / (time.perf_counter() - wall), workers_for(count)


def baseline(texts: list[str], count: int) -> float:
    """Articles per CPU second of the shared preparation alone: decode, normalise, tokenise."""
    from willing.ingest.document import Doc
    from willing.ingest.extract import read_text

    data = [t.encode("utf-8") for t in texts]
    cpu = time.process_time()
    for n in range(count):
        text = read_text(data[n % len(data)])[0]
        Doc.build(text, "en", dt.date(2026, 1, 7))
    return count / (time.process_time() - cpu)


#: the extractor's steps, as `extract` calls them: module, function
STEPS = [
    ("extract", "read_text"),
    ("extract", "detect"),
    ("document", "Doc.build"),
    ("parties", "mentions"),
    ("people", "find"),
    ("dates", "find"),
    ("figures", "find"),
    ("figures", "find_words"),
    ("people", "surname_speakers"),
    ("conditions", "conditions"),
    ("meetings", "find"),
    ("dates", "items"),
    ("people", "merge"),
    ("parties", "items"),
    ("commitments", "find"),
    ("positions", "find"),
    ("claims", "find"),
    ("learned", "propose"),
    ("learned_commitments", "revise"),
]


def stages(texts: list[str], runs: int) -> dict[str, float]:
    """CPU milliseconds per article spent in each step of the extractor (the median of
    `runs` passes over the articles; a step's first use of a shared index counts in it)."""
    import importlib
    from collections import defaultdict

    from willing.ingest import extract

    spent: dict[str, float] = defaultdict(float)

    def timed(function: Any, name: str) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start

        return step

    published = dt.date(2026, 1, 7)
    data = [t.encode("utf-8") for t in texts]
    saved = []
    for module_name, attribute in STEPS:
        module = importlib.import_module(f"willing.ingest.{module_name}")
        owner: Any = module
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = owner.__dict__[name]
        label = f"{module_name}.{attribute}" if not path else attribute
        if isinstance(original, classmethod):
            wrapped: Any = classmethod(timed(original.__func__, label))
        else:
            wrapped = timed(original, label)
        saved.append((owner, name, original))
        setattr(owner, name, wrapped)
    per_run: dict[str, list[float]] = defaultdict(list)
    try:
        for text in data:
            extract(text, published=published)
        for _ in range(runs):
            spent.clear()
            start = time.process_time()
            for text in data:
                extract(text, published=published)
            spent["total"] = time.process_time() - start
            for name, seconds in spent.items():
                per_run[name].append(1000 * seconds / len(data))
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)
    return {name: statistics.median(values) for name, values in per_run.items()}


def end_to_end(texts: list[str], count: int) -> float:
    """Seconds for `willing ingest DIR/` to store `count` distinct articles in a new database."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for n in range(count):
            # a dateline-free closing line makes every article its own source
            body = f"{texts[n % len(texts)]}\nReport number {n} of the batch."
            (folder / f"article-{n:05d}.txt").write_text(body, encoding="utf-8")
        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        command = [sys.executable, "-m", "willing.cli.main", "ingest", str(folder), "--db", db]
        start = time.perf_counter()
        subprocess.run(
            [*command, "--published", "2026-01-07", "--json"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return time.perf_counter() - start


def startup(home: Path) -> float:
    """Seconds for a fresh interpreter to import the extractor and read one article, with
    `home` as Willing's directory (its cache of compiled patterns: empty on a first run)."""
    code = (
        "import datetime as dt, sys\n"
        "from willing.ingest import extract\n"
        f"extract(open({str(sorted(GOLD.glob('*.txt'))[0])!r}, 'rb').read(), "
        "published=dt.date(2026, 1, 7))\n"
    )
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code], check=True, env={**os.environ, "WILLING_HOME": str(home)}
    )
    return time.perf_counter() - start


def startups(runs: int) -> tuple[list[float], list[float]]:
    """Start-up with the compiled patterns kept by an earlier run, and on a first run (an
    empty cache each time), alternating so both meet the same load."""
    kept: list[float] = []
    first: list[float] = []
    with tempfile.TemporaryDirectory() as root:
        startup(Path(root) / "kept")  # the run that keeps them
        for n in range(runs):
            first.append(startup(Path(root) / f"first-{n}"))
            kept.append(startup(Path(root) / "kept"))
    return kept, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median shown)")
    parser.add_argument("--articles", type=int, default=400, help="articles per throughput run")
    parser.add_argument("--folder", type=int, default=1000, help="articles ingested end to end")
    parser.add_argument(
        "--stages", action="store_true", help="only the CPU time of each extractor step"
    )
    args = parser.parse_args()
    texts = articles()
    if args.stages:
        found = stages(texts, args.runs)
        total = found.pop("total")
        print(f"extraction: {total:.2f} ms per article (CPU, median of {args.runs} passes)")
        for name, ms in sorted(found.items(), key=lambda kv: -kv[1]):
            print(f"  {name:30s} {ms:6.2f} ms  {100 * ms / total:4.1f}%")
        return
    mean_kb = statistics.mean(len(t.encode()) for t in texts) / 1000
    starts, firsts = startups(args.runs)
    runs = [throughput(texts, args.articles) for _ in range(args.runs)]
    floors = [baseline(texts, args.articles) for _ in range(args.runs)]
    rates, cpu_rates = [r[0] for r in runs], [r[1] for r in runs]
    print(f"articles: {len(texts)} distinct, mean {mean_kb:.1f} KB")
    print(
        f"start-up:   median {statistics.median(starts):.2f} s  (target < 2 s)"
        f"  runs {[round(x, 2) for x in starts]}"
    )
    print(
        f"first run:  median {statistics.median(firsts):.2f} s with no compiled pattern kept, "
        f"{statistics.median(firsts) / statistics.median(starts):.2f}x the start-up"
        f"  runs {[round(x, 2) for x in firsts]}"
    )
    print(
        f"throughput: median {statistics.median(rates):.0f} articles/s by the wall clock, "
        f"{statistics.median(cpu_rates):.0f} articles/s per CPU second  (target >= 500)"
        f"  runs {[round(r) for r in rates]}"
    )
    batches = [batch(texts, args.articles) for _ in range(args.runs)]
    batch_rate = statistics.median(b[0] for b in batches)
    print(
        f"batch:      median {batch_rate:.0f} articles/s by the wall clock with "
        f"{batches[0][1]} process(es), {batch_rate / statistics.median(rates):.2f}x one process"
        f"  runs {[round(b[0]) for b in batches]}"
    )
    floor = statistics.median(floors)
    print(
        f"baseline:   text preparation alone {floor:.0f} articles/s per CPU second; "
        f"extraction takes {floor / statistics.median(cpu_rates):.1f}x its time"
    )
    if args.folder:
        walls = [end_to_end(texts, args.folder) for _ in range(max(1, args.runs // 2))]
        wall = statistics.median(walls)
        print(
            f"end to end: {args.folder} articles in a folder ingested in {wall:.1f} s "
            f"(median of {len(walls)}), {1000 * wall / args.folder:.1f} ms per article"
            f"  runs {[round(w, 1) for w in walls]}"
        )


if __name__ == "__main__":
    main()
