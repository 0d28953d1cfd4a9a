"""Phrasing classes of positions, conditions and claims found when the fourth sealed set
became development text: support for a settlement reached by talks, borders and
territorial integrity as principles, foreign troops called a threat or a cause of war,
refusals to sign land away, speakers of transcripts and questions; parliaments by their
own names and in appositions, American support waited on in other words, truces that
deployments wait on, the consent of a government that hosts. Every text here is written
for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import conditions as _conditions
from .phrasing import positions as _positions

DAY = dt.date(2026, 11, 20)


def _run(text: str) -> Extraction:
    # these probes pin the rules' phrasing classes; the learned model, which reads words
    # and not structure, takes "perundingan dagang" for talks on the war (test_learned.py)
    return extract(text, published=DAY, model=False)


def _claims(result: Extraction) -> set[tuple[str, str]]:
    return {(i.value["subject"], i.value["value"]) for i in result.of_type("claim")}


# --- positions: a settlement reached by talks -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malaysia mendukung penyelesaian perang di Ukraina lewat jalur perundingan, kata "
            "juru bicara pemerintah.",
            ("MYS", "negotiations", "support"),
        ),
        (
            "The government of Mexico backs every initiative that brings Moscow and Kyiv "
            "closer to a negotiated settlement.",
            ("MEX", "negotiations", "support"),
        ),
        (
            "South Africa said it supported direct talks between the two governments.",
            ("ZAF", "negotiations", "support"),
        ),
        (
            "Vietnam menyatakan dukungan bagi negosiasi langsung antara kedua pihak.",
            ("VNM", "negotiations", "support"),
        ),
        (
            "Qatar is willing once again to act as host for negotiations between Russia and "
            "Ukraine, its foreign minister said.",
            ("QAT", "negotiations", "support"),
        ),
        (
            "Menurut diplomat itu, Swiss bersedia sekali lagi menjadi tuan rumah pembicaraan "
            "damai.",
            ("CHE", "negotiations", "support"),
        ),
    ],
)
def test_support_for_a_negotiated_settlement(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _positions(_run(text))


# --- positions: borders and territorial integrity ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brasil menolak segala upaya mengubah batas negara dengan kekuatan senjata.",
            ("BRA", "territory", "oppose"),
        ),
        (
            "Norway does not accept that frontiers may be shifted by military force, the "
            "minister wrote.",
            ("NOR", "territory", "oppose"),
        ),
        (
            "Chile will never recognise any frontier drawn at gunpoint or by force in Ukraine.",
            ("CHL", "territory", "oppose"),
        ),
        (
            "Japan will not recognise Russia's annexation of Ukrainian regions.",
            ("JPN", "territory", "oppose"),
        ),
        (
            "Filipina menghormati integritas wilayah Ukraina dalam perbatasan yang diakui "
            "dunia internasional.",
            ("PHL", "territory", "oppose"),
        ),
        (
            "Kenya respects the sovereignty and territorial integrity of Ukraine within its "
            "internationally recognised borders.",
            ("KEN", "territory", "oppose"),
        ),
        (
            "Batas wilayah sebuah negara tidak boleh digeser dengan kekerasan, tegas Menteri "
            "Luar Negeri Thailand.",
            ("THA", "territory", "oppose"),
        ),
    ],
)
def test_borders_and_integrity_as_principles(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _positions(_run(text))


# --- positions: Ukraine will not sign land away ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has said it will never sign away the occupied provinces.",
        "Zelenskyy told the parliament in Kyiv that Ukraine would not hand over one single "
        "region to Russia.",
    ],
)
def test_ukraine_will_not_sign_land_away(text: str) -> None:
    assert ("UKR", "territory", "oppose") in _positions(_run(text))


# --- positions: foreign troops as a threat, a cause of war, unwelcome --------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Sekretaris Dewan Keamanan Rusia memperingatkan bahwa setiap negara yang "
            "menempatkan prajurit di Ukraina akan dianggap ikut berperang melawan Rusia.",
            "RUS",
        ),
        (
            "Belarus menyatakan penempatan tentara Eropa di Ukraina akan dipandang sebagai "
            "ancaman serius bagi keamanannya.",
            "BLR",
        ),
        (
            "Moscow has described every NATO soldier stationed in Ukraine, and the capitals "
            "behind them, as legitimate targets.",
            "RUS",
        ),
        (
            "Iran said it opposed the stationing of any Western units in Ukraine.",
            "IRN",
        ),
        (
            'The Kremlin said it would never tolerate "European troops wearing any badge" '
            "inside Ukraine.",
            "RUS",
        ),
        (
            "Russia says any British soldier who sets foot in Ukraine would be fired upon.",
            "RUS",
        ),
        (
            "Media Rusia menulis bahwa pasukan Barat di Ukraina akan menjadi sasaran rudal.",
            "RUS",
        ),
        (
            "Venezuela warned that putting foreign soldiers in Ukraine would only lengthen "
            "the war.",
            "VEN",
        ),
        (
            "Moscow said it would regard such troops in Ukraine as direct participation of "
            "the alliance in the war.",
            "RUS",
        ),
    ],
)
def test_foreign_troops_called_a_threat_or_a_cause_of_war(text: str, party: str) -> None:
    assert (party, "foreign-troops", "oppose") in _positions(_run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraina menyambut baik kehadiran tentara negara-negara mitra di wilayahnya.",
        "Ukraine welcomes soldiers from friendly nations on its soil, the ambassador said.",
    ],
)
def test_ukraine_welcoming_foreign_troops_supports_them(text: str) -> None:
    assert ("UKR", "foreign-troops", "support") in _positions(_run(text))


# --- positions: who speaks, and what is only asked --------------------------------------


def test_we_in_a_transcript_is_the_speakers_state() -> None:
    text = (
        "Transcript of an interview with Polish Foreign Minister Radosław Sikorski.\n\n"
        "INTERVIEWER: And the borders?\n\n"
        "SIKORSKI: We will never recognise the annexation of any Ukrainian region."
    )
    assert ("POL", "territory", "oppose") in _positions(_run(text))


def test_kami_in_a_transcript_is_the_speakers_state() -> None:
    text = (
        "Transkrip wawancara dengan Menteri Luar Negeri Ukraina Andrii Sybiha.\n\n"
        "PEWAWANCARA: Bagaimana dengan perundingan?\n\n"
        "SYBIHA: Kami siap berunding kapan pun, asal serangan dihentikan."
    )
    assert ("UKR", "negotiations", "support") in _positions(_run(text))


def test_we_of_a_speaker_without_a_state_is_the_state_he_just_quoted() -> None:
    text = (
        "Wawancara radio dengan seorang diplomat senior.\n\n"
        "PENYIAR: Apakah ada harapan damai?\n\n"
        "OLENA KOVAL: Presiden Ukraina Volodymyr Zelensky sudah berkali-kali berbicara "
        "soal itu. Namun kami tetap siap berunding dengan siapa pun."
    )
    assert ("UKR", "negotiations", "support") in _positions(_run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb after ", serta" / ", and" shares the first clause's subject
        (
            "Juru bicara itu menegaskan bahwa Vietnam mendukung perundingan antara Rusia dan "
            "Ukraina, serta menghormati keutuhan wilayah Ukraina.",
            ("VNM", "territory", "oppose"),
        ),
        (
            "The Kingdom of Norway will never recognise the occupation of Crimea by Russia, "
            "and supports talks between Moscow and Kyiv.",
            ("NOR", "negotiations", "support"),
        ),
        # "and that it ..." is the subject of the clause before
        (
            "The minister added that Peru backs talks between Russia and Ukraine, and that it "
            "does not accept that frontiers can be moved by force.",
            ("PER", "territory", "oppose"),
        ),
    ],
)
def test_a_verb_joined_to_a_clause_shares_its_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = _positions(_run(text))
    assert expected in found
    assert (("UKR",) + expected[1:]) not in found
    assert (("RUS",) + expected[1:]) not in found


def test_foreign_troops_need_not_name_ukraine_in_a_transcript() -> None:
    text = (
        "Transkrip wawancara tentang pasukan jaminan untuk Ukraina.\n\n"
        "PEWAWANCARA: Moskow menyebut pasukan asing akan dijadikan sasaran.\n\n"
        "NARASUMBER: Itu ancaman lama."
    )
    assert ("RUS", "foreign-troops", "oppose") in _positions(_run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Would Ukraine agree to give up territory in exchange for a truce?",
        "Apakah Ukraina siap menyerahkan wilayah demi perdamaian?",
    ],
)
def test_a_question_holds_no_position(text: str) -> None:
    assert _positions(_run(text)) == set()


# --- conditions: parliaments ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Lithuania will send a platoon of engineers, but only once the Seimas, the "
            "Lithuanian parliament, has approved it.",
            "parliament:LTU",
        ),
        (
            "Norwegia akan mengirim kapal patroli jika Storting, parlemen Norwegia, menyetujuinya.",
            "parliament:NOR",
        ),
        (
            "Croatia is ready to send medics, but only after the parliament of that country "
            "gives its approval.",
            "parliament:HRV",
        ),
        (
            "Kroasia siap mengirim tim medis, tetapi setelah parlemen negara tersebut "
            "memberikan persetujuan.",
            "parliament:HRV",
        ),
        (
            "Not one Dutch soldier will leave until the Tweede Kamer has voted on the mission.",
            "parliament:NLD",
        ),
        (
            "Rutte said he would take the question to the Tweede Kamer once the numbers were "
            "known.",
            "parliament:NLD",
        ),
        (
            "The Danish contribution would need a vote in the Folketing before any ship sails.",
            "parliament:DNK",
        ),
        (
            "Spain's deployment requires the approval of the Congress of Deputies, the "
            "minister said.",
            "parliament:ESP",
        ),
        (
            "Any Irish contribution requires the approval of Dáil Éireann.",
            "parliament:IRL",
        ),
        (
            "Several legislatures, the Riksdag among them, would have to approve a "
            "deployment first.",
            "parliament:SWE",
        ),
    ],
)
def test_parliaments_by_name_and_in_appositions(text: str, code: str) -> None:
    assert code in _conditions(_run(text))


def test_the_spanish_congress_is_not_the_american_one() -> None:
    text = (
        "MADRID - Spain will send engineers once the deployment has had a vote in the "
        "Congress, the defence minister told deputies."
    )
    found = _conditions(_run(text))
    assert "parliament:ESP" in found
    assert "parliament:USA" not in found


# --- conditions: American support waited on ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most of the offers hold only if the Americans stand behind the force.",
        "No one believes the mission would work without US air power behind it.",
        "Latvia said its offer depended on Washington explaining what it would do if the "
        "force were attacked.",
        "He would decide only after the United States had made plain how it would protect "
        "the troops.",
        "Denmark will not move until the White House has set out what support it would give.",
        "Belgia belum akan memutuskan sebelum ada kejelasan soal dukungan Amerika Serikat "
        "bagi misi itu.",
        "Pengiriman kapal itu bergantung pada kesediaan Amerika Serikat memberikan "
        "perlindungan udara.",
        "Janji itu baru berlaku jika gencatan senjata tercapai dan Amerika Serikat bersedia "
        "memberikan payung perlindungan.",
    ],
)
def test_american_support_waited_on(text: str) -> None:
    assert "us-backstop" in _conditions(_run(text))


# --- conditions: a truce the deployment waits on ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The first rotation waits on a ceasefire both sides have signed.",
        "Nothing will be deployed before the guns stop.",
        "The frigate will not sail before Moscow and Kyiv have agreed a truce.",
        "Kapal itu tidak akan berangkat sebelum kedua pihak menandatangani gencatan senjata.",
    ],
)
def test_a_truce_the_deployment_waits_on(text: str) -> None:
    assert "ceasefire" in _conditions(_run(text))


# --- conditions: the consent of the government that hosts --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The aircraft will fly from Lithuania once the government in Vilnius has given its "
        "consent.",
        "Convoys will cross Slovak territory only with the agreement of the Slovak government.",
        "Pangkalan di Rumania memerlukan izin pemerintah setempat.",
        "Pesawat itu akan terbang dari Latvia setelah pemerintah di Riga memberikan izin.",
    ],
)
def test_consent_of_the_government_that_hosts(text: str) -> None:
    assert "host-nation" in _conditions(_run(text))


# --- claims -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A truce is still nowhere in sight.",
        "No ceasefire is in prospect before the spring.",
        "Gencatan senjata masih jauh dari jangkauan.",
    ],
)
def test_no_ceasefire_in_sight_is_not_reached(text: str) -> None:
    assert ("settlement", "not reached") in _claims(_run(text))


# --- precision: what stays without a view or a condition --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # talks about trade, not a settlement of the war
        "Indonesia mendukung perundingan dagang dengan Uni Eropa.",
        "Canada supports negotiations on a new trade agreement with India.",
    ],
)
def test_talks_about_trade_are_no_view_on_the_war(text: str) -> None:
    assert not any(p[1] == "negotiations" for p in _positions(_run(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil supports talks between Mercosur and the European Union on trade.",
        "Indonesia mendukung perundingan langsung antara ASEAN dan Jepang soal tarif.",
    ],
)
def test_talks_between_others_are_no_view_on_the_war(text: str) -> None:
    assert not any(p[1] == "negotiations" for p in _positions(_run(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Foreign troops left Afghanistan in 2021.",
        "Pasukan asing pernah ditempatkan di Irak selama bertahun-tahun.",
    ],
)
def test_foreign_troops_elsewhere_hold_no_view(text: str) -> None:
    assert not any(p[1] == "foreign-troops" for p in _positions(_run(text)))


def test_a_state_that_changed_borders_does_not_oppose_changing_them() -> None:
    text = "Russia has changed borders by force before."
    assert ("RUS", "territory", "oppose") not in _positions(_run(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister acted with the approval of the German government.", "host-nation"),
        ("France will send jets, whatever Washington decides.", "us-backstop"),
        ("The United States has said how it would respond to the strike.", "us-backstop"),
        ("Russia and Ukraine signed a ceasefire in 2015 that did not hold.", "ceasefire"),
        (
            "The talks ended after both sides agreed to stop the exchange of prisoners.",
            "ceasefire",
        ),
    ],
)
def test_no_condition_without_its_clause(text: str, code: str) -> None:
    assert code not in _conditions(_run(text))


def test_a_parliament_meeting_is_no_condition() -> None:
    found = _conditions(_run("The parliament of Ukraine met on Tuesday."))
    assert not any(c.startswith("parliament") for c in found)


def test_a_ceasefire_in_sight_is_no_claim_that_none_was_reached() -> None:
    assert not _claims(_run("A ceasefire is in sight, the mediator said."))


def test_troops_welcomed_at_home_are_not_troops_in_ukraine() -> None:
    text = "Poland welcomes American soldiers on its soil, the minister said."
    assert not any(p[1] == "foreign-troops" for p in _positions(_run(text)))


def test_congress_in_washington_stays_american() -> None:
    text = "Washington's aid package needs a vote in Congress next month."
    assert "parliament:USA" in _conditions(_run(text))


# --- a second batch of the same classes, written after the first fixes ----------------
# (11 of these 24 passed then; the one left out, a government that "mengizinkan", could be
# the contributor's own as well as the host's)

_SECOND_BATCH: list[tuple[str, object, str]] = [
    (
        "position",
        ("IND", "negotiations", "support"),
        "India supports a peaceful settlement of the conflict through dialogue and diplomacy.",
    ),
    (
        "position",
        ("EGY", "negotiations", "support"),
        "Mesir mendukung segala upaya damai melalui jalur negosiasi antara Moskow dan Kyiv.",
    ),
    (
        "position",
        ("SAU", "negotiations", "support"),
        "Saudi Arabia stands ready to host a further round of talks between the two sides.",
    ),
    (
        "position",
        ("TUR", "territory", "oppose"),
        "Turkey reaffirmed its support for Ukraine's territorial integrity.",
    ),
    (
        "position",
        ("MYS", "territory", "oppose"),
        "Malaysia menolak pengambilalihan wilayah dengan kekerasan dalam bentuk apa pun.",
    ),
    (
        "position",
        ("AUS", "territory", "oppose"),
        "Australia said no border could legitimately be altered by force.",
    ),
    (
        "position",
        ("UKR", "territory", "oppose"),
        "Kyiv will not give away a single village, the president said.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Moscow said European soldiers in Ukraine would be seen as a direct threat.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Kremlin menyebut kehadiran pasukan NATO di Ukraina sebagai ancaman langsung.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Lavrov said any European contingent in Ukraine would be targeted.",
    ),
    (
        "position",
        ("BLR", "foreign-troops", "oppose"),
        "Belarus said sending troops to Ukraine would widen the conflict.",
    ),
    (
        "position",
        ("UKR", "foreign-troops", "support"),
        "Ukraina menyambut rencana pengiriman pasukan Eropa.",
    ),
    (
        "condition",
        "parliament:CZE",
        "The Czech offer still needs the approval of the Chamber of Deputies.",
    ),
    (
        "condition",
        "parliament:ITA",
        "Italia baru akan mengirim tim medis setelah parlemen Italia memberikan lampu hijau.",
    ),
    (
        "condition",
        "parliament:BEL",
        "Belgium's parliament must vote on any deployment before it begins.",
    ),
    (
        "condition",
        "us-backstop",
        "The plan only works if Washington is ready to back it from the air.",
    ),
    (
        "condition",
        "us-backstop",
        "Estonia menunggu kepastian dari Washington tentang perlindungan udara.",
    ),
    ("condition", "us-backstop", "Everything hangs on what the Americans are willing to provide."),
    ("condition", "ceasefire", "No troops will go in until a truce holds."),
    (
        "condition",
        "ceasefire",
        "Pasukan baru diberangkatkan setelah kedua pihak sepakat menghentikan tembakan.",
    ),
    (
        "condition",
        "host-nation",
        "The jets will be based in Slovakia, subject to the Slovak government's approval.",
    ),
    ("claim", ("settlement", "not reached"), "A ceasefire looks as distant as ever."),
    ("claim", ("settlement", "not reached"), "Perdamaian masih belum terlihat."),
]


@pytest.mark.parametrize(("kind", "expected", "text"), _SECOND_BATCH)
def test_second_batch_of_the_same_classes(kind: str, expected: object, text: str) -> None:
    result = _run(text)
    found: set[object] = set()
    if kind == "position":
        found = set(_positions(result))
    elif kind == "condition":
        found = set(_conditions(result))
    else:
        found = set(_claims(result))
    assert expected in found


# --- a third batch, in phrasings further from the fourth set's ---------------------------
# (4 of these 27 passed at first: the phrasing classes were right, their words too narrow)

_THIRD_BATCH: list[tuple[str, object, str]] = [
    (
        "position",
        ("ARG", "negotiations", "support"),
        "Argentina called the negotiating table the only place where this war can end.",
    ),
    (
        "position",
        ("KAZ", "negotiations", "support"),
        "Kazakhstan menawarkan Astana sebagai lokasi perundingan antara Rusia dan Ukraina.",
    ),
    (
        "position",
        ("IDN", "negotiations", "support"),
        "Indonesia mendorong kedua pihak untuk menyelesaikan konflik melalui dialog.",
    ),
    (
        "position",
        ("CHN", "negotiations", "support"),
        "Beijing said it backs a political solution reached through negotiations.",
    ),
    (
        "position",
        ("GBR", "territory", "oppose"),
        "London will never accept Russia's claim to the four regions.",
    ),
    (
        "position",
        ("FRA", "territory", "oppose"),
        "Prancis menegaskan tidak akan pernah mengakui pencaplokan wilayah Ukraina oleh Rusia.",
    ),
    (
        "position",
        ("DEU", "territory", "oppose"),
        "Germany said the borders of Ukraine were not up for negotiation.",
    ),
    (
        "position",
        ("UKR", "territory", "oppose"),
        "Ukraina menegaskan tidak akan menukar wilayahnya dengan perdamaian.",
    ),
    (
        "position",
        ("RUS", "territory", "support"),
        "Moscow insists the annexed regions are Russian territory for ever.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Peskov said any deployment of Western soldiers to Ukraine would mean a direct "
        "clash with Russia.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Rusia memperingatkan bahwa pengerahan tentara Eropa ke Ukraina akan memicu "
        "perang yang lebih luas.",
    ),
    (
        "position",
        ("BLR", "foreign-troops", "oppose"),
        "Minsk called the plan to put European troops in Ukraine a dangerous escalation.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Zakharova menyebut setiap prajurit asing di Ukraina sebagai sasaran yang sah.",
    ),
    (
        "position",
        ("UKR", "foreign-troops", "support"),
        "Kyiv said it would welcome a European contingent on its territory.",
    ),
    (
        "condition",
        "parliament:DEU",
        "Merz will ask the Bundestag for a mandate before any German soldier deploys.",
    ),
    (
        "condition",
        "parliament:SWE",
        "Sweden's contribution cannot go ahead without a vote in the Riksdag.",
    ),
    (
        "condition",
        "parliament:ROU",
        "Rumania akan mengirim kapal setelah mendapat persetujuan parlemen Rumania.",
    ),
    ("condition", "us-backstop", "Paris says the mission stands or falls with American support."),
    (
        "condition",
        "us-backstop",
        "Warsaw wants a firm American security guarantee before it commits.",
    ),
    (
        "condition",
        "us-backstop",
        "Keikutsertaan Belanda bergantung pada komitmen Washington untuk melindungi "
        "pasukan dari udara.",
    ),
    ("condition", "ceasefire", "The brigade will only move once the shooting has stopped."),
    ("condition", "ceasefire", "Pengerahan menunggu sampai gencatan senjata benar-benar berlaku."),
    ("condition", "peace-agreement", "Deployment will follow the signing of a peace deal."),
    ("condition", "peace-agreement", "Pasukan dikirim setelah penandatanganan perjanjian damai."),
    ("condition", "host-nation", "The aircraft need Bucharest's permission to use the base."),
    ("claim", ("settlement", "not reached"), "Talks have so far failed to produce a ceasefire."),
    (
        "claim",
        ("settlement", "not reached"),
        "Hingga kini Rusia dan Ukraina belum sepakat soal gencatan senjata.",
    ),
]


@pytest.mark.parametrize(("kind", "expected", "text"), _THIRD_BATCH)
def test_third_batch_of_the_same_classes(kind: str, expected: object, text: str) -> None:
    test_second_batch_of_the_same_classes(kind, expected, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv welcomed the news that troops had left Kherson.",
        "Ukraina menyambut kabar bahwa pasukan Rusia mundur dari Kherson.",
        "Moscow said the deployment of troops to Belarus would lead to war.",
    ],
)
def test_welcoming_news_or_troops_elsewhere_is_no_view_on_foreign_troops(text: str) -> None:
    assert not any(p[1] == "foreign-troops" for p in _positions(_run(text)))


# --- a fourth batch ---------------------------------------------------------------------
# (8 of 23 passed at first; a reached ceasefire, "signed a ceasefire agreement on Monday",
# was left out: the same words come in conditions, "before both have signed a ceasefire")

_FOURTH_BATCH: list[tuple[str, object, str]] = [
    (
        "position",
        ("IND", "negotiations", "support"),
        "India has repeatedly said that the conflict must be resolved at the negotiating table.",
    ),
    (
        "position",
        ("BRA", "negotiations", "support"),
        "Brasil menilai perundingan damai harus segera dimulai.",
    ),
    (
        "position",
        ("TUR", "negotiations", "support"),
        "Erdogan offered Istanbul once more as the place for talks.",
    ),
    (
        "position",
        ("RUS", "negotiations", "oppose"),
        "Moskow menyatakan tidak ada yang perlu dirundingkan dengan Kyiv.",
    ),
    (
        "position",
        ("UKR", "territory", "oppose"),
        "Kyiv rejects any deal that would leave Crimea in Russian hands.",
    ),
    (
        "position",
        ("POL", "territory", "oppose"),
        "Polandia menegaskan bahwa Krimea adalah wilayah Ukraina.",
    ),
    (
        "position",
        ("RUS", "territory", "support"),
        "Kremlin menegaskan status Krimea tidak dapat dirundingkan.",
    ),
    (
        "position",
        ("NLD", "territory", "oppose"),
        "The Netherlands condemned the annexation of the four regions as illegal.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Medvedev threatened to strike any British base in Ukraine.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Moskow menegaskan tidak akan menoleransi kehadiran militer Barat di Ukraina.",
    ),
    (
        "position",
        ("RUS", "foreign-troops", "oppose"),
        "Russia warned Europe against sending peacekeepers to Ukraine.",
    ),
    (
        "position",
        ("HUN", "foreign-troops", "oppose"),
        "Hungary said it would not support any plan to station troops in Ukraine.",
    ),
    ("condition", "parliament:NOR", "Norway's frigate still needs the Storting's blessing."),
    (
        "condition",
        "parliament:DNK",
        "Keputusan akhir ada di tangan Folketing, kata menteri Denmark.",
    ),
    (
        "condition",
        "parliament:CAN",
        "Canada's deployment would go to a vote in the House of Commons in Ottawa.",
    ),
    ("condition", "us-backstop", "Without a US security guarantee, London will not send troops."),
    (
        "condition",
        "us-backstop",
        "Prancis menyatakan pasukannya hanya akan berangkat jika ada payung udara Amerika.",
    ),
    (
        "condition",
        "us-backstop",
        "The offer is contingent on Washington providing intelligence and air cover.",
    ),
    ("condition", "ceasefire", "The mission will begin on the day a ceasefire takes effect."),
    (
        "condition",
        "ceasefire",
        "Tentara itu baru akan dikirim bila gencatan senjata sudah berjalan.",
    ),
    (
        "condition",
        "host-nation",
        "The force can use Polish airfields only with Warsaw's agreement.",
    ),
    (
        "claim",
        ("settlement", "not reached"),
        "Both sides remain far apart and no truce has been signed.",
    ),
]


@pytest.mark.parametrize(("kind", "expected", "text"), _FOURTH_BATCH)
def test_fourth_batch_of_the_same_classes(kind: str, expected: object, text: str) -> None:
    test_second_batch_of_the_same_classes(kind, expected, text)


def test_a_ceasefire_waited_for_is_no_claim_that_one_was_reached() -> None:
    text = "The ships will not sail before Russia and Ukraine have signed a ceasefire."
    assert ("settlement", "reached") not in _claims(_run(text))
