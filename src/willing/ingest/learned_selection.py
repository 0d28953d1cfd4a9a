"""Chooses the learned models' settings on held-out sets, not on in-sample scores.

``python -m willing.ingest.learned_selection --sets s6- s7- s8- s9- s10- s11- s12- s13- s14-``
leaves each set out in turn (one fold per set: both models trained on every other annotated
article, then scored on that set), over a small grid of settings. The articles are
extracted by the rules once; only the fits are repeated (once per fold and minimum count
and penalty; the thresholds and the veto only cut the same probabilities).

A setting is chosen by the pooled held-out F1 of its type, and replaces the shipped one
only if it also makes no more than two folds worse by more than 0.01: a gain pooled over
nine sets that comes from one of them is not a gain on the next set.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from willing.ingest import learned_commitments_training as commitments_training
from willing.ingest import learned_training
from willing.ingest.evaluate import Score
from willing.ingest.learned import Model, Table
from willing.ingest.learned_commitments import Candidates, never_givers
from willing.ingest.learned_training import Sample

SETS = ("s6-", "s7-", "s8-", "s9-", "s10-", "s11-", "s12-", "s13-", "s14-")
#: the grid searched: what the fit depends on (minimum count, λ), then the cuts applied to
#: its probabilities (a fit of the nine folds takes minutes: the penalty was searched, the
#: minimum count kept; `--fit COUNT L2` tries another)
FITS = ((3, 1.0), (3, 3.0))
POSITION_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8)
CONDITION_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
COMMITMENT_FITS = ((3, 3.0), (3, 10.0), (3, 30.0), (3, 100.0))
COMMITMENT_THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.85, 0.9)
VETOES = (0.0, 0.05, 0.1, 0.15)
WORSE = 0.01  # a fold worse by more than this counts against a change
MOST_WORSE = 2  # of the folds


@dataclass
class Tally:
    """One fold's (or the pooled) score of one type, and what the model changed."""

    score: Score = field(default_factory=Score)
    added_true: int = 0
    added_false: int = 0
    dropped_true: int = 0
    dropped_false: int = 0

    def count(self, rules: set[Any], found: set[Any], gold: set[Any]) -> None:
        """Add one article: the rules' keys, the keys with the model, the gold keys."""
        self.score.add(Score(len(found & gold), len(found - gold), len(gold - found)))
        added, dropped = found - rules, rules - found
        self.added_true += len(added & gold)
        self.added_false += len(added - gold)
        self.dropped_true += len(dropped & gold)
        self.dropped_false += len(dropped - gold)

    def merge(self, other: Tally) -> None:
        self.score.add(other.score)
        self.added_true += other.added_true
        self.added_false += other.added_false
        self.dropped_true += other.dropped_true
        self.dropped_false += other.dropped_false

    @property
    def f1(self) -> float:
        return self.score.f1 or 0.0


Setting = tuple[Any, ...]  # (min_count, l2, threshold[, veto])
Results = dict[Setting, list[Tally]]  # one tally per fold


def _held(sample: Sample, prefix: str) -> bool:
    return sample.name.startswith(prefix)


def positions_and_conditions(
    samples: list[Sample], sets: Sequence[str], fits: Iterable[tuple[int, float]] = FITS
) -> dict[str, Results]:
    """Per type, the held-out tallies of every setting of the grid, one per fold."""
    out: dict[str, Results] = {"position": {}, "condition": {}}
    cuts = {"position": POSITION_THRESHOLDS, "condition": CONDITION_THRESHOLDS}
    rules_alone: dict[str, list[Tally]] = {"position": [], "condition": []}
    for fold, prefix in enumerate(sets):
        test = [s for s in samples if _held(s, prefix)]
        train = [s for s in samples if not _held(s, prefix)]
        for t in rules_alone:
            rules_alone[t].append(Tally())
            for s in test:
                rules_alone[t][fold].count(s.rule_keys[t], s.rule_keys[t], s.gold[t])
        for min_count, l2 in fits:
            settings = learned_training.Settings(min_count, l2)
            m = learned_training.train(train, settings)
            probabilities = [_probabilities(s, m) for s in test]
            for t, thresholds in cuts.items():
                for threshold in thresholds:
                    tally = Tally()
                    for s, p in zip(test, probabilities, strict=True):
                        rules = s.rule_keys[t]
                        tally.count(rules, rules | _above(p[t], threshold), s.gold[t])
                    out[t].setdefault((min_count, l2, threshold), []).append(tally)
    for t, tallies in rules_alone.items():
        out[t][("rules alone",)] = tallies
    return out


def _probabilities(s: Sample, m: Model) -> dict[str, dict[Any, float]]:
    """Each candidate key of the article and its probability (none without a sentence)."""
    out: dict[str, dict[Any, float]] = {"position": {}, "condition": {}}
    if not s.doc.sentences:
        return out
    codes = list(s.parties)
    table = m.positions
    for code, p in zip(codes, table.scores_many([s.parties[c] for c in codes]), strict=True):
        for c, name in enumerate(table.classes):
            out["position"][(code, *name.split("/"))] = float(p[c])
    table = m.conditions
    p = table.scores(s.text)
    out["condition"] = {(name,): float(p[c]) for c, name in enumerate(table.classes)}
    return out


def _above(p: dict[Any, float], threshold: float) -> set[Any]:
    return {key for key, v in p.items() if v >= threshold}


def commitments(
    samples: list[Sample],
    sets: Sequence[str],
    fits: Iterable[tuple[int, float]] = COMMITMENT_FITS,
) -> Results:
    """The held-out tallies of every commitment setting of the grid, one per fold."""
    base = commitments_training.Settings()
    found = commitments_training.read(samples, base)
    out: Results = {}
    for prefix in sets:
        test = [(s, c) for s, c in zip(samples, found, strict=True) if _held(s, prefix)]
        train = [(s, c) for s, c in zip(samples, found, strict=True) if not _held(s, prefix)]
        tally = Tally()
        for s, _ in test:
            tally.count(s.rule_keys["commitment"], s.rule_keys["commitment"], s.gold["commitment"])
        out.setdefault(("rules alone",), []).append(tally)
        for min_count, l2 in fits:
            settings = commitments_training.Settings(min_count, l2)
            table = commitments_training.train(
                [s for s, _ in train], [c for _, c in train], settings
            )
            probabilities = [_commitment_probabilities(c, table) for _, c in test]
            for threshold, veto in itertools.product(COMMITMENT_THRESHOLDS, VETOES):
                tally = Tally()
                for (s, _), p in zip(test, probabilities, strict=True):
                    rules = s.rule_keys["commitment"]
                    low = {k for k in rules if p.get(k, 1.0) < veto}
                    adds = {
                        k for k, v in p.items() if v >= threshold and k[0] not in never_givers()
                    }
                    tally.count(rules, (rules - low) | adds, s.gold["commitment"])
                out.setdefault((min_count, l2, threshold, veto), []).append(tally)
    return out


def _commitment_probabilities(c: Candidates, table: Table) -> dict[Any, float]:
    return dict(zip(c.keys, map(float, table.scores_many(c.rows)[:, 0]), strict=True))


def pooled(tallies: list[Tally]) -> Tally:
    """The folds' tallies summed (F1 of the summed counts, not a mean of F1s)."""
    out = Tally()
    for t in tallies:
        out.merge(t)
    return out


def choose(results: Results, old: Setting) -> Setting:
    """The setting of the best pooled F1 that beats the old one pooled without making more
    than `MOST_WORSE` folds worse by more than `WORSE`; the old one if none does."""
    before = results[old]
    ranked = sorted(
        (s for s in results if s != ("rules alone",)),
        key=lambda s: (-pooled(results[s]).f1, s != old, s),
    )
    for setting in ranked:
        if setting == old or pooled(results[setting]).f1 <= pooled(before).f1:
            return old
        worse = sum(a.f1 < b.f1 - WORSE for a, b in zip(results[setting], before, strict=True))
        if worse <= MOST_WORSE:
            return setting
    return old


def table(name: str, results: Results, sets: Sequence[str], settings: Sequence[Setting]) -> str:
    """A markdown table: per fold and pooled, F1 and the keys the model added (true/false)."""
    head = f"| {name} | " + " | ".join(p.rstrip("-") for p in sets) + " | pooled |"
    lines = [head, "|---" * (len(sets) + 2) + "|"]
    for setting in settings:
        tallies = [*results[setting], pooled(results[setting])]
        label = "rules alone" if setting == ("rules alone",) else _label(setting)
        lines.append(f"| {label} F1 | " + " | ".join(f"{t.f1:.3f}" for t in tallies) + " |")
        if setting != ("rules alone",):
            cells = [_changes(t) for t in tallies]
            lines.append(f"| {label} +true/+false{_dropped(tallies)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _label(setting: Setting) -> str:
    names = ("count", "λ", "threshold", "veto")
    return ", ".join(f"{n} {v:g}" for n, v in zip(names, setting, strict=False))


def _changes(t: Tally) -> str:
    text = f"{t.added_true}/{t.added_false}"
    return text + (
        f" −{t.dropped_true}/−{t.dropped_false}" if t.dropped_true + t.dropped_false else ""
    )


def _dropped(tallies: list[Tally]) -> str:
    return " (−vetoed true/false)" if any(t.dropped_true + t.dropped_false for t in tallies) else ""


def report(
    samples: list[Sample],
    sets: Sequence[str],
    quick: bool = False,
    more: Sequence[tuple[int, float]] = (),
) -> list[str]:
    """The tables of the old and the chosen settings of each type, and the choices.

    `quick`: only the shipped fits (their thresholds still searched); `more`: fits to add.
    """
    old = learned_training.Settings()
    old_c = commitments_training.Settings()
    fits = _distinct([(old.min_count, old.l2), *([] if quick else FITS), *more])
    c_fits = _distinct([(old_c.min_count, old_c.l2), *([] if quick else COMMITMENT_FITS), *more])
    lines: list[str] = []
    found = positions_and_conditions(samples, sets, fits)
    for t, threshold in (
        ("position", old.position_threshold),
        ("condition", old.condition_threshold),
    ):
        was: Setting = (old.min_count, old.l2, threshold)
        chosen = choose(found[t], was)
        lines += [f"{t}s: chosen {_label(chosen)} (was {_label(was)})", ""]
        lines += [table(t + "s", found[t], sets, _distinct([("rules alone",), was, chosen])), ""]
    c_found = commitments(samples, sets, c_fits)
    was = (old_c.min_count, old_c.l2, old_c.threshold, old_c.veto)
    chosen = choose(c_found, was)
    lines += [f"commitments: chosen {_label(chosen)} (was {_label(was)})", ""]
    lines += [table("commitments", c_found, sets, _distinct([("rules alone",), was, chosen]))]
    return lines


def _distinct(settings: list[Any]) -> list[Any]:
    return list(dict.fromkeys(settings))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), metavar="PREFIX")
    parser.add_argument("--quick", action="store_true", help="only the shipped fits")
    parser.add_argument(
        "--fit", nargs=2, action="append", default=[], metavar=("COUNT", "L2"), help="add a fit"
    )
    args = parser.parse_args(argv)
    more = [(int(count), float(l2)) for count, l2 in args.fit]
    print("\n".join(report(learned_training.load(), args.sets, args.quick, more)))


if __name__ == "__main__":
    main()
