"""Fits the commitment model on the annotated articles and writes its weights.

``python -m willing.ingest.learned_commitments_training --write`` rebuilds
`rules/learned_commitments.json`; ``--hold-out s9-`` trains without those articles and
scores them: the rules alone, with the model's vetoes, with its additions, with both, and
the model alone. It is trained on the gold keys against the candidate keys of its own
features, never on what the rules found (the rules have read every annotated article).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from willing.ingest.evaluate import Score
from willing.ingest.learned import Table
from willing.ingest.learned_commitments import Candidates, candidates, never_givers
from willing.ingest.learned_training import Sample, _fit, _matrix, _row, load

TARGET = Path(__file__).resolve().parent / "rules/learned_commitments.json"
Key = tuple[Any, ...]


@dataclass(frozen=True)
class Settings:
    """What the fit depends on, written into the shipped file."""

    # chosen on four first-sight folds (s22 to s25), better or even on each: see docs/ingest.md
    min_count: int = 3
    l2: float = 30.0
    threshold: float = 0.6  # add a key the rules missed at or above this
    veto: float = 0.05  # drop a rule key scored below this (0: never)
    sentence_words: bool = True  # the words of the party's whole sentences too


def read(samples: list[Sample], settings: Settings) -> list[Candidates]:
    """The candidates of every sample."""
    return [candidates(s.doc, s.items, settings.sentence_words) for s in samples]


def train(samples: list[Sample], found: list[Candidates], settings: Settings) -> Table:
    """One logistic regression over every candidate key: is it a gold commitment?"""
    rows: list[set[str]] = []
    labels: list[bool] = []
    for sample, c in zip(samples, found, strict=True):
        rows += c.rows
        labels += [key in sample.gold["commitment"] for key in c.keys]
    features, x = _matrix(rows, settings.min_count)
    w, b = _fit(x, np.asarray(labels, dtype=float), settings.l2)
    w, b = np.round(w, 4), round(b, 4)
    keep = [n for n, v in enumerate(w) if v != 0]
    return Table(
        ("commitment",),
        {features[n]: i for i, n in enumerate(keep)},
        w[keep].reshape(-1, 1),
        np.asarray([b]),
        settings.threshold,
    )


def dumps(t: Table, settings: Settings) -> str:
    """The shipped file's text."""
    data = {
        "settings": vars(settings),
        "veto": settings.veto,
        "commitments": {
            "classes": list(t.classes),
            "threshold": t.threshold,
            "bias": [float(v) for v in t.bias],
            "features": sorted(t.index, key=t.index.__getitem__),
            "weights": [float(v) for v in t.weights.reshape(-1)],
        },
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def scores(
    samples: list[Sample], found: list[Candidates], t: Table, settings: Settings
) -> dict[str, Score]:
    """Commitment keys scored: rules alone, + veto, + adds, + both, the model alone."""
    out = {
        k: Score()
        for k in ("rules alone", "rules + veto", "rules + adds", "rules + both", "model alone")
    }
    for sample, c in zip(samples, found, strict=True):
        p = dict(zip(c.keys, map(float, t.scores_many(c.rows)[:, 0]), strict=True))
        rules = sample.rule_keys["commitment"]
        low = {k for k in rules if p.get(k, 1.0) < settings.veto}
        adds = {k for k, v in p.items() if v >= settings.threshold and k[0] not in never_givers()}
        for name, keys in (
            ("rules alone", rules),
            ("rules + veto", rules - low),
            ("rules + adds", rules | adds),
            ("rules + both", (rules - low) | adds),
            ("model alone", adds),
        ):
            gold = sample.gold["commitment"]
            out[name].add(Score(len(keys & gold), len(keys - gold), len(gold - keys)))
    return out


def hold_out(samples: list[Sample], prefixes: list[str], settings: Settings) -> list[str]:
    """Train without the held-out articles (and any later set); score them."""
    held: Callable[[Sample], bool] = lambda s: s.name.startswith(tuple(prefixes))  # noqa: E731
    found = read(samples, settings)
    train_on = [(s, c) for s, c in zip(samples, found, strict=True) if not held(s)]
    test = [(s, c) for s, c in zip(samples, found, strict=True) if held(s)]
    t = train([s for s, _ in train_on], [c for _, c in train_on], settings)
    got = scores([s for s, _ in test], [c for _, c in test], t, settings)
    lines = [f"held out: {', '.join(prefixes)} ({len(test)} articles); {vars(settings)}"]
    return lines + [_row(f"commitments {name}", sc) for name, sc in got.items()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--write", action="store_true", help="rewrite the shipped weights")
    parser.add_argument("--hold-out", action="append", default=[], metavar="PREFIX")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="PREFIX",
        help="leave these articles out of training and scoring",
    )
    args = parser.parse_args(argv)
    settings = Settings()
    samples = [s for s in load() if not s.name.startswith(tuple(args.exclude) or ("\0",))]
    if args.hold_out:
        print("\n".join(hold_out(samples, args.hold_out, settings)))
    if args.write:
        found = read(samples, settings)
        TARGET.write_text(dumps(train(samples, found, settings), settings), encoding="utf-8")
        print(f"wrote {TARGET.name}")


if __name__ == "__main__":
    main()
