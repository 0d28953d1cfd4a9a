"""Dropping items by what their own sentence says, read once per sentence.

Several vetoes find spans in an item's sentence (a request, a need of the backstop, a
stance of not deciding) and drop the items those spans fall in; the spans are read once
per sentence, however many items the sentence holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from willing.ingest.document import Doc
from willing.ingest.items import Item

S = TypeVar("S")


def drop_in_sentence(
    doc: Doc,
    found: list[Item],
    spans: Callable[[int], list[S]],
    hit: Callable[[Item, S], bool],
    applies: Callable[[Item], bool] = lambda _: True,
) -> list[Item]:
    """`found` without the items it `applies` to that some span of their sentence `hit`s.

    `spans(n)` reads sentence `n`'s spans (called at most once per sentence).
    """
    read: dict[int, list[S]] = {}
    out: list[Item] = []
    for item in found:
        if applies(item):
            n = doc.sentence_index(item.start)
            if n not in read:
                read[n] = spans(n)
            if any(hit(item, span) for span in read[n]):
                continue
        out.append(item)
    return out
