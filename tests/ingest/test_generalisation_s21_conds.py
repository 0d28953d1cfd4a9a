"""Conditions from the twenty-first set's misses, each written as a family of frames around
the readers of earlier rounds rather than the wordings seen: American backing as what the
force is built or anchored on (a floor, a foundation, military might), named before a
relative clause that a few words of object separate from "on which ... rest", made the
foundation of the pledges, American backing as an item of a list after "the conditions ...:"
or after "two things ...:", and the Americans staying behind the force in Indonesian without
an object ("selama Amerika tetap di belakang"). Every text here is written for these tests,
in words of its own, in several frames (a memo, a list item, a transcript, a headline,
quoted speech). A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import NOT_REACHED, Fact, check_case, view_facts
from .phrasing import condition_fact as _c

DAY = dt.date(2030, 6, 1)

US = _c("us-backstop")
HOST = _c("host-nation")
CEASEFIRE = _c("ceasefire")


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


US_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # built or anchored on American backing, a floor or military might
    (
        "built",
        'A Danish officer said the frigate deployment "is built on an American foundation".',
        [US],
        [],
    ),
    (
        "built",
        "Finland's battalion is anchored in a US security guarantee, the minister told MPs.",
        [US],
        [],
    ),
    (
        "built",
        "- Spanish engineers: built on the American air umbrella.",
        [US],
        [],
    ),
    (
        "built",
        "Misi Polandia itu bertumpu pada kekuatan udara Amerika Serikat.",
        [US],
        [],
    ),
    (
        "built",
        "Pasukan Italia berdiri di atas kekuatan militer Washington, kata seorang diplomat.",
        [US],
        [],
    ),
    # a few words of object between the backing and the relative clause
    (
        "relative",
        "The ministers thanked Washington for pledging satellite imagery and refuelling to "
        "the mission, on which every national offer depends.",
        [US],
        [],
    ),
    (
        "relative",
        "Latvia welcomed the US decision to keep providing radar coverage over the Black Sea, "
        "upon which its own patrol boats rely.",
        [US],
        [],
    ),
    # made the foundation of the pledges
    (
        "foundation",
        "The memo makes American air support the foundation of every European pledge.",
        [US],
        [],
    ),
    (
        "foundation",
        "Dokumen itu menjadikan jaminan Amerika Serikat fondasi seluruh komitmen koalisi.",
        [US],
        [],
    ),
    # an item of a list after "conditions ...:" or "two things ...:"
    (
        "list",
        "The cable sets out the conditions Oslo attaches to its frigate: a quiet front line, "
        "continued American air cover and a vote in the Storting.",
        [US],
        [],
    ),
    (
        "list",
        "Conditions for the Greek contribution: lasting US support; an agreed mandate.",
        [US],
        [],
    ),
    (
        "list",
        'The premier said the deployment rested on "two things outside our hands: the '
        'guns staying silent and the Americans standing behind us".',
        [US],
        [],
    ),
    # the Americans staying behind the force, no object
    (
        "behind",
        'Para menteri mengakui batalion itu hanya bertahan "selama Washington masih di belakang".',
        [US],
        [],
    ),
    (
        "behind",
        "Pasukan Ceko tetap di sana selama AS tetap berada di belakang.",
        [US],
        [],
    ),
    # near-misses: a building on a street, data based on US numbers, a list of other things,
    # staying behind in another sense, a past foundation
    (
        "not-us",
        "The new barracks were built on American land leased in 1952.",
        [],
        [US],
    ),
    (
        "not-us",
        "The estimate is based on US intelligence figures from March.",
        [],
        [US],
    ),
    (
        "not-us",
        "The conditions at the camp: cold tents, American rations and long queues.",
        [],
        [US],
    ),
    (
        "not-us",
        "Selama Amerika Serikat tertinggal di belakang Tiongkok dalam produksi drone, "
        "harga akan naik.",
        [],
        [US],
    ),
    (
        "not-us",
        "Washington thanked the coalition for the drones, on which its analysts rely.",
        [],
        [US],
    ),
]

HOST_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the host's clearance or authorisation, as host nation
    (
        "clearance",
        "Landing at Burgas requires the clearance of the Bulgarian authorities as host nation.",
        [HOST],
        [],
    ),
    (
        "clearance",
        "Pendaratan pasukan Belanda memerlukan otorisasi pemerintah Slowakia sebagai negara "
        "tuan rumah.",
        [HOST],
        [],
    ),
    # the host government's consent with an adjective between
    (
        "owned",
        "The firm will send no engineers to Odesa without the Ukrainian government's written "
        "consent.",
        [HOST],
        [],
    ),
    (
        "owned",
        "- Irish deminers in Moldova: only with the Moldovan government's formal approval.",
        [HOST],
        [],
    ),
    # operating from the host, with its capital's or its government's permission
    (
        "from",
        "Sweden flies two surveillance planes from Poland with Warsaw's consent.",
        [HOST],
        [],
    ),
    (
        "from",
        "Kapal penyapu ranjau Turki beroperasi dari Bulgaria dengan izin pemerintah Bulgaria.",
        [HOST],
        [],
    ),
    (
        "own",
        "Bulgaria menegaskan pesawat asing hanya boleh mendarat di wilayahnya atas persetujuan "
        "pemerintahnya.",
        [HOST],
        [],
    ),
    (
        "own",
        "Slovakia said foreign aircraft may use its airfields only with the consent of its own "
        "government.",
        [HOST],
        [],
    ),
    # the force there at the host's invitation
    (
        "there",
        'The minister said the foreign soldiers are there "at the invitation of the Polish '
        'government and can be asked to leave".',
        [HOST],
        [],
    ),
    (
        "there",
        "Pasukan asing berada di sini atas undangan pemerintah Rumania.",
        [HOST],
        [],
    ),
    # host nations keeping their ports and airfields open, as an assumption or proviso
    (
        "open",
        "The plan holds only on the assumption that host nations on the flank keep their "
        "airfields open.",
        [HOST],
        [],
    ),
    (
        "open",
        "Logistik koalisi berjalan selama negara tuan rumah tetap membuka pelabuhan mereka.",
        [HOST],
        [],
    ),
    # near-misses: a state's own troops leaving from home, a ministry's clearance, an arms
    # export, ports kept open as a fact, an invitation of a university
    (
        "not-host",
        "Romanian troops left from Romania for Estonia with Bucharest's approval.",
        [],
        [HOST],
    ),
    (
        "not-host",
        "The budget needs the clearance of the finance ministry before June.",
        [],
        [HOST],
    ),
    (
        "not-host",
        "The German government's written consent was needed for the arms export.",
        [],
        [HOST],
    ),
    (
        "not-host",
        "Host nations kept their ports open throughout the winter.",
        [],
        [HOST],
    ),
    (
        "not-host",
        "The lecturers are there at the invitation of the university.",
        [],
        [HOST],
    ),
]

PARLIAMENT_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a parliament giving its mandate after a word of time or condition
    (
        "mandate",
        "The Danish engineers deploy only after the Folketing grants a mandate.",
        [_c("parliament:DNK")],
        [],
    ),
    (
        "mandate",
        "Kontingen Swedia baru berangkat setelah Riksdag memberikan mandat.",
        [_c("parliament:SWE")],
        [],
    ),
    (
        "mandate",
        '- Jerman: dua kapal penyapu ranjau, "setelah Bundestag memberi mandat".',
        [_c("parliament:DEU")],
        [],
    ),
    # Turkey's parliament by its name in both languages
    (
        "named",
        "Ankara will not send the corvette until the Grand National Assembly gives its approval.",
        [_c("parliament:TUR")],
        [],
    ),
    (
        "named",
        "Turki menahan kapal tunda itu sampai Majelis Agung Nasional memberikan persetujuan.",
        [_c("parliament:TUR")],
        [],
    ),
    # the decision must go through a parliament
    (
        "through",
        "Every extra rotation of Latvian troops must go through the Saeima, the minister said.",
        [_c("parliament:LVA")],
        [],
    ),
    (
        "through",
        'Anggota Komisi I itu menegaskan setiap penambahan pemantau Indonesia "harus lewat DPR".',
        [_c("parliament:IDN")],
        [],
    ),
    (
        "through",
        "Q: Can Oslo add a second frigate? A: Only if it passes through the Storting first.",
        [_c("parliament:NOR")],
        [],
    ),
    # after the parliament has voted
    (
        "voted",
        "Estonian medics will fly out only once the Riigikogu has voted.",
        [_c("parliament:EST")],
        [],
    ),
    # near-misses: a kind counted by countries, a past vote with its tally
    (
        "not-parliament",
        "The note lists the conditions: host consent for bases in Poland and Romania, and "
        "parliamentary approval in at least nine countries.",
        [],
        [_c("parliament:POL"), _c("parliament:ROU")],
    ),
    (
        "not-parliament",
        "On Monday the Storting approved the frigate deployment by 120 votes to 40.",
        [],
        [_c("parliament:NOR")],
    ),
    (
        "not-parliament",
        "Last week the Sejm approved the Polish hub by a vote of 301 to 112.",
        [],
        [_c("parliament:POL")],
    ),
    (
        "not-parliament",
        "The minister's car had to go through the Bundestag car park.",
        [],
        [_c("parliament:DEU")],
    ),
]

CEASEFIRE_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # no shooting along the line, as a proviso
    (
        "no-fire",
        'Finland says its drones fly only "as long as there is no shooting along the line".',
        [CEASEFIRE],
        [],
    ),
    (
        "no-fire",
        "Kontingen Austria tetap bertugas selama tidak ada pertempuran di garis depan.",
        [CEASEFIRE],
        [],
    ),
    (
        "no-fire",
        "- Czech medics: stay so long as there is no fighting at the front.",
        [CEASEFIRE],
        [],
    ),
    # the silence of the guns named as a noun after a cue or in a list of conditions
    (
        "silence",
        "The Belgian offer depends on the silence of the guns and on a UN mandate.",
        [CEASEFIRE],
        [],
    ),
    (
        "silence",
        "Syarat Portugal: diamnya senjata di sepanjang garis kontak.",
        [CEASEFIRE],
        [],
    ),
    # near-misses: no shooting reported as a fact, silence of the guns recalled
    (
        "not-ceasefire",
        "There was no shooting along the line on Sunday, the monitors reported.",
        [],
        [CEASEFIRE],
    ),
    (
        "not-ceasefire",
        "The film opens with the silence of the guns in November 1918.",
        [],
        [CEASEFIRE],
    ),
]

CLAIM_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # no deal reached, the war or the conflict named between
    (
        "claim",
        "The panel agreed that no settlement of the conflict has been reached so far.",
        [NOT_REACHED],
        [],
    ),
    (
        "claim",
        '"No peace agreement over Ukraine has been signed," the spokesman said.',
        [NOT_REACHED],
        [],
    ),
    (
        "claim",
        "Kami mencatat bahwa kesepakatan damai antara Moskwa dan Kyiv sampai hari ini pun "
        "belum tercapai.",
        [NOT_REACHED],
        [],
    ),
    # a deal said not to exist after it is named
    (
        "claim",
        "Nobody at the table talked about an armistice, since there isn't one.",
        [NOT_REACHED],
        [],
    ),
    (
        "claim",
        "Q: What does the peace treaty say? A: Nothing, because there is none.",
        [NOT_REACHED],
        [],
    ),
    # near-misses: no peace of mind, a deal that exists
    (
        "not-claim",
        "No settlement of the pension dispute has been reached by the unions.",
        [],
        [NOT_REACHED],
    ),
    (
        "not-claim",
        "They discussed the trade treaty, since there is one already in force.",
        [],
        [NOT_REACHED],
    ),
]

CASES = US_CASES + HOST_CASES + PARLIAMENT_CASES + CEASEFIRE_CASES + CLAIM_CASES


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_twenty_first_set_condition_frames(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
