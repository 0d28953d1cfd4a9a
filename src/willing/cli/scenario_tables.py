"""Tables the scenario commands print: comparisons, Monte Carlo, criticality, sensitivity
and stored results (the figures arrive already cut to the viewer)."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from willing.cli.context import Table, console

#: Affected line ids a criticality row names before "…" (the JSON has them all).
SHOWN_LINES = 3


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


def _num(value: float) -> str:
    """A share as a percent without the sign, for wide tables whose title says "percent"."""
    return f"{100 * value:.1f}"


def print_compare(out: dict[str, Any]) -> None:
    """The comparison tables: coverage side by side, then the lines whose fill changes."""
    ids = out["scenarios"]
    table = Table(title="Coverage by scenario (share of each line's demand met)")
    table.add_column("coverage", no_wrap=True)
    for column in [*ids, *(f"Δ {s}" for s in ids[1:])]:
        table.add_column(column, justify="right")
    for fig in out["figures"]:
        values = [out["coverage"][s].get(fig, 0.0) for s in ids]
        deltas: list[Text] = []
        for v in values[1:]:
            d = v - values[0]
            style = "green" if d > 1e-9 else "red" if d < -1e-9 else "dim"
            deltas.append(Text(f"{100 * d:+.1f}", style=style))
        table.add_row(fig, *(_pct(v) for v in values), *deltas)
    console.print(table)
    lines = Table("requirement", *ids, title=f"Lines whose fill changes ({len(out['lines'])})")
    for row in out["lines"]:
        lines.add_row(row["requirement"], *(f"{row['filled'][s]:g}" for s in ids))
    console.print(lines)


def print_montecarlo(summary: dict[str, Any]) -> None:
    """The Monte Carlo tables, narrow enough for 80 columns: the distribution of each
    figure and the chance of reaching each threshold, then the screening bound (if any)
    in a table of its own."""
    stats: dict[str, dict[str, Any]] = summary.get("coverage", {})
    reach = list(next(iter(stats.values()))["p_reach"]) if stats else []
    table = Table(
        title=(
            f"Monte Carlo, scenario {summary.get('scenario', '?')}: "
            f"{summary.get('draws', 0)} draws, seed {summary.get('seed', 0)}, "
            f"{summary.get('distinct_solves', 0)} distinct plans solved (percent)"
        )
    )
    table.add_column("coverage", no_wrap=True)
    for column in ("mean", "p5", "p50", "p95", *(f"≥{t}" for t in reach)):
        table.add_column(column, justify="right", no_wrap=True)
    for name, s in stats.items():
        table.add_row(
            name,
            _num(s["mean"]),
            _num(s["percentiles"]["p5"]),
            _num(s["percentiles"]["p50"]),
            _num(s["percentiles"]["p95"]),
            *(_num(v) for v in s["p_reach"].values()),
        )
    console.print(table)
    console.print(
        "mean, p5, p50, p95: coverage in percent of demand; "
        "≥t: percent of draws whose coverage reaches t.",
        highlight=False,
    )
    met_rate: dict[str, float] = summary.get("condition_met_rate", {})
    rates = ", ".join(f"{c} {_pct(r).strip()}" for c, r in met_rate.items())
    console.print(f"Conditions met in the draws: {rates}", highlight=False)
    upper: dict[str, float] | None = summary.get("screening_bound_mean")
    if upper is None:
        return
    bound = Table(title="Screening bound: an upper bound for screening, not a plan")
    bound.add_column("coverage", no_wrap=True)
    for column in ("mean", "bound (mean)", "gap"):
        bound.add_column(column, justify="right", no_wrap=True)
    for name, s in stats.items():
        if name in upper:
            gap = max(0.0, upper[name] - s["mean"])  # never below: only rounding noise
            bound.add_row(name, _pct(s["mean"]), _pct(upper[name]), _pct(gap))
    console.print(bound)


def _first_lines(lines: list[str]) -> str:
    """The first few line ids a row affects (already only those the viewer may see)."""
    if not lines:
        return "no line"
    more = ", …" if len(lines) > SHOWN_LINES else ""
    return ", ".join(lines[:SHOWN_LINES]) + more


def print_criticality(ranking: list[dict[str, Any]], title: str, top: int) -> None:
    """The ranking's first `top` rows, each id over the first lines it affects; rows and
    line ids hidden from the viewer were left out when the ranking was made (see
    `service.rank`), so the count and the ids name only lines it may see."""
    table = Table(title=f"{title}: coverage lost without each")
    table.add_column("#", justify="right")
    table.add_column("kind")
    table.add_column("id / first lines affected")
    table.add_column("weighted", justify="right")
    table.add_column("overall", justify="right")
    table.add_column("lines", justify="right")
    for i, row in enumerate(ranking[:top], start=1):
        lines = list(row.get("lines", []))
        cell = Text(row["id"])
        cell.append("\n" + _first_lines(lines), style="dim")
        table.add_row(
            str(i),
            row["kind"],
            cell,
            _pct(row["weighted_loss"]),
            _pct(row["figures"].get("overall", 0.0)),
            str(len(lines)),
        )
    console.print(table)
    if len(ranking) > top:
        console.print(f"{len(ranking) - top} more rows: --top or --json.", highlight=False)


def print_sensitivity(points: list[dict[str, Any]], title: str) -> None:
    """One row per probability: mean overall, weighted and layer coverage, P(≥t)."""
    names = list(points[0]["mean"]) if points else []
    reach = list(points[0]["p_reach"]) if points else []
    shown = [n for n in names if n == "overall" or n == "weighted" or n.startswith("layer:")]
    table = Table(title=title)
    for column in ["p", *(n.removeprefix("layer:") for n in shown), *(f"P(≥{t})" for t in reach)]:
        table.add_column(column, justify="right", no_wrap=True)
    for p in points:
        table.add_row(
            f"{p['probability']:.2f}",
            *(_pct(p["mean"][n]) for n in shown),
            *(_pct(v) for v in p["p_reach"].values()),
        )
    console.print(table)
    console.print(
        "p: probability of the condition; P(≥t): probability that overall coverage reaches t.",
        highlight=False,
    )


def stamp(value: Any) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if hasattr(value, "strftime") else str(value)


def one_line(kind: str, summary: dict[str, Any]) -> str:
    """A stored result's summary in one line (its figures were already filtered for the
    viewer of the run, who is the only party that may read it)."""
    if kind == "montecarlo":
        overall = summary.get("coverage", {}).get("overall", {})
        mean = f", overall mean {_pct(overall['mean']).strip()}" if "mean" in overall else ""
        return f"{summary.get('draws', '?')} draws, seed {summary.get('seed', '?')}{mean}"
    if kind == "criticality":
        top = summary.get("top") or []
        if not top:
            return "nothing ranked"
        first_kind, first_id, loss = top[0]
        return f"first: {first_kind} {first_id} ({_pct(loss).strip()} weighted)"
    if kind == "sensitivity":
        return f"to {summary.get('condition', '?')}"
    if kind == "compare":
        by = summary.get("coverage", {})
        return "overall: " + ", ".join(
            f"{sid} {_pct(figures.get('overall', 0.0)).strip()}" for sid, figures in by.items()
        )
    return ""


def print_result(found: dict[str, Any]) -> None:
    """A stored result rendered as the command that made it prints it."""
    kind, summary, body = found["kind"], found["summary"], found["body"]
    parameters = body.get("parameters", {})
    head = Table(title=f"Stored result {found['id']}", show_header=False)
    head.add_column("field", style="bold")
    head.add_column("value", overflow="fold")
    for field, value in (
        ("kind", kind),
        ("created", stamp(found["created_at"])),
        ("revision", str(found["revision"])),
        ("scenario", found["scenario"] or ""),
        ("parameters", ", ".join(f"{k}={v}" for k, v in parameters.items())),
        ("inputs hash", found["inputs_hash"]),
    ):
        head.add_row(field, value)
    console.print(head)
    if kind == "montecarlo":
        print_montecarlo(summary)
    elif kind == "criticality":
        ranking = body.get("ranking", [])
        print_criticality(ranking, f"Criticality under scenario {found['scenario']}", len(ranking))
    elif kind == "sensitivity":
        title = f"Sensitivity to {parameters.get('condition', summary.get('condition'))}"
        print_sensitivity(body.get("points", []), f"{title} (scenario {found['scenario']})")
    elif kind == "compare":
        print_compare(body)
