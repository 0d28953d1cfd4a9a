"""Readable tables of diplomacy results (rich), for the command line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from rich.text import Text

from willing.cli.context import Table
from willing.diplomacy.attendance import PartyAttendance
from willing.diplomacy.meetings import TimelineEntry
from willing.diplomacy.positions import AlignmentChange, AlignmentMatrix
from willing.diplomacy.readiness import Readiness
from willing.domain.diplomacy import Issue, Position
from willing.domain.enums import Level

LEVEL_SHORT = {
    Level.HEAD: "HEAD",
    Level.MINISTER: "MIN",
    Level.CHIEF_OF_DEFENCE: "CHOD",
    Level.ENVOY: "ENV",
    Level.ADVISER: "ADV",
    Level.OFFICIAL: "OFF",
}


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def _num(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _stated(stated: int | None, recorded: int) -> str:
    return f"{stated if stated is not None else '?'} / {recorded}"


def _outcomes(e: TimelineEntry) -> str:
    docs = [f"{o.title} ({o.detail.replace('_', ' ')})" for o in e.outcomes if o.kind == "document"]
    pledges = [o for o in e.outcomes if o.kind == "pledge"]
    if pledges:
        parties = {o.party for o in pledges}
        docs.append(f"{len(pledges)} pledges by {len(parties)} parties")
    return "\n".join(docs) or "—"


def timeline_table(entries: Sequence[TimelineEntry]) -> Table:
    """Meetings in order: format, host, stated / recorded counts and outcomes."""
    table = Table(title="Meetings", title_justify="left")
    for col in ("date", "meeting", "format", "host", "countries", "heads", "outcomes"):
        table.add_column(col, no_wrap=col == "date")
    for e in entries:
        m = e.meeting
        title = Text(m.title)
        if m.place:
            title.append("\n" + m.place, style="dim")
        table.add_row(
            m.date.isoformat(),
            title,
            m.format.value.replace("_", " "),
            m.host or "—",
            _stated(m.countries_count, e.recorded_countries),
            _stated(m.heads_count, e.recorded_heads),
            _outcomes(e),
        )
    table.caption = (
        "countries and heads: stated by sources / recorded participations; "
        "`--json` lists every outcome"
    )
    return table


def levels_table(entries: Sequence[TimelineEntry]) -> Table:
    """Party x meeting grid of the level each party attended at."""
    table = Table(title="Level of representation", title_justify="left")
    table.add_column("party")
    for e in entries:
        table.add_column(e.meeting.date.strftime("%y-%m-%d"), justify="center")
    parties = sorted({a.party for e in entries for a in e.attendance})
    for party in parties:
        levels = [e.level_of(party) for e in entries]
        table.add_row(party, *(LEVEL_SHORT[lv] if lv else "·" for lv in levels))
    table.caption = " ".join(f"{v}={k.value}" for k, v in LEVEL_SHORT.items())
    return table


def attendance_table(rows: Sequence[PartyAttendance], window: int, threshold: float) -> Table:
    """Per party: attendances, levels, engagement before and within the window, drift."""
    table = Table(
        title=f"Attendance (drift: each party's last {window} counted meetings vs before)",
        title_justify="left",
    )
    for col in ("party", "attended/counted", "levels", "before", "recent", "drift", ""):
        table.add_column(col)
    for r in rows:
        levels = " ".join(f"{LEVEL_SHORT[lv]}×{n}" for lv, n in r.levels.items())
        flag = Text("drifting away", style="red") if r.drifting(threshold) else ""
        drift = _num(r.drift) + ("*" if r.latest_only and r.drift is not None else "")
        table.add_row(
            r.party,
            f"{r.attended}/{r.meetings_since_first}",
            levels,
            _num(r.before_engagement),
            _num(r.recent_engagement),
            drift,
            flag,
        )
    table.caption = (
        f"* at most {window} counted meetings: the latest one vs the mean of the earlier ones; "
        "— : a single counted meeting"
    )
    return table


def matrix_table(m: AlignmentMatrix, title: str) -> Table:
    """Party x party alignment scores; — where two parties share no issue."""
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for p in m.parties:
        table.add_column(p, justify="right")
    for a in m.parties:
        cells = []
        for b in m.parties:
            s = m.score(a, b)
            cells.append("—" if s is None else f"{s:.2f}")
        table.add_row(a, *cells)
    table.caption = f"mean {_num(m.mean())} over {len(m.issues)} issues: " + ", ".join(m.issues)
    table.caption += "; " + matrix_basis(m)
    return table


def matrix_basis(m: AlignmentMatrix) -> str:
    """What the matrix rests on: the share of notional positions, issues per cell."""
    share = m.notional_share
    notional = (
        "no positions"
        if share is None
        else f"{100 * share:.0f}% of its {m.positions} positions are notional (assumed)"
    )
    counts = [m.shared(a, b) for a, b in combinations(m.parties, 2) if m.shared(a, b)]
    if not counts:
        return notional
    low, high = min(counts), max(counts)
    span = f"{low}" if low == high else f"{low} to {high}"
    return f"{notional}; each score rests on {span} shared issues (--detail: per pair)"


def shared_table(m: AlignmentMatrix, title: str) -> Table:
    """Party x party number of shared issues each alignment score rests on."""
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for p in m.parties:
        table.add_column(p, justify="right")
    for a in m.parties:
        table.add_row(a, *("" if a == b else str(m.shared(a, b)) for b in m.parties))
    table.caption = "0: no shared issue, the score is undefined (—)"
    return table


def change_table(change: AlignmentChange) -> Table:
    """Party x party change of alignment between two dates."""
    before, after = change.before, change.after
    table = Table(title=f"Change from {before.at} to {after.at}", title_justify="left")
    table.add_column("")
    for p in after.parties:
        table.add_column(p, justify="right")
    for a in after.parties:
        cells: list[str | Text] = []
        for b in after.parties:
            d = change.delta(a, b)
            if d is None:
                cells.append("—" if a != b else "")
            elif abs(d) < 1e-9:
                cells.append("·")
            else:
                cells.append(Text(f"{d:+.2f}", style="green" if d > 0 else "red"))
        table.add_row(a, *cells)
    old, new = before.mean(), after.mean()
    moved = "" if old is None or new is None else f" ({new - old:+.2f})"
    table.caption = f"mean alignment {_num(old)} -> {_num(new)}{moved}; — : no shared issue"
    return table


def bloc_table(
    blocs: Mapping[str, Sequence[str]], before: AlignmentMatrix | None, after: AlignmentMatrix
) -> Table:
    """Bloc x bloc mean alignment, before -> after when `before` is given."""
    title = "Alignment between blocs" + (f", {before.at} -> {after.at}" if before else "")
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for name in blocs:
        table.add_column(name, justify="right")
    for a, ga in blocs.items():
        cells: list[str | Text] = []
        for gb in blocs.values():
            new = after.between(ga, gb)
            text = _num(new)
            if before is not None:
                old = before.between(ga, gb)
                text = f"{_num(old)} -> {_num(new)}"
                if old is not None and new is not None and abs(new - old) > 1e-9:
                    cells.append(Text(text, style="green" if new > old else "red"))
                    continue
            cells.append(text)
        table.add_row(a, *cells)
    table.caption = "; ".join(f"{n}: {', '.join(g)}" for n, g in blocs.items())
    return table


def positions_table(issue: Issue, history: Sequence[Position]) -> Table:
    """An issue's positions over time with the sources each rests on."""
    table = Table(title=f"{issue.title} ({issue.id})", title_justify="left")
    for col in ("party", "as of", "stance", "position", "sources"):
        table.add_column(col, no_wrap=col in ("as of", "party"))
    for p in history:
        sources = ", ".join(dict.fromkeys(e.source for e in p.evidence)) or "—"
        summary = Text(p.summary or "")
        if p.notional:
            summary.append(" (notional)", style="dim")
        table.add_row(p.party, p.as_of.isoformat(), p.stance.value, summary, sources)
    return table


def claim_text(r: Readiness) -> str:
    """Who claimed the readiness and when, e.g. 'seed-003, Mureks, 2026-01-07'."""
    c = r.claim
    if c is None:
        return ""
    if c.withheld:
        return "source withheld"
    if c.source is None:
        return "source not recorded"
    date = c.published.isoformat() if c.published else "undated"
    return ", ".join(x for x in (c.source, c.publisher, date) if x)


def _readiness_row(r: Readiness) -> list[str | Text]:
    text = "—" if r.difference is None else f"{100 * r.difference:+.0f} pts"
    diff: str | Text = Text(f"{text} ⚑", style="red") if r.flagged else text
    counts = " ".join(f"{s.value} {n}" for s, n in r.counts.items() if n)
    return [
        r.document.id,
        r.document.title,
        r.document.document_kind.value.replace("_", " "),
        r.document.date.isoformat() if r.document.date else "—",
        counts or "no clauses",
        _pct(r.computed),
        _pct(r.claimed) + (f"\n{claim_text(r)}" if r.claim else ""),
        diff,
    ]


def documents_table(found: Sequence[Readiness]) -> Table:
    """Documents with clause counts, computed and claimed readiness."""
    table = Table(title="Documents", title_justify="left")
    for col in ("id", "title", "kind", "date", "clauses", "computed", "claimed", "difference"):
        table.add_column(col, no_wrap=col in ("id", "date", "computed"))
    for r in found:
        table.add_row(*_readiness_row(r))
    table.caption = (
        "computed: weighted share of agreed clauses, dropped clauses excluded; "
        "claimed: with the claim's source and its date"
    )
    return table


def _parties(codes: list[str]) -> str:
    """Party codes, or their number when the list is too long to read (`--json` has all)."""
    if len(codes) > 10:
        return f"{len(codes)} parties"
    return ", ".join(codes) or "—"


def clauses_table(r: Readiness) -> Table:
    """A document's clauses with status, weight and the parties for and against."""
    table = Table(title=f"{r.document.title} ({r.document.id})", title_justify="left")
    for col in ("no.", "status", "weight", "clause", "for", "against"):
        table.add_column(col)
    colours = {"agreed": "green", "open": "yellow", "disputed": "red", "dropped": "dim"}
    for c in r.clauses:
        status = Text(c.status.value, style=colours[c.status.value])
        table.add_row(
            c.number,
            status,
            f"{c.weight:g}",
            c.text,
            _parties(c.parties_for),
            _parties(c.parties_against),
        )
    return table


def readiness_line(r: Readiness) -> Text:
    """Computed readiness beside the claimed figure, flagged when they disagree."""
    diff = "" if r.difference is None else f", difference {100 * r.difference:+.0f} points"
    by = f" ({claim_text(r)})" if r.claim else ""
    line = Text(
        f"Computed readiness {_pct(r.computed)} (unweighted {_pct(r.unweighted)}); "
        f"claimed {_pct(r.claimed)}{by}{diff}."
    )
    if r.flagged:
        line.append(" ⚑ claimed and computed readiness disagree", style="red")
    return line
