"""News ingestion commands: ingest articles, review the drafts, settle source conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from willing.cli.context import (
    AsOption,
    DbOption,
    JsonOption,
    RoleOption,
    Table,
    console,
    escape,
    open_registry,
    print_json,
)
from willing.cli.interactive import walk
from willing.domain.errors import WillingError
from willing.ingest import conflicts as conflict_service
from willing.ingest import review as review_service
from willing.ingest import splitting
from willing.ingest.batch import collect
from willing.ingest.drafts import Draft
from willing.ingest.evaluate import Report, combined, evaluate_dirs
from willing.ingest.items import ITEM_TYPES
from willing.ingest.queue import ingest_many
from willing.services.access import Registry

DAY = ["%Y-%m-%d"]


def _score(value: float | None) -> str:
    """A score to three places, or a dash when there was nothing to score."""
    return "—" if value is None else f"{value:.3f}"


def _evaluation_table(report: Report, where: str = "") -> Table:
    title = f"Extraction against {len(report.files)} gold files{where}"
    table = Table(title=title, title_justify="left")
    for column in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    rows = list(report.totals().items())
    pooled = [("total", report.total()), ("total without parties", report.total_without_parties())]
    for n, (item_type, s) in enumerate([*rows, *pooled]):
        table.add_row(
            item_type,
            str(s.tp),
            str(s.fp),
            str(s.fn),
            _score(s.precision),
            _score(s.recall),
            _score(s.f1),
            end_section=n == len(rows) - 1,
        )
    return table


def _evaluate(folders: list[Path], json_out: bool, rules_only: bool = False) -> None:
    """Score each gold folder; with several, each on its own and then all together."""
    reports = evaluate_dirs(folders, model=False if rules_only else None)
    if len(reports) == 1:
        (report,) = reports.values()
        if json_out:
            print_json(report.as_dict())
        else:
            console.print(_evaluation_table(report))
        return
    together = combined(reports)
    if json_out:
        print_json(
            {
                "folders": {name: r.as_dict() for name, r in reports.items()},
                **together.as_dict(),
            }
        )
        return
    for name, report in reports.items():
        console.print(_evaluation_table(report, f" in {escape(name)}"))
    console.print(_evaluation_table(together, f" in {len(reports)} folders"))


def ingest(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Articles: plain text or saved HTML pages, folders of them, or saved RSS "
            "or Atom feeds (one article per entry)."
        ),
    ] = None,
    published: Annotated[
        dt.datetime | None,
        typer.Option(formats=DAY, help="Publication date, anchors 'Thursday', 'kemarin'..."),
    ] = None,
    evaluate: Annotated[
        list[Path] | None,
        typer.Option(
            "--evaluate",
            metavar="GOLD_DIR",
            help="Score extraction against the gold files of a folder instead (repeat the "
            "option, or list more folders, for several; a total row ends each table).",
        ),
    ] = None,
    rules_only: Annotated[
        bool,
        typer.Option(
            "--rules-only",
            help="With --evaluate: score the hand-written rules alone, without the learned "
            "models' positions, conditions and commitments (compare the two runs to see what "
            "they add).",
        ),
    ] = False,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Read news articles (Indonesian or English) and queue the records they propose.

    All files are read first, then stored (each as a source with its drafts) in one
    transaction: a file that cannot be read stops the batch before anything is written.
    A folder gives its .txt, .html and .xml files; a saved RSS or Atom feed gives each of
    its entries, dated by the entry. An article already ingested is skipped. Drafts wait
    for `willing review`. Conflicts with known facts go to `willing conflicts`.

    \b
    Example:
        willing ingest seed-003.txt --published 2026-01-07
        willing ingest articles/
        willing ingest saved-feed.xml
        willing ingest --evaluate tests/ingest/gold
        willing ingest --evaluate tests/ingest/gold --evaluate tests/ingest/heldout
        willing ingest --evaluate tests/ingest/heldout --rules-only
    """
    if evaluate:
        # further folders may follow the first: --evaluate gold heldout
        extra = list(files or [])
        if not all(path.is_dir() for path in extra):
            raise WillingError("with --evaluate give gold folders only, not articles")
        _evaluate([*evaluate, *extra], json_out, rules_only)
        return
    if rules_only:
        raise WillingError("--rules-only goes with --evaluate")
    if not files:
        raise WillingError("give at least one article to ingest, or --evaluate GOLD_DIR")
    registry = open_registry(db, as_party, role)
    day = published.date() if published else None
    articles = collect(files)
    batch = len(articles) > 1 or any(path.is_dir() for path in files)
    with _progress(len(articles), enabled=batch and not json_out) as advance:
        results = ingest_many(
            registry,
            [(a.name, a.data) for a in articles],
            published=day,
            dates=[a.published for a in articles],
            progress=advance,
        )
    if json_out:
        print_json([r.__dict__ for r in results])
        return
    for article, r in zip(articles, results, strict=True):
        console.print(
            f"[bold]{escape(article.name)}[/]: source {escape(r.source)} "
            f"({r.language or '?'}, published {r.published or 'unknown'}): "
            f"{len(r.drafts)} drafts, {len(r.conflicts)} conflicts"
        )
        for warning in r.warnings:
            console.print(f"  [yellow]note:[/] {escape(warning)}")
        if r.drafts and not batch:
            _listed(registry, review_service.listing(registry, status=None, ids=r.drafts), False)
        for cid in r.conflicts:
            console.print(f"  [red]conflict[/] {escape(cid)}: see `willing conflicts`")
    if batch:
        known = sum(1 for r in results if r.reused_source and not r.drafts)
        console.print(
            f"{len(results)} articles: {len(results) - known} stored, {known} already known "
            f"(skipped), {sum(len(r.drafts) for r in results)} drafts, "
            f"{sum(len(r.conflicts) for r in results)} conflicts; see `willing review`"
        )


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar on standard error while a batch is read (none for one article)."""
    if not enabled:
        yield lambda _name: None
        return
    with Progress(
        TextColumn("reading articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("read", total=total)
        yield lambda _name: bar.advance(task)


def _drafts_table(drafts: list[Draft], outlook: dict[str, str]) -> Table:
    table = Table(title="Drafts (unreviewed until accepted)", title_justify="left")
    for column in ("id", "type", "status", "conf", "proposal", "on accept", "from the text"):
        table.add_column(column, overflow="fold")
    for d in drafts:
        quote = (d.quote or "")[:70] + ("…" if d.quote and len(d.quote) > 70 else "")
        table.add_row(
            d.id,
            d.item_type,
            d.status,
            f"{d.confidence:.2f}",
            d.summary(),
            _outlook(d, outlook),
            f"[{d.start}:{d.end}] {quote}",
        )
    return table


def _outlook(draft: Draft, outlook: dict[str, str]) -> str:
    """What accepting would do (pending drafts) or did (reviewed ones)."""
    if draft.record_id:
        return f"{draft.record_kind}/{draft.record_id}"
    return outlook.get(draft.id, "-")


def _listed(registry: Registry, drafts: list[Draft], json_out: bool) -> None:
    outlook = review_service.preview(registry, drafts)
    if json_out:
        print_json([{**d.as_dict(), "on_accept": outlook.get(d.id)} for d in drafts])
    else:
        console.print(_drafts_table(drafts, outlook))


def review(
    ids: Annotated[list[str] | None, typer.Argument(help="Draft ids to act on.")] = None,
    accept: Annotated[bool, typer.Option("--accept", help="Accept the drafts.")] = False,
    reject: Annotated[bool, typer.Option("--reject", help="Reject the drafts.")] = False,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", metavar="FIELD=VALUE", help="Edit a field of one pending draft."),
    ] = None,
    interactive: Annotated[
        bool,
        typer.Option(
            "--interactive",
            "-i",
            help="Walk the pending drafts the filters select one at a time, each shown in "
            "its sentence with the span highlighted: a accept, r reject, e edit, s skip, "
            "q quit.",
        ),
    ] = False,
    split: Annotated[
        int | None,
        typer.Option(
            "--split",
            metavar="N",
            min=2,
            help="Split one pending draft that proposes several things into N drafts "
            "(itself first, then ID-2, ID-3...), each edited on its own.",
        ),
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Act on every draft the filters select.")
    ] = False,
    item_type: Annotated[
        str | None,
        typer.Option("--type", help=f"Only drafts of this type: {', '.join(ITEM_TYPES)}."),
    ] = None,
    source: Annotated[str | None, typer.Option(help="Only drafts from this source id.")] = None,
    min_confidence: Annotated[
        float | None, typer.Option(min=0, max=1, help="Only drafts at least this confident.")
    ] = None,
    status: Annotated[
        str, typer.Option(help="Drafts with this status: pending, accepted, linked, rejected, any.")
    ] = "pending",
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List drafts waiting for review; accept, edit or reject them one by one or in bulk.

    Accepted drafts become records with the article and span as evidence; drafts that
    match an existing record are linked to it instead of creating a duplicate.

    \b
    Example:
        willing review
        willing review src-1a2b3c4d5e6f:004 --set format=in_person
        willing review src-1a2b3c4d5e6f:006 --split 2
        willing review --interactive --type commitment
        willing review src-1a2b3c4d5e6f:004 src-1a2b3c4d5e6f:005 --accept
        willing review --all --type party --min-confidence 0.9 --accept
        willing review --all --source src-1a2b3c4d5e6f --reject
    """
    registry = open_registry(db, as_party, role)
    if accept and reject:
        raise WillingError("choose --accept or --reject, not both")
    chosen = list(ids or [])
    if all_:
        if chosen:
            raise WillingError("give draft ids or --all, not both")
        chosen = [
            d.id
            for d in review_service.listing(
                registry,
                status="pending",
                item_type=item_type,
                source=source,
                min_confidence=min_confidence,
            )
        ]
    if interactive:
        if accept or reject or set_ or split is not None:
            raise WillingError("--interactive decides each draft itself: drop the other actions")
        queue = review_service.listing(
            registry,
            status="pending",
            item_type=item_type,
            source=source,
            min_confidence=min_confidence,
            ids=chosen or None,
        )
        if not queue:
            console.print("No pending draft to review.")
            return
        done = walk(registry, queue)
        console.print(", ".join(f"{n} {what}" for what, n in done.items()))
        return
    if split is not None:
        if len(chosen) != 1 or set_ or accept or reject:
            raise WillingError("--split acts alone on one draft: give exactly one draft id")
        parts = splitting.split(registry, chosen[0], split)
        _show(registry, [d.id for d in parts], json_out)
        return
    if set_:
        if len(chosen) != 1:
            raise WillingError("--set edits one draft: give exactly one draft id")
        changes = dict(_pair(s) for s in set_)
        edited = review_service.edit(registry, chosen[0], changes)
        if not (accept or reject):
            _show(registry, [edited.id], json_out)
            return
    if accept or reject:
        if not chosen:
            raise WillingError("nothing to review: give draft ids, or --all with filters")
        outcomes = (review_service.accept if accept else review_service.reject)(registry, chosen)
        if json_out:
            print_json([o.__dict__ for o in outcomes])
            return
        for o in outcomes:
            target = f" -> {o.record}" if o.record else ""
            note = f" ({o.note})" if o.note else ""
            console.print(escape(f"{o.draft}: {o.status}{target}{note}"))
        return
    listed = review_service.listing(
        registry,
        status=None if status == "any" else status,
        item_type=item_type,
        source=source,
        min_confidence=min_confidence,
        ids=chosen or None,
    )
    _listed(registry, listed, json_out)


def _show(registry: Registry, ids: list[str], json_out: bool) -> None:
    _listed(registry, review_service.listing(registry, status=None, ids=ids), json_out)


def _pair(text: str) -> tuple[str, str]:
    field, sep, value = text.partition("=")
    if not sep or not field.strip():
        raise WillingError(f"--set takes FIELD=VALUE, not '{text}'")
    return field.strip(), value.strip()


def conflicts(
    resolve: Annotated[
        list[str] | None,
        typer.Option(
            metavar="CONFLICT", help="Settle this conflict (repeat to settle several at once)."
        ),
    ] = None,
    resolve_open: Annotated[
        bool,
        typer.Option(
            "--resolve-open", help="Settle every open conflict you may see, the same way."
        ),
    ] = False,
    pick: Annotated[
        int | None,
        typer.Option(min=1, help="With --resolve: the claim (1, 2...) that holds in each."),
    ] = None,
    keep_both: Annotated[
        bool, typer.Option("--keep-both", help="With --resolve: keep both claims on record.")
    ] = False,
    note: Annotated[
        str | None, typer.Option(help="With --resolve: why, for the next reader (kept).")
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list settled conflicts.")] = False,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List open conflicts between sources, each claim with its source and span; settle them.

    Several conflicts settled at once are settled in one transaction: if one cannot be
    (missing, already settled, no such claim), none is.

    \b
    Example:
        willing conflicts
        willing conflicts --resolve conflict-0123456789ab --pick 1
        willing conflicts --resolve conflict-0123456789ab --keep-both --note "both are reported"
        willing conflicts --resolve-open --keep-both --note "reviewed at the weekly sync"
    """
    registry = open_registry(db, as_party, role)
    if resolve or resolve_open:
        if (pick is None) == (not keep_both):
            raise WillingError("with --resolve give either --pick N or --keep-both")
        if resolve and resolve_open:
            raise WillingError("give either --resolve CONFLICT or --resolve-open, not both")
        ids = resolve or [c.id for c in conflict_service.listing(registry, "open")]
        if not ids:
            console.print("No open conflicts.")
            return
        found = conflict_service.resolve_many(registry, ids, pick, note)
    else:
        found = conflict_service.listing(registry, None if show_all else "open")
    if json_out:
        print_json([c.as_dict() for c in found])
        return
    if not found:
        console.print("No open conflicts.")
        return
    for c in found:
        table = Table(
            title=f"{c.id}: {c.subject_kind}/{c.subject_id} {c.field} ({c.status})",
            title_justify="left",
        )
        for column in ("claim", "value", "source", "span", "quote"):
            table.add_column(column, overflow="fold")
        for n, claim in enumerate(c.claims, start=1):
            span = f"{claim['start']}:{claim['end']}" if claim.get("start") is not None else "-"
            table.add_row(
                str(n),
                str(claim["value"]),
                str(claim.get("source")),
                span,
                str(claim.get("quote") or ""),
            )
        console.print(table)


def register(app: typer.Typer) -> None:
    """Attach the ingestion commands to the root command."""
    app.command()(ingest)
    app.command()(review)
    app.command()(conflicts)
