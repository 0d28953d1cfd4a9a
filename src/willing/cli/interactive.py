"""`willing review --interactive`: the queue one draft at a time, decided with single keys.

Each draft is shown with its sentence from the article and the span it rests on
highlighted; a key decides it through the same review services as the other commands:
a accept, r reject, e edit (FIELD=VALUE lines, an empty line ends), s skip, q quit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import typer
from rich.text import Text

from willing.cli.console import console, escape
from willing.domain.errors import WillingError
from willing.ingest import review as review_service
from willing.ingest.drafts import Draft, sentence_around
from willing.services.access import Registry

KEYS = escape("[a]ccept  [r]eject  [e]dit  [s]kip  [q]uit")


def read_key() -> str:
    """One key from the terminal; from piped input, the first character of its next
    non-blank line (the end of the input quits), so a session can be scripted."""
    if sys.stdin.isatty():
        return str(typer.getchar())
    while True:
        line = sys.stdin.readline()
        if not line:
            return "q"
        if line.strip():
            return line.strip()[0]


def read_line(prompt: str) -> str:
    """A line typed at the terminal, or the next line of piped input ("" at its end)."""
    if sys.stdin.isatty():
        return str(typer.prompt(prompt, default="", show_default=False))
    console.print(escape(prompt))
    return sys.stdin.readline().rstrip("\n")


def _sentence(registry: Registry, draft: Draft) -> Text:
    """The draft's sentence with its span highlighted (its quote when the text is gone)."""
    record = registry.list("sources", id=draft.source)
    text = str(getattr(record[0], "text", "") or "") if record else ""
    if not text or draft.start is None or draft.end is None:
        return Text(f"“{draft.quote or ''}”")
    before, span, after = sentence_around(text, draft.start, draft.end)
    out = Text("“")
    out.append(before)
    out.append(span, style="reverse bold")
    out.append(after)
    out.append("”")
    return out


def _edit(registry: Registry, draft: Draft, ask: Callable[[str], str]) -> Draft:
    changes: dict[str, str] = {}
    while True:
        line = ask("FIELD=VALUE (empty line to finish)").strip()
        if not line:
            break
        field, sep, value = line.partition("=")
        if not sep or not field.strip():
            console.print(escape(f"not FIELD=VALUE: {line}"))
            continue
        changes[field.strip()] = value.strip()
    if not changes:
        return draft
    return review_service.edit(registry, draft.id, changes)


def walk(
    registry: Registry,
    queue: list[Draft],
    key: Callable[[], str] = read_key,
    ask: Callable[[str], str] = read_line,
) -> dict[str, int]:
    """Decide each draft of `queue` with one key; the counts of what was done."""
    done = {"accepted": 0, "rejected": 0, "edited": 0, "skipped": 0}
    for number, draft in enumerate(queue, start=1):
        while True:
            console.print(
                escape(f"\n{number}/{len(queue)}  {draft.id}  {draft.item_type}: ")
                + escape(f"{draft.summary()}  (confidence {draft.confidence:.2f})")
            )
            console.print(_sentence(registry, draft))
            console.print(KEYS)
            pressed = key().lower()[:1]
            try:
                if pressed == "a":
                    (outcome,) = review_service.accept(registry, [draft.id])
                    target = f" -> {outcome.record}" if outcome.record else ""
                    console.print(escape(f"{outcome.status}{target} {outcome.note}".rstrip()))
                    done["accepted"] += 1
                elif pressed == "r":
                    review_service.reject(registry, [draft.id])
                    console.print("rejected")
                    done["rejected"] += 1
                elif pressed == "e":
                    draft = _edit(registry, draft, ask)
                    done["edited"] += 1
                    continue  # show the edited draft and ask again
                elif pressed == "s":
                    done["skipped"] += 1
                elif pressed == "q":
                    return done
                else:
                    continue
            except WillingError as exc:  # e.g. a field still missing: say it, ask again
                console.print(f"[red]{escape(str(exc))}[/]")
                continue
            break
    return done
