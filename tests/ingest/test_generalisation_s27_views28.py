"""Phrasing classes of missed positions and conditions found when the twenty-seventh
sealed set became development text.

- A group word opening a clause ("keduanya", "ketiga negara", "both countries", "all three")
  stands for as many parties named last before it, in its own sentence or the one before;
  a group of countries counts no organisation, and a party named between the group and the
  view only in an aside ("seperti Indonesia", "like Argentina") holds it too but does not take
  it from the group. A party named between outside an aside keeps its own view.
- The host's request or invitation as the condition of the stay, in forms the rules did
  not read: the host as "the government of" its state or with an apposition "as host" /
  "sebagai tuan rumah", the request by "memintanya", and "only because" the host asked for
  or invited the force. A bare "because" and a request for something other than a force
  are no condition.

Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import NEG, Fact, check_case, condition_fact, position_fact, view_facts

DAY = dt.date(2030, 6, 1)

HOST = condition_fact("host-nation")


def talks(*codes: str) -> list[Fact]:
    return [position_fact(c, NEG, "support") for c in codes]


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a group of three named in the sentence before, an organisation among them left out
    (
        "group",
        "Di samping Indonesia, pos PBB di sektor timur juga diisi Meksiko dan Argentina."
        " Ketiga negara, kata seorang diplomat, sama-sama mendesak agar Rusia dan Ukraina"
        " kembali ke meja perundingan.",
        talks("IDN", "MEX", "ARG"),
        talks("RUS", "UKR", "UN"),
    ),
    (
        "group",
        "Mexico, Argentina and Indonesia send observers under the UN flag. All three countries"
        " have called for talks between Moscow and Kyiv to resume.",
        talks("IDN", "MEX", "ARG"),
        talks("UN"),
    ),
    # the group after a semicolon in its own sentence; a party compared in an aside
    (
        "group",
        "Di luar koalisi, yang mengirim pengamat antara lain Meksiko dan Argentina; keduanya,"
        " seperti Indonesia, menyerukan penyelesaian konflik melalui perundingan.",
        talks("MEX", "ARG", "IDN"),
        talks("COTW"),
    ),
    (
        "group",
        "Outside the coalition, Mexico and Argentina send observers; both, like Indonesia,"
        " urged a settlement through negotiations.",
        talks("MEX", "ARG", "IDN"),
        talks("COTW"),
    ),
    # near-miss: a party named between the group and the view outside an aside
    (
        "group",
        "Mexico and Argentina sent observers. Both countries said Russia would never accept"
        " foreign troops in Ukraine.",
        [position_fact("RUS", "foreign-troops", "oppose")],
        [position_fact("MEX", "foreign-troops", "oppose")],
    ),
    # the host's request or invitation as a proviso, the host in a new form
    (
        "host",
        "Jakarta siap mengirim tambahan pemantau ke Ukraina bila Ukraina sebagai tuan rumah"
        " memintanya.",
        [HOST],
        [],
    ),
    (
        "host",
        "The Irish observers in Ukraine stay only while the truce holds and the Government"
        " of Ukraine continues to invite them.",
        [HOST],
        [],
    ),
    (
        "host",
        "The minister said the two Belgian ships would stay off Odesa only because Kyiv"
        " asked for them.",
        [HOST],
        [],
    ),
    (
        "host",
        "Kapal-kapal itu berada di perairan Ukraina hanya karena pemerintah Ukraina"
        " mengundang mereka.",
        [HOST],
        [],
    ),
    # near-misses: a bare "because", a request for no force, a state that is no host
    (
        "host",
        "The Belgian ships are off Odesa because Kyiv asked for them, the minister said.",
        [],
        [HOST],
    ),
    (
        "host",
        "Grain prices in Ukraine rose only because Kyiv requested it.",
        [],
        [HOST],
    ),
    (
        "host",
        "The Belgian ships sailed for Ukraine only because Germany asked for them.",
        [],
        [HOST],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_seventh_set_view_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
