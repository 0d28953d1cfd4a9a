"""Claims from the nineteenth set's misses, each written as a family of frames around the
readers of the eighteenth set rather than the wordings seen: a deal named as a label with a
value of absence on its line ("Peace treaty: none yet", "Traktat damai: belum ada"); a subject
that denies the deal with words between it and its verb ("No diplomat we asked expects ...",
"Tak seorang pun pejabat berani menyebut ..."); a deal spoken of and then said not to exist
in the next sentence ("... until a peace treaty is signed. None has been."); peace talks said
not to be under way, not begun or not discussed ("no peace negotiations are taking place",
"negotiations on a final settlement have not begun", "tidak ada pembicaraan damai yang
berlangsung", "belum ada pembahasan traktat damai"). Every text here is written for these
tests, in words of its own, in several frames (a slide, a memo, a dispatch, a list item). A
case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import NOT_REACHED, Fact, check_case, view_facts
from .phrasing import condition_fact as _c

DAY = dt.date(2030, 3, 1)


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a deal as a label, its absence as the value on the same line
    ("label", "Status check\n- Peace treaty: none yet\n- Monitors: 900", [NOT_REACHED], []),
    ("label", "Ringkasan\n- Traktat damai: belum ada\n- Pemantau: 1.200 orang", [NOT_REACHED], []),
    ("label", "Kesepakatan damai : BELUM\nGencatan senjata: berlaku", [NOT_REACHED], []),
    ("label", "PEACE AGREEMENT: NOT SIGNED", [NOT_REACHED], []),
    ("label", "Peace agreement: see annex B for the draft text.", [], [NOT_REACHED]),
    ("label", "Perjanjian damai: lihat lampiran 2.", [], [NOT_REACHED]),
    # a subject that denies the deal, with words between it and its verb
    (
        "subject",
        "No official we interviewed in Vienna expects a peace treaty before 2031.",
        [NOT_REACHED],
        [],
    ),
    (
        "subject",
        "Tak seorang pun pejabat yang kami temui berani menjanjikan perjanjian damai tahun ini.",
        [NOT_REACHED],
        [],
    ),
    (
        "subject",
        "Tidak satu pun diplomat berani menyebut tanggal kesepakatan damai.",
        [NOT_REACHED],
        [],
    ),
    (
        "subject",
        "Nobody at the embassy dares to name a date for a peace deal.",
        [NOT_REACHED],
        [],
    ),
    (
        "subject",
        "Everyone I spoke to expects a peace agreement this year.",
        [],
        [NOT_REACHED],
    ),
    # a deal spoken of, then said not to exist in the next sentence
    (
        "none-next",
        "The patrols continue until a peace accord takes the truce's place. None exists yet.",
        [NOT_REACHED],
        [],
    ),
    (
        "none-next",
        "Misi berakhir bila perjanjian damai diteken. Sampai kini belum ada.",
        [NOT_REACHED],
        [],
    ),
    (
        "none-next",
        "The mission ends when a peace treaty is signed. Officials expect one in June.",
        [],
        [NOT_REACHED],
    ),
    # peace talks not under way, not begun or not discussed
    (
        "no-talks",
        "According to the minister, no peace negotiations are taking place at the moment.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-talks",
        "Menurut juru bicara itu, tidak ada pembicaraan damai yang sedang berlangsung.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-talks",
        "Negotiations on a lasting settlement have not begun in earnest, diplomats say.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-talks",
        "- Belum ada pembahasan traktat damai; perundingan akhir belum dimulai.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-talks",
        "There has been no discussion of a peace treaty at the summit.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-talks",
        "Nobody in the brigade speaks of peace talks now. There are none.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-talks",
        "Trade negotiations with Vietnam have not begun yet.",
        [],
        [NOT_REACHED],
    ),
    (
        "no-talks",
        "Peace talks are taking place in Geneva this week.",
        [],
        [NOT_REACHED],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_nineteenth_set_condition_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)


US = _c("us-backstop")

US_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # American watching means, by name or as a figure of speech, after a proviso
    (
        "us-eyes",
        "Our frigate stays in the Aegean, provided the Americans keep their spy planes up.",
        [US],
        [],
    ),
    (
        "us-eyes",
        'Norway\'s offer depends on "the United States keeping its AWACS over the coast".',
        [US],
        [],
    ),
    (
        "us-eyes",
        "Kontribusi Belanda bergantung pada pesawat intai Amerika Serikat yang terus terbang.",
        [US],
        [],
    ),
    (
        "us-eyes",
        "Skuadron itu bertahan asalkan mata dan telinga Washington tetap terjaga.",
        [US],
        [],
    ),
    (
        "us-eyes",
        "The Finnish unit will go only as long as American drones watch the line.",
        [US],
        [],
    ),
    (
        "us-eyes",
        "Selama ini, di mata Amerika Serikat, Eropa terlalu lambat mengambil keputusan.",
        [],
        [US],
    ),
    (
        "us-eyes",
        "If Russian drones cross the line again, the United States will protest.",
        [],
        [US],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    US_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(US_CASES)],
)
def test_nineteenth_set_backstop_frames(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)


PARL_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a named parliament's yes in any words, after a word of time or condition, still owed,
    # or the parliament alone after a word of condition
    (
        "parliament-yes",
        "Latvia will send two engineer platoons the day the Saeima signs off on the plan.",
        [_c("parliament:LVA")],
        [],
    ),
    (
        "parliament-yes",
        "Sweden offers a corvette; the Riksdag still has to approve it in the spring.",
        [_c("parliament:SWE")],
        [],
    ),
    (
        "parliament-yes",
        "Denmark pledges 120 medics, conditional on the Danish parliament.",
        [_c("parliament:DNK")],
        [],
    ),
    (
        "parliament-yes",
        "Finlandia mengirim 80 insinyur begitu Eduskunta memberi lampu hijau.",
        [_c("parliament:FIN")],
        [],
    ),
    (
        "parliament-yes",
        'Bulgaria\'s minister said the company would leave "once our Assembly says yes".',
        [_c("parliament:BGR")],
        [],
    ),
    (
        "parliament-yes",
        "The school's Assembly Hall seats 400 guests once the new stage has been approved.",
        [],
        [_c("parliament:USA")],
    ),
    (
        "parliament-yes",
        "The UN General Assembly voted on a resolution about shipping.",
        [],
        [_c("parliament:USA")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    PARL_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(PARL_CASES)],
)
def test_nineteenth_set_parliament_frames(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)


HOST = _c("host-nation")

HOST_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the host withdrawing its consent, after another condition joined by "or"
    (
        "host-or",
        "Pemantau ditarik apabila garis depan bergeser atau pemerintah Ukraina mencabut izinnya.",
        [HOST],
        [],
    ),
    (
        "host-or",
        "Our engineers go home if the truce breaks down or Kyiv revokes the invitation.",
        [HOST],
        [],
    ),
    (
        "host-or",
        "If the talks fail or Kyiv withdraws its delegation, the summit ends early.",
        [],
        [HOST],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    HOST_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(HOST_CASES)],
)
def test_nineteenth_set_host_frames(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
