"""Timeline order, counts and outcomes; attendance levels and the drift score."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.diplomacy.attendance import attendance, plenaries
from willing.diplomacy.meetings import level_points, timeline
from willing.domain.enums import Level, MeetingFormat

from .builders import came, meeting

H, M = Level.HEAD, Level.MINISTER


def test_timeline_in_date_order_with_counts_and_outcomes(four_summits: dict[str, Any]) -> None:
    entries = timeline(**four_summits)
    assert [e.meeting.id for e in entries] == ["M1", "M2", "M3", "M4"]
    m3 = entries[2]
    assert m3.recorded_parties == 5
    assert m3.recorded_countries == 5  # without a list of states every party counts
    assert m3.recorded_heads == 3  # GBR, FRA, POL
    assert m3.level_of("USA") is Level.ENVOY
    assert m3.level_of("ESP") is None
    assert m3.attendance[0].level is Level.HEAD  # highest level first
    assert m3.attendance[-1].party == "USA"
    assert m3.attendance[0].format is MeetingFormat.HYBRID  # inherited from the meeting
    assert [(o.kind, o.id) for o in entries[0].outcomes] == [("pledge", "PL-1")]
    assert [(o.kind, o.id) for o in entries[3].outcomes] == [("document", "D-PARIS")]


def test_only_states_count_as_countries(four_summits: dict[str, Any]) -> None:
    entries = timeline(**four_summits, states={"GBR", "FRA", "ITA", "POL"})
    assert entries[2].recorded_countries == 4  # USA is not in the list of states given
    assert entries[2].recorded_parties == 5


def test_timeline_window(four_summits: dict[str, Any]) -> None:
    entries = timeline(**four_summits, start=dt.date(2025, 4, 10), end=dt.date(2025, 9, 4))
    assert [e.meeting.id for e in entries] == ["M2", "M3"]


def test_level_points_follow_the_enum_order() -> None:
    assert level_points(Level.HEAD) == 6
    assert level_points(Level.OFFICIAL) == 1
    points = [level_points(level) for level in Level]
    assert points == sorted(points, reverse=True)


def test_attendance_counts_levels_and_drift(four_summits: dict[str, Any]) -> None:
    rows = {r.party: r for r in attendance(timeline(**four_summits), window=2)}
    ita = rows["ITA"]
    assert ita.attended == 4
    assert ita.levels == {Level.HEAD: 2, Level.MINISTER: 1, Level.ENVOY: 1}
    assert ita.before_engagement == pytest.approx(1.0)
    assert ita.recent_engagement == pytest.approx((5 / 6 + 3 / 6) / 2)
    assert ita.drift == pytest.approx(1 / 3)
    assert ita.drifting()
    assert rows["GBR"].drift == 0
    assert not rows["GBR"].drifting()
    assert not ita.latest_only
    # POL joined inside the window (two counted meetings): its latest vs its earlier one
    assert rows["POL"].meetings_since_first == 2
    assert rows["POL"].latest_only
    assert rows["POL"].drift == 0
    usa = rows["USA"]  # first came at M3 as envoy (3/6), then missed the plenary M4 (0)
    assert usa.latest_only
    assert (usa.before_engagement, usa.recent_engagement) == (pytest.approx(0.5), 0)
    assert usa.recent_attended == 0
    assert usa.recent_meetings == 1
    assert usa.drift == pytest.approx(0.5)
    assert usa.drifting()


def test_absence_counts_as_zero_engagement(four_summits: dict[str, Any]) -> None:
    rows = {r.party: r for r in attendance(timeline(**four_summits), window=1)}
    usa = rows["USA"]
    assert usa.before_engagement == pytest.approx(3 / 6)
    assert usa.recent_engagement == 0
    assert usa.drift == pytest.approx(0.5)
    assert rows["ITA"].drift == pytest.approx((1 + 1 + 5 / 6) / 3 - 0.5)


def test_window_must_be_positive(four_summits: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="window"):
        attendance(timeline(**four_summits), window=0)


def test_missing_a_small_format_meeting_does_not_count(four_summits: dict[str, Any]) -> None:
    small = meeting("M2b", dt.date(2025, 5, 1))
    data = {
        **four_summits,
        "meetings": [*four_summits["meetings"], small],
        "participations": [*four_summits["participations"], came("M2b", "GBR", Level.HEAD)],
    }
    entries = timeline(**data)
    assert plenaries(entries) == [True, True, False, True, True]
    rows = {r.party: r for r in attendance(entries, window=2)}
    assert rows["ITA"].drift == pytest.approx(1 / 3)  # as without the small meeting
    assert rows["ITA"].meetings_since_first == 4
    assert rows["GBR"].meetings_since_first == 5
    everyone = {r.party: r for r in attendance(entries, window=2, plenary=0.0)}
    assert everyone["ITA"].before_engagement == pytest.approx(2 / 3)  # now M2b counts as 0


def test_few_meetings_compare_the_latest_with_the_earlier_ones() -> None:
    """Default window 3: parties counted at 2 or 3 meetings still show a drop (docs example)."""
    days = [dt.date(2025, 3, 2), dt.date(2025, 9, 4), dt.date(2026, 1, 6)]
    meetings = [meeting(f"S{i}", day) for i, day in enumerate(days)]
    off = Level.OFFICIAL
    plan: dict[str, list[Level | None]] = {
        "FRA": [H, H, H],  # three counted meetings at the same level
        "GBR": [H, H, H],
        "AUS": [None, M, off],  # minister, then an official
        "LUX": [None, H, M],  # head, then a minister
        "CZE": [None, None, H],  # a single counted meeting
    }
    parts = [
        came(m.id, who, level)
        for who, levels in plan.items()
        for m, level in zip(meetings, levels, strict=True)
        if level is not None
    ]
    rows = {r.party: r for r in attendance(timeline(meetings, parts))}
    aus, lux = rows["AUS"], rows["LUX"]
    assert aus.latest_only
    assert lux.latest_only
    assert aus.before_engagement == pytest.approx(5 / 6)
    assert aus.recent_engagement == pytest.approx(1 / 6)
    assert aus.drift == pytest.approx(2 / 3)
    assert aus.drifting()
    assert lux.drift == pytest.approx(1 / 6)
    assert not lux.drifting()
    assert rows["FRA"].latest_only
    assert rows["FRA"].drift == 0
    assert rows["CZE"].drift is None
    assert not rows["CZE"].latest_only
    assert rows["CZE"].recent_engagement == 1
    # with a window of 1 every party with two counted meetings is on the window rule
    one = {r.party: r for r in attendance(timeline(meetings, parts), window=1)}
    assert not one["AUS"].latest_only
    assert one["AUS"].drift == pytest.approx(2 / 3)
