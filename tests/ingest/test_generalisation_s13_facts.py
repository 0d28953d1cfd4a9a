"""Phrasing classes of claims, figures, counts and meetings found when the thirteenth
sealed set became development text, each written as a rule complete for its concept.

Claims: a statement that a deal was reached, denied by the frame around it ("does not mean
that a peace agreement has been signed; none has"); a deal of any name with any negated
verb of reaching ("which has yet to be concluded", "tidak ikut ditandatangani"); a deal
named as a question and answered no. Figures: soldiers counted with the Indonesian
possessive ("2.000 prajuritnya"); soldiers of the reserve and of each arm; two numbers or
sums joined by "and" (two figures, a range only after "between"); more of the same with
the noun left out ("a further 400", "another 300", "1,100 of them"). Counts: states
described by the part they play ("22 contributing states"). Meetings: the place a meeting
is planned for ("is planned for Rome in October 2029"); the present progressive of meeting
as an arrangement ahead ("they are meeting in Warsaw in September"); a size in a clause of
its own ("yang diikuti 28 negara, sepakat ..."); the day opening the meeting's clause,
not one of a clause after it; a timeline's day with a note in brackets; a bank's, a
buyer's or a long-named committee's meeting, a meeting only proposed or offered, the day
of a statement about a meeting: none a meeting held. Every text here is written for these
tests, in words of its own. A case gives the facts that must be found and the ones that
must not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import NOT_REACHED, Fact, check_case, has_meeting, meetings

DAY = dt.date(2029, 5, 1)
REACHED: Fact = ("claim", "settlement", "reached")


def _troops(value: int) -> Fact:
    return ("figure", "troops", value)


def _facts(result: Extraction) -> set[Fact]:
    """Claims, figures (a range as its two ends) and counts, as the cases name them."""
    out: set[Fact] = {
        ("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")
    }
    for i in result.of_type("figure"):
        v = i.value
        if v["kind"] == "money" and v["value"] is not None:
            out.add(("money", v["value"], v["unit"]))
        elif v["value"] is not None:
            out.add(("figure", v["kind"], v["value"]))
        else:
            out.add(("range", v["kind"], v["low"], v["high"]))
    out |= {("count", i.value["measure"], i.value["value"]) for i in result.of_type("count")}
    return out


CLAIMS: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a statement that a deal was reached, denied by the frame around it
    (
        "denied",
        "These figures do not mean that a peace agreement has been signed; none has.",
        [NOT_REACHED],
        [REACHED],
    ),
    (
        "denied",
        "Nothing in this notice suggests that a ceasefire deal was reached.",
        [NOT_REACHED],
        [REACHED],
    ),
    (
        "denied",
        "Angka-angka ini tidak berarti perjanjian damai telah ditandatangani.",
        [NOT_REACHED],
        [REACHED],
    ),
    # a deal of any name, then any negated verb of reaching
    (
        "negated verb",
        "The troops serve under a truce, not a peace treaty, which has yet to be signed.",
        [NOT_REACHED],
        [REACHED],
    ),
    (
        "negated verb",
        "Kesepakatan damai tidak pernah ditandatangani oleh kedua pihak.",
        [NOT_REACHED],
        [REACHED],
    ),
    ("negated verb", "The peace accord was never signed by Moscow.", [NOT_REACHED], [REACHED]),
    # a deal named as a question, answered no
    (
        "answered",
        'Ia tersenyum. "Aman selama gencatan senjata bertahan. Perjanjian damai? Belum ada."',
        [NOT_REACHED],
        [REACHED],
    ),
    ("answered", "A peace treaty? None yet, the minister admitted.", [NOT_REACHED], [REACHED]),
    # not denied: a deal stated as reached, a deal under a condition
    (
        "stated",
        "A peace agreement was signed in Geneva last spring, officials said.",
        [REACHED],
        [NOT_REACHED],
    ),
    ("condition", "If a peace deal is signed, the force will leave.", [], [REACHED, NOT_REACHED]),
]

FIGURES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # soldiers counted with the possessive "-nya"
    ("possessive", "Polandia menempatkan 2.000 prajuritnya di perbatasan.", [_troops(2000)], []),
    ("possessive", "Malaysia tetap menyiagakan 60 pemantaunya di timur.", [_troops(60)], []),
    ("possessive", "Kanada menarik 150 personelnya dari Lviv.", [_troops(150)], []),
    ("possessive", "Rumania mengirim 300 tentaranya ke Odesa.", [_troops(300)], []),
    # soldiers of the reserve and of each arm
    (
        "reserve",
        "The Netherlands committed 350 personnel, including about 120 reservists.",
        [_troops(350), _troops(120)],
        [],
    ),
    (
        "reserve",
        "Estonia will send 45 reservists and 12 airmen to the mission.",
        [_troops(45), _troops(12)],
        [],
    ),
    ("reserve", "Latvia sends 30 reserve soldiers.", [_troops(30)], []),
    ("reserve", "Belanda mengirim 80 prajurit cadangan ke Lviv.", [_troops(80)], []),
    # two numbers joined by "and" before one noun: two figures
    (
        "pair",
        "Malaysia dan Filipina mengirim masing-masing 60 dan 30 pemantau ke sektor itu.",
        [_troops(60), _troops(30)],
        [],
    ),
    (
        "pair",
        "Denmark and Norway will send 200 and 150 soldiers respectively.",
        [_troops(200), _troops(150)],
        [],
    ),
    (
        "pair",
        "Jerman dan Polandia mengirim masing-masing 300 dan 500 tentara.",
        [_troops(300), _troops(500)],
        [("range", "troops", 300, 500)],
    ),
    # more of the same with the noun left out: "a further 400", "another 300", "of them"
    (
        "more of",
        "The United Kingdom keeps 1,200 soldiers in central Ukraine and will rotate a further "
        "400 in from May 2029.",
        [_troops(1200), _troops(400)],
        [],
    ),
    (
        "more of",
        "Australia will send another 90 instructors to train Ukrainian infantry, on top of the "
        "110 already there.",
        [_troops(90), _troops(110)],
        [],
    ),
    ("more of", "Germany sends 500 soldiers, and Poland another 300.", [_troops(300)], []),
    (
        "more of",
        "Kanada menempatkan 300 prajurit di Lviv dan akan menambah 150 lagi pada Juni 2029.",
        [_troops(300), _troops(150)],
        [],
    ),
    (
        "more of",
        "Britain has 900 troops in Odesa; France has 1,100 of them near Dnipro.",
        [_troops(900), _troops(1100)],
        [],
    ),
    (
        "more of",
        "Britain and France send soldiers. France has 1,100 of them near Dnipro.",
        [_troops(1100)],
        [],
    ),
    ("more of", "The talks lasted another 3 hours in Geneva.", [], [_troops(3)]),
    # two sums joined by "and", each in its own currency
    (
        "pair",
        "Finland and Denmark announced new funding of EUR 200 million and DKK 900 million.",
        [("money", 200000000, "EUR"), ("money", 900000000, "DKK")],
        [],
    ),
    (
        "pair",
        "Norwegia dan Swedia masing-masing memberikan 2 miliar kroner Norwegia dan 3 miliar "
        "kronor Swedia.",
        [("money", 2000000000, "NOK"), ("money", 3000000000, "SEK")],
        [],
    ),
    (
        "range",
        "The fund will be worth between EUR 200 million and EUR 300 million.",
        [("range", "money", 200000000, 300000000)],
        [("money", 200000000, "EUR")],
    ),
    # a range is said with "between"; other people are no soldiers
    (
        "range",
        "The force will number between 300 and 500 troops.",
        [("range", "troops", 300, 500)],
        [_troops(300), _troops(500)],
    ),
    (
        "range",
        "Pasukan itu berkisar antara 300 dan 500 tentara.",
        [("range", "troops", 300, 500)],
        [_troops(300)],
    ),
    ("others", "Kapal itu membawa 200 rekan wartawan.", [], [_troops(200)]),
    ("others", "The 12 reservist clubs met in Oslo.", [], [_troops(12)]),
]

COUNTS: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # states described by the part they play, any word between the number and the noun
    (
        "described",
        "The review conference opens in Vienna on 24 April 2029, with 22 contributing states.",
        [("count", "countries", 22)],
        [],
    ),
    ("described", "The summit drew 31 donor countries to Rome.", [("count", "countries", 31)], []),
    (
        "described",
        "Ministers from 18 troop-contributing nations met in Oslo.",
        [("count", "countries", 18)],
        [],
    ),
    (
        "described",
        "The talks brought together 14 guarantor states.",
        [("count", "countries", 14)],
        [],
    ),
    ("described", "The 40 signatory states met in Paris.", [("count", "countries", 40)], []),
    (
        "described",
        "Rapat itu dihadiri 27 negara penyumbang pasukan.",
        [("count", "countries", 27)],
        [],
    ),
    # no states: a described noun of another kind
    ("other noun", "The bill passed with 22 contributing votes.", [], [("count", "countries", 22)]),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), [*CLAIMS, *FIGURES, *COUNTS])
def test_thirteenth_set_fact_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)


ROME: dict[str, Any] = {"date": "2029-10", "place": "Rome", "host": "ITA"}
WARSAW: dict[str, Any] = {"date": "2029-09", "place": "Warsaw", "host": "POL"}

MEETINGS: list[tuple[str, str, list[dict[str, Any]]]] = [
    # the place a meeting is planned for, by any verb of planning
    (
        "planned for",
        "A second leaders' meeting, on reconstruction, is planned for Rome in October 2029.",
        [ROME],
    ),
    ("planned for", "The next summit is planned for Rome in October 2029.", [ROME]),
    (
        "planned for",
        "Talks are scheduled for Vilnius on 3 June 2029.",
        [{"date": "2029-06-03", "place": "Vilnius"}],
    ),
    (
        "planned for",
        "The ministerial is pencilled in for Oslo on 12 March 2029.",
        [{"date": "2029-03-12", "place": "Oslo"}],
    ),
    # the present progressive of meeting looks ahead: a month with no year is the next one
    ("arranged", "They are meeting in person in Warsaw in September.", [WARSAW]),
    (
        "arranged",
        "The leaders had a video call on 17 May 2029, and they are meeting in person in Warsaw "
        "in September.",
        [{"date": "2029-05-17", "format": "virtual"}, WARSAW],
    ),
    # the day opening the meeting's clause, not a day of a clause after it
    (
        "own day",
        "On Thursday 26 April 2029 the coalition's leaders meet in Helsinki - thirty-one "
        "countries - and on 3 May 2029 a class will run a mock summit.",
        [{"date": "2029-04-26", "place": "Helsinki"}],
    ),
    (
        "own day",
        "Pada Kamis, 26 April 2029, para pemimpin koalisi bertemu di Helsinki, sedangkan pada 3 "
        "Mei 2029 para siswa menggelar simulasi.",
        [{"date": "2029-04-26", "place": "Helsinki"}],
    ),
    (
        "own day",
        "On 26 April 2029 the leaders met in Helsinki; on 3 May 2029 the ministers flew home.",
        [{"date": "2029-04-26", "place": "Helsinki"}],
    ),
    (
        "own day",
        "The leaders will meet in Helsinki on 26 April 2029, and the ministers on 3 May 2029.",
        [{"date": "2029-04-26", "place": "Helsinki"}],
    ),
    # a timeline's day heading its entry, with a note in brackets
    (
        "heading",
        "Linimasa\n\n16 Maret 2029\nKontingen tambahan dilepas dari Surabaya.\n\n26 April 2029 "
        "(dijadwalkan)\nKTT koalisi di Helsinki. Finlandia akan mengumumkan 300 personel zeni.\n",
        [{"date": "2029-04-26", "place": "Helsinki"}],
    ),
    # the size said in a clause of its own, the sentence going on with what was agreed
    (
        "sized",
        "Para menteri pertahanan koalisi dalam rapat daring pada 4 Juni 2029, yang diikuti 28 "
        "negara, sepakat menambah kendaraan.",
        [{"date": "2029-06-04", "countries_count": 28}],
    ),
    (
        "sized",
        "The defence ministers' video call on 4 June 2029, joined by 28 countries, agreed to add "
        "vehicles.",
        [{"date": "2029-06-04", "countries_count": 28}],
    ),
    (
        "sized",
        "The summit in Rome on 3 June 2029, which brought together 30 countries, agreed the plan.",
        [{"date": "2029-06-03", "countries_count": 30}],
    ),
    (
        "arranged",
        "Para pemimpin menggelar konferensi video pada 17 Mei 2029 dan akan bertemu langsung di "
        "Warsawa pada September 2029.",
        [{"date": "2029-05-17", "format": "virtual"}, WARSAW],
    ),
]


@pytest.mark.parametrize(("kind", "text", "expected"), MEETINGS)
def test_thirteenth_set_meeting_classes(
    kind: str, text: str, expected: list[dict[str, Any]]
) -> None:
    result = extract(text, published=DAY, model=False)
    for meeting in expected:
        assert has_meeting(result, meeting), (kind, meetings(result))


NO_MEETING: list[tuple[str, str]] = [
    # a bank's, a regulator's, a buyer's or a named committee's meeting
    ("other body", "Summary of the monetary policy meeting held on 2 and 3 May 2029."),
    ("other body", "The bank's rate-setting meeting on 20 June 2029 will review the forecast."),
    ("other body", "The next meeting of the Listed Areas Committee is on 14 March 2029."),
    ("other body", "The board of the Port Authority of Constanta meets on 4 June 2029."),
    (
        "other body",
        "Rapat penjelasan lelang digelar Senin, 19 November 2029, di Kantor ULP Kemhan, Jakarta.",
    ),
    # a meeting only proposed or offered
    (
        "proposed",
        "The note proposed that Indonesia host direct talks between Russia and Ukraine on 26 "
        "September 2029.",
    ),
    (
        "proposed",
        "Nota itu mengusulkan agar Indonesia menjadi tuan rumah perundingan langsung pada 26 "
        "September 2029.",
    ),
    ("proposed", "Turkey offered to host talks in Istanbul on 3 June 2029."),
    ("proposed", "Turki menawarkan diri menjadi tuan rumah perundingan pada 3 Juni 2029."),
    (
        "proposed",
        "Kemlu menyarankan agar Swedia menggelar pertemuan koalisi di Stockholm pada 3 Juni 2029.",
    ),
]


@pytest.mark.parametrize(("kind", "text"), NO_MEETING)
def test_thirteenth_set_no_meeting(kind: str, text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert not [m for m in meetings(result) if m.get("date")], (kind, meetings(result))


@pytest.mark.parametrize(
    "text",
    [
        "The Russian embassy in Warsaw said on 18 August 2029 that the summit prepares an "
        "occupation.",
        "Kedutaan Rusia di Warsawa pada 18 Agustus 2029 menyatakan bahwa KTT itu mempersiapkan "
        "pendudukan.",
    ],
)
def test_a_statement_day_is_not_the_meeting_day(text: str) -> None:
    """The day a statement about a meeting was made does not date the meeting."""
    result = extract(text, published=DAY, model=False)
    assert all(m.get("date") is None for m in meetings(result)), meetings(result)


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Committee chair Jane Doe said the summit in Vilnius on 3 June 2029 went well.",
        "The summit, proposed by France in March, was held in Paris on 3 May 2029.",
        "The coalition's defence ministers will meet in Vilnius on 3 June 2029.",
    ],
)
def test_meetings_near_other_words_still_count(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert [m for m in meetings(result) if m.get("date") and m.get("place")], meetings(result)


def test_a_place_owning_something_is_no_venue() -> None:
    """ "planned for Warsaw's reconstruction" names no place of meeting."""
    result = extract(
        "A donors' conference planned for Warsaw's new arms plant opens on 3 June 2029.",
        published=DAY,
        model=False,
    )
    assert all(m.get("place") != "Warsaw" for m in meetings(result)), meetings(result)
