"""Meeting people who are no delegates: a verb of meeting whose object is donors,
families, soldiers, students or the press ("will meet donors in Oslo", "met the returning
soldiers", "bertemu para keluarga prajurit", "menemui wartawan") is a visit or a
briefing, no meeting of states. Meeting delegates, ministers or a state's envoy still is."""

from __future__ import annotations

import re

#: right after the meeting verb: its object, a group of people who represent no state
_AUDIENCE = re.compile(
    r"(?i:[ \t]+(?:with[ \t]+|dengan[ \t]+)?"
    r"(?:(?:the|our|its|their|his|her|some|several|local|returning|wounded|young|para|sejumlah"
    r"|beberapa|the[ \t]+families[ \t]+of)[ \t]+){0,2}"
    r"(?:donors|donor[ \t]+representatives|families|relatives|soldiers|troops|students"
    r"|pupils|journalists|reporters|the[ \t]+press|press|veterans|staff|employees|residents"
    r"|voters|volunteers|refugees|survivors|investors|clients|customers|fans|listeners"
    r"|donatur|keluarga|kerabat|prajurit|tentara|mahasiswa|siswa|pelajar|wartawan|jurnalis"
    r"|veteran|warga|relawan|pengungsi|penyintas|karyawan|pegawai|investor|nasabah|pendengar)\b)"
)
#: the meeting verbs that take such an object (not nouns: "the meeting of donors" is one)
_VERBS = frozenset(
    {
        "meet",
        "meets",
        "met",
        "meeting",
        "visit",
        "visits",
        "visited",
        "bertemu",
        "menemui",
        "mengunjungi",
        "bertatap",
    }
)


def with_audience(text: str, trigger: str, t_end: int) -> bool:
    """The meeting verb ending at t_end meets people who represent no state."""
    return trigger.casefold() in _VERBS and _AUDIENCE.match(text, t_end) is not None
