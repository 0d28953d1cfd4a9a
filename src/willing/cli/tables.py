"""How every command lays out a table so that it reads at a glance at any width.

Rich shrinks every column alike when a table is too wide, which at 80 columns splits ids
mid-word ("P-ITA-f/ighter-/1") and cuts figures to "€9…". Here columns are of three sorts:

- **whole**: ids and anything declared ``no_wrap`` (dates): never narrower than their
  widest cell, because a reader copies an id whole;
- **clipped**: added with ``clip=True`` (a long name beside its id, on one line): may be
  cut with an ellipsis, down to a few characters;
- **folding**: everything else, wrapped at spaces, never narrower than its longest word
  or its widest figure ("€9.78 bn", "25.8%"), so no id or figure is split or cut.

When even the narrowest layout does not fit, the table is split into panels that each
repeat the key (first) column, as a printed spreadsheet repeats its row labels; when the
key and one more column do not fit, each row is stacked as ``header: value`` lines.
The same tables print as tab-separated values (`tsv`) for scripts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any

from rich import table as rich_table
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.text import Text

#: The narrowest a clipped column gets (its content, ellipsis included).
CLIP_FLOOR = 12
#: A figure as tables write it (money, a count, a share, a ratio): shown whole wherever it is.
FIGURE = re.compile(r"^[+\-−]?[€$]?\d[\d,]*(\.\d+)?( ?(bn|m|k|%|½|¼|¾|x|×))?$")
#: Column headers that name ids: such columns never wrap even when not declared ``no_wrap``.
ID_HEADERS = frozenset({"id", "draft", "plan", "result", "release", "token", "conflict"})


def plain(renderable: Any) -> str:
    """The text of a header or cell, without markup, on one line."""
    if renderable is None:
        return ""
    if isinstance(renderable, Text):
        text = renderable.plain
    elif isinstance(renderable, str):
        text = Text.from_markup(renderable).plain
    else:
        text = str(renderable)
    return " ".join(text.replace("\t", " ").splitlines()).strip()


def is_whole(column: rich_table.Column) -> bool:
    """Whether every cell of the column is shown on one line: ids and no-wrap columns."""
    if column.width is not None:
        return True
    return bool(column.no_wrap) or plain(column.header).lower() in ID_HEADERS


class Table(rich_table.Table):
    """A rich table laid out column by column as the module says; see `tsv` for scripts."""

    def __init__(self, *headers: Any, **kwargs: Any) -> None:
        #: Indexes of the columns that may be cut with an ellipsis.
        self.clipped: set[int] = set()
        super().__init__(*headers, **kwargs)

    def add_column(
        self, header: RenderableType = "", *args: Any, clip: bool = False, **kwargs: Any
    ) -> None:
        """Add a column; ``clip=True``: one line, cut with an ellipsis to fit."""
        if clip:
            self.clipped.add(len(self.columns))
            kwargs.update(no_wrap=True, overflow="ellipsis")
        elif kwargs.get("no_wrap") or plain(header).lower() in ID_HEADERS:
            # never cut; rich drops a right or centred column's justification when its
            # overflow is "ignore", and the layout gives such a column its full width
            left = kwargs.get("justify", "left") in ("left", "default", "full")
            kwargs.update(no_wrap=True, overflow="ignore" if left else "fold")
        super().add_column(header, *args, **kwargs)

    def _is_clipped(self, column: rich_table.Column) -> bool:
        return column._index in self.clipped

    # -- measuring ---------------------------------------------------------------------

    def _ranges(self, console: Console, options: ConsoleOptions) -> list[tuple[int, int]]:
        """Each column's (narrowest allowed, natural) width, padding included."""
        wide = options.update_width(max(options.max_width, 10_000))
        out: list[tuple[int, int]] = []
        for column in self.columns:
            pad = self._get_padding_width(column._index)
            if column.width is not None:
                out.append((column.width + pad, column.width + pad))
                continue
            head = Measurement.get(console, wide, column.header) if self.show_header else None
            cells = [Measurement.get(console, wide, c) for c in column._cells]
            cell_max = max((m.maximum for m in cells), default=0)
            cell_min = max((m.minimum for m in cells), default=0)
            head_min = head.minimum if head else 0
            natural = max(cell_max, head.maximum if head else 0, 1)
            if self._is_clipped(column):
                floor = max(min(cell_max, CLIP_FLOOR), head_min, 1)
            elif is_whole(column):
                floor = max(cell_max, head_min, 1)
            else:  # folds at spaces, but a figure ("€9.78 bn") stays on one line
                figure = max(
                    (cell_len(t) for t in map(plain, column._cells) if FIGURE.match(t)), default=0
                )
                floor = max(cell_min, figure, head_min, 1)
            if column.min_width is not None:
                floor = max(floor, column.min_width)
                natural = max(natural, column.min_width)
            if column.max_width is not None and not is_whole(column):
                natural = min(natural, max(column.max_width, floor))
            out.append((floor + pad, natural + pad))
        return out

    def _calculate_column_widths(self, console: Console, options: ConsoleOptions) -> list[int]:
        """Whole columns at their widest, the room left shared among the others."""
        ranges = self._ranges(console, options)
        room = options.max_width
        widths = [floor for floor, _ in ranges]
        want = [natural - floor for floor, natural in ranges]
        spare = room - sum(widths)
        if spare >= sum(want):
            return [natural for _, natural in ranges]
        if spare <= 0:
            return widths
        total = sum(want)
        given = [spare * w // total for w in want]
        left = spare - sum(given)
        for i in sorted(range(len(want)), key=lambda i: want[i] - given[i], reverse=True):
            if left <= 0:
                break
            if given[i] < want[i]:
                given[i] += 1
                left -= 1
        return [w + g for w, g in zip(widths, given, strict=True)]

    def fits(self, console: Console, options: ConsoleOptions) -> bool:
        """Whether the narrowest allowed layout fits in the width the options give."""
        room = (self.width or options.max_width) - self._extra_width
        return sum(floor for floor, _ in self._ranges(console, options)) <= room

    # -- too wide: panels, then stacked rows -------------------------------------------

    def _sub(self, indexes: Sequence[int], title: Any) -> Table:
        """A table of the same look holding only these columns."""
        part = Table(
            title=title,
            caption=self.caption,
            box=self.box,
            show_header=self.show_header,
            show_edge=self.show_edge,
            show_lines=self.show_lines,
            pad_edge=self.pad_edge,
            padding=self.padding,
            header_style=self.header_style,
            title_justify=self.title_justify,
            highlight=self.highlight,
        )
        part.columns = [
            dataclasses.replace(self.columns[i], _index=n) for n, i in enumerate(indexes)
        ]
        part.clipped = {n for n, i in enumerate(indexes) if i in self.clipped}
        part.rows = list(self.rows)
        return part

    def _panels(self, console: Console, options: ConsoleOptions) -> list[Table] | None:
        """Panels each holding the key column and as many others as fit, or None."""
        floors = [floor for floor, _ in self._ranges(console, options)]
        room = self.width or options.max_width

        def fit(indexes: list[int]) -> bool:
            border = (2 if self.show_edge else 0) + len(indexes) - 1 if self.box else 0
            return sum(floors[i] for i in indexes) + border <= room

        panels: list[list[int]] = []
        current: list[int] = [0]
        for i in range(1, len(self.columns)):
            if fit([*current, i]):
                current.append(i)
                continue
            if len(current) == 1 or not fit([0, i]):
                return None
            panels.append(current)
            current = [0, i]
        panels.append(current)
        title = self.title
        more = f"{plain(title)} (continued)" if title else "(continued)"
        return [self._sub(p, title if n == 0 else more) for n, p in enumerate(panels)]

    def _stacked(self) -> Iterable[RenderableType]:
        """Each row as its key on a line, then one ``header: value`` line per other cell."""
        if self.title:
            yield self.title
        headers = [plain(c.header) for c in self.columns]
        for r in range(self.row_count):
            cells = [list(c.cells)[r] for c in self.columns]
            grid = rich_table.Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True, style="bold")
            grid.add_column(overflow="fold")
            grid.add_row(Text(plain(headers[0]) + ":"), cells[0])
            for header, cell in zip(headers[1:], cells[1:], strict=True):
                if plain(cell):
                    grid.add_row(Text("  " + header + ":"), cell)
            yield grid

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.columns or self.fits(console, options):
            yield from super().__rich_console__(console, options)
            return
        panels = self._panels(console, options)
        if panels is None:
            yield from self._stacked()
            return
        yield from panels


def tsv(table: rich_table.Table) -> str:
    """The table as tab-separated values: a header row, then one line per row, no markup."""
    lines = ["\t".join(plain(c.header) for c in table.columns)]
    columns = [list(c.cells) for c in table.columns]
    for r in range(table.row_count):
        lines.append("\t".join(plain(cells[r]) if r < len(cells) else "" for cells in columns))
    return "\n".join(lines) + "\n"
