"""The coalition's own watch and cover is no state's gift (twenty-first set).

"The coalition's monitoring cell reports daily", "koalisi memantau gencatan senjata dari
udara", "the coalition would rely on a backstop", "the coalition's air picture": the
coalition named as the holder of a backstop (monitoring, intelligence, air cover) or of an
air asset describes what its members or its backer provide together, and no annotator of
the development set counts it as a backstop or an air support of the coalition itself
(none of 542 articles does; the rules read 8 such false keys in 7 articles of s14-s21).
This veto drops the coalition's backstop items, and its support items whose domain is
neither logistics nor unnamed (the coalition's own logistics hub is a body's service and
is kept). The coalition's reassurance and regeneration items are left: older sets count
them (25 and 9 true keys on the development set), the newer ones do not, and a veto of them
lost as much as it gained there. The members named in the same clause keep their items.
"""

from __future__ import annotations

from willing.ingest.items import Item

#: the coalition's support items kept: its own logistics hub, an unnamed support
_KEPT_SUPPORT = frozenset({"logistics", None})


def _own(item: Item) -> bool:
    if item.value.get("party") != "COTW":
        return False
    layer = item.value.get("layer")
    return layer == "backstop" or (
        layer == "support" and item.value.get("domain") not in _KEPT_SUPPORT
    )


def vetoed(found: list[Item]) -> list[Item]:
    """`found` without the coalition's own backstop and non-logistics support items."""
    return [item for item in found if not _own(item)]
