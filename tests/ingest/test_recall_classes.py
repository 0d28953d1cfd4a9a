"""Phrasing classes found when the first sealed set became development text, each on short
texts written for these tests: meetings (where, when, who hosted, how many came) and
positions (who holds them, in which words).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

DAY = dt.date(2026, 1, 22)  # a Thursday


def _run(text: str, published: dt.date = DAY) -> Extraction:
    return extract(text, published=published)


def _rules(text: str) -> Extraction:
    """The rules alone: commitment probes pin the rules' own reading (the learned commitment
    model reads words, not structure; its probes are in test_learned_commitments.py)."""
    return extract(text, published=DAY, model=False)


def _values(result: Extraction, item_type: str, *keys: str) -> set[tuple[Any, ...]]:
    return {tuple(i.value.get(k) for k in keys) for i in result.of_type(item_type)}


def _meeting(result: Extraction) -> dict[str, Any]:
    meetings = result.of_type("meeting")
    assert len(meetings) == 1, [m.value for m in meetings]
    return meetings[0].value


# --- meetings ---------------------------------------------------------------------------


def test_a_passive_host_clause_ends_at_its_comma() -> None:
    result = _run(
        "Army chiefs met in Vienna on Tuesday at a session hosted by Austria, agreeing "
        "that the force would keep its headquarters in Madrid."
    )
    meeting = _meeting(result)
    assert (meeting["place"], meeting["host"], meeting["date"]) == ("Vienna", "AUT", "2026-01-20")


def test_a_size_after_a_passive_host_clause_still_counts() -> None:
    result = _run(
        "Speaking after a meeting of navy chiefs hosted by Latvia in Riga on Monday, the "
        "admiral said 14 countries had taken part."
    )
    assert _meeting(result)["countries_count"] == 14


def test_a_venue_named_before_the_meeting_word_is_its_place() -> None:
    result = _run("09:00 GMT - Ministers are arriving at Lancaster House for today's meeting.")
    meeting = _meeting(result)
    assert (meeting["place"], meeting["format"], meeting["date"]) == (
        "Lancaster House",
        "in_person",
        DAY.isoformat(),
    )


def test_a_size_stated_between_two_mentions_of_the_meeting_counts() -> None:
    result = _run(
        "Leaders will meet in Madrid on Friday to discuss the force. Officials said about 14 "
        "countries had confirmed attendance. Canada's envoy may join part of the talks."
    )
    assert _meeting(result)["countries_count"] == 14


def test_a_pledge_in_the_next_sentence_does_not_make_a_size_a_pledge_count() -> None:
    result = _run(
        "Para menteri menggelar pertemuan virtual pada Rabu kemarin. Sebanyak 18 negara ambil "
        "bagian, termasuk 9 kepala negara.\n\nSpanyol menyatakan siap mengirim kapal."
    )
    meeting = _meeting(result)
    assert (meeting["countries_count"], meeting["heads_count"]) == (18, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Merz berbicara di Berlin pada Senin (19/1) usai rapat kabinet.",
        "Merz spoke in Berlin on Monday after a cabinet meeting.",
    ],
)
def test_a_cabinet_meeting_is_not_a_coalition_meeting(text: str) -> None:
    assert _run(text).of_type("meeting") == []


def test_a_meeting_at_a_venue_is_the_meeting_in_its_city() -> None:
    result = _run(
        "Live: summit in London\n\n09:00 GMT - The Prime Minister opened the summit at "
        "Lancaster House. 30 delegations are present."
    )
    meeting = _meeting(result)
    assert (meeting["place"], meeting["countries_count"]) == ("London", 30)


def test_a_meeting_held_by_video_has_no_place() -> None:
    result = _run("A meeting planned in Madrid was held by video on Monday, officials said.")
    meeting = _meeting(result)
    assert (meeting["place"], meeting["format"], meeting["date"]) == (None, "virtual", "2026-01-19")


def test_a_date_line_above_live_entries_dates_the_meeting() -> None:
    result = _run(
        "Live: ministers in Riga\n\nTuesday 20 January 2026\n\n10:00 CET - Defence ministers "
        "have gathered in Riga for talks on air policing."
    )
    assert _meeting(result)["date"] == "2026-01-20"


def test_a_date_line_after_the_publication_dates_nothing() -> None:
    result = _run(
        "Preview\n\nSaturday 24 January 2026\n\nDefence ministers gather in Riga for talks."
    )
    assert all(m.value["date"] is None for m in result.of_type("meeting"))


@pytest.mark.parametrize(
    "text",
    [
        "Para menteri luar negeri negara anggota NATO bertemu di Brussel, Selasa (20/1).",
        "NATO member states' defence ministers met in Brussel on Tuesday.",
    ],
)
def test_the_ministers_of_an_organisations_members_meeting_is_its_meeting(text: str) -> None:
    assert _meeting(_run(text))["host"] == "NATO"


def test_leading_a_mission_is_not_hosting_the_meeting() -> None:
    result = _run(
        "Rubio bertemu Menteri Luar Negeri Prancis di Washington pada Selasa (20/1). Prancis "
        "akan memimpin misi maritim di Laut Hitam."
    )
    assert _meeting(result)["host"] == "USA"


def test_said_and_after_date_a_weekday_in_the_past() -> None:
    result = _run(
        "Kanada akan mengirim pelatih, kata Perdana Menteri Kanada usai bertemu Presiden "
        "Finlandia di Ottawa, Rabu.",
        published=dt.date(2026, 1, 23),
    )
    assert _meeting(result)["date"] == "2026-01-21"


def test_meet_names_a_coming_meeting() -> None:
    result = _run("The pledges came a week before coalition leaders meet in Madrid.")
    assert _meeting(result)["place"] == "Madrid"


# --- positions --------------------------------------------------------------------------


def _positions(result: Extraction) -> set[tuple[Any, ...]]:
    return _values(result, "position", "party", "issue", "stance")


@pytest.mark.parametrize(
    "second",
    [
        "Keduanya sepakat bahwa perbatasan tidak boleh diubah dengan kekerasan.",
        "Both leaders said borders may not be changed by force.",
    ],
)
def test_both_leaders_hold_the_view_of_the_two_last_named(second: str) -> None:
    result = _run(
        "Presiden Polandia Karol Nawrocki menerima Perdana Menteri Estonia Kristen Michal di "
        f"Warsawa. {second}"
    )
    assert _positions(result) == {("POL", "territory", "oppose"), ("EST", "territory", "oppose")}


@pytest.mark.parametrize(
    "text",
    [
        "Bagi Ukraina, perbatasan tidak boleh diubah dengan kekerasan.",
        "For Ukraine, borders may not be changed by force.",
    ],
)
def test_a_fronted_party_holds_the_view_after_the_comma(text: str) -> None:
    assert _positions(_run(text)) == {("UKR", "territory", "oppose")}


@pytest.mark.parametrize(
    "text",
    [
        "Jerman menyerukan agar Rusia menarik pasukannya dari seluruh wilayah Ukraina.",
        "Germany called on Russia to withdraw its forces from all occupied territory.",
    ],
)
def test_calling_on_the_occupier_to_withdraw_opposes_its_claim(text: str) -> None:
    assert _positions(_run(text)) == {("DEU", "territory", "oppose")}


def test_backing_a_deployment_named_as_a_noun_is_support() -> None:
    result = _run("Spanyol mendukung rencana pengerahan pasukan Eropa ke Ukraina.")
    assert _positions(result) == {("ESP", "foreign-troops", "support")}


@pytest.mark.parametrize(
    "text",
    [
        "Madrid tetap terbuka untuk menempatkan pasukan di Ukraina setelah gencatan senjata.",
        "Spain is open to sending troops to Ukraine once a truce holds.",
    ],
)
def test_readiness_to_send_troops_once_something_happens_is_conditional(text: str) -> None:
    assert _positions(_run(text)) == {("ESP", "foreign-troops", "conditional")}


def test_refusing_talks_while_troops_are_promised_opposes_both() -> None:
    result = _run(
        "The Kremlin says Russia will never negotiate while Western troops are sent to Kyiv."
    )
    assert _positions(result) == {
        ("RUS", "negotiations", "oppose"),
        ("RUS", "foreign-troops", "oppose"),
    }


def test_troops_sent_in_one_clause_are_not_about_ukraine_named_in_the_next() -> None:
    result = _run(
        "Belanda siap mengirim pasukan, tetapi Austria menegaskan tidak akan menempatkan "
        "tentaranya di Ukraina."
    )
    assert ("NLD", "foreign-troops", "support") not in _positions(result)


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Kyiv wants a guarantee that binds, unlike the 1994 Budapest Memorandum.", "1994"),
        ("The 1975 text allowed borders to change only by agreement.", "1975"),
        ("Ia menyebut Memorandum Budapest 1994 tidak melindungi Ukraina.", "1994"),
    ],
)
def test_the_year_of_a_document_is_a_date(text: str, year: str) -> None:
    assert _values(_run(text), "date", "value") == {(year,)}


def test_a_number_before_a_plain_noun_is_no_year() -> None:
    assert _run("The 2000 soldiers will train in Poland.").of_type("date") == []


def test_a_day_before_a_meeting_counts_from_the_day_just_stated() -> None:
    result = _run(
        "Japan will give $1 billion, the prime minister said on Tuesday. The pledge came a "
        "day before a video conference of foreign ministers."
    )
    assert ("2026-01-21",) in _values(result, "date", "value")
    meeting = _meeting(result)
    assert (meeting["date"], meeting["format"]) == ("2026-01-21", "virtual")


def test_a_day_before_with_no_day_stated_dates_nothing() -> None:
    result = _run("The pledge came a day before a video conference of foreign ministers.")
    assert result.of_type("date") == []


# --- figures ----------------------------------------------------------------------------


def _figures(result: Extraction) -> set[tuple[Any, ...]]:
    return _values(result, "figure", "kind", "value", "unit")


@pytest.mark.parametrize("model", ["F-35", "MiG-29", "Su-27"])
def test_a_model_number_counts_nothing(model: str) -> None:
    assert _run(f"Polish {model} jets will patrol the border.").of_type("figure") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Norway offered two maritime patrol aircraft.", "aircraft", 2),
        ("Italy will send 3 mine countermeasure vessels.", "ships", 3),
        ("Spain will provide two frigates for the Black Sea.", "ships", 2),
        ("Swedia mengirim dua kapal fregat ke Laut Hitam.", "ships", 2),
    ],
)
def test_equipment_described_between_number_and_noun_is_counted(
    text: str, kind: str, value: int
) -> None:
    assert _figures(_run(text)) == {(kind, value, kind)}


def test_a_described_noun_that_is_no_equipment_is_not_counted() -> None:
    assert _run("Officials gave two very different answers.").of_type("figure") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ottawa will give 200 million Canadian dollars in funding.", "CAD"),
        ("Canberra will give 50 million Australian dollars in funding.", "AUD"),
        ("Oslo will give 300 million Norwegian kroner in funding.", "NOK"),
    ],
)
def test_other_currencies_are_named(text: str, unit: str) -> None:
    assert {(u,) for _, _, u in _figures(_run(text))} == {(unit,)}


# --- commitments ------------------------------------------------------------------------


def _commitments(result: Extraction) -> set[tuple[Any, ...]]:
    return _values(result, "commitment", "party", "layer", "domain")


def test_a_second_that_clause_has_its_own_contributor() -> None:
    result = _run(
        "The ministers agreed that Slovakia and Hungary would host logistics hubs, and that "
        "the United States would share intelligence with the force."
    )
    assert _commitments(result) == {
        ("SVK", "support", "logistics"),
        ("HUN", "support", "logistics"),
        ("USA", "backstop", "intelligence"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Austria: Dukung Misi Eropa, tapi Tak Kirim Tentara",
        "Austria mendukung misi itu, tetapi tidak mengirim tentara.",
        "Moldova asks for allied air cover over its airports.",
        "Irlandia tetap terbuka untuk menempatkan pasukan di Ukraina.",
    ],
)
def test_refusing_asking_or_staying_open_is_no_commitment(text: str) -> None:
    assert _commitments(_run(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwegia akan memimpin misi pertahanan udara di atas Ukraina barat.",
            ("NOR", "reassure", "air"),
        ),
        (
            "Danish F-16 jets could join air policing over western Ukraine.",
            ("DNK", "reassure", "air"),
        ),
        (
            "Ceko akan meningkatkan produksi amunisi untuk Ukraina.",
            ("CZE", "regenerate", "industry"),
        ),
        (
            "He says the coalition will deliver artillery ammunition this winter.",
            ("COTW", "regenerate", "equipment"),
        ),
        (
            "Slovakia will host 2,000 coalition troops as part of the support layer.",
            ("SVK", "support", None),
        ),
    ],
)
def test_contributions_in_plain_phrasing(text: str, expected: tuple[Any, ...]) -> None:
    assert _commitments(_rules(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Ireland is ready to send instructors to train Ukrainian crews, the minister said, "
        "adding that Iceland had made a similar offer.",
        "Irlandia siap mengirim instruktur untuk melatih tentara Ukraina. Islandia menawarkan "
        "hal serupa.",
    ],
)
def test_a_similar_offer_repeats_the_commitment_for_its_party(text: str) -> None:
    assert _commitments(_run(text)) == {
        ("IRL", "regenerate", "training"),
        ("ISL", "regenerate", "training"),
    }


def test_a_headline_commitment_gives_way_to_the_body() -> None:
    result = _run(
        "Ireland ready to send personnel, says Taoiseach\n\nDUBLIN - Ireland is ready to send "
        "personnel to help train Ukrainian soldiers in Britain, the Taoiseach said."
    )
    assert _commitments(result) == {("IRL", "regenerate", "training")}
    assert all(i.start > result.text.index("\n") for i in result.of_type("commitment"))


def test_a_headline_commitment_the_body_does_not_touch_stays() -> None:
    result = _run(
        "Ireland ready to send personnel\n\nDUBLIN - The government met on Monday to "
        "discuss the budget."
    )
    assert _commitments(result) == {("IRL", "reassure", "land")}


# --- sizes of a meeting -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met in Madrid on Tuesday. Officials said 24 countries attended, 11 of them at "
        "head of government level.",
        "Leaders met in Madrid on Tuesday. Officials said 24 countries were represented, 11 of "
        "them by heads of state or government.",
    ],
)
def test_heads_counted_among_the_countries_present(text: str) -> None:
    meeting = _meeting(_run(text))
    assert (meeting["countries_count"], meeting["heads_count"]) == (24, 11)


def test_a_size_stated_far_on_counts_when_it_points_back_at_the_meeting() -> None:
    result = _run(
        "Envoys briefed allies in a video call on Monday. The draft leaves Donbas to leaders. "
        "Kyiv has refused to withdraw. Britain has said it will send troops. Spain said "
        "nothing. Advisers from 12 countries took part in the call."
    )
    assert _meeting(result)["countries_count"] == 12


def test_a_size_stated_far_on_without_pointing_back_is_not_the_meetings() -> None:
    result = _run(
        "Envoys briefed allies in a video call on Monday. The draft leaves Donbas to leaders. "
        "Kyiv has refused to withdraw. Britain has said it will send troops. Spain said "
        "nothing. Advisers from 12 countries took part in drills."
    )
    assert _meeting(result)["countries_count"] is None


def test_what_a_fund_is_for_is_not_given_besides() -> None:
    result = _run(
        "Norway will contribute $200 million to a fund that helps Ukraine buy equipment and "
        "rebuild its defence industry."
    )
    assert _commitments(result) == {("NOR", "regenerate", "funding")}


def test_funding_and_what_it_buys_in_one_breath_are_both_given() -> None:
    result = _run("Germany has promised to fund air defence for Ukraine.")
    assert _commitments(result) == {
        ("DEU", "regenerate", "funding"),
        ("DEU", "regenerate", "equipment"),
    }


def test_a_headline_summing_up_the_bodys_contribution_gives_no_second_party() -> None:
    result = _run(
        "Koalisi Bahas Misi Udara, Belgia Siap Kirim F-16\n\nBRUSEL - Belgia siap mengirim "
        "empat jet tempur F-16 untuk misi pengawasan udara di atas Ukraina."
    )
    assert {p for p, _, _ in _commitments(result)} == {"BEL"}


# --- conditions -------------------------------------------------------------------------


def _conditions(result: Extraction) -> set[tuple[Any, ...]]:
    return _values(result, "condition", "code")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Italy will send engineers once the fighting stops.", "ceasefire"),
        ("Italia siap mengirim insinyur setelah pertempuran berhenti.", "ceasefire"),
        ("Italia siap mengirim 800 tentara, asalkan gencatan senjata tercapai.", "ceasefire"),
        (
            "Rome said its offer depended on a vote in the Senate and on a credible US backstop.",
            "us-backstop",
        ),
        (
            "Rome would decide on troops only after the shape of the U.S. backstop was known.",
            "us-backstop",
        ),
    ],
)
def test_conditions_in_plain_phrasing(text: str, code: str) -> None:
    assert (code,) in _conditions(_run(text))


def test_a_parliament_is_not_the_place_the_forces_go() -> None:
    result = _run(
        "Danish F-16 jets could join air policing over western Ukraine, subject to a "
        "parliamentary vote."
    )
    assert _conditions(result) == {("parliament:DNK",)}


def test_a_parliament_is_the_state_the_sentence_before_spoke_of() -> None:
    result = _run(
        "Denmark will send a frigate to the Black Sea, the minister said. He said the offer "
        "depended on parliamentary approval."
    )
    assert ("parliament:DNK",) in _conditions(result)


# --- people -----------------------------------------------------------------------------


def _people(result: Extraction) -> set[tuple[Any, ...]]:
    return _values(result, "person", "name", "role", "party")


@pytest.mark.parametrize(
    "text",
    [
        "Rusia melalui juru bicara Kremlin, Dmitry Peskov, kembali menolak usulan itu.",
        "The proposal was rejected by Kremlin spokesman Dmitry Peskov on Monday.",
    ],
)
def test_a_role_in_lower_case_sets_off_the_name(text: str) -> None:
    assert _people(_run(text)) == {("Dmitry Peskov", "Spokesperson", "RUS")}


def test_a_middle_initial_is_part_of_the_name() -> None:
    result = _run("Menteri Pertahanan Norwegia, Tore O. Sandvik, mengatakan negaranya siap.")
    assert _people(result) == {("Tore O. Sandvik", "Defence Minister", "NOR")}


def test_dan_ends_a_name_in_english_but_joins_in_indonesian() -> None:
    english = _run("Romania will host troops, President Nicusor Dan said on Wednesday.")
    assert _people(english) == {("Nicusor Dan", "President", "ROU")}
    indonesian = _run("Presiden Rumania Nicusor Dan Perdana Menteri Moldova bertemu di Kyiv.")
    assert ("Nicusor Dan", "President", "ROU") not in _people(indonesian)
