"""Phrasing classes found when the fourth sealed set became development text, for
commitments, figures, counts, people and meetings: sums given with a plain verb of giving,
crews and medics counted as personnel, aircraft named by their model, heads counted "at
the level of" a head of state, roles named without a country, and pledges phrased in the
passive, shared, or in a list of questions and answers. Every text here is written for
these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import commitments as _commitments
from .phrasing import counts as _counts
from .phrasing import people as _people

DAY = dt.date(2026, 5, 20)


def _run(text: str) -> Extraction:
    return extract(text, published=DAY)


def _rules(text: str) -> Extraction:
    """The rules alone: commitment probes pin the rules' own reading (the learned commitment
    model reads words, not structure; its probes are in test_learned_commitments.py)."""
    return extract(text, published=DAY, model=False)


def _figures(result: Extraction) -> set[tuple[Any, ...]]:
    return {
        (i.value["kind"], i.value["value"], i.value["measure"]) for i in result.of_type("figure")
    }


# --- figures: sums given with a plain verb of giving are funding ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "adds ... to its support"
        ("Sweden adds 300 million kronor to its support for Ukrainian shipyards.", 300000000),
        # "berjanji memberikan ... untuk"
        ("Korea berjanji memberikan 200 juta dolar AS untuk pabrik amunisi Ukraina.", 200000000),
        # "will provide ... towards"
        (
            "The Government will provide €40 million next year towards medical supplies for "
            "the Ukrainian army.",
            40000000,
        ),
        # a cost borne, the sum stated after "masing-masing sebesar"
        (
            "Belgia dan Austria menanggung biaya perbaikan kapal Ukraina, masing-masing sebesar "
            "50 juta euro.",
            50000000,
        ),
    ],
)
def test_a_sum_given_with_a_plain_verb_is_funding(text: str, expected: int) -> None:
    assert ("money", expected, "funding") in _figures(_run(text))


def test_a_named_aid_package_stays_military_aid_beside_a_verb_of_giving() -> None:
    found = _figures(_run("Austria akan menambah bantuan militer senilai 2 miliar euro."))
    assert ("money", 2000000000, "military_aid") in found


# --- figures: personnel in other words, aircraft named by their model ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland will send about 90 sailors with the ship.", ("troops", 90, None)),
        ("Italia akan mengirim 80 tenaga medis militer ke Ukraina.", ("troops", 80, None)),
        ("Greece offered 40 army medics for the field hospital.", ("troops", 40, None)),
        (
            "Denmark will contribute two C-130J transport aircraft to the force.",
            ("aircraft", 2, None),
        ),
        (
            "Norway will also send three P-8 Poseidon maritime aircraft to Romania.",
            ("aircraft", 3, None),
        ),
    ],
)
def test_personnel_and_aircraft_in_other_words(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _figures(_run(text))


# --- counts: heads "at the level of" a head of state ------------------------------------


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            "Officials said 29 countries were present, 18 of them at the level of head of state "
            "or government.",
            18,
        ),
        ("Twenty-five countries took part, 12 of them by a head of state or government.", 12),
        (
            "Sebanyak 30 negara hadir, 17 di antaranya di tingkat kepala negara atau pemerintahan.",
            17,
        ),
    ],
)
def test_heads_at_the_level_of_a_head_of_state(text: str, heads: int) -> None:
    found = _counts(_run(text))
    assert ("heads", heads) in found
    assert ("countries", heads) not in found


# --- people: roles named without a country ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state that opens what the person says
        (
            "Menteri Pertahanan, Agus Santoso, mengatakan Indonesia tidak akan mengirim pasukan.",
            ("Agus Santoso", "Defence Minister", "IDN"),
        ),
        (
            "Defence Minister Bill Blair said Canada would also send two patrol aircraft.",
            ("Bill Blair", "Defence Minister", "CAN"),
        ),
        (
            "Foreign Minister Ann Linde told reporters that Sweden would pay for the training.",
            ("Ann Linde", "Foreign Minister", "SWE"),
        ),
        # a capital that sets the scene
        (
            "In Tokyo, a foreign ministry spokesman, Toshihiro Kitamura, said talks must go on.",
            ("Toshihiro Kitamura", "Spokesperson", "JPN"),
        ),
        # an initial before the name; a state's name as a surname
        (
            "Chile's foreign minister, R. Klaveren, said Santiago would stay out.",
            ("R. Klaveren", "Foreign Minister", "CHL"),
        ),
        (
            "Perdana Menteri Portugal Luís Montenegro mengatakan negaranya akan membantu.",
            ("Luís Montenegro", "Prime Minister", "PRT"),
        ),
    ],
)
def test_roles_named_without_a_country(text: str, expected: tuple[Any, ...]) -> None:
    found = _people(_run(text))
    assert expected in found, found


def test_a_state_in_a_persons_name_is_no_party() -> None:
    found = _run(
        "Prime Minister Luís Montenegro spoke first. Later Montenegro said the force would be "
        "ready by spring."
    )
    assert "MNE" not in {i.value["code"] for i in found.of_type("party")}


# --- commitments: the passive with "by the", shared duties, patrols, hand-overs ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two "by" groups, the second with "the"
        (
            "A corvette is to be supplied by Denmark, and two patrol boats will be provided by "
            "the Netherlands, the minister said.",
            {("DNK", "reassure", "sea"), ("NLD", "reassure", "sea")},
        ),
        # a duty shared by several states
        (
            "Fighter patrols over eastern Ukraine are to be shared by Norway, Belgium and "
            "Portugal in turns.",
            {("NOR", "reassure", "air"), ("BEL", "reassure", "air"), ("PRT", "reassure", "air")},
        ),
        # assets from two states that will patrol
        (
            "Kapal perang dari Italia dan Yunani akan berpatroli di Laut Hitam.",
            {("ITA", "reassure", "sea"), ("GRC", "reassure", "sea")},
        ),
        # a supply ship is a ship
        (
            "Norway will send a frigate and a logistics ship to the task group.",
            {("NOR", "reassure", "sea")},
        ),
        # what transport aircraft carry is not given
        (
            "Portugal will provide three transport aircraft to carry the force's ammunition and "
            "spare parts.",
            {("PRT", "support", "logistics")},
        ),
        # watching from the air is monitoring; the United States as backstop
        (
            "Washington will back the mission with satellite data and air surveillance.",
            {("USA", "backstop", "intelligence"), ("USA", "backstop", "monitoring")},
        ),
        # air-defence batteries named by their make
        (
            "Spain will contribute two NASAMS batteries to protect the force.",
            {("ESP", "reassure", "air")},
        ),
        # handed over to Ukraine: equipment
        (
            "Belanda akan menyerahkan satu baterai Patriot kepada Ukraina bulan depan.",
            {("NLD", "regenerate", "equipment")},
        ),
        # sums for the makers of arms
        (
            "Sweden adds 400 million kronor to its fund for Ukrainian arms makers.",
            {("SWE", "regenerate", "funding"), ("SWE", "regenerate", "industry")},
        ),
    ],
)
def test_pledges_in_the_fourth_sets_phrasings(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = _commitments(_rules(text))
    assert found == expected, found


@pytest.mark.parametrize(
    ("text", "party", "wrong"),
    [
        # a neighbour hosting the force's planes at a base of its own supports
        (
            "Slovakia will host the coalition's tanker aircraft at its Sliač air base.",
            "SVK",
            ("SVK", "reassure", "air"),
        ),
        (
            "Romania will keep its ports, railways and depots available to the multinational "
            "force.",
            "ROU",
            ("ROU", "reassure", "air"),
        ),
    ],
)
def test_a_host_nation_serving_the_force_at_home_supports(
    text: str, party: str, wrong: tuple[str, str, str]
) -> None:
    found = _commitments(_run(text))
    assert any(c[0] == party and c[1] == "support" for c in found), found
    assert wrong not in found


# --- commitments: what gives nothing, or gives to someone else --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a question
        "Will Italy send ground troops to Ukraine?",
        # hedged and undecided
        'Austria "is looking at" sending an engineer battalion.',
        "Ireland could consider a naval contribution next year.",
        "Swiss ground troops remain a separate question, the president said.",
        "Hongaria masih menimbang pengiriman satu batalion zeni.",
        # the departure of troops that depends on something is a condition, not a pledge
        "Keberangkatan pasukan darat koalisi bergantung pada jaminan dukungan udara Amerika.",
        # troops of others
        "Beijing warned that sending foreign troops into Ukraine would only prolong the war.",
    ],
)
def test_questions_hedges_and_foreign_troops_give_nothing(text: str) -> None:
    assert not _commitments(_rules(text))


def test_the_state_an_aircraft_flies_from_is_not_the_giver() -> None:
    found = _commitments(
        _run(
            "Defence Minister Anita Lund said Sweden will send two patrol aircraft to fly "
            "from Poland."
        )
    )
    assert ("SWE", "reassure", "air") in found
    assert not any(c[0] == "POL" for c in found)


def test_who_reports_a_pledge_does_not_give_it() -> None:
    found = _commitments(
        _rules(
            "Presiden Amerika Serikat Donald Trump tidak hadir. Ia bergabung lewat video dan, "
            "menurut seorang diplomat Italia, menjanjikan dukungan intelijen bagi pasukan itu."
        )
    )
    assert ("ITA", "backstop", "intelligence") not in found
    assert not any(c[0] == "ITA" for c in found)


def test_a_place_before_a_comma_and_a_name_before_a_comma_are_not_givers() -> None:
    found = _commitments(
        _rules("Jerman akan menempatkan pasukan di Ukraina, Belgia menyiapkan jet tempur F-16.")
    )
    assert ("BEL", "reassure", "air") in found
    assert not any(c[0] == "UKR" for c in found)
    found = _commitments(
        _rules("Dalam rapat para menteri koalisi, Korea Selatan berjanji mendanai pelatihan.")
    )
    assert not any(c[0] == "COTW" for c in found)
    assert ("KOR", "regenerate", "funding") in found


def test_units_of_an_air_defence_phrase_are_not_ground_troops() -> None:
    found = _commitments(_run("Norway is ready to station air defence units in eastern Poland."))
    assert not any(c[2] == "land" for c in found), found


def test_what_money_pays_for_through_a_pronoun_clause_is_not_trained() -> None:
    found = _commitments(_rules("Finland will pay for the ammunition they train with."))
    assert ("FIN", "regenerate", "funding") in found
    assert ("FIN", "regenerate", "training") not in found


@pytest.mark.parametrize(
    "text",
    [
        # the new cues ("patrol", "shared", "back", "hand over") do not report others' acts
        "Russian jets will patrol over the Black Sea, Moscow said.",
        "Kapal Rusia berpatroli di Laut Hitam sejak pekan lalu.",
        "Ukraine shared intelligence with Poland about drones.",
        "France backs a ceasefire and will back any peace deal.",
        "Russia will hand over the bodies of soldiers to Ukraine.",
        "Russian missiles hit railways and depots in western Ukraine.",
        "The question of British air cover remains open, officials said.",
    ],
)
def test_the_new_cues_do_not_report_others_acts_as_pledges(text: str) -> None:
    assert not _commitments(_run(text))


# --- meetings: gatherings, references by place, hosts as appositions, live blogs --------


def _meetings(text: str, day: dt.date = DAY) -> list[dict[str, Any]]:
    return [i.value for i in extract(text, published=day).of_type("meeting")]


@pytest.mark.parametrize(
    "text",
    [
        "In Rome, a spokesman said Italy backed every effort that could lead to peace talks.",
        "Turki menyerukan perundingan baru antara Rusia dan Ukraina.",
    ],
)
def test_talks_named_as_a_goal_are_no_meeting(text: str) -> None:
    assert not _meetings(text)


def test_leaders_gathering_with_one_joining_by_phone_is_hybrid() -> None:
    found = _meetings(
        "3 March 2026 - Leaders gather in Oslo. The German chancellor joins by phone and "
        "says Berlin will pay for training.",
        dt.date(2026, 3, 20),
    )
    assert [(m["date"], m["place"], m["format"]) for m in found] == [
        ("2026-03-03", "Oslo", "hybrid")
    ]


def test_the_meeting_named_by_its_place_on_a_later_line_is_the_same_meeting() -> None:
    text = (
        "5 March 2026 - Ministers meet in Riga.\n\n"
        "6 March 2026 - Officials say 29 delegations attended the Riga meeting."
    )
    found = _meetings(text, dt.date(2026, 3, 20))
    assert [(m["date"], m["place"], m["countries_count"]) for m in found] == [
        ("2026-03-05", "Riga", 29)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Para menteri pertahanan bertemu di Brussel, Selasa. Belgia selaku tuan rumah "
        "menawarkan dua kapal.",
        "Defence ministers met in Brussels on Tuesday. Belgium, as host, offered two ships.",
    ],
)
def test_the_host_named_as_such_outranks_the_places_country(text: str) -> None:
    assert [m["host"] for m in _meetings(text)] == ["BEL"]


def test_a_city_in_its_indonesian_spelling_is_a_place() -> None:
    # given out under its English name, as in reports of either language
    found = _meetings("Para pemimpin koalisi bertemu di Lisabon pada Selasa.")
    assert [(m["place"], m["host"]) for m in found] == [("Lisbon", "PRT")]


def test_a_live_blogs_meeting_of_today_is_the_summit_in_its_headline() -> None:
    text = (
        "Live: coalition summit in Oslo\n\n"
        "Wednesday 20 May 2026\n\n"
        "09:10 CET - Leaders are arriving, and Norway's prime minister will chair today's "
        "meeting\n\n"
        "09:40 CET - The Canadian prime minister will take part by video link, his office "
        "says\n\n"
        "15:00 CET - The Norwegian government says 30 countries attended"
    )
    found = _meetings(text)
    assert [(m["date"], m["place"], m["format"]) for m in found] == [
        ("2026-05-20", "Oslo", "hybrid")
    ]


# --- a second round of new sentences: units, ports, production, sums with a sign --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal has offered to send a company of paratroopers.", {("PRT", "reassure", "land")}),
        (
            "Bulgaria will open its ports to the coalition ships.",
            {("BGR", "support", "logistics")},
        ),
        (
            "Denmark will finance the production of artillery shells in Ukraine.",
            {("DNK", "regenerate", "funding"), ("DNK", "regenerate", "industry")},
        ),
        (
            "Latvia pledged €15 million, its prime minister said.",
            {("LVA", "regenerate", "funding")},
        ),
    ],
)
def test_units_ports_production_and_signed_sums(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _commitments(_rules(text)) == expected


def test_a_signed_sum_only_valued_is_not_given() -> None:
    found = _commitments(_run("The package is worth €1.2 billion, and Spain will send a frigate."))
    assert found == {("ESP", "reassure", "sea")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Erna Berg said Norway would pay 1.5 billion kroner.", "funding"),
    ],
)
def test_a_sum_paid_is_funding(text: str, expected: str) -> None:
    assert any(f[0] == "money" and f[2] == expected for f in _figures(_run(text)))


def test_heads_as_those_who_represented_a_part_of_the_countries() -> None:
    text = "Sebanyak 26 negara hadir, 14 di antaranya diwakili kepala pemerintahan."
    assert ("heads", 14) in _counts(_run(text))


# --- a third round: partners named after the giver, a cost borne in the passive ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey will lead the demining of the Black Sea together with Romania and Bulgaria.",
            {("TUR", "reassure", "sea"), ("ROU", "reassure", "sea"), ("BGR", "reassure", "sea")},
        ),
        (
            "Turki akan memimpin pembersihan ranjau dengan bantuan kapal-kapal Rumania.",
            {("TUR", "reassure", "sea"), ("ROU", "reassure", "sea")},
        ),
        (
            "Pelatihan pilot F-16 akan dibiayai oleh Norwegia dan Denmark.",
            {
                ("NOR", "regenerate", "training"),
                ("NOR", "regenerate", "funding"),
                ("DNK", "regenerate", "training"),
                ("DNK", "regenerate", "funding"),
            },
        ),
    ],
)
def test_partners_and_costs_borne(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _commitments(_run(text)) == expected


def test_a_partner_after_a_reporting_verb_does_not_give() -> None:
    found = _commitments(
        _run("Britain will send troops, the minister said after talks together with France.")
    )
    assert found == {("GBR", "reassure", "land")}


def test_personnel_named_by_their_trade_are_counted() -> None:
    text = "New Zealand will send a transport aircraft and 40 logistics personnel."
    assert ("troops", 40, None) in _figures(_run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's ambassador, Oksana Markarova, told the committee that Kyiv welcomed it.",
            ("Oksana Markarova", "Ambassador", "UKR"),
        ),
        (
            "NATO's secretary general, Mark Rutte, said the alliance would help.",
            ("Mark Rutte", "Secretary General", "NATO"),
        ),
    ],
)
def test_roles_in_lower_case_set_off_by_commas(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(_run(text))


@pytest.mark.parametrize(
    "text",
    [
        "British troops will deploy alongside Ukrainian forces near Kyiv.",
        "France will send instructors to train soldiers together with Ukraine's army.",
    ],
)
def test_ukraine_beside_the_giver_is_who_the_force_is_for(text: str) -> None:
    found = _commitments(_run(text))
    assert found
    assert not any(c[0] == "UKR" for c in found), found


def test_a_minister_in_copy_from_a_capital_speaking_of_another_state_is_the_capitals() -> None:
    text = "STOCKHOLM, May 3 - Defence Minister Nils Ekberg said Russia would never win the war."
    assert ("Nils Ekberg", "Defence Minister", "SWE") in _people(_run(text))


# --- a fourth round: model names with a number, crews, Canadian and Australian dollars ---


def test_a_number_in_a_models_name_is_not_a_figure() -> None:
    found = _figures(_run("Sweden offered six JAS 39 Gripen fighters and 120 air force personnel."))
    assert found == {("aircraft", 6, None), ("troops", 120, None)}


def test_a_crew_is_personnel() -> None:
    found = _figures(_run("Norwegia menyiapkan dua kapal fregat kelas Nansen dan 300 awak."))
    assert ("troops", 300, None) in found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Canada will provide C$500 million for drones.", "CAD"),
        ("Australia adds A$100 million.", "AUD"),
    ],
)
def test_dollars_written_with_their_states_sign(text: str, unit: str) -> None:
    units = {i.value["unit"] for i in _run(text).of_type("figure") if i.value["kind"] == "money"}
    assert units == {unit}
