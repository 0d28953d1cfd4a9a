"""How the CLI prints: consoles that show control characters instead of sending them, the
``--width``/``--tsv`` settings, and tables whose data is never read as markup.

Kept apart from the viewer and database options (`willing.cli.context`) so that the root
command and `--help` load no database or model code (start-up time).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rich import table as rich_table
from rich.console import Console, ConsoleDimensions, ConsoleOptions, RenderableType
from rich.markup import escape
from rich.segment import Segment
from rich.text import Span, Text

from willing.cli import tables
from willing.domain.text import UNSAFE, visible


def safe_text(text: Text) -> Text:
    """`text` with its control characters written out (see `willing.domain.text`), styles kept."""
    plain = text.plain
    if not UNSAFE.search(plain):
        return text
    cuts = sorted({cut for span in text.spans for cut in (span.start, span.end)} - {0, len(plain)})
    out = text.blank_copy()
    for piece in text.divide(cuts):
        shown = visible(piece.plain)
        out.append_text(
            Text(
                shown,
                style=piece.style,
                spans=[Span(0, len(shown), span.style) for span in piece.spans],
            )
        )
    return out


def _safe(renderable: Any) -> Any:
    if isinstance(renderable, str):
        return visible(renderable)
    if isinstance(renderable, Text):
        return safe_text(renderable)
    return renderable


@dataclass
class Output:
    """How this invocation prints: set once by the root command's options."""

    #: Columns to lay tables and text out in; None: the terminal's, else $COLUMNS, else
    #: unlimited (output to a file or a pipe is never squeezed).
    width: int | None = None
    #: Print tables as tab-separated values (other text goes to stderr).
    tsv: bool = False


#: The width of output that goes to a file or a pipe: lines are never wrapped or squeezed.
PIPED_WIDTH = 100_000

output = Output()


class SafeConsole(Console):
    """A console that shows control characters in what it prints instead of sending them.

    An imported name holding ``ESC[2J`` would otherwise clear the reader's screen. Strings
    and `Text` are made safe before layout (so widths stay right); every rendered segment
    is checked again, which covers any other renderable.

    It takes its width from `output` (``--width``), prints at full width when stdout is
    not a terminal, and with ``--tsv`` writes tables as tab-separated values and anything
    else to stderr, so that stdout holds data only.
    """

    @property
    def size(self) -> ConsoleDimensions:
        size = super().size
        if output.width is not None:
            return ConsoleDimensions(output.width, size.height)
        if self._width is not None:
            return size  # a width set on the console itself
        return self._natural(size)

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        Console.size.fset(self, new_size)  # type: ignore[attr-defined]

    def _natural(self, size: ConsoleDimensions) -> ConsoleDimensions:
        """$COLUMNS, else the terminal's width, else (a file or a pipe) unlimited."""
        columns = os.environ.get("COLUMNS", "")
        if columns.isdigit():
            return ConsoleDimensions(int(columns), size.height)
        if self.is_terminal or self.stderr:
            return size
        return ConsoleDimensions(PIPED_WIDTH, size.height)

    @property
    def width(self) -> int:
        return self.size.width

    @width.setter
    def width(self, value: int) -> None:
        """Set a width; setting back the width it would have anyway unsets it."""
        self._width = None
        natural = self._natural(super().size).width
        self._width = None if value == natural else value

    def print(self, *objects: Any, **kwargs: Any) -> None:
        if output.tsv and not self.stderr:
            for o in objects:
                if isinstance(o, rich_table.Table):
                    self._tables += 1
                    self.file.write(("\n" if self._tables > 1 else "") + tables.tsv(o))
                else:
                    err_console.print(o, **kwargs)
            return
        super().print(*(_safe(o) for o in objects), **kwargs)

    _tables = 0

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control is None and UNSAFE.search(segment.text):
                yield Segment(visible(segment.text), segment.style)
            else:
                yield segment


console = SafeConsole()
err_console = SafeConsole(stderr=True, soft_wrap=True)


def configure(width: int | None, tsv: bool) -> None:
    """Set how this invocation prints (the root command's ``--width`` and ``--tsv``)."""
    output.width = width
    output.tsv = tsv
    console._tables = 0


class Table(tables.Table):
    """A rich table whose plain-string cells are shown as they are, never read as markup,
    and with control characters written out (``\\x1b``) rather than sent to the terminal.

    Data can hold square brackets ("[Reuters]", "a [/] b"); as markup they would vanish or
    crash the command. Styled cells are passed as `Text` (e.g. `Text.from_markup(...)`).
    Titles and headers are markup, as in rich; their control characters are written out too.
    """

    def __init__(self, *headers: Any, **kwargs: Any) -> None:
        for key in ("title", "caption"):
            if key in kwargs:
                kwargs[key] = _safe(kwargs[key])
        super().__init__(*(_safe(h) for h in headers), **kwargs)

    def add_column(self, header: RenderableType = "", *args: Any, **kwargs: Any) -> None:
        super().add_column(_safe(header), *args, **kwargs)

    def add_row(self, *renderables: RenderableType | None, **kwargs: Any) -> None:
        cells = [Text(visible(c)) if isinstance(c, str) else _safe(c) for c in renderables]
        super().add_row(*cells, **kwargs)


def print_json(data: Any) -> None:
    """Write JSON to stdout, unformatted by rich so that scripts can parse it."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


__all__ = ["Table", "Text", "console", "configure", "err_console", "escape", "print_json"]
