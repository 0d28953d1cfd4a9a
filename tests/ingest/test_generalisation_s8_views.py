"""Phrasing classes of positions, conditions and commitments found when the eighth sealed set
became development text, each written as a rule complete for its concept: a foreign force
judged intolerable in any wording (unacceptable, an act of aggression, a red line); a force
welcomed or needed, in any voice; a view restated by another state ("takes the same
position"); a demand for land refused by reference in the next sentence; territorial
integrity held by any verb; talks wanted to go on, efforts towards dialogue backed, a place
offered for talks; the holder named after a quote or under it; a force's context given by
the sentence before. Every text here is written for these tests, in words of its own. A
case gives the facts that must be found and the ones that must not.
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


FT = "foreign-troops"
NEG = "negotiations"
TER = "territory"

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a foreign force judged intolerable, with or without a verb
    (
        "affront",
        "The Kremlin said on Monday that Western troops in Ukraine would be "
        '"unacceptable in any form".',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "affront",
        "Moscow has argued that any European soldiers on Ukrainian soil would amount to an act of "
        "aggression.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "affront",
        "Juru bicara Kremlin menegaskan bahwa pasukan asing di Ukraina "
        "merupakan garis merah bagi Rusia.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "affront",
        'Russian Foreign Ministry: NATO troops in Ukraine "absolutely unacceptable".',
        [_p("RUS", FT, "oppose")],
        [_p("NATO", FT, "oppose")],
    ),
    (
        "affront",
        "Rusia menilai kehadiran tentara Eropa di Ukraina sebagai tindakan agresi.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "affront",
        "Ukraine said the presence of Russian troops on its soil is unacceptable.",
        [],
        [_p("UKR", FT, "oppose"), _p("RUS", FT, "oppose")],
    ),
    (
        "affront",
        "Rusia menyebut penempatan jet asing di dekat perbatasannya sebagai provokasi.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "affront",
        "Russia's envoy in Paris, Ivan Petrov, said French soldiers in Ukraine would be treated as "
        '"lawful targets".',
        [_p("RUS", FT, "oppose")],
        [_p("FRA", FT, "oppose")],
    ),
    # the holder right after a verb of saying, not a party named earlier
    (
        "holder",
        "Duta besar itu menyebut rencana NATO berbahaya dan menyatakan Rusia tidak akan menerima "
        "tentara asing di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [_p("NATO", FT, "oppose")],
    ),
    (
        "holder",
        "The envoy criticised the EU plan and said Moscow would never accept "
        "foreign troops in Ukraine.",
        [_p("RUS", FT, "oppose")],
        [_p("EU", FT, "oppose")],
    ),
    # a force welcomed or needed, in any voice
    (
        "welcome",
        "Ukraine, for its part, has said it welcomes the deployment.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "welcome",
        "Kyiv would welcome a European reassurance force on its soil.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "welcome",
        "Pasukan negara sahabat akan disambut di Ukraina, kata Menteri Luar "
        "Negeri Ukraina Andrii Sybiha.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "welcome",
        "Troops from the coalition are welcome in Ukraine, Zelenskyy said.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "welcome",
        "Ukraina menegaskan pasukan internasional itu sangat dibutuhkan untuk "
        "menjaga gencatan senjata.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "welcome",
        "President Zelenskyy said a foreign force is the minimum Ukraine needs "
        "to trust any ceasefire.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "welcome",
        "Ukraine welcomed the news that the talks would resume.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "welcome",
        "Rusia menyatakan pasukan asing tidak diperlukan di Ukraina.",
        [],
        [_p("RUS", FT, "support")],
    ),
    # a view restated by another state
    (
        "same",
        "Slovakia rejects foreign troops in Ukraine. Hungary takes the same position.",
        [_p("SVK", FT, "oppose"), _p("HUN", FT, "oppose")],
        [],
    ),
    (
        "same",
        "Slowakia menolak pengiriman pasukan asing ke Ukraina. Hongaria bersikap sama.",
        [_p("SVK", FT, "oppose"), _p("HUN", FT, "oppose")],
        [],
    ),
    (
        "same",
        "Austria menentang pengerahan pasukan Barat di Ukraina. Sikap serupa disampaikan Hongaria.",
        [_p("AUT", FT, "oppose"), _p("HUN", FT, "oppose")],
        [],
    ),
    (
        "same",
        "Poland supports negotiations to end the war. The Czech Republic holds the same view.",
        [_p("POL", NEG, "support"), _p("CZE", NEG, "support")],
        [],
    ),
    (
        "same",
        "Slovakia rejects foreign troops in Ukraine. Hungary said the same about gas prices.",
        [_p("SVK", FT, "oppose")],
        [_p("HUN", FT, "oppose")],
    ),
    # a force's context given by the sentence before, unless sent elsewhere
    (
        "context",
        "Rusia menolak setiap pasukan asing di Ukraina. Hongaria juga "
        "menentang pengerahan pasukan.",
        [_p("RUS", FT, "oppose"), _p("HUN", FT, "oppose")],
        [],
    ),
    (
        "context",
        "The coalition plans a force for Ukraine. Beijing does not support the deployment of "
        "Western troops.",
        [_p("CHN", FT, "oppose")],
        [],
    ),
    ("context", "Germany opposes deploying troops to Lithuania.", [], [_p("DEU", FT, "oppose")]),
    (
        "context",
        "Kyiv wants a force. Hungary opposes sending troops to Gaza.",
        [],
        [_p("HUN", FT, "oppose")],
    ),
    # a demand for land, refused in the same sentence or by reference in the next one
    (
        "refused",
        "Kyiv insists that Ukraine will not cede land.",
        [_p("UKR", TER, "oppose")],
        [_p("UKR", TER, "support")],
    ),
    (
        "refused",
        "Moskow menuntut Ukraina menyerahkan Donbas. Kyiv menolak tuntutan itu.",
        [_p("RUS", TER, "support"), _p("UKR", TER, "oppose")],
        [],
    ),
    (
        "refused",
        "Russia demanded that Kyiv withdraw from Zaporizhzhia. Ukraine "
        "rejected the demand outright.",
        [_p("RUS", TER, "support"), _p("UKR", TER, "oppose")],
        [],
    ),
    (
        "refused",
        "Rusia menuntut agar Ukraina melepaskan Kherson. Ukraina tidak akan melakukannya.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "refused",
        "Russia demands Donbas. The talks will resume next week.",
        [_p("RUS", TER, "support")],
        [_p("UKR", TER, "oppose")],
    ),
    (
        "refused",
        "Ukraina tidak akan pernah menukar wilayahnya dengan janji.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # the holder named under a quote
    (
        "quote",
        "THE WEEK IN WORDS\n\n"
        '"We will not swap Kharkiv\'s villages for a signature."\n'
        "- Denys Shmyhal, Prime Minister of Ukraine, 3 May.\n",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "quote",
        "KUTIPAN PEKAN INI\n\n"
        '"Pasukan dari negara mana pun di koalisi akan disambut di tanah kami."\n'
        "- Andrii Yermak, kepala kantor Presiden Ukraina.\n",
        [_p("UKR", FT, "support")],
        [],
    ),
    # territorial integrity held by any verb
    (
        "integrity",
        "Indonesia berpegang pada prinsip integritas wilayah sesuai Piagam PBB.",
        [_p("IDN", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "Brazil remains committed to the territorial integrity of Ukraine.",
        [_p("BRA", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "India stands by the principle of territorial integrity.",
        [_p("IND", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "Turki berkomitmen pada keutuhan wilayah Ukraina.",
        [_p("TUR", TER, "oppose")],
        [],
    ),
    # talks wanted to go on, efforts towards dialogue, a place offered for talks
    ("talks", "Kyiv wants talks with Moscow to continue.", [_p("UKR", NEG, "support")], []),
    ("talks", "China supports all efforts that lead to dialogue.", [_p("CHN", NEG, "support")], []),
    (
        "talks",
        "Indonesia dapat menawarkan tempat bagi pembicaraan damai.",
        [_p("IDN", NEG, "support")],
        [],
    ),
    ("talks", "Brasil ingin perundingan dilanjutkan.", [_p("BRA", NEG, "support")], []),
    ("talks", "Russia wants the talks to fail.", [], [_p("RUS", NEG, "support")]),
    (
        "talks",
        "China opposes any step that adds fuel to the fire.",
        [],
        [_p("CHN", NEG, "support"), _p("CHN", NEG, "oppose")],
    ),
]


#: a lead that puts the text in the coalition's story, as an article's opening would
LEAD_EN = "The coalition plans a force for Ukraine. "
LEAD_ID = "Koalisi menyiapkan pasukan untuk Ukraina. "


def _parl(*codes: str) -> list[Fact]:
    return [("condition", f"parliament:{c}") for c in codes]


CASES += [
    # a parliament's act after its name, after any word of condition
    (
        "parliament",
        LEAD_EN + "Sweden offers four Gripen fighters subject to Riksdag approval.",
        _parl("SWE"),
        [],
    ),
    (
        "parliament",
        LEAD_EN + "Norway's frigate will sail only after a Storting vote.",
        _parl("NOR"),
        [],
    ),
    (
        "parliament",
        LEAD_EN + "Berlin requires a Bundestag mandate for any armed deployment.",
        _parl("DEU"),
        [],
    ),
    # states listed as one subject, or fronted with "in", each need their parliament
    (
        "parliament",
        LEAD_EN + "Estonia and Latvia require parliamentary approval for any deployment.",
        _parl("EST", "LVA"),
        [],
    ),
    (
        "parliament",
        LEAD_ID + "Belanda, Finlandia dan Swedia memerlukan persetujuan parlemen "
        "sebelum mengirim pasukan.",
        _parl("NLD", "FIN", "SWE"),
        [],
    ),
    (
        "parliament",
        LEAD_EN + "In Estonia and in Latvia, parliament must approve every deployment.",
        _parl("EST", "LVA"),
        [("condition", "parliament")],
    ),
    # a parliament by the name its state gives it, or "its parliament"
    (
        "parliament",
        LEAD_EN + "The Commons will be asked to approve the deployment before any "
        "British soldier leaves.",
        _parl("GBR"),
        [],
    ),
    (
        "parliament",
        LEAD_ID + "Italia siap mengirim kapal penyapu ranjau, tetapi baru setelah "
        "parlemennya memberikan suara.",
        _parl("ITA"),
        [],
    ),
    (
        "parliament",
        LEAD_ID + "Menlu menegaskan tanpa persetujuan DPR tidak ada prajurit Indonesia "
        "yang berangkat.",
        _parl("IDN"),
        _parl("COTW"),
    ),
    # no condition: a debate, an approval already given, every state's parliament
    ("parliament", LEAD_EN + "The Bundestag debated the budget on Tuesday.", [], _parl("DEU")),
    (
        "parliament",
        LEAD_EN + "Denmark's contribution was approved by the Folketing last month.",
        [],
        _parl("DNK"),
    ),
    (
        "parliament",
        "Japan pledged funds. Ministers noted that deployments remain subject to the "
        "consent of national parliaments.",
        [("condition", "parliament")],
        _parl("JPN"),
    ),
]


US = ("condition", "us-backstop")

CASES += [
    # American backing named after a word that makes it a condition, words between
    (
        "us",
        LEAD_ID + "Sebagian negara menggantungkan keikutsertaannya pada jaminan cadangan dari "
        "Washington.",
        [US],
        [],
    ),
    (
        "us",
        LEAD_ID + "Inggris dan Prancis menyatakan pasukan mereka hanya akan berangkat setelah "
        "ada gencatan senjata dan jaminan cadangan dari Washington.",
        [US],
        [],
    ),
    (
        "us",
        LEAD_ID + "Inggris dan Prancis menjadikan dukungan Amerika itu syarat bagi pengiriman "
        "pasukan mereka.",
        [US],
        [],
    ),
    (
        "us",
        LEAD_EN + "Several capitals made American air cover a precondition for sending troops.",
        [US],
        [],
    ),
    (
        "us",
        LEAD_EN + "Poland will only deploy once there is a ceasefire and a written guarantee "
        "from the United States.",
        [US],
        [],
    ),
    (
        "us",
        LEAD_EN + "The Dutch offer depends on a firm promise of protection from Washington.",
        [US],
        [],
    ),
    ("us", LEAD_EN + "If the war drags on, support from the United States will fade.", [], [US]),
    ("us", LEAD_ID + "Amerika Serikat sejauh ini hanya menjanjikan dukungan intelijen.", [], [US]),
    (
        "us",
        LEAD_EN + "Ukraine thanked the coalition for the support from the United States and "
        "Europe.",
        [],
        [US],
    ),
]


TRUCE = ("condition", "ceasefire")
PEACE = ("condition", "peace-agreement")

CASES += [
    # the moment a truce holds or the fighting stops
    (
        "truce",
        LEAD_EN + "British soldiers are ready to deploy to Ukraine the day the fighting stops.",
        [TRUCE],
        [],
    ),
    (
        "truce",
        LEAD_ID + "Pasukan Prancis akan masuk ke Ukraina begitu pertempuran berhenti.",
        [TRUCE],
        [],
    ),
    (
        "truce",
        LEAD_EN + "Troops are welcome in Ukraine the moment the ceasefire is signed.",
        [TRUCE],
        [],
    ),
    ("truce", LEAD_EN + "Kyiv will sign the agreements within days of a truce.", [TRUCE], []),
    (
        "truce",
        LEAD_ID + "Tentara Belanda akan berangkat pada hari gencatan senjata berlaku.",
        [TRUCE],
        [],
    ),
    ("truce", LEAD_EN + "The fighting stopped for a day in March.", [], [TRUCE]),
    # a peace agreement that must come first
    (
        "peace",
        LEAD_ID + "Indonesia bersedia mengirim pengamat, tetapi dengan syarat. Pertama, "
        "harus ada perjanjian damai yang ditandatangani kedua pihak.",
        [PEACE],
        [],
    ),
    (
        "peace",
        LEAD_EN + "A signed peace agreement must come first, the minister said.",
        [PEACE],
        [],
    ),
    (
        "peace",
        LEAD_EN + "Indonesia requires a peace deal signed by both sides before sending observers.",
        [PEACE],
        [],
    ),
    ("peace", LEAD_ID + "Kedua pihak belum mencapai kesepakatan damai.", [], [PEACE]),
]


NOT_REACHED = ("claim", "settlement", "not reached")

CASES += [
    # no deal of any name reached, or yet
    (
        "claim",
        LEAD_EN + "No settlement has been reached, and the parties remain far apart.",
        [NOT_REACHED],
        [],
    ),
    (
        "claim",
        LEAD_EN + "Moscow rejects any foreign presence, and no peace settlement has been reached.",
        [NOT_REACHED],
        [],
    ),
    ("claim", LEAD_EN + 'Starmer: "No peace agreement yet."', [NOT_REACHED], []),
    (
        "claim",
        LEAD_EN + "There is still no final peace deal between Kyiv and Moscow.",
        [NOT_REACHED],
        [],
    ),
    (
        "claim",
        LEAD_ID + "Belum ada penyelesaian damai antara Rusia dan Ukraina.",
        [NOT_REACHED],
        [],
    ),
    ("claim", LEAD_EN + "No ceasefire means no deployment, the minister said.", [], [NOT_REACHED]),
]


MET_EN = "The coalition met in Paris. "
MET_ID = "Para menteri bertemu di Paris. "

CASES += [
    # troops readied, or as the subject of their own going, in any tense or mood
    (
        "troops",
        MET_EN + "British soldiers are ready to deploy to Ukraine the day the fighting "
        "stops, not a day before.",
        [_c("GBR", "reassure", "land")],
        [],
    ),
    (
        "troops",
        MET_ID + "Inggris dan Prancis masing-masing menyiapkan sekitar 5.000 prajurit untuk "
        "ditempatkan jauh dari garis depan.",
        [_c("GBR", "reassure", "land"), _c("FRA", "reassure", "land")],
        [],
    ),
    (
        "troops",
        MET_ID + "Inggris menegaskan bahwa pasukannya akan hadir di Ukraina setelah gencatan "
        "senjata.",
        [_c("GBR", "reassure", "land")],
        [],
    ),
    (
        "troops",
        MET_EN + "Belgian troops will be stationed in western Ukraine once the truce holds.",
        [_c("BEL", "reassure", "land")],
        [],
    ),
    (
        "troops",
        MET_ID + "Pasukan Swedia akan berangkat ke Ukraina bulan depan.",
        [_c("SWE", "reassure", "land")],
        [],
    ),
    (
        "troops",
        MET_EN + "Russian troops will arrive in Belgorod.",
        [],
        [_c("RUS", "reassure", "land")],
    ),
    (
        "troops",
        MET_EN + "Ukrainian soldiers will go to Poland for training.",
        [],
        [_c("UKR", "reassure", "land")],
    ),
    (
        "troops",
        MET_EN + "Hungarian troops will not deploy to Ukraine.",
        [],
        [_c("HUN", "reassure", "land")],
    ),
    (
        "troops",
        MET_ID + "Macron menegaskan bahwa pasukan Eropa hanya akan dikerahkan ke Ukraina "
        "setelah gencatan senjata.",
        [],
        [_c("FRA", "reassure", "land")],
    ),
]


CASES += [
    # a state named inside a condition on the gift is not its giver
    (
        "troops",
        MET_ID + "Inggris dan Prancis sendiri menyatakan pasukan mereka hanya akan "
        "berangkat setelah ada gencatan senjata dan jaminan cadangan dari Washington.",
        [_c("GBR", "reassure", "land"), _c("FRA", "reassure", "land")],
        [_c("USA", "reassure", "land")],
    ),
    (
        "troops",
        MET_EN + "Dutch troops will only deploy once there is a written guarantee from "
        "the United States.",
        [_c("NLD", "reassure", "land")],
        [_c("USA", "reassure", "land")],
    ),
]


CASES += [
    # "we" and "our" as the giver: the state the sentence before opens with, or the one named
    # under a quote
    (
        "we",
        "Estonia's contribution was settled last week. We will send an infantry company to "
        "the reassurance force.",
        [_c("EST", "reassure", "land")],
        [],
    ),
    (
        "we",
        "Kontribusi Belanda sudah diputuskan. Kami akan mengirim dua fregat ke Laut Hitam.",
        [_c("NLD", "reassure", "sea")],
        [],
    ),
    (
        "we",
        'THE WEEK IN WORDS\n\n"We will send two frigates to the Black Sea."\n'
        "- Ingrid Olsen, Foreign Minister of Norway, 3 May.\n",
        [_c("NOR", "reassure", "sea")],
        [],
    ),
    (
        "we",
        "Belgium's defence minister spoke in Brussels. Our navy will patrol the Black Sea with "
        "a minehunter, she said.",
        [_c("BEL", "reassure", "sea")],
        [],
    ),
    (
        "we",
        "Hungary opposes the plan. We will send a frigate to the Black Sea, said the Dutch "
        "minister.",
        [],
        [_c("HUN", "reassure", "sea")],
    ),
]


CASES += [
    # states listed with commas only give "each" what the clause names
    (
        "each",
        "1047 FLASH - Italy, Greece to provide a frigate each for Black Sea patrols.",
        [_c("ITA", "reassure", "sea"), _c("GRC", "reassure", "sea")],
        [],
    ),
    (
        "each",
        MET_ID + "Rumania, Bulgaria masing-masing menyumbang satu kapal penyapu ranjau.",
        [_c("ROU", "reassure", "sea"), _c("BGR", "reassure", "sea")],
        [],
    ),
    # guarding the sea lanes
    (
        "lanes",
        MET_EN + "Türkiye will not deploy soldiers in Ukraine but will protect shipping lanes.",
        [_c("TUR", "reassure", "sea")],
        [_c("TUR", "reassure", "land")],
    ),
    (
        "lanes",
        MET_EN + "Bulgaria will escort grain ships through the Black Sea.",
        [_c("BGR", "reassure", "sea")],
        [],
    ),
    (
        "lanes",
        MET_EN + "The Czech Republic will keep shipping artillery shells.",
        [],
        [_c("CZE", "reassure", "sea")],
    ),
    # a state called a contributor of troops
    (
        "contributor",
        MET_EN + "Britain and France remain the largest troop contributors.",
        [_c("GBR", "reassure", "land"), _c("FRA", "reassure", "land")],
        [],
    ),
    (
        "contributor",
        MET_ID + "Turki dan Polandia menjadi penyumbang pasukan terbesar.",
        [_c("TUR", "reassure", "land"), _c("POL", "reassure", "land")],
        [],
    ),
]


PLANS_EN = "The coalition plans a force for Ukraine. "
PLANS_ID = "Koalisi menyiapkan pasukan untuk Ukraina. "

#: written after the rules above, in other words again, to see whether they hold
CASES += [
    (
        "again",
        "The Kremlin's envoy to the UN said any Nordic troops on Ukrainian soil would "
        "constitute a provocation.",
        [_p("RUS", FT, "oppose")],
        [_p("UN", FT, "oppose")],
    ),
    (
        "again",
        "Moskow menegaskan bahwa kehadiran tentara Inggris di Ukraina tidak dapat diterima "
        "dalam bentuk apa pun.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "again",
        "Lavrov called the deployment of French soldiers in Ukraine illegal.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "again",
        "Kyiv said it would gladly welcome Dutch and Belgian troops after the truce.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "again",
        "Menurut Kyiv, pasukan penjamin dari Eropa mutlak diperlukan untuk mencegah invasi baru.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "again",
        "Ukraine badly needs a reassurance force, its foreign minister told reporters.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "again",
        "Finland rules out talks with Moscow for now. Estonia shares the same view.",
        [_p("FIN", NEG, "oppose"), _p("EST", NEG, "oppose")],
        [],
    ),
    (
        "again",
        "Latvia opposes sending foreign soldiers to Ukraine. Lithuania did likewise.",
        [_p("LVA", FT, "oppose"), _p("LTU", FT, "oppose")],
        [],
    ),
    (
        "again",
        "Rusia menuntut Kyiv menarik pasukan dari Zaporizhzhia. Zelenskyy menepis tuntutan "
        "tersebut.",
        [_p("RUS", TER, "support"), _p("UKR", TER, "oppose")],
        [],
    ),
    (
        "again",
        "Moscow insisted that Kyiv hand over Kherson. Ukraine's president dismissed the demand.",
        [_p("RUS", TER, "support"), _p("UKR", TER, "oppose")],
        [],
    ),
    (
        "again",
        "Japan remains firmly committed to the territorial integrity of Ukraine.",
        [_p("JPN", TER, "oppose")],
        [],
    ),
    (
        "again",
        "Vietnam menjunjung tinggi integritas wilayah setiap negara.",
        [_p("VNM", TER, "oppose")],
        [],
    ),
    (
        "again",
        "Brazil wants negotiations between the two sides to resume soon.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "again",
        "Malaysia menawarkan lokasi untuk perundingan damai.",
        [_p("MYS", NEG, "support")],
        [],
    ),
    (
        "again",
        PLANS_EN + "Belgium's minehunter will sail only after a vote in the Chamber of Deputies.",
        _parl("CZE"),
        [],
    ),
    (
        "again",
        PLANS_EN + "Portugal and Spain both need parliamentary approval before any frigate sails.",
        _parl("PRT", "ESP"),
        [],
    ),
    (
        "again",
        PLANS_ID + "Rumania hanya akan mengizinkan pangkalannya dipakai setelah persetujuan "
        "parlemennya.",
        _parl("ROU"),
        [],
    ),
    (
        "again",
        PLANS_EN + "Canada ties its contribution to an American guarantee of air cover.",
        [US],
        [],
    ),
    (
        "again",
        PLANS_ID + "Polandia menunggu komitmen tertulis dari Amerika Serikat sebelum "
        "mengirim tentara.",
        [US, _c("POL", "reassure", "land")],
        [_c("USA", "reassure", "land")],
    ),
    (
        "again",
        PLANS_ID + "Pasukan Norwegia akan tiba di Ukraina saat gencatan senjata berlaku.",
        [TRUCE, _c("NOR", "reassure", "land")],
        [],
    ),
    ("again", PLANS_EN + "There is no truce yet between the two armies.", [NOT_REACHED], []),
    (
        "again",
        PLANS_ID + "Hingga kini belum ada gencatan senjata yang disepakati.",
        [NOT_REACHED],
        [],
    ),
    (
        "again",
        MET_EN + "Czech soldiers are set to deploy to western Ukraine next spring.",
        [_c("CZE", "reassure", "land")],
        [],
    ),
    (
        "again",
        MET_ID + "Prajurit Finlandia siap diberangkatkan ke Ukraina.",
        [_c("FIN", "reassure", "land")],
        [],
    ),
    (
        "again",
        MET_EN + "Our government will pay for two field hospitals, the Irish minister said.",
        [_c("IRL", "regenerate", "funding")],
        [],
    ),
]


CASES += [
    # the plan or mission called intolerable; a statement backing the force disowned
    (
        "plan",
        "Koalisi menyiapkan pasukan untuk Ukraina. Anggota forum menautkan pernyataan Kremlin "
        'yang menyebut rencana ini "garis merah" bagi Rusia.',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "plan",
        "The Kremlin called the coalition's plan for Ukraine an act of aggression.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "plan",
        "Moskow menilai rencana pengerahan pasukan koalisi sebagai provokasi.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    ("plan", "Hungary called the EU budget plan unacceptable.", [], [_p("HUN", FT, "oppose")]),
    (
        "disown",
        "1340 FLASH - Leaders agree a force for Ukraine.\n1352 FLASH - Slovakia, Hungary "
        "dissociate from summit statement on deployment.\n",
        [_p("SVK", FT, "oppose"), _p("HUN", FT, "oppose")],
        [],
    ),
    (
        "disown",
        "Budapest will block an EU statement backing the force for Ukraine.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "disown",
        "Austria menolak menandatangani deklarasi yang mendukung pengiriman pasukan ke Ukraina.",
        [_p("AUT", FT, "oppose")],
        [_p("AUT", FT, "support")],
    ),
    (
        "disown",
        "Hungary will block an EU statement on energy prices.",
        [],
        [_p("HUN", FT, "oppose")],
    ),
]


CASES += [
    # every form of a verb of giving
    (
        "give",
        MET_EN + "Denmark will donate two field hospitals.",
        [_c("DNK", "reassure", "land")],
        [],
    ),
    (
        "give",
        MET_EN + "Finland is lending four minehunters to the mission.",
        [_c("FIN", "reassure", "sea")],
        [],
    ),
    (
        "give",
        MET_EN + "Ireland will bankroll the demining school.",
        [_c("IRL", "regenerate", "training")],
        [],
    ),
    (
        "give",
        MET_ID + "Italia menugaskan dua kapal penyapu ranjau ke Laut Hitam.",
        [_c("ITA", "reassure", "sea")],
        [],
    ),
    ("give", MET_EN + "Belgium will dispatch a medical unit.", [_c("BEL", "reassure", "land")], []),
    (
        "give",
        MET_ID + "Austria menyiagakan satu batalion untuk misi itu.",
        [_c("AUT", "reassure", "land")],
        [],
    ),
    (
        "give",
        MET_EN + "Latvia will field an infantry company.",
        [_c("LVA", "reassure", "land")],
        [],
    ),
    (
        "give",
        MET_EN + "Russia sends two frigates to the Black Sea.",
        [],
        [_c("RUS", "reassure", "sea")],
    ),
]


CASES += [
    # concessions of land refused or demanded; land of any name not given up
    ("concede", "Ukraine refuses to surrender Crimea.", [_p("UKR", TER, "oppose")], []),
    ("concede", "Kyiv rejects any territorial concessions.", [_p("UKR", TER, "oppose")], []),
    (
        "concede",
        "Ukraine rules out territorial concessions to Moscow.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    ("concede", "Ukraina menolak konsesi wilayah apa pun.", [_p("UKR", TER, "oppose")], []),
    (
        "concede",
        "Moscow insists on Ukraine's withdrawal from Donetsk.",
        [_p("RUS", TER, "support")],
        [],
    ),
    (
        "concede",
        "Russia wants Kyiv to recognise Crimea as Russian.",
        [_p("RUS", TER, "support")],
        [],
    ),
    ("concede", "Rusia meminta Ukraina mengakui aneksasi Krimea.", [_p("RUS", TER, "support")], []),
    (
        "concede",
        "The Kremlin demands territorial concessions from Kyiv.",
        [_p("RUS", TER, "support")],
        [],
    ),
    (
        "concede",
        "Russia demands that the West stop arming Ukraine.",
        [],
        [_p("RUS", TER, "support")],
    ),
    # for or against a deployment, in other words
    (
        "favour",
        "France is in favour of deploying troops to Ukraine.",
        [_p("FRA", FT, "support")],
        [],
    ),
    ("favour", "Hungary is against sending troops to Ukraine.", [_p("HUN", FT, "oppose")], []),
    (
        "favour",
        "Hongaria tidak setuju dengan pengiriman pasukan ke Ukraina.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    ("favour", "Hungary is against sending arms to Ukraine.", [], [_p("HUN", FT, "oppose")]),
    (
        "favour",
        "Poland is opposed to the deployment of Russian troops near Ukraine.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "favour",
        "Polandia menolak penempatan pasukan Rusia di dekat Ukraina.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    ("favour", "The Kremlin sees no basis for talks with Ukraine.", [_p("RUS", NEG, "oppose")], []),
]


CASES += [
    # conditions in other words again
    (
        "when",
        PLANS_ID + "Kapal Denmark baru berlayar setelah kedua pihak berhenti menembak.",
        [TRUCE],
        [],
    ),
    (
        "when",
        PLANS_EN + "Norway will send its frigate after a peace treaty is signed.",
        [PEACE],
        [],
    ),
    (
        "when",
        PLANS_EN + "Belgium wants Washington to commit air power before Belgian troops go.",
        [US],
        [],
    ),
    ("when", PLANS_EN + "Without an American security net, Portugal will send nothing.", [US], []),
    (
        "when",
        PLANS_EN + "Poland will host the hub only with Bucharest's consent for the transit.",
        [("condition", "host-nation")],
        [],
    ),
    ("when", PLANS_EN + "The shooting stopped for an hour on Sunday.", [], [TRUCE]),
]


CASES += [
    ("claim", PLANS_ID + "Perundingan belum menghasilkan kesepakatan damai.", [NOT_REACHED], []),
    ("claim", PLANS_EN + "The talks in Geneva have failed to yield a truce.", [NOT_REACHED], []),
]


CASES += [
    # money in any currency, by its name or code, is funding; a sum that values an asset is not
    (
        "money",
        MET_ID + "Jepang memberikan 30 miliar yen untuk peralatan penjinak ranjau.",
        [_c("JPN", "regenerate", "funding")],
        [],
    ),
    (
        "money",
        MET_EN + "Norway has pledged NOK 3 billion for Ukraine's air defence.",
        [_c("NOR", "regenerate", "funding")],
        [],
    ),
    (
        "money",
        MET_EN + "Poland will contribute 400 million zloty to the training fund.",
        [_c("POL", "regenerate", "funding")],
        [],
    ),
    (
        "money",
        MET_EN + "Canada will deliver armoured ambulances worth CAD 80 million.",
        [_c("CAN", "regenerate", "equipment")],
        [_c("CAN", "regenerate", "funding")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_eighth_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    found = _facts(extract(text, published=DAY, model=False))
    assert set(present) <= found, (kind, found)
    assert not set(absent) & found, (kind, found)
