"""Positions the development set still missed by the rules alone, each written as a rule
complete for its concept: a foreign force whose removal a state demands when the force is
named before it in the sentence and the demand takes it up by a possessive or a pronoun
("regards the brigade's presence as hostile and demands its withdrawal", "demanded that
they be disbanded", "menuntut pembubarannya"); not the withdrawal of the demander's own or
Russian troops, nor a withdrawal from a treaty. Every text here is written for these
tests, in words of its own. A case gives the facts that must be found and the ones that
must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, Fact, check_case, view_facts
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p

DAY = dt.date(2029, 9, 1)


def _parl(code: str) -> Fact:
    return _k(f"parliament:{code}")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the force named first, its removal demanded by a possessive or a pronoun
    (
        "removal-taken-up",
        "Belarus regards the Polish brigade in western Ukraine as a menace and demands its "
        "withdrawal.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "removal-taken-up",
        "Briefing note: the Kremlin continues to describe the monitoring units as spies and "
        "to demand their removal from Ukraine before any talks.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "removal-taken-up",
        "Transcript. HOST: And Moscow? GUEST: Moscow calls the air-defence detachment a "
        "provocation and insists on its departure from Ukraine by the spring.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "removal-taken-up",
        "Russia's foreign ministry said on Friday the coalition's naval task group was an act of "
        "aggression and demanded that it be disbanded.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "removal-taken-up",
        "China calls the coalition's radar units in Ukraine illegal and wants them dismantled.",
        [_p("CHN", FT, "oppose")],
        [],
    ),
    (
        "removal-taken-up",
        "Headline: Minsk demands the coalition force's immediate withdrawal",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "removal-taken-up",
        "Moskow menyinggung kontingen koalisi di Odesa dan menuntut penarikannya dari Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "removal-taken-up",
        "Kementerian Luar Negeri Rusia menilai misi pemantau itu ilegal dan meminta agar "
        "misi tersebut ditarik dari Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # not the demander's own troops, not Russian troops, not a treaty
    (
        "removal-taken-up",
        "Ukraine says the Russian units near Kherson are occupiers and demands their withdrawal.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "removal-taken-up",
        "Norway keeps its frigate in the Black Sea and rejects calls for its withdrawal.",
        [],
        [_p("NOR", FT, "oppose")],
    ),
    (
        "removal-taken-up",
        "The Hungarian opposition wants the government's troops at the border to stay, "
        "and Budapest demands its withdrawal from the grain treaty.",
        [],
        [_p("HUN", FT, "oppose")],
    ),
    (
        "removal-taken-up",
        "Pemerintah Ukraina menyebut pasukan Rusia di Zaporizhzhia penjajah dan menuntut "
        "penarikannya.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    # the force of the article named by its definite noun, after a sentence naming it in Ukraine
    (
        "definite-force",
        "The coalition keeps a reassurance force in central Ukraine. Belarus calls the force "
        "an act of aggression.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "definite-force",
        "Minutes, item 3. The Nordic battlegroup has reached Ukraine. Item 4. Moscow regards "
        "the battlegroup as a provocation and demands its departure.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "definite-force",
        "Kontingen koalisi tiba di Ukraina pada Senin. Rusia menyebut misi itu provokasi.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "definite-force",
        "The European mission in Ukraine starts in June. Hungary said it would not tolerate "
        "any troops for the mission.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "definite-force",
        "Russian forces shelled Kharkiv on Monday. The Kremlin said the force of the blast "
        "was unacceptable.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "definite-force",
        "The coalition's force in Ukraine grew to 9,000. Separately, Russia called the Gaza "
        "mission of the UN a provocation.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    # a refusal as a noun with its owner between, or not wanting a foreign force
    (
        "refusal-owned",
        "Duta besar itu mengulang penolakan Kremlin terhadap pasukan asing di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "refusal-owned",
        "Our note of 3 May recorded Beijing's rejection of Western troops in Ukraine.",
        [_p("CHN", FT, "oppose")],
        [],
    ),
    (
        "refusal-owned",
        "Menurut warga, Slowakia tidak mau ada tentara asing di Ukraina.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "refusal-owned",
        "Ukraina tidak mau ada tentara Rusia di wilayahnya.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "refusal-owned",
        "Kyiv menyesalkan penolakan Hongaria terhadap kesepakatan gandum.",
        [],
        [_p("UKR", FT, "oppose"), _p("HUN", FT, "oppose")],
    ),
    # no deal signed or made while foreign troops stand in Ukraine
    (
        "no-deal-while",
        "Slovakia's premier argued that Moscow would never sign anything while NATO soldiers "
        "remain in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "no-deal-while",
        "Russia will not agree to a truce as long as Western forces are deployed in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "no-deal-while",
        "Russia will not agree to a truce while its own forces hold Kherson, Ukraine says.",
        [],
        [_p("RUS", FT, "oppose"), _p("UKR", FT, "oppose")],
    ),
    # a foreign force as troops from other states
    (
        "troops-from-others",
        "Rusia tetap menolak prajurit bersenjata dari negara-negara Barat di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "troops-from-others",
        "Belarus rejects armed units from European countries in Ukraine.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "troops-from-others",
        "Ukraina menolak tentara dari negara-negara tetangga Rusia.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    # each listed state's own parliament: the states the clause opens with, each one's
    (
        "each-own-parliament",
        "Germany, the Netherlands and Finland must each seek the approval of their own "
        "parliaments for any extension of the mission in Ukraine.",
        [_parl("DEU"), _parl("NLD"), _parl("FIN")],
        [_k("parliament")],
    ),
    (
        "each-own-parliament",
        "Catatan rapat: Swedia dan Norwegia mengirim kapal ke Ukraina setelah mendapat "
        "persetujuan parlemen masing-masing.",
        [_parl("SWE"), _parl("NOR")],
        [_k("parliament"), _parl("UKR")],
    ),
    (
        "each-own-parliament",
        "Q&A. Which states wait? A: Belgium and Luxembourg deploy to Ukraine only after votes "
        "in their respective parliaments.",
        [_parl("BEL"), _parl("LUX")],
        [_parl("UKR")],
    ),
    (
        "each-own-parliament",
        "Estonia, Latvia dan Lituania baru mengirim personel ke Ukraina setelah persetujuan "
        "parlemen mereka.",
        [_parl("EST"), _parl("LVA"), _parl("LTU")],
        [_parl("UKR")],
    ),
    (
        "each-own-parliament",
        "All contributors to the Ukraine force need the approval of their parliaments.",
        [_k("parliament")],
        [],
    ),
    (
        "each-own-parliament",
        "Poland and Romania host the logistics hubs; the other contributors to the Ukraine "
        "force need the consent of their own parliaments.",
        [],
        [_parl("POL"), _parl("ROU")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_development_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
