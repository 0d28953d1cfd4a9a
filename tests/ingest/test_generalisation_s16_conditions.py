"""Conditions and claims from the sixteenth set's misses, each written as a rule complete for
its concept: the American safety net said indirectly (a contribution resting on it or on
the assumption that Washington stays, going where the American umbrella goes, under it or
not at all, the words maybe in quotation marks); the force withdrawn if the fighting starts
again or the truce fails, or there because the guns are silent; a host's consent as an
invitation the presence depends on; a state's parliament named in a list of examples, not a
state merely mentioned; a peace deal not reached said with the verb first, with a bare
"peace", or as "there isn't one yet". Every text here is written for these tests, in words
of its own. A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import NOT_REACHED, Fact, check_case, view_facts
from .phrasing import condition_fact as _k

DAY = dt.date(2029, 11, 1)
US = _k("us-backstop")
TRUCE = _k("ceasefire")
PEACE = _k("peace-agreement")
HOST = _k("host-nation")


def _parl(code: str) -> Fact:
    return _k(f"parliament:{code}")


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the American safety net said indirectly: what the contributions rest or stand on
    (
        "us-rests-on",
        "Every European pledge rests on one assumption: that Washington stays in the game.",
        [US],
        [],
    ),
    (
        "us-rests-on",
        "Seluruh misi ini bertumpu pada satu hal: payung udara Amerika Serikat.",
        [US],
        [],
    ),
    (
        "us-rests-on",
        "Memo. The Danish company went in on the strength of a US promise of air cover.",
        [US],
        [],
    ),
    (
        "us-rests-on",
        "Kontribusi Belanda dibangun di atas anggapan bahwa Amerika tidak akan mundur.",
        [US],
        [],
    ),
    (
        "us-rests-on",
        "Editorial: the whole reassurance force is premised on the United States remaining "
        "engaged.",
        [US],
        [],
    ),
    # going with the American umbrella, under it or not at all
    (
        "us-goes-with",
        'The Swedish minister put it bluntly: "Our soldiers go where America\'s air cover goes."',
        [US],
        [],
    ),
    (
        "us-goes-with",
        "Kata seorang jenderal Polandia, brigade itu berada di bawah perlindungan Washington, "
        "atau tidak berangkat sama sekali.",
        [US],
        [],
    ),
    (
        "us-goes-with",
        "- Norway: under an American umbrella or not at all.",
        [US],
        [],
    ),
    # the words in quotation marks
    (
        "us-quoted",
        'Both capitals linked their offers to a "reliable American guarantee".',
        [US],
        [],
    ),
    (
        "us-quoted",
        'The Czech platoon stays only while the truce lasts and while "our US partners stand '
        'behind us", the colonel told families.',
        [US, TRUCE],
        [],
    ),
    # not the United States merely present, nor under another umbrella
    (
        "us-trap",
        "The Finnish battalion went where the storm was heaviest, and the Americans watched.",
        [],
        [US],
    ),
    (
        "us-trap",
        "The museum rests on land once owned by an American family.",
        [],
        [US],
    ),
    (
        "us-trap",
        "Under the EU umbrella, or not at all, the Austrian minister said of the mission.",
        [],
        [US],
    ),
    # the force withdrawn if the fighting starts again or the truce fails
    (
        "truce-resumes",
        "Komandan berjanji, begitu baku tembak mulai lagi, seluruh pengamat ditarik pulang.",
        [TRUCE],
        [],
    ),
    (
        "truce-resumes",
        "Ia bilang, kalau suara tembakan kembali terdengar, prajurit Garuda dipulangkan.",
        [TRUCE],
        [],
    ),
    (
        "truce-resumes",
        "Should the truce collapse, the Greek frigate will leave the Black Sea at once.",
        [TRUCE],
        [],
    ),
    (
        "truce-resumes",
        "NOTICE 4/29. Should the ceasefire break down, the escort group will withdraw.",
        [TRUCE],
        [],
    ),
    (
        "truce-because",
        "The Swiss medics are there because the guns are silent, and will go the day they are not.",
        [TRUCE],
        [],
    ),
    (
        "truce-because",
        "Tim medis Austria tetap bertugas karena gencatan senjata masih bertahan.",
        [TRUCE],
        [],
    ),
    # a truce as a past fact or a date, not a condition
    (
        "truce-trap",
        "Seminar series: Rebuilding after the Ceasefire. Spring term, room 4.",
        [],
        [TRUCE],
    ),
    # a host's invitation the presence depends on
    (
        "host-invited",
        "Kehadiran pemantau Malaysia bergantung pada undangan pemerintah Ukraina.",
        [HOST],
        [],
    ),
    (
        "host-invited",
        "The Irish medics serve only as long as there is parliamentary approval and an "
        "invitation from the Ukrainian government.",
        [HOST],
        [],
    ),
    (
        "host-invited",
        "Penugasan tim zeni Brasil hanya berlangsung selama ada izin DPR dan undangan dari "
        "pemerintah Ukraina.",
        [HOST],
        [],
    ),
    (
        "host-trap",
        "The ambassador's dinner depended on an invitation from the Ukrainian government.",
        [],
        [HOST],
    ),
    # a parliament named in a list of examples, for the state named after it
    (
        "parliament-examples",
        "Syarat yang sering disebut: persetujuan parlemen nasional, misalnya Storting bagi "
        "Norwegia dan Sejm bagi Polandia.",
        [_parl("NOR"), _parl("POL")],
        [],
    ),
    (
        "parliament-examples",
        "Conditions: national parliaments must approve, for example the Bundestag for Germany "
        "and the Riksdag for Sweden.",
        [_parl("DEU"), _parl("SWE")],
        [],
    ),
    # parliaments of every contributor, or "this House", belong to no state merely named
    (
        "parliament-trap",
        "Jaminan itu ada selama Amerika tidak pergi dan selama parlemen negara-negara "
        "penyumbang terus memberi persetujuan.",
        [],
        [_parl("USA")],
    ),
    (
        "parliament-trap",
        "That this House notes Moscow's demand that the ships leave, and insists that no crew "
        "is sent without the approval of this House.",
        [],
        [_parl("RUS")],
    ),
    # a peace deal not reached, the verb first, a bare "peace", or "there isn't one yet"
    (
        "not-reached",
        "Sampai sekarang belum juga ditandatangani perjanjian damai antara kedua negara.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached",
        "Hingga hari ini belum tercapai perdamaian antara Moskow dan Kyiv.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached",
        "NENEK: Senjatanya memang sudah diam. Tapi damainya belum diteken, Nak.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached",
        "If a peace agreement is ever signed - and there isn't one yet - the clinic will "
        "move to Kharkiv.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached",
        "Should a peace treaty come (there is none so far), the engineers will stay on.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached-trap",
        "Belum tercapai kesepakatan dagang antara Jakarta dan Kyiv.",
        [],
        [NOT_REACHED],
    ),
    (
        "not-reached-trap",
        "A peace treaty was signed in 1921 - and there isn't one like it since.",
        [],
        [NOT_REACHED],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_sixteenth_set_condition_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
