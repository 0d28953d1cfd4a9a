"""Positions and conditions from the fourteenth set's misses, each written as a rule complete
for its concept: a parliament named without its diacritics ("the Dail"), after the
government in a list, by a committee of it, or by the Indonesian parliament's own act
("pertimbangan DPR"); parliaments whose states are listed as examples after them or named
as adjectives before them; a host state's consent or invitation given by the host itself,
as a noun the force comes on or as the host's own act, but not a contributor's approval of
its own troops nor a host approving something that is no force; a parliament owned by the
state named before the coalition, not by the coalition; the force bounded by the truce named
by its date between ("while the ceasefire of April holds") or by the guns staying silent or
speaking again; holders listed after a semicolon or with possessives; the force wanted gone,
ended or more of it asked for, judged a mistake, said to prolong the war or to be a target
in any tense; a list item's label, a reported clause's subject as the holder; a demand for
land refused bare; peace made only at the table; Ukraine to recognise the occupier's control.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, NEG, Fact, check_case
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p
from .phrasing import view_facts as _facts

DAY = dt.date(2029, 7, 1)
HOST = _k("host-nation")
TRUCE = _k("ceasefire")
LAND = "territory"


def _parl(code: str) -> Fact:
    return _k(f"parliament:{code}")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a parliament by any of its names, with or without diacritics, after the government
    (
        "parliament-named",
        "Irish troops can only go with the approval of the government and of the Dail.",
        [_parl("IRL")],
        [_k("parliament")],
    ),
    (
        "parliament-named",
        "The Dail must vote before any Irish soldier deploys to Ukraine.",
        [_parl("IRL")],
        [],
    ),
    (
        "parliament-named",
        "Any Slovenian contingent needs the consent of the Drzavni zbor.",
        [_parl("SVN")],
        [],
    ),
    (
        "parliament-named",
        "France's offer of troops awaits a vote in the Assemblee nationale.",
        [_parl("FRA")],
        [],
    ),
    (
        "parliament-named",
        "Persetujuan Dail diperlukan sebelum Irlandia mengirim pasukan.",
        [_parl("IRL")],
        [],
    ),
    ("parliament-named", "The Dail debated farm subsidies on Tuesday.", [], [_parl("IRL")]),
    # the Indonesian parliament's own act, by the parliament or a committee of it
    (
        "parliament-act",
        "DPR telah memberikan pertimbangan atas pengiriman pasukan ke Ukraina.",
        [_parl("IDN")],
        [],
    ),
    (
        "parliament-act",
        "Pengiriman kontingen masih menunggu pertimbangan Komisi I DPR.",
        [_parl("IDN")],
        [],
    ),
    (
        "parliament-act",
        "Setelah parlemen Malaysia memberikan pertimbangannya, kontingen pemantau berangkat "
        "ke Ukraina.",
        [_parl("MYS")],
        [],
    ),
    # parliaments whose states are listed as examples after, or as adjectives before
    (
        "parliaments-listed",
        "Deployment rested on votes in national parliaments (e.g. the Netherlands, Spain).",
        [_parl("NLD"), _parl("ESP")],
        [],
    ),
    (
        "parliaments-listed",
        "The Dutch and Spanish parliaments had to vote on the deployment of their troops.",
        [_parl("NLD"), _parl("ESP")],
        [],
    ),
    (
        "parliaments-listed",
        "Several contributions needed parliamentary approval, notably in Denmark and Portugal.",
        [_parl("DNK"), _parl("PRT")],
        [],
    ),
    (
        "parliaments-listed",
        "Hungary's parliament, for example, has debated the war.",
        [],
        [_parl("HUN")],
    ),
    # a host's consent or invitation, given by the host itself
    (
        "host-consent",
        "Indonesia mengirim pemantau ke Ukraina atas undangan pemerintah Ukraina.",
        [HOST],
        [],
    ),
    (
        "host-consent",
        "Pemerintah Ukraina telah menyampaikan persetujuannya atas kehadiran pemantau.",
        [HOST],
        [],
    ),
    (
        "host-consent",
        "Pemerintah Moldova memberikan izin masuk bagi seluruh personel misi.",
        [HOST],
        [],
    ),
    (
        "host-consent",
        "Brazil sent its monitors at the invitation of the Ukrainian government.",
        [HOST],
        [],
    ),
    (
        "host-consent",
        "Kyiv has formally invited the monitors and consented to their deployment.",
        [HOST],
        [],
    ),
    ("host-consent", "The monitors deploy only with Ukraine's consent.", [HOST], []),
    # a contributor deciding on its own troops, a question, a host approving no force
    (
        "host-consent",
        "The German government approved the deployment of its own troops.",
        [],
        [HOST],
    ),
    (
        "host-consent",
        "Pemerintah Jerman menyetujui pengiriman 500 prajurit ke Ukraina.",
        [],
        [HOST],
    ),
    ("host-consent", "Did Ukraine's government consent to the monitors?", [], [HOST]),
    ("host-consent", "The Ukrainian government gave its approval to the grain deal.", [], [HOST]),
    (
        "host-consent",
        "Ukraine's government invited foreign investors to the reconstruction conference.",
        [],
        [HOST],
    ),
    ("host-consent", "Romania agreed to host the force's air wing at its own bases.", [], [HOST]),
    # a parliament owned by the state named before the coalition ("its parliament")
    (
        "parliament-owned",
        "Indonesia keeps 200 observers under the coalition's monitoring mission, a contingent "
        "its parliament approved in 2028.",
        [_parl("IDN")],
        [_parl("COTW")],
    ),
    (
        "parliament-owned",
        "Malaysia menambah pemantau dalam misi koalisi setelah parlemennya menyetujui "
        "penambahan itu.",
        [_parl("MYS")],
        [_parl("COTW")],
    ),
    (
        "parliament-owned",
        "Chile will join NATO's training effort once its parliament has voted.",
        [_parl("CHL")],
        [_parl("NATO")],
    ),
    # the force bounded by the truce, named by its date between, or by the guns
    (
        "truce-bound",
        "The frigates remain on station only while the truce agreed in March holds.",
        [TRUCE],
        [],
    ),
    ("truce-bound", "Our engineers stay for as long as the guns remain quiet.", [TRUCE], []),
    ("truce-bound", "Pasukan kami bertahan selama senjata tetap diam.", [TRUCE], []),
    ("truce-bound", "If the guns roar again, the observers will be withdrawn.", [TRUCE], []),
    ("truce-bound", "The battalion comes home the moment the guns open fire again.", [TRUCE], []),
    ("truce-bound", "Kontingen ditarik pulang jika senjata kembali menyalak.", [TRUCE], []),
    (
        "truce-bound",
        "Para pemantau hanya bertugas selama gencatan senjata bulan April tetap berlaku.",
        [TRUCE],
        [],
    ),
    ("truce-bound", "The guns were silent on Christmas day in 1914.", [], [TRUCE]),
    ("truce-bound", "While the ceasefire of April 2027 held, prices fell.", [], [TRUCE]),
    ("truce-bound", "Will the guns stay silent?", [], [TRUCE]),
    # holders listed after a semicolon or with possessives; a party named as the source of
    # a force ("dari negara-negara anggota NATO") holds no view; any inflection of a verb
    (
        "holders-listed",
        "Brasil mendukung gencatan senjata di Ukraina; Meksiko dan Chile menyerukan "
        "perundingan damai.",
        [_p("MEX", NEG, "support"), _p("CHL", NEG, "support")],
        [],
    ),
    (
        "holders-listed",
        "Kyiv rejects any loss of territory; Turkey and Brazil urge peace talks.",
        [_p("TUR", NEG, "support"), _p("BRA", NEG, "support")],
        [],
    ),
    (
        "holders-listed",
        "Turkey's and Brazil's appeals for negotiations were noted in Kyiv.",
        [_p("TUR", NEG, "support"), _p("BRA", NEG, "support")],
        [],
    ),
    (
        "holders-listed",
        "Moskow menolak pemantau dari negara-negara anggota NATO dan menuntut pengakuan atas "
        "wilayah yang didudukinya.",
        [_p("RUS", LAND, "support")],
        [_p("NATO", LAND, "support")],
    ),
    (
        "holders-listed",
        "Japan's and Korea's envoys met in Kyiv.",
        [],
        [_p("JPN", NEG, "support"), _p("KOR", NEG, "support")],
    ),
    # the force wanted gone, ended or withdrawn, or more of it asked for, by any verb of
    # wanting, asking or calling; the force judged a mistake or said to prolong the war;
    # its deployment opposed with the force as owner
    (
        "force-wanted",
        "Ukraine's foreign ministry called for more monitors along the front, not fewer.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Kyiv has asked for additional observers on the contact line.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-wanted",
        "Ukraina meminta tambahan pemantau di garis depan.",
        [_p("UKR", FT, "support")],
        [],
    ),
    ("force-wanted", "Russia wants more soldiers in Crimea.", [], [_p("RUS", FT, "support")]),
    ("force-gone", "Moscow wants the mission in Ukraine wound up.", [_p("RUS", FT, "oppose")], []),
    (
        "force-gone",
        "Hungary calls for the force in Ukraine to withdraw.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "force-gone",
        "Rusia ingin misi pemantauan di Ukraina dibubarkan.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-gone",
        "Hungary reported that Russia wants the force in Ukraine gone.",
        [_p("RUS", FT, "oppose")],
        [_p("HUN", FT, "oppose")],
    ),
    (
        "force-judged",
        "Hungary, which opposes the force's deployment in Ukraine, closed its airspace.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "force-judged",
        "Budapest considers a foreign force in Ukraine a mistake.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "force-judged",
        "Slovakia argues that a foreign force in Ukraine prolongs the war.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "force-judged",
        "Hongaria menilai kehadiran pasukan asing di Ukraina sebagai kekeliruan.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    # a list item labelled with its holder, its verbs after the colon
    (
        "labelled",
        "Positions at the start of play\n- Hungary: blocks any new coalition statement and "
        "calls for the force to withdraw.",
        [_p("HUN", FT, "oppose")],
        [_p("COTW", FT, "oppose")],
    ),
    (
        "labelled",
        "- Ukraine: refuses to cede territory; asks the force to stay.",
        [_p("UKR", LAND, "oppose"), _p("UKR", FT, "support")],
        [],
    ),
    (
        "labelled",
        "- Slowakia: menolak pengiriman pasukan asing ke Ukraina.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "labelled",
        "2. Kemlu (Wamenlu Retno Wulan): misi tidak bersenjata. Pemerintah Rusia menyatakan "
        "keberatan atas pasukan negara anggota NATO di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [_p("IDN", FT, "oppose")],
    ),
    # the subject of a reported clause holds its view, not a party named before the verb
    # of saying; a force named by its state's adjective is no holder
    (
        "reported",
        "He thanked the Australian people and said plainly that Ukraine would never trade land "
        "for a signature.",
        [_p("UKR", LAND, "oppose")],
        [_p("AUS", LAND, "oppose")],
    ),
    (
        "reported",
        "Menteri itu berterima kasih kepada rakyat Jepang dan menegaskan bahwa Ukraina tidak "
        "akan pernah menyerahkan wilayahnya.",
        [_p("UKR", LAND, "oppose")],
        [_p("JPN", LAND, "oppose")],
    ),
    (
        "reported",
        "The Russian ambassador warned that British soldiers in Ukraine would be a legitimate "
        "target.",
        [_p("RUS", FT, "oppose")],
        [_p("GBR", FT, "oppose")],
    ),
    # a demand for land refused bare in the clause after it
    (
        "refused-bare",
        "Russia demands that Kyiv hand over four regions; Ukraine refuses.",
        [_p("RUS", LAND, "support"), _p("UKR", LAND, "oppose")],
        [],
    ),
    # peace made only at the table
    (
        "peace-at-table",
        "Indonesia percaya damai lahir dari meja perundingan, bukan dari medan perang.",
        [_p("IDN", NEG, "support")],
        [],
    ),
    (
        "peace-at-table",
        "Brazil believes peace will be won at the negotiating table, not on the battlefield.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "peace-at-table",
        "Peace will not be won at the negotiating table, the Kremlin says.",
        [],
        [_p("RUS", NEG, "support")],
    ),
    # Ukraine to recognise the occupier's control, demanded
    (
        "control-recognised",
        "Russia demands that Kyiv recognise Russian control of the four regions it claims.",
        [_p("RUS", LAND, "support")],
        [_p("UKR", LAND, "support")],
    ),
    (
        "control-recognised",
        "Moskow menuntut Kyiv mengakui kendali Rusia atas empat wilayah yang diklaimnya.",
        [_p("RUS", LAND, "support")],
        [],
    ),
    (
        "control-recognised",
        "Zelensky said that Ukraine will never recognise Russian control of the four regions.",
        [_p("UKR", LAND, "oppose")],
        [_p("UKR", LAND, "support")],
    ),
    # a foreign force said to be a target in the present tense, or every one of it called one;
    # Ukraine inviting the force named by a pronoun
    (
        "force-target",
        'Rusia menyatakan bahwa pasukan Barat di Ukraina adalah "sasaran yang sah".',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-target",
        "Russia said that Western troops in Ukraine are legitimate targets.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-target",
        "Our own Foreign Secretary told me afterwards that the Russians would call every one of "
        "those soldiers in Ukraine a target.",
        [_p("RUS", FT, "oppose")],
        [_p("GBR", FT, "oppose")],
    ),
    (
        "force-target",
        "Kyiv said Russian troops in Ukraine are legitimate targets.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "force-target",
        "NATO said its soldiers in Ukraine are not targets.",
        [],
        [_p("NATO", FT, "oppose")],
    ),
    (
        "force-invited",
        "Menurut Kyiv, pasukan asing berada di sana karena Ukraina mengundang mereka.",
        [_p("UKR", FT, "support")],
        [],
    ),
    ("force-invited", "Ukraine invited them to the summit.", [], [_p("UKR", FT, "support")]),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_fourteenth_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
