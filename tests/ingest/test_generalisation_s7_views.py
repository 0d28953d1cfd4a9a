"""Phrasing classes of positions and commitments found when the seventh sealed set became
development text, each written as a rule complete for its concept: the coalition named as
a recipient gives nothing, and "the commitment of X to provide" names its giver; states
listed as one subject all hold the view; a refusal of even one foreign soldier, of any
foreign presence, a foreign force regarded a threat, called a target in quotes or "not to
be tolerated"; open to talks, as a noun; contributions set out as rows of a table, an
infographic or a league table. Every text here is written for these tests, in words of its
own. A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import commitments as _commitments
from .phrasing import conditions as _conditions
from .phrasing import positions as _positions

DAY = dt.date(2027, 6, 1)

Fact = tuple[Any, ...]

#: a lead that puts the text in the coalition's story, as an article's opening would
LEAD_EN = "The coalition of the willing discussed security guarantees for Ukraine.\n\n"
LEAD_ID = "Koalisi negara sukarela membahas jaminan keamanan bagi Ukraina.\n\n"


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return (
        {("position", *k) for k in _positions(result)}
        | {("commitment", *k) for k in _commitments(result)}
        | claims
        | {("condition", c) for c in _conditions(result)}
    )


def _p(party: str, issue: str, stance: str) -> Fact:
    return ("position", party, issue, stance)


def _c(party: str, layer: str, domain: str | None) -> Fact:
    return ("commitment", party, layer, domain)


NOT_REACHED = ("claim", "settlement", "not reached")
US = ("condition", "us-backstop")
FT = "foreign-troops"
NEG = "negotiations"

#: (class, text, facts that must be found, facts that must not be)
CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # --- the coalition as recipient; the owner of a pledge ------------------------------
    (
        "recipient",
        LEAD_ID + "Amerika Serikat tidak akan mengirim tentara, tetapi berjanji memasok citra "
        "satelit kepada pasukan koalisi.",
        [_c("USA", "backstop", "intelligence")],
        [_c("COTW", "backstop", "intelligence")],
    ),
    (
        "recipient",
        LEAD_EN + "Washington rules out ground troops but will share intelligence with the "
        "coalition force.",
        [_c("USA", "backstop", "intelligence")],
        [_c("COTW", "backstop", "intelligence")],
    ),
    (
        "recipient",
        LEAD_ID + "Kanada tidak ikut berpatroli, namun siap menyediakan intelijen untuk koalisi.",
        [_c("CAN", "backstop", "intelligence")],
        [_c("COTW", "backstop", "intelligence")],
    ),
    (
        "recipient",
        LEAD_ID + "Jerman menolak mengirim pasukan, tetapi akan mendanai pelatihan bagi koalisi.",
        [_c("DEU", "regenerate", "funding")],
        [_c("COTW", "regenerate", "funding")],
    ),
    (
        "pledge-of",
        LEAD_EN + "We note the pledge of Norway to send three minesweepers to the Black Sea.",
        [_c("NOR", "reassure", "sea")],
        [],
    ),
    (
        "pledge-of",
        LEAD_EN + "The summit welcomed the offer of Spain to deploy a frigate with the "
        "coalition's naval group.",
        [_c("ESP", "reassure", "sea")],
        [_c("COTW", "reassure", "sea")],
    ),
    # --- states listed as one subject ----------------------------------------------------
    (
        "listed",
        "Hungaria dan Slowakia menentang kehadiran pasukan asing di Ukraina.",
        [_p("HUN", FT, "oppose"), _p("SVK", FT, "oppose")],
        [],
    ),
    (
        "listed",
        "Hungary and Slovakia oppose the deployment of foreign troops in Ukraine.",
        [_p("HUN", FT, "oppose"), _p("SVK", FT, "oppose")],
        [],
    ),
    (
        "listed",
        "Austria, Irlandia dan Malta menyerukan perundingan langsung untuk mengakhiri perang "
        "di Ukraina.",
        [_p("AUT", NEG, "support"), _p("IRL", NEG, "support")],
        [],
    ),
    (
        "listed",
        "Brazil and China back peace talks to end the war in Ukraine.",
        [_p("BRA", NEG, "support"), _p("CHN", NEG, "support")],
        [],
    ),
    (
        "listed",
        "Sweden, Finland, and Denmark back peace talks on Ukraine.",
        [_p("SWE", NEG, "support"), _p("FIN", NEG, "support"), _p("DNK", NEG, "support")],
        [],
    ),
    (
        "listed",
        LEAD_ID + "Rusia menolak, dan Kyiv mendesak Moskow kembali ke perundingan.",
        [_p("UKR", NEG, "support")],
        [_p("RUS", NEG, "support")],
    ),
    (
        "listed",
        "The talks between Russia and Ukraine stalled, and Hungary urged both sides to negotiate.",
        [_p("HUN", NEG, "support")],
        [_p("RUS", NEG, "support"), _p("UKR", NEG, "support")],
    ),
    # --- a foreign force refused, regarded a threat, called a target --------------------
    (
        "refused",
        "Moscow said it would never tolerate a single British soldier on Ukrainian soil.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "refused",
        "Kremlin menegaskan tidak akan membiarkan satu pun prajurit Barat berada di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "refused",
        "The Russian foreign ministry rejected any international military presence in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "refused",
        "Rusia menolak segala bentuk kehadiran militer internasional di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "threat",
        "Moscow warned it would regard allied frigates near Odesa and the Ukrainian coast as a "
        "direct threat.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "threat",
        "Rusia mengancam akan menganggap pesawat koalisi di langit Ukraina sebagai ancaman "
        "langsung.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "threat",
        "The Kremlin said it would view NATO minehunters in the Black Sea as enemies.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "quoted-target",
        'Lavrov branded any European peacekeeper in Ukraine "a legitimate target".',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "quoted-target",
        'Zakharova menyebut tentara asing di Ukraina "sasaran yang sah".',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "not-tolerated",
        "Peskov said foreign soldiers protecting Ukrainian ports would not be tolerated.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "not-tolerated",
        "Menurut Moskow, pasukan asing yang menjaga pelabuhan Ukraina tidak akan ditoleransi.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "refused",
        'Russia said it rejects "any NATO observers posing as neutral ones" in Ukraine.',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # traps: claims about troops, Ukraine's own soldiers, a delay refused
    (
        "refused",
        "Russia rejected claims that British soldiers were already in Ukraine.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "quoted-target",
        'The Kremlin called Ukrainian soldiers in Kursk "legitimate targets".',
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "refused",
        "Ukraine said it would not tolerate any delay in sending allied troops.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    # --- a force only under a UN mandate -------------------------------------------------
    (
        "un-mandate",
        "India dan Indonesia menyatakan hanya akan mempertimbangkan pasukan pemelihara "
        "perdamaian di bawah mandat Perserikatan Bangsa-Bangsa.",
        [_p("IND", FT, "conditional"), _p("IDN", FT, "conditional")],
        [],
    ),
    (
        "un-mandate",
        "New Delhi has said it could consider sending peacekeepers only under a United "
        "Nations mandate.",
        [_p("IND", FT, "conditional")],
        [],
    ),
    (
        "un-mandate",
        "Brazil would send soldiers to Ukraine only with a mandate from the UN Security Council.",
        [_p("BRA", FT, "conditional")],
        [],
    ),
    (
        "un-mandate",
        "Malaysia hanya bersedia mengirim prajurit ke Ukraina di bawah bendera PBB.",
        [_p("MYS", FT, "conditional")],
        [],
    ),
    (
        "un-mandate",
        "South Africa says it could take part in a Ukraine force only under UN auspices.",
        [_p("ZAF", FT, "conditional")],
        [],
    ),
    (
        "un-mandate",
        "India supports UN peacekeeping missions in Africa.",
        [],
        [_p("IND", FT, "conditional")],
    ),
    # --- open to talks, as a noun --------------------------------------------------------
    (
        "open-to-talks",
        "Russia remains open to negotiations on a lasting settlement in Ukraine.",
        [_p("RUS", NEG, "support")],
        [],
    ),
    (
        "open-to-talks",
        "Kremlin tetap terbuka untuk perundingan dengan Ukraina.",
        [_p("RUS", NEG, "support")],
        [],
    ),
    # --- no sign of a truce or a deal ----------------------------------------------------
    (
        "no-sign",
        "There is still no sign of a ceasefire between Moscow and Kyiv over Ukraine.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-sign",
        "Belum ada tanda-tanda gencatan senjata antara Rusia dan Ukraina.",
        [NOT_REACHED],
        [],
    ),
    (
        "no-sign",
        "Diplomats in Kyiv see no prospect yet of a peace agreement with Russia.",
        [NOT_REACHED],
        [],
    ),
    ("no-sign", "Tidak ada tanda perjanjian damai antara Rusia dan Ukraina.", [NOT_REACHED], []),
    (
        "no-sign",
        "Ukraine hoped for a peace deal with Russia; none has been signed.",
        [NOT_REACHED],
        [],
    ),
    ("no-sign", "There is no sign yet of a settlement between Kyiv and Moscow.", [NOT_REACHED], []),
    ("no-sign", "There are signs the ceasefire in Ukraine is holding.", [], [NOT_REACHED]),
    ("no-sign", "There is no sign of Russian troops leaving Ukraine.", [], [NOT_REACHED]),
    # --- American backing of any kind as the condition -------------------------------
    (
        "us-backing",
        LEAD_EN + "Several leaders also need a firm American guarantee behind them before they "
        "send troops.",
        [US],
        [],
    ),
    (
        "us-backing",
        LEAD_EN + "The Baltic states will deploy only with a credible US safety net.",
        [US],
        [],
    ),
    (
        "us-backing",
        LEAD_EN + "Without that American layer, several capitals say they will not commit ships.",
        [US],
        [],
    ),
    (
        "us-backing",
        LEAD_EN + "Sebagian besar negara Eropa mensyaratkan dukungan AS sebagai penyangga.",
        [US],
        [],
    ),
    (
        "us-backing",
        LEAD_EN + "Polandia hanya mau mengirim tentara dengan sokongan dari Amerika Serikat.",
        [US],
        [],
    ),
    (
        "us-backing",
        LEAD_EN + "Italy demands a written U.S. security commitment before its frigates sail.",
        [US],
        [],
    ),
    (
        "us-backing",
        LEAD_EN + "Washington said American support for Ukraine will continue.",
        [],
        [US],
    ),
    # --- rows of tables, infographics and league tables ---------------------------------
    (
        "rows",
        "Contributions at a glance\n\nThe coalition for Ukraine met in Oslo.\n\n"
        "- Portugal: two frigates for the Black Sea\n- Belgium: 400 engineers\n"
        "- Austria: still considering, no decision yet\n",
        [_c("PRT", "reassure", "sea"), _c("BEL", "reassure", "land")],
        [_c("AUT", "reassure", "land")],
    ),
    (
        "rows",
        "Peta kontribusi koalisi untuk Ukraina\n\nKoalisi bertemu di Roma.\n\n"
        "1. IRLANDIA - 5 poin. Sebuah kapal patroli dan 150 tentara penjaga perdamaian.\n"
        "2. KROASIA - 0 poin. Belum ada keputusan soal pesawat.\n"
        "3. ESTONIA - 3 poin. 50 juta euro untuk rudal pertahanan udara Ukraina.\n",
        [
            _c("IRL", "reassure", "sea"),
            _c("IRL", "reassure", "land"),
            _c("EST", "regenerate", "funding"),
        ],
        [_c("HRV", "reassure", "air"), _c("EST", "reassure", "air")],
    ),
    (
        "rows",
        "Who gives what to the Ukraine force\n\nThe coalition of the willing met in Paris.\n\n"
        "Country | Troops | Ships | Jets | Money\nPortugal | 800 | 1 | - | -\n"
        "Belgium | - | - | 4 F-16s | EUR 100 million\n",
        [
            _c("PRT", "reassure", "land"),
            _c("PRT", "reassure", "sea"),
            _c("BEL", "reassure", "air"),
            _c("BEL", "regenerate", "funding"),
        ],
        [_c("PRT", "reassure", "air"), _c("BEL", "reassure", "land")],
    ),
    (
        "rows",
        "Ukraine force in figures\n\nThe coalition met in Riga.\n\n"
        "- Russia: rejects any foreign troops in Ukraine\n- Hungary: no soldiers, no money\n"
        "- Latvia, Lithuania: 300 troops each\n",
        [_c("LVA", "reassure", "land"), _c("LTU", "reassure", "land")],
        [_c("RUS", "reassure", "land"), _c("HUN", "reassure", "land")],
    ),
    (
        "rows",
        "Pasukan koalisi untuk Ukraina\n\nData dari pemerintah masing-masing.\n\n"
        "- Slovenia: tanpa tentara, hanya dana 20 juta euro\n"
        "- Rumania: pangkalan udara untuk pesawat angkut pasukan\n",
        [_c("SVN", "regenerate", "funding")],
        [_c("SVN", "reassure", "land"), _c("ROU", "support", "logistics")],
    ),
]


CASES.append(
    (
        "rows",
        "Armies of Europe\n\nActive soldiers, 2026:\n\n"
        "- Poland: 200,000 troops\n- Greece: 140,000 troops\n",
        [],
        [_c("POL", "reassure", "land"), _c("GRC", "reassure", "land")],
    )
)


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_seventh_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    # the rules' phrasing classes: the learned model takes "Russia rejected claims that
    # British soldiers were ..." for a refusal of the troops (test_learned.py)
    found = _facts(extract(text, published=DAY, model=False))
    assert set(present) <= found, (kind, found)
    assert not set(absent) & found, (kind, found)
