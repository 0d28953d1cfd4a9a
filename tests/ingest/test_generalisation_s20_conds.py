"""Conditions and claims from the twentieth set's misses, each written as a family of frames
around the readers of the nineteenth set rather than the wordings seen: a host's consent
given to what a force flies or sails, or to the specialists it sends, and a host government
named by its capital after "in"; American watching named as what a force relies on with an
adverb inside the cue, in a relative clause after it ("the US radar picture on which the
battery depends"), after a proviso's "that", or as the second item of a list after a colon,
and American support as a figure of speech of building (a foundation, a pillar); a
parliament's say named as where the decision lies ("a matter for the Riksdag", "ada di
tangan DPR") or as a consultation still owed; talks on a deal not resumed, and a question
about the deal answered by its absence. Every text here is written for these tests, in words
of its own, in several frames (a memo, a list item, a transcript, a headline, quoted
speech). A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import NOT_REACHED, Fact, check_case, view_facts
from .phrasing import condition_fact as _c

DAY = dt.date(2030, 6, 1)

HOST = _c("host-nation")
US = _c("us-backstop")


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


HOST_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the host lets in what the force flies or sails, or the specialists it sends
    (
        "means",
        "Norway keeps two maritime patrol aircraft at Constanta in Romania, with Bucharest's "
        "consent.",
        [HOST],
        [],
    ),
    (
        "means",
        "The Danish frigates may use the port only with the permission of the Ukrainian "
        "government.",
        [HOST],
        [],
    ),
    (
        "means",
        "Pesawat angkut Spanyol berangkat setelah pemerintah Ukraina memberikan izin terbang.",
        [HOST],
        [],
    ),
    (
        "specialists",
        "Tim dokter dan perawat Malaysia hanya berangkat setelah Pemerintah Ukraina memberikan "
        "izin praktik.",
        [HOST],
        [],
    ),
    (
        "specialists",
        "- Portuguese nurses: deploy with the approval of the Ukrainian authorities",
        [HOST],
        [],
    ),
    # a host government named by its capital, possessive before "agreement"
    (
        "capital",
        "Two Swedish helicopters are based in Lithuania, with Vilnius's agreement.",
        [HOST],
        [],
    ),
    # a host government named by its capital after "in"
    (
        "capital",
        "The observers will stay only with the consent of the government in Kyiv.",
        [HOST],
        [],
    ),
    (
        "capital",
        "Para pemantau hanya bertugas dengan persetujuan pemerintah di Kyiv.",
        [HOST],
        [],
    ),
    # near-misses: approval of something else, a contributor's own government
    (
        "not-host",
        "The Spanish government gave its approval to the new fishing quota for its trawlers.",
        [],
        [HOST],
    ),
    (
        "not-host",
        "The airline's aircraft flew to Kyiv with the approval of the aviation regulator.",
        [],
        [HOST],
    ),
    (
        "not-host",
        "Malaysia mengirim pemantau atas permintaan PBB dan dengan mandat Dewan Keamanan.",
        [],
        [HOST],
    ),
]

US_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # an adverb inside the cue
    (
        "adverb",
        "Latvia's radar team relies entirely on American satellite data, a ministry memo says.",
        [US],
        [],
    ),
    (
        "adverb",
        'The Belgian minehunters depend "heavily" on the US intelligence picture.',
        [US],
        [],
    ),
    # a relative clause after the backing
    (
        "relative",
        "Oslo said its fire unit would stand down without warning, pointing to the American "
        "radar feed on which the whole battery depends.",
        [US],
        [],
    ),
    (
        "relative",
        "Estonia named the US early-warning network, on which its crews rely, as the one "
        "thing it cannot replace.",
        [US],
        [],
    ),
    # a proviso, then "that"
    (
        "proviso",
        "Lisbon attached a proviso to its offer: that Washington keep its spy planes over the "
        "Black Sea.",
        [US],
        [],
    ),
    (
        "proviso",
        "The Czech pledge comes with a condition from Prague that the Americans go on sharing "
        "their intelligence.",
        [US],
        [],
    ),
    # the second item of a list after a colon
    (
        "list",
        "Menurut sang kolonel, misi itu bergantung pada dua syarat: garis depan tetap tenang, "
        "dan Washington terus berbagi citra satelit.",
        [US],
        [],
    ),
    (
        "list",
        "Everything rests on two things: a quiet front line, and the United States still "
        "sharing its radar data.",
        [US],
        [],
    ),
    # American support as a figure of speech of building
    (
        "figure",
        "Our contribution stands on an American foundation, the Slovenian minister said.",
        [US],
        [],
    ),
    (
        "figure",
        "Kontribusi Kroasia bertumpu pada fondasi Amerika, kata menterinya.",
        [US],
        [],
    ),
    # near-misses: American data with no dependence, a foundation of something else
    (
        "not-us",
        "The ministers looked at American satellite data of the front during lunch.",
        [],
        [US],
    ),
    (
        "not-us",
        "The bridge rests on a foundation built by an American company in 1990.",
        [],
        [US],
    ),
]

PARLIAMENT_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the decision's place: a matter for, up to, in the hands of a parliament
    (
        "matter",
        "Asked about ground troops, Sweden's prime minister said it \"is a matter for the "
        'Riksdag".',
        [_c("parliament:SWE")],
        [],
    ),
    (
        "matter",
        "Any Danish deployment is up to the Folketing, the minister told reporters.",
        [_c("parliament:DNK")],
        [],
    ),
    (
        "matter",
        "Soal pengiriman pasukan, Menteri Pertahanan Polandia menegaskan keputusan akhir ada "
        "di tangan Sejm.",
        [_c("parliament:POL")],
        [],
    ),
    (
        "matter",
        "FINLAND: DECISION ON TROOPS RESTS WITH THE EDUSKUNTA",
        [_c("parliament:FIN")],
        [],
    ),
    # a consultation still owed, the state named as the subject
    (
        "consult",
        "Portugal would decide on its 300 troops only after consulting parliament, Lisbon said.",
        [_c("parliament:PRT")],
        [],
    ),
    (
        "consult",
        "Spain will choose the size of its contingent after consultations with the Cortes.",
        [_c("parliament:ESP")],
        [],
    ),
    # a decision not yet taken
    (
        "not-yet",
        "Latvia's 90 engineers wait: the Saeima has yet to vote on their deployment.",
        [_c("parliament:LVA")],
        [],
    ),
    (
        "not-yet",
        "Kontribusi Ceko tertunda karena Poslanecka snemovna belum memutuskan, dan parlemen "
        "Ceko masih belum menyetujui anggarannya.",
        [_c("parliament:CZE")],
        [],
    ),
    # one consent of a government and a parliament, the state named between
    (
        "coordinated",
        "The Slovak sappers go only with the consent of the Slovak government and parliament.",
        [_c("parliament:SVK")],
        [],
    ),
    (
        "coordinated",
        "Satgas berangkat dengan persetujuan Pemerintah Indonesia dan DPR.",
        [_c("parliament:IDN")],
        [],
    ),
    # a name several states give their parliament: the one the text names
    (
        "shared",
        "Ottawa's trainers need no new vote in the House of Commons, a Canadian official "
        "said, though a fourth rotation would.",
        [_c("parliament:CAN")],
        [_c("parliament:GBR")],
    ),
    # parliamentary approval named as a kind of condition, no state's
    (
        "kind",
        "The cards are Truce Holds, Parliament Approves and Host Consents.",
        [],
        [_c("parliament"), _c("parliament:USA")],
    ),
    (
        "kind",
        "Syarat yang paling sering disebut: gencatan senjata (12 negara) dan persetujuan "
        "parlemen (7 negara).",
        [],
        [_c("parliament")],
    ),
    (
        "kind",
        "Glosarium\n\nPersetujuan parlemen\nSyarat dalam negeri yang dipasang banyak negara.",
        [],
        [_c("parliament")],
    ),
    # near-misses: a matter for someone else, a parliament's past act
    (
        "not-parliament",
        "Sweden's prime minister said the timing of the summit is a matter for the hosts.",
        [],
        [_c("parliament:SWE")],
    ),
    (
        "not-parliament",
        "The Riksdag debated the pension reform in March, a matter for the budget committee.",
        [],
        [_c("parliament:SWE")],
    ),
]

CEASEFIRE = _c("ceasefire")

CEASEFIRE_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the front, the line or the guns quiet, in any words, the verb maybe left out
    (
        "quiet",
        'Oslo will keep its fire unit there "for as long as the front stays calm".',
        [CEASEFIRE],
        [],
    ),
    (
        "quiet",
        "Tim medis Thailand bertahan di Dnipro selama garis depan tetap tenang.",
        [CEASEFIRE],
        [],
    ),
    (
        "quiet",
        "Kalian bertugas selama meriam diam. Kalau meriam bicara lagi, kalian pulang.",
        [CEASEFIRE],
        [],
    ),
    # the truce wanted to hold before the force goes
    (
        "wanted",
        "Athens wants the ceasefire to hold for a month before its frigate sails.",
        [CEASEFIRE],
        [],
    ),
    # near-misses: a quiet line of another kind, a wish with nothing waiting on it
    (
        "not-ceasefire",
        "The queue at the embassy was quiet, as long as the line stays short.",
        [],
        [CEASEFIRE],
    ),
    (
        "not-ceasefire",
        "The foreign minister said she wants the truce to hold.",
        [],
        [CEASEFIRE],
    ),
]

CLAIM_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # talks on a deal not resumed, stalled or frozen
    (
        "talks",
        "Negotiations on a peace treaty have not resumed since the truce began.",
        [NOT_REACHED],
        [],
    ),
    (
        "talks",
        "Perundingan perjanjian damai belum dilanjutkan sejak gencatan senjata berlaku.",
        [NOT_REACHED],
        [],
    ),
    (
        "talks",
        "Talks on a final settlement remain frozen, diplomats in Geneva say.",
        [NOT_REACHED],
        [],
    ),
    # a question about the deal answered by its absence (a transcript)
    (
        "answer",
        "Q: And the peace treaty?\nA: There is none yet. Only the ceasefire.",
        [NOT_REACHED],
        [],
    ),
    (
        "answer",
        'Bagaimana dengan kesepakatan damai?\n\n"Belum ada. Baru gencatan senjata."',
        [NOT_REACHED],
        [],
    ),
    (
        "answer",
        'Asked about a peace deal, the minister said: "There is no deal. There is a truce."',
        [NOT_REACHED],
        [],
    ),
    # the truce said not to be peace
    (
        "not-peace",
        '"Ini gencatan senjata, bukan perdamaian," kata seorang relawan di Przemysl.',
        [NOT_REACHED],
        [],
    ),
    (
        "not-peace",
        "WHAT WE HAVE IS A TRUCE. A TRUCE IS NOT PEACE.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-claim",
        "A ceasefire is not peacekeeping, the instructor reminded the cadets.",
        [],
        [NOT_REACHED],
    ),
    # near-misses: trade talks resumed, a question answered with a date
    (
        "not-claim",
        "Trade talks with the EU have not resumed since March.",
        [],
        [NOT_REACHED],
    ),
    (
        "not-claim",
        "Q: And the peace treaty?\nA: It was signed in Vienna this morning.",
        [],
        [NOT_REACHED],
    ),
]

CASES = HOST_CASES + US_CASES + PARLIAMENT_CASES + CEASEFIRE_CASES + CLAIM_CASES


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_twentieth_set_condition_and_claim_frames(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
