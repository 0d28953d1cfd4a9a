"""Phrasing classes found when the second sealed set became development text: positions as
warnings, refusals and statements of principle, commitments in ordinary words, conditions
said indirectly. Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import commitments as _commitments
from .phrasing import conditions as _conditions
from .phrasing import meetings as _meetings
from .phrasing import people as _people
from .phrasing import positions as _positions

DAY = dt.date(2026, 3, 12)


def _run(text: str) -> Extraction:
    return extract(text, published=DAY)


def _rules(text: str) -> Extraction:
    """The rules alone: commitment probes pin the rules' own reading (the learned commitment
    model reads words, not structure; its probes are in test_learned_commitments.py)."""
    return extract(text, published=DAY, model=False)


# --- positions: warnings against foreign troops -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said any Western soldiers arriving in Ukraine would be regarded as combatants.",
        "Russia warned that French troops deployed to Ukraine would be fair game for its army.",
        "Rusia mengatakan setiap pasukan Eropa yang masuk ke Ukraina akan diperlakukan sebagai "
        "musuh.",
        "Moskow memperingatkan Prancis agar tidak mengirim tentara ke Ukraina.",
        "Russia says it will never accept peacekeepers from NATO states in Ukraine.",
        "Moscow insists that Ukraine remain free of foreign troops.",
    ],
)
def test_a_warning_against_foreign_troops_is_opposition(text: str) -> None:
    result = _run(text)
    assert ("RUS", "foreign-troops", "oppose") in _positions(result)
    assert not any(c[0] == "RUS" for c in _commitments(result))


def test_troops_only_after_the_guns_fall_silent_is_conditional() -> None:
    result = _run(
        "Asked about the coalition, the Spanish premier said Spain holds that troops may only "
        "go in after the guns fall silent."
    )
    assert ("ESP", "foreign-troops", "conditional") in _positions(result)
    assert "ceasefire" in _conditions(result)


# --- positions: territory ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv will never swap land for a truce, the Ukrainian president said.", ("UKR", "oppose")),
        ("Ukraina menegaskan tidak sejengkal wilayah pun akan dilepaskan.", ("UKR", "oppose")),
        ("Ukraina siap berunding, tetapi tidak dengan menyerahkan wilayah.", ("UKR", "oppose")),
        ("Russia said it would not give back the regions it annexed.", ("RUS", "support")),
        ("Rusia menegaskan Kherson adalah bagian dari Rusia.", ("RUS", "support")),
        ("Kremlin tetap menuntut seluruh Luhansk.", ("RUS", "support")),
        ("Poland says borders changed by force must never be recognised.", ("POL", "oppose")),
    ],
)
def test_refusals_and_principles_on_territory(text: str, expected: tuple[str, str]) -> None:
    positions = _positions(_run(text))
    party, stance = expected
    assert (party, "territory", stance) in positions
    assert not any(p[0] == party and p[1] == "territory" and p[2] != stance for p in positions)


# --- positions: calls for talks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("India urged Moscow and Kyiv to return to negotiations.", "IND"),
        ("Brazil said it was ready to host peace talks between the two sides.", "BRA"),
        ("Vatikan, yang jarang bersuara, meminta kedua pihak kembali ke meja perundingan.", "VAT"),
        ("Qatar wants talks between Russia and Ukraine to restart soon.", "QAT"),
    ],
)
def test_a_call_for_talks_supports_negotiations(text: str, party: str) -> None:
    assert (party, "negotiations", "support") in _positions(_run(text))


def test_a_party_inside_an_aside_does_not_hold_the_view() -> None:
    text = "Beijing, yang membeli gas Rusia, meminta semua pihak kembali ke meja perundingan."
    positions = _positions(_run(text))
    assert ("CHN", "negotiations", "support") in positions
    assert not any(p[0] == "RUS" for p in positions)


# --- commitments ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a neighbour sending forces to Ukraine reassures; only its own soil is support
        (
            "Lithuania is ready to send an infantry company to the force.",
            ("LTU", "reassure", "land"),
        ),
        ("Romania will contribute three minehunters in the Black Sea.", ("ROU", "reassure", "sea")),
        ("Finland will fly air policing over eastern Ukraine.", ("FIN", "reassure", "air")),
        ("Estonia will host a supply hub on its own soil.", ("EST", "support", "logistics")),
        # assets and money in ordinary words
        ("Britain would assign three minehunters to the mission.", ("GBR", "reassure", "sea")),
        ("Ireland will pay for mine-clearing courses.", ("IRL", "regenerate", "funding")),
        ("Austria would give 90 million euros to Ukraine.", ("AUT", "regenerate", "funding")),
        ("Spain will pay for interceptor drones for Ukraine.", ("ESP", "regenerate", "equipment")),
        ("Chile: command of a mine-clearing flotilla in the Black Sea", ("CHL", "reassure", "sea")),
        ("Slovenia will train Ukrainian engineers at home.", ("SVN", "regenerate", "training")),
        ("Belgia akan membayar pelatihan dokter Ukraina.", ("BEL", "regenerate", "training")),
        (
            "Hungary will serve as a staging area for the force's supplies.",
            ("HUN", "support", "logistics"),
        ),
    ],
)
def test_commitments_in_ordinary_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _commitments(_run(text))


def test_troops_named_beside_assets_are_land_too() -> None:
    found = _commitments(_run("Greece will send 300 troops and two frigates to the force."))
    assert {("GRC", "reassure", "land"), ("GRC", "reassure", "sea")} <= found


def test_troops_as_subject_of_deploy_are_a_commitment() -> None:
    found = _commitments(_run("Dutch troops will deploy once a peace deal is signed."))
    assert ("NLD", "reassure", "land") in found


def test_both_names_the_two_states_just_spoken_of() -> None:
    found = _commitments(
        _run("Italy and Spain stand apart. Both have said they will lead a ground force there.")
    )
    assert {("ITA", "reassure", "land"), ("ESP", "reassure", "land")} <= found


def test_states_joined_with_the_article_contribute_together() -> None:
    found = _commitments(_run("Norway and the Netherlands have offered to run a training camp."))
    assert {("NOR", "regenerate", "training"), ("NLD", "regenerate", "training")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "On the possibility of sending Danish troops to Ukraine, the minister gave no answer.",
        "Soal kemungkinan mengirim tentara Austria ke Ukraina, menteri itu diam.",
        "Iran keeps selling drones to Russia, which Western capitals say is financing the war.",
    ],
)
def test_possibilities_and_accusations_are_not_commitments(text: str) -> None:
    assert _commitments(_run(text)) == set()


def test_a_force_receiving_an_offer_does_not_give_it() -> None:
    found = _commitments(
        _run("Canada: no troops, but an offer of intelligence and radar data to the force")
    )
    assert found == {("CAN", "backstop", "intelligence")}


def test_a_troop_word_past_a_reported_clause_is_not_sent() -> None:
    text = "Asked whether the coalition would deploy early, Meloni said troops must wait."
    assert _commitments(_rules(text)) == set()


# --- conditions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Austria is still waiting to learn how far the United States will protect the force.",
        "Pemerintah belum akan memutuskan sebelum jelas apa yang akan dilakukan Washington.",
        "No capital will commit a unit until the Americans say what they would do.",
        "Belanda ingin lebih dulu tahu apakah Amerika akan membela pasukan itu.",
    ],
)
def test_waiting_to_know_what_washington_will_do_is_the_us_backstop(text: str) -> None:
    assert "us-backstop" in _conditions(_run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Denmark will send a frigate after a peace agreement.",
        "Denmark will send a frigate once a peace accord is in place.",
        "Denmark akan mengirim fregat setelah kedua negara meneken perjanjian damai.",
        "Denmark akan mengirim fregat begitu perjanjian damai antara kedua negara itu diteken.",
    ],
)
def test_a_peace_agreement_in_more_words(text: str) -> None:
    assert "peace-agreement" in _conditions(_run(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Estonia siap mengirim satu kompi, tetapi masih harus disetujui Riigikogu.",
            "parliament:EST",
        ),
        ("Keputusan akhir soal kapal Denmark ada di tangan Folketing.", "parliament:DNK"),
        (
            "The Dutch government will ask the Tweede Kamer to approve the mission.",
            "parliament:NLD",
        ),
        ("Finlandia bersedia mengirim jet asalkan Eduskunta memberi restu.", "parliament:FIN"),
    ],
)
def test_a_parliament_as_the_one_who_approves(text: str, code: str) -> None:
    assert code in _conditions(_run(text))


def test_the_host_nation_in_general_belongs_to_no_state() -> None:
    text = "Kapal dari luar kawasan di pelabuhan Bulgaria memerlukan persetujuan negara tuan rumah."
    assert _conditions(_run(text)) == {"host-nation"}


def test_a_ceasefire_kept_after_a_proviso() -> None:
    text = "Swiss akan mengirim dua kapal asalkan senjata sudah berhenti menyalak di garis depan."
    assert "ceasefire" in _conditions(_run(text))


# --- claims -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There is still no truce along the front line.",
        "Moscow and Kyiv have yet to agree on a ceasefire.",
        "Hingga kini gencatan senjata antara kedua negara belum juga berlaku.",
        "Kedua pihak belum juga meneken perjanjian damai.",
    ],
)
def test_no_settlement_yet_in_other_words(text: str) -> None:
    claims = {(i.value["subject"], i.value["value"]) for i in _run(text).of_type("claim")}
    assert claims == {("settlement", "not reached")}


# --- people -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Juru bicara Kementerian Pertahanan Prancis, Camille Durand, menolak berkomentar.",
        "Juru bicara Kantor Kepresidenan Prancis, Camille Durand, menolak berkomentar.",
    ],
)
def test_a_ministry_in_the_role_leaves_the_name_after_the_comma(text: str) -> None:
    assert _people(_run(text)) == {("Camille Durand", "Spokesperson", "FRA")}


def test_a_hyphenated_name_keeps_its_lower_case_part() -> None:
    found = _people(_run("Kunjungan itu disambut Kim Min-seok, Perdana Menteri Korea Selatan."))
    assert found == {("Kim Min-seok", "Prime Minister", "KOR")}


def test_a_live_entry_full_of_names_is_not_a_headline() -> None:
    text = (
        "09:15 CET - Spanish Prime Minister Pedro Sanchez, Dutch Prime Minister Dick Schoof "
        "and Belgian Prime Minister Bart De Wever have landed in Riga"
    )
    names = {p[0] for p in _people(_run(text))}
    assert {"Pedro Sanchez", "Dick Schoof"} <= names


def test_a_surname_named_again_speaks_for_the_state() -> None:
    text = (
        "Menteri Luar Negeri Belarus, Ivan Sokol, hadir. Sokol juga menegaskan bahwa Krimea "
        "adalah bagian dari Rusia."
    )
    assert ("BLR", "territory", "support") in _positions(_run(text))


# --- meetings ---------------------------------------------------------------------------


def test_following_the_meeting_from_afar_makes_it_hybrid_not_a_new_meeting() -> None:
    text = (
        "Presiden Estonia, Alar Karis, memimpin pertemuan koalisi di Tallinn, Senin (9/3). "
        "Perdana Menteri Jepang tidak datang dan mengikuti jalannya pertemuan dari Tokyo "
        "lewat tautan video."
    )
    (meeting,) = _meetings(_run(text))
    assert (meeting["place"], meeting["format"], meeting["host"]) == ("Tallinn", "hybrid", "EST")


def test_a_live_entry_goes_on_past_its_first_sentence() -> None:
    text = (
        "Rabu, 11 Maret 2026\n\n"
        "09.00 WIB - Para menteri berkumpul di Riga. Latvia menjadi tuan rumah pertemuan.\n\n"
        "09.30 WIB - Menteri Kanada tidak hadir di Riga. Ia bergabung melalui sambungan video."
    )
    (meeting,) = _meetings(_run(text))
    assert (meeting["place"], meeting["format"]) == ("Riga", "hybrid")


@pytest.mark.parametrize("verb", ["dialling in by video", "phoning in"])
def test_more_ways_of_joining_from_afar(verb: str) -> None:
    text = f"Leaders met in Oslo on Tuesday. The Japanese premier was {verb} from Tokyo."
    (meeting,) = _meetings(_run(text))
    assert meeting["format"] == "hybrid"


def test_a_headline_meeting_and_the_body_meeting_are_one() -> None:
    text = (
        "Ministers meet in Riga; Estonia offers trainers\n\n"
        "RIGA, March 11 (wire) - Defence ministers met in the Latvian capital on Wednesday "
        "for talks hosted by Latvia. Canada's minister followed the session by phone."
    )
    (meeting,) = _meetings(_run(text))
    assert (meeting["place"], meeting["format"], meeting["host"]) == ("Riga", "hybrid", "LVA")


def test_a_size_stated_far_after_the_only_meeting_counts() -> None:
    text = (
        "Ministers met in Prague on Wednesday. Spain offered trainers. Italy offered a "
        "frigate. Poland spoke of supply routes. Greece spoke of ports. Thirty-two countries "
        "were represented, officials said."
    )
    (meeting,) = _meetings(_run(text))
    assert meeting["countries_count"] == 32


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 27 negara hadir. Sebanyak 15 di antaranya diwakili oleh kepala negara.",
        "27 countries attended, 15 of them represented by heads of state or government.",
    ],
)
def test_heads_among_those_present_in_more_words(text: str) -> None:
    counts = {(i.value["measure"], i.value["value"]) for i in _run(text).of_type("count")}
    assert ("heads", 15) in counts


def test_a_leader_who_hosts_after_a_comma_gives_the_host() -> None:
    text = "The leaders are meeting Estonian President Alar Karis, who is hosting today's talks."
    meetings = _meetings(extract(text, published=DAY))
    assert meetings
    assert meetings[0]["host"] == "EST"


def test_arriving_somewhere_places_the_meeting_named_next() -> None:
    text = (
        "Tuesday 10 March 2026\n\n"
        "08:00 CET - Four leaders have arrived in Vilnius by train\n\n"
        "09:00 CET - The four are meeting their host, who is chairing today's talks"
    )
    (meeting,) = _meetings(_run(text))
    assert meeting["place"] == "Vilnius"


def test_a_capital_not_listed_before_is_a_meeting_place() -> None:
    (meeting,) = _meetings(_run("Leaders met in Seoul on Tuesday."))
    assert (meeting["place"], meeting["host"]) == ("Seoul", "KOR")


# --- figures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy will send three patrol vessels.", ("ships", 3)),
        ("Spanyol akan mengirim dua kapal selam.", ("ships", 2)),
        ("Norway will send four helicopters.", ("aircraft", 4)),
    ],
)
def test_more_kinds_of_ships_and_aircraft(text: str, expected: tuple[str, int]) -> None:
    figures = {(i.value["kind"], i.value["value"]) for i in _run(text).of_type("figure")}
    assert expected in figures


@pytest.mark.parametrize(
    "text", ["Greece will donate 40 million euros.", "Austria Sumbang 50 Juta Euro untuk Ukraina"]
)
def test_money_donated_is_funding(text: str) -> None:
    (figure,) = _run(text).of_type("figure")
    assert figure.value["measure"] == "funding"


# --- parties ----------------------------------------------------------------------------


def _parties(result: Extraction) -> set[str]:
    return {i.value["code"] for i in result.of_type("party")}


def test_a_capital_spoken_to_is_its_government() -> None:
    assert _parties(_run("Hungary kept talking to Moscow all week.")) == {"HUN", "RUS"}


@pytest.mark.parametrize(
    "text", ["The envoys toured Latin America in May.", "Utusan itu berkeliling Amerika Selatan."]
)
def test_america_as_a_continent_is_not_the_united_states(text: str) -> None:
    assert "USA" not in _parties(_run(text))


def test_talks_that_broke_down_are_no_meeting() -> None:
    assert _meetings(_run("There is no deal since the talks in Geneva collapsed in May.")) == []


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Atlantic Charter of 1941 is cited again.", "1941"),
        ("Kapal perang tunduk pada Konvensi Montreux 1936.", "1936"),
    ],
)
def test_a_documents_year_after_of_or_its_name(text: str, year: str) -> None:
    assert year in {i.value["value"] for i in _run(text).of_type("date")}


def test_a_simak_juga_promotion_is_boilerplate() -> None:
    text = "Menteri itu bertemu mitranya.\n\nSimak juga: Libur Akhir Pekan Ini\n\nIa pulang."
    assert "Simak" not in _run(text).text


# --- more commitments and conditions in plain words --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy is prepared to lead a demining mission off Odesa.", {("ITA", "reassure", "sea")}),
        (
            "Finland signalled it could provide artillery instructors.",
            {("FIN", "regenerate", "training")},
        ),
        (
            "Norwegia bersedia mendanai pelatihan pilot Ukraina.",
            {("NOR", "regenerate", "funding"), ("NOR", "regenerate", "training")},
        ),
        ("Denmark mengumumkan akan mengerahkan satu batalion.", {("DNK", "reassure", "land")}),
        # an air base is support in the air (as the third sealed set's annotation has it)
        ("Polandia menawarkan pangkalan udara di Rzeszów.", {("POL", "support", "air")}),
        ("Greece will send a ship as soon as the fighting ends.", {("GRC", "reassure", "sea")}),
        ("Portugal is considering sending troops but has not decided.", set()),
    ],
)
def test_commitments_in_plain_words(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _commitments(_run(text)) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Britain ruled out sending troops without an American security guarantee.", "us-backstop"),
        ("The deployment hinges on a US backstop.", "us-backstop"),
        ("Pasukan baru akan dikirim setelah ada kesepakatan damai.", "peace-agreement"),
        ("Pengerahan itu masih menunggu restu parlemen Belanda.", "parliament:NLD"),
        ("Italy will send troops provided that a ceasefire is agreed.", "ceasefire"),
        ("Greece will send a ship as soon as the fighting ends.", "ceasefire"),
    ],
)
def test_conditions_in_plain_words(text: str, code: str) -> None:
    assert code in _conditions(_run(text))


# --- more positions in plain words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow has said it will not tolerate NATO troops in Ukraine.",
            ("RUS", "foreign-troops", "oppose"),
        ),
        (
            "The Kremlin called any Western deployment in Ukraine a direct threat.",
            ("RUS", "foreign-troops", "oppose"),
        ),
        (
            "Russia rejects the presence of European peacekeepers in Ukraine.",
            ("RUS", "foreign-troops", "oppose"),
        ),
        (
            "Kremlin menyebut kehadiran tentara NATO di Ukraina tidak dapat diterima.",
            ("RUS", "foreign-troops", "oppose"),
        ),
        (
            "Germany backs the deployment of a reassurance force in Ukraine.",
            ("DEU", "foreign-troops", "support"),
        ),
        (
            "Zelensky said Ukraine would never recognise Russian sovereignty over Crimea.",
            ("UKR", "territory", "oppose"),
        ),
        (
            "Putin insisted that Kyiv withdraw from the rest of Donetsk.",
            ("RUS", "territory", "support"),
        ),
        ("Putin menuntut Ukraina menarik pasukannya dari Donbas.", ("RUS", "territory", "support")),
        (
            "Turkey offered to mediate peace talks between Moscow and Kyiv.",
            ("TUR", "negotiations", "support"),
        ),
        (
            "Brazil called for an immediate return to the negotiating table.",
            ("BRA", "negotiations", "support"),
        ),
        (
            "Zelensky said he was open to direct talks with Putin.",
            ("UKR", "negotiations", "support"),
        ),
        ("China menyerukan dialog dan penyelesaian damai.", ("CHN", "negotiations", "support")),
    ],
)
def test_positions_in_plain_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _positions(_run(text))


def test_opposing_a_deployment_is_no_commitment() -> None:
    result = _run("Hungary opposes sending European troops to Ukraine.")
    assert _commitments(result) == set()
    assert ("HUN", "foreign-troops", "oppose") in _positions(result)


@pytest.mark.parametrize("verb", ["hosted a video call", "chaired a video call"])
def test_a_past_verb_dates_a_weekday_back(verb: str) -> None:
    (meeting,) = _meetings(extract(f"Macron {verb} with 31 leaders on Monday.", published=DAY))
    assert (meeting["date"], meeting["host"]) == ("2026-03-09", "FRA")


def test_co_chairs_give_the_first_named_as_host() -> None:
    text = "Macron dan Starmer memimpin pertemuan virtual koalisi, Selasa (10/3)."
    (meeting,) = _meetings(_run(text))
    assert meeting["host"] == "FRA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark will contribute a submarine.", ("DNK", "reassure", "sea")),
        ("Croatia offered a mortar platoon.", ("HRV", "reassure", "land")),
        (
            "Washington will share satellite imagery with the force.",
            ("USA", "backstop", "intelligence"),
        ),
        ("Austria will provide humanitarian aid.", ("AUT", "regenerate", "funding")),
        ("Polandia akan mengirim 50 tank tempur ke Ukraina.", ("POL", "regenerate", "equipment")),
    ],
)
def test_more_assets_by_name(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _commitments(_run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kremlin menegaskan tidak akan menyerahkan wilayah yang dianeksasi.", ("RUS", "support")),
        ("Russia will not give up the territory it has taken.", ("RUS", "support")),
        ("Zelensky menolak gagasan menyerahkan Donbas kepada Rusia.", ("UKR", "oppose")),
        ("Ukraina tidak akan menyerahkan wilayahnya.", ("UKR", "oppose")),
    ],
)
def test_refusing_to_give_up_land_depends_on_who_holds_it(
    text: str, expected: tuple[str, str]
) -> None:
    positions = _positions(_rules(text))
    assert (expected[0], "territory", expected[1]) in positions
    assert not any(p[0] == expected[0] and p[2] != expected[1] for p in positions)


def test_troops_becoming_targets_is_a_warning() -> None:
    text = "Menurut Lavrov, pasukan Barat di Ukraina akan menjadi sasaran sah."
    assert ("RUS", "foreign-troops", "oppose") in _positions(_run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jerman siap ikut serta asalkan Amerika Serikat memberikan perlindungan udara.",
        "Kanada akan mengirim pasukan jika Kongres AS memberikan jaminan.",
    ],
)
def test_provided_washington_gives_protection_is_the_us_backstop(text: str) -> None:
    result = _run(text)
    assert _conditions(result) == {"us-backstop"}
    assert not any(c[2] == "air" for c in _commitments(result))


def test_a_meeting_held_by_a_state_in_the_passive_names_the_host() -> None:
    text = "Konferensi video yang digelar Inggris pada Selasa (10/3) diikuti 30 negara."
    (meeting,) = _meetings(_run(text))
    assert (meeting["host"], meeting["countries_count"]) == ("GBR", 30)
