"""Who attended, said in the sentence after a meeting's: "A summit in Paris on 11 September
created the force. Thirty-one countries attended." A segment whose meeting word only says
who was there ("attended", "hadir"), with neither day nor place of its own, speaks of the
dated meeting of the sentence just before. Merged by day and place alone it fell to the
article's first meeting, which in a list of summits (an encyclopedia entry, a timeline)
is another one, so the size went to the wrong summit."""

from __future__ import annotations

from functools import cache

from willing.ingest import rules
from willing.ingest.meeting_merge import Meeting


@cache
def _attendance() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in rules.load("meetings")["attendance_triggers"])


def attends_previous(
    previous: tuple[int, Meeting] | None, sentence: int, seg: Meeting, trigger: str
) -> bool:
    """The segment of `trigger` in `sentence` tells who attended the meeting `previous`
    (its sentence, the meeting) names in the sentence right before."""
    return (
        previous is not None
        and previous[0] == sentence - 1
        and trigger.casefold() in _attendance()
        and seg.get("date") is None
        and seg.get("place") is None
        and previous[1].get("date") is not None
    )
