"""The summit read-ahead: the plan in words, its gaps and their reasons, uncertainty and
criticality, burden sharing, meetings, positions, document readiness and every source
cited, as one viewer may see them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from willing.burden.service import burden
from willing.charts import specs
from willing.charts.world import contributions_map, coverage_map
from willing.diplomacy.service import alignment_change, documents, meetings, positions_by_issue
from willing.domain.enums import ConditionStatus
from willing.present.numbers import date, date_range, money, number, percent, units
from willing.present.summary import amount, fraction_note, gap_rank, reason_words, summarise
from willing.reports.conflicts import conflicts_section
from willing.reports.document import INPUTS, Bullets, Chart, Para, Report, Section, Shown, Table
from willing.reports.plans import by_country, variants
from willing.reports.sources import sources_section
from willing.scenarios.definition import BUILTINS
from willing.scenarios.service import montecarlo, rank
from willing.services.access import Registry


@dataclass(frozen=True)
class Options:
    """What the read-ahead assumes and covers; small Monte Carlo defaults keep it fast."""

    assume: Mapping[str, ConditionStatus] = field(default_factory=dict)
    since: dt.date | None = None
    today: dt.date | None = None
    draws: int = 100
    seed: int = 0
    top_gaps: int = 3
    critical: int = 10


def viewer_text(registry: Registry) -> str:
    viewer = registry.viewer
    return "the administrator" if viewer.is_admin else f"{viewer.party or 'no party'}"


def funding_capabilities(shown: Shown) -> frozenset[str]:
    """Capabilities counted in thousands of EUR rather than units."""
    return frozenset(
        c.id
        for c in shown.records("capabilities").values()
        if getattr(c, "domain", None) == "funding"
    )


def summary_section(shown: Shown, options: Options) -> tuple[Section, dict[str, object]]:
    """The one-page summary and the baseline plan data it is drawn from."""
    plans = variants(shown.registry, options.assume)
    base = plans[0].data
    words = summarise(base, options.top_gaps, funding_capabilities(shown))
    section = Section(f"Summary: {words.headline}", page_break=True)
    section.blocks.append(Para(" ".join(words.sentences)))
    if options.assume:
        assumed = ", ".join(f"{k} {v.value}" for k, v in sorted(options.assume.items()))
        section.blocks.append(Para(f"Assumed: {assumed}."))
    layers = [str(r["name"]) for r in base["tables"]["layer"]]
    rows = []
    for layer in layers:
        row = [layer]
        for variant in plans:
            found = [r for r in variant.data["tables"]["layer"] if r["name"] == layer]
            row.append(percent(float(found[0]["share"])) if found else "-")
        rows.append(tuple(row))
    overall = ["overall"]
    for variant in plans:
        cov = variant.data["coverage"]
        overall.append("-" if cov is None else percent(float(cov)))
    rows.append(tuple(overall))
    section.blocks.append(
        Table(
            ("coverage by layer", *(v.name for v in plans)),
            tuple(rows),
            frozenset(range(1, len(plans) + 1)),
        )
    )
    if words.priorities:
        section.blocks.append(Para("Gaps by priority (1 is most important):"))
        section.blocks.append(Bullets(tuple(f"{p.name}: {p.text}" for p in words.priorities)))
    if words.biggest_gaps:
        section.blocks.append(Para("The biggest gaps and why:"))
        section.blocks.append(Bullets(tuple(f"{g.name}: {g.text}" for g in words.biggest_gaps)))
    if options.since is not None:
        section.blocks.append(Para(f"What changed {date_range(options.since, None)}:"))
        section.blocks.append(Bullets(tuple(changes(shown, options.since))))
    section.blocks.append(Chart(specs.coverage_by_layer(base["tables"]["layer"]), "Baseline plan"))
    return section, base


def figure(value: float, capability: str, funding: frozenset[str]) -> str:
    """A quantity in a table cell: money for funding, a bare number of units otherwise."""
    return amount(value, capability, funding) if capability in funding else number(value)


def changes(shown: Shown, since: dt.date, limit: int = 8) -> list[str]:
    """What changed since `since`, from the records' own history: pledges that entered a
    status, positions stated and meetings held (newest first, `limit` pledges named)."""
    moved = []
    for p in shown.records("pledges").values():
        for change in getattr(p, "history", []):
            if change.date >= since:
                moved.append((change.date, p.id, str(getattr(p, "party", "")), change.status))
    moved.sort(key=lambda m: (m[0], m[1]), reverse=True)
    out = [
        f"{len(moved)} pledge status change{'s' if len(moved) != 1 else ''}"
        + (", the latest:" if moved else "")
    ]
    for day, pid, party, status in moved[:limit]:
        shown.add("pledges", pid)
        out.append(f"{pid} ({party}) {status.value} on {date(day)}")
    stated = [p for p in shown.records("positions").values() if getattr(p, "as_of", since) >= since]
    held = [m for m in shown.records("meetings").values() if getattr(m, "date", since) >= since]
    out.append(f"{len(stated)} position{'s' if len(stated) != 1 else ''} stated")
    out.append(f"{len(held)} meeting{'s' if len(held) != 1 else ''} held")
    return out


def gaps_section(shown: Shown, base: Mapping[str, object]) -> Section:
    gaps = list(base["gaps"])  # type: ignore[call-overload]
    funding = funding_capabilities(shown)
    for g in gaps:
        shown.add("requirements", g["requirement"])
    section = Section("Force-plan gaps", page_break=True)
    if not gaps:
        section.blocks.append(Para("Every requirement line you may see is filled."))
        return section
    rows = tuple(
        (
            str(g["requirement"]),
            str(g["priority"]),
            str(g["capability"]),
            # one part a line: the column is as wide as its longest part, never splits one
            f"{g['layer']} /\n{g['location']} /\n{g['phase']}",
            f"{figure(float(g['missing']), g['capability'], funding)} of "
            f"{figure(float(g['demand']), g['capability'], funding)}",
            reason_words(g["reasons"]),
        )
        for g in sorted(gaps, key=gap_rank)
    )
    deployed = by_country(shown, base)
    if deployed:
        section.blocks.append(
            Chart(coverage_map(deployed), "Demand filled where forces would deploy, by country")
        )
    section.blocks.append(
        Table(
            ("line", "prio", "capability", "where", "missing", "why"),
            rows,
            frozenset({1, 4}),
            frozenset({0, 2, 3}),
        )
    )
    note = fraction_note(gaps, funding)
    if note:
        section.blocks.append(Para(note))
    return section


def uncertainty_section(shown: Shown, options: Options) -> Section:
    registry = shown.registry
    scenario = BUILTINS["baseline"]
    section = Section("Uncertainty and criticality", page_break=True)
    prep, mc = montecarlo(registry, scenario, options.draws, options.seed)
    names = list(mc.names)
    column = names.index("overall")
    samples = np.asarray(mc.coverage)[:, column].tolist() if options.draws else []
    if samples:
        arr = np.asarray(samples)
        section.blocks.append(
            Para(
                f"Over {options.draws} draws of the uncertain conditions (seed {options.seed}), "
                f"coverage has a median of {percent(float(np.median(arr)))}, and is between "
                f"{percent(float(np.quantile(arr, 0.1)))} and "
                f"{percent(float(np.quantile(arr, 0.9)))} in 80% of draws."
            )
        )
        section.blocks.append(Chart(specs.coverage_distribution(samples), "Monte Carlo"))
    ranking = rank(registry, scenario, top_pledges=options.critical)["ranking"]
    ranking = sorted(ranking, key=lambda r: -float(r["weighted_loss"]))[: options.critical]
    kinds = {"party": "parties", "condition": "conditions", "pledge": "pledges"}
    for r in ranking:
        shown.add(kinds.get(str(r["kind"]), "parties"), str(r["id"]))
    if ranking:
        section.blocks.append(Chart(specs.criticality(ranking), "What hurts most if lost"))
    return section


def burden_section(shown: Shown) -> Section:
    report = burden(shown.registry)
    rows = sorted(report.rows, key=lambda r: -r.total_eur)
    section = Section("Burden sharing", page_break=True)
    for r in rows:
        shown.add("parties", r.party)
    chart_rows = [{"party": r.party, "eur": r.total_eur} for r in rows if r.total_eur > 0]
    if chart_rows:
        section.blocks.append(Chart(specs.burden_shares(chart_rows), "Valued pledges"))
        section.blocks.append(Chart(contributions_map(chart_rows), "Valued pledges by nation"))
    section.blocks.append(
        Table(
            ("party", "name", "valued", "share of the coalition", "fair share"),
            tuple(
                (
                    r.party,
                    r.name,
                    money(r.total_eur),
                    "-" if r.share is None else percent(r.share, 1),
                    "-" if r.fair_share is None else number(r.fair_share),
                )
                for r in rows
            ),
            frozenset({2, 3, 4}),
        )
    )
    return section


def diplomacy_section(shown: Shown, options: Options) -> Section:
    registry = shown.registry
    section = Section("Meetings, positions and documents", page_break=True)
    view = meetings(registry, options.since, options.today)
    section.blocks.append(Para(f"Meetings {date_range(options.since, options.today)}:"))
    rows = []
    for entry in view.entries:
        m = entry.meeting
        shown.add("meetings", m.id)
        rows.append(
            (
                date(m.date),
                m.title,
                m.place or "-",
                str(m.format.value),
                str(entry.recorded_parties),
            )
        )
    section.blocks.append(
        Table(
            ("date", "meeting", "place", "format", "parties recorded"), tuple(rows), frozenset({4})
        )
    )
    issue_rows = []
    for issue, positions in positions_by_issue(registry, at=options.today):
        shown.add("issues", issue.id)
        latest = {p.party: p for p in positions}
        for party, p in sorted(latest.items()):
            shown.add("positions", p.id)
            issue_rows.append(
                (issue.id, party, str(p.stance.value), date(p.as_of), p.summary or "")
            )
    if issue_rows:
        section.blocks.append(Para("Latest position of each party on each issue:"))
        section.blocks.append(
            Table(("issue", "party", "stance", "as of", "in words"), tuple(issue_rows))
        )
    if options.since is not None:
        change = alignment_change(registry, options.since, options.today or dt.date.today())
        moves = change.moves()[:10]
        if moves:
            section.blocks.append(
                Para(f"Largest alignment changes {date_range(options.since, None)}:")
            )
            section.blocks.append(Bullets(tuple(f"{a} and {b}: {d:+.2f}" for a, b, d in moves)))
    doc_rows = []
    for r in documents(registry):
        shown.add("documents", r.document.id)
        doc_rows.append(
            (
                r.document.id,
                "-" if r.claimed is None else percent(r.claimed),
                "-" if r.computed is None else percent(r.computed),
                "yes" if r.flagged else "no",
            )
        )
    if doc_rows:
        section.blocks.append(
            Para("Document readiness: what was claimed against the clauses agreed:")
        )
        section.blocks.append(
            Table(
                ("document", "claimed", "computed", "flagged"), tuple(doc_rows), frozenset({1, 2})
            )
        )
    return section


def build(registry: Registry, options: Options | None = None) -> Report:
    """The read-ahead for `registry`'s viewer."""
    with registry.reading():  # the services share one read of each kind
        return _build(registry, options)


def _build(registry: Registry, options: Options | None = None) -> Report:
    options = options or Options()
    shown = Shown(registry)
    shown.begin()
    shown.derive(INPUTS)
    summary, base = summary_section(shown, options)
    sections = [summary]
    makers: list[tuple[Callable[[], Section], bool]] = [
        (lambda: gaps_section(shown, base), True),
        (lambda: uncertainty_section(shown, options), True),
        (lambda: burden_section(shown), True),
        (lambda: diplomacy_section(shown, options), False),
        (lambda: conflicts_section(shown), False),
        (lambda: sources_section(shown), False),
    ]
    for make, derived in makers:
        shown.begin()
        if derived:
            shown.derive(INPUTS)
        sections.append(make())
    today = options.today or dt.date.today()
    window = date_range(options.since, options.today)
    subtitle = f"Prepared for {viewer_text(registry)}, {date(today)}; meetings {window}"
    return Report("Summit read-ahead", subtitle, shown.marking(), sections, shown.runs())


__all__ = ["Options", "build", "units"]
