"""Storing articles: their source records and the drafts proposed from them, in one
transaction with one audit entry (the new sources are versioned like any record written)."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from willing.domain.diplomacy import Source
from willing.domain.enums import SourceKind
from willing.ingest import conflicts
from willing.ingest.compared import Compared
from willing.ingest.drafts import DRAFT_TYPES, PENDING, Draft, now
from willing.ingest.extract_many import extract_all
from willing.ingest.items import Extraction, Item
from willing.ingest.normalise import normalise
from willing.services.access import Registry
from willing.services.permissions import Action, require
from willing.storage import audit, rows, sources, writes
from willing.storage import drafts as stored_drafts

if TYPE_CHECKING:
    from willing.storage.engine import Connection


@dataclass
class Ingested:
    """What one article gave: its source id, the drafts stored and the conflicts raised."""

    source: str
    title: str | None
    language: str | None
    published: dt.date | None
    drafts: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    reused_source: bool = False
    warnings: list[str] = field(default_factory=list)


def require_reviewer(registry: Registry, action: Action = Action.REVIEW) -> None:
    """Ingesting and reviewing are actions of the permission table (`services.permissions`)."""
    require(registry.viewer, action)


def source_id(text: str) -> str:
    """A stable id for an article: the same text always gets the same source."""
    return "src-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def text_key(text: str) -> str:
    """A hash of the cleaned form of a text: a stored copy that still holds boilerplate
    or other whitespace has the same key as the article read from a file."""
    return hashlib.sha256(normalise(text)[0].encode("utf-8")).hexdigest()


class _KnownSources:
    """The sources the viewer may see, by the key of their cleaned text.

    Read once per batch (each stored text normalised once), then kept up to date as the
    batch stores new sources; a source hidden from the viewer is never reused.
    """

    def __init__(self, conn: Connection, registry: Registry) -> None:
        self.conn = conn
        self.registry = registry
        self.by_key: dict[str, tuple[str, str]] | None = None
        #: the id of a source by its exact text, once the texts are read
        self.by_text: dict[str, str] = {}

    def find(self, text: str) -> tuple[str, str] | None:
        """(id, stored text) of a visible source whose cleaned text is `text`: one whose
        text is exactly `text` if there is one."""
        if self.by_key is None:
            visible = self.registry.visible_ids("sources")
            same = sources.with_text(self.conn, text, visible)
            if same is not None:
                return same, text
            self.by_key = {}
            for sid, body in sources.texts(self.conn, visible):
                self.by_key.setdefault(text_key(body), (sid, body))
                self.by_text.setdefault(body, sid)
        same = self.by_text.get(text)
        if same is not None:
            return same, text
        return self.by_key.get(_clean_key(text))

    def add(self, sid: str, text: str) -> None:
        if self.by_key is not None:
            self.by_key.setdefault(_clean_key(text), (sid, text))
            self.by_text.setdefault(text, sid)


def _clean_key(text: str) -> str:
    """`text_key` of a text already in the clean form (cleaning it again changes nothing)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def realign(items: list[Item], cleaned: str, stored: str) -> list[Item]:
    """Items whose spans point into `cleaned` moved to the same words of `stored`.

    Only needed when a stored source is reused whose text is not yet in the clean form
    (it keeps a boilerplate line, say): the drafts then quote the stored text.
    """
    blocks = _matching(cleaned, stored)
    starts = [b[0] for b in blocks]

    def at(offset: int, end: bool) -> int:
        if not blocks:
            return offset
        pos = offset - 1 if end else offset  # the last character of a span, for its end
        a, b, size = blocks[max(bisect_right(starts, pos) - 1, 0)]
        if pos < a:
            moved = b
        elif pos < a + size:
            moved = b + pos - a
        else:  # in text the stored copy does not have: keep to the end of the block
            moved = b + size - 1 if end else b + size
        return moved + 1 if end else moved

    def span(pair: Any) -> Any:
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair):
            return [at(pair[0], False), at(pair[1], True)]
        return pair

    out = []
    for item in items:
        value = item.value
        if isinstance(value.get("evidence"), dict):
            value = {**value, "evidence": {k: span(v) for k, v in value["evidence"].items()}}
        out.append(
            Item(item.type, value, at(item.start, False), at(item.end, True), item.confidence)
        )
    return out


def _matching(a: str, b: str) -> list[tuple[int, int, int]]:
    """(start in a, start in b, length) of the runs the two texts share, in order.

    Lines are matched first (cheap: most lines are the same), then characters only
    within the lines that differ.
    """
    a_lines, b_lines = a.splitlines(keepends=True), b.splitlines(keepends=True)
    a_at, b_at = _offsets(a_lines), _offsets(b_lines)
    out: list[tuple[int, int, int]] = []
    by_line = difflib.SequenceMatcher(
        None, [x.rstrip("\n") for x in a_lines], [y.rstrip("\n") for y in b_lines], False
    )
    for op, i1, i2, j1, j2 in by_line.get_opcodes():
        x, y = a_at[i1], b_at[j1]
        if op == "equal":  # the same lines, but for a newline at the very end
            out += [
                (a_at[i], b_at[j], min(len(a_lines[i]), len(b_lines[j])))
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
            continue
        chars = difflib.SequenceMatcher(None, a[x : a_at[i2]], b[y : b_at[j2]], autojunk=False)
        out += [(x + m.a, y + m.b, m.size) for m in chars.get_matching_blocks() if m.size]
    return out


def _offsets(lines: list[str]) -> list[int]:
    """Where each line starts, and the total length last."""
    out = [0]
    for line in lines:
        out.append(out[-1] + len(line))
    return out


def _fresh_source_id(conn: Connection, sid: str, sees_all: bool) -> str:
    """The id of a new source whose text gives `sid` (`source_id`).

    An administrator sees every source, so he gets `sid`, or `sid-2`, `sid-3`...: the first
    id no stored source has. Any other viewer would learn from a suffix that a source
    hidden from him holds the same text, so he gets `sid-r<revision>`, the revision this
    write makes (which every viewer is told): the same id whatever is hidden, unique since
    each write has its own revision. Only a source given that very id on purpose can hold
    it; then the suffix runs on as above.
    """
    base = sid if sees_all else f"{sid}-r{audit.head(conn)[0] + 1}"
    rid, n = base, 1
    while sources.exists(conn, rid):
        n += 1
        rid = f"{base}-{n}"
    return rid


def _draft_items(result: Extraction) -> list[Item]:
    """Items worth a reviewer's time: one per distinct proposal, best confidence first."""
    seen: set[str] = set()
    out = []
    for item in sorted(result.items, key=lambda i: -i.confidence):
        if item.type not in DRAFT_TYPES:
            continue
        value = {k: v for k, v in item.value.items() if k not in ("mentions",)}
        key = item.type + json.dumps(
            {k: v for k, v in value.items() if k not in ("evidence",)}, sort_keys=True
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(Item(item.type, value, item.start, item.end, item.confidence))
    return sorted(out, key=lambda i: (DRAFT_TYPES.index(i.type), i.start))


def ingest(
    registry: Registry,
    data: bytes,
    *,
    name: str,
    published: dt.date | None = None,
) -> Ingested:
    """Extract an article and store its source, drafts and conflicts; all or nothing."""
    return ingest_many(registry, [(name, data)], published=published)[0]


def ingest_many(
    registry: Registry,
    files: list[tuple[str, bytes]],
    *,
    published: dt.date | None = None,
    dates: list[dt.date | None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Ingested]:
    """Extract every article first (a large batch on every usable core), then store them
    all in one transaction.

    An article that cannot be read stops the batch before anything is written.
    `dates` gives each article its own publication date (a feed entry's), used when
    `published` is not given; `progress` is called with each name once it is extracted.
    """
    require_reviewer(registry, Action.INGEST)
    own = dates or [None] * len(files)
    jobs = [(name, data, published or day) for (name, data), day in zip(files, own, strict=True)]
    extracted = extract_all(jobs, progress)
    results = [(name, result) for (name, _), result in zip(files, extracted, strict=True)]
    with registry.store.transaction() as conn:
        known = _KnownSources(conn, registry)
        compared = Compared(conn, registry)
        touched: set[tuple[str, str]] = set()
        articles: list[dict[str, Any]] = []
        out = [
            _store(conn, registry, known, compared, name, r, touched, articles)
            for name, r in results
        ]
        if articles:  # one entry for the batch, covering every source it stored
            detail = articles[0] if len(articles) == 1 else {"articles": articles}
            writes.record_touched(
                conn, touched, actor=registry.viewer.actor, action="ingest", detail=detail
            )
        return out


def _store(
    conn: Connection,
    registry: Registry,
    known: _KnownSources,
    compared: Compared,
    name: str,
    result: Extraction,
    touched: set[tuple[str, str]],
    articles: list[dict[str, Any]],
) -> Ingested:
    """Write one article's source, drafts and conflicts inside the caller's transaction;
    the source goes in `touched` and what was stored in `articles` (for the audit entry)."""
    sid = source_id(result.text)
    out = Ingested(sid, result.title, result.language, result.published, warnings=result.warnings)
    if not result.text:
        out.warnings.append(f"{name}: no text found; nothing stored")
        return out
    text, items = result.text, _draft_items(result)
    # a source with the same cleaned text is reused only if the viewer may see it; otherwise
    # the article is stored as a new source, and nothing says that a hidden one holds it
    same = known.find(result.text)
    if same is not None:
        out.source, out.reused_source = same[0], True
        sid = out.source
        if stored_drafts.any_of(conn, sid):
            out.warnings.append(f"{name}: already ingested as source {sid}; nothing added")
            return out
        if same[1] != text:
            text, items = same[1], realign(items, text, same[1])
    else:
        sid = out.source = _fresh_source_id(conn, sid, registry.tokens is None)
        source = Source(
            id=sid,
            title=result.title or name,
            source_kind=SourceKind.ARTICLE,
            published=result.published,
            language=result.language,
            text=result.text,
        )
        rows.insert(conn, "sources", [source])
        touched.add(("sources", sid))
        known.add(sid, result.text)
    proposed = [
        Draft(
            id=f"{sid}:{n:03d}",
            source=sid,
            item_type=item.type,
            payload=item.value,
            start=item.start,
            end=item.end,
            quote=item.quote(text),
            confidence=round(item.confidence, 2),
            status=PENDING,
            record_kind=None,
            record_id=None,
            reviewer=None,
        )
        for n, item in enumerate(items, start=1)
    ]
    stored = stored_drafts.add(conn, proposed, now())
    out.drafts = [d.id for d in stored]
    meetings = [d for d in stored if d.item_type == "meeting"]
    compared.add(stored)
    out.conflicts = conflicts.detect(conn, compared, sid, text, meetings)
    stated = [d for d in stored if d.item_type == "claim"]
    out.conflicts += conflicts.detect_claims(conn, compared, sid, stated)
    articles.append(
        {"source": sid, "file": name, "drafts": len(out.drafts), "conflicts": len(out.conflicts)}
    )
    return out
