"""Releasability of scenarios and their results, on the shipped data set.

In `cotw-ukraine-2026` these are hidden from Poland (among others): the lines `R-X-SOF` and
`R-X-CHQ-PROTECT`, the location `UKR-KYIV-CHQ`, the capability `sof-task-group`, the
condition `roe-agreed` and the pledges `P-GBR-sof-task-group-national`,
`P-FRA-mech-inf-bn-national` and `P-DEU-mech-inf-bn-national`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import Result

from willing.domain.errors import NotFound, ValidationFailure
from willing.domain.labels import PUBLIC, Classification
from willing.scenarios import service
from willing.scenarios.definition import Scenario, parse_scenario
from willing.scenarios.results import list_results, read_result
from willing.scenarios.stored import all_scenarios, count_stored, find_scenario, save_scenario
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

from .test_scenario_cli import APP, RUNNER

SHIPPED = "cotw-ukraine-2026"
HIDDEN_FROM_POL = {
    "requirements": {"R-X-SOF", "R-X-CHQ-PROTECT"},
    "locations": {"UKR-KYIV-CHQ"},
    "capabilities": {"sof-task-group"},
    "conditions": {"roe-agreed"},
    "pledges": {
        "P-GBR-sof-task-group-national",
        "P-FRA-mech-inf-bn-national",
        "P-DEU-mech-inf-bn-national",
    },
}
KINDS = tuple(HIDDEN_FROM_POL)

GBR_SECRET = """\
id: gbr-secret
title: Top secret title
description: Top secret description
conditions: {roe-agreed: failed}
withdraw_pledges: [P-GBR-sof-task-group-national]
requirements:
  - {id: R-X-SOF, quantity: 2}
"""


@pytest.fixture
def shipped_db(tmp_path: Path) -> str:
    """A fresh SQLite file holding the shipped data set (tests here store scenarios)."""
    url = f"sqlite:///{tmp_path / 'willing.db'}"
    store = Store.open(url)
    store.write(read_source(SHIPPED), actor="test")
    store.close()
    return url


@pytest.fixture
def store(shipped_db: str) -> Iterator[Store]:
    opened = Store.open(shipped_db)
    yield opened
    opened.close()


def invoke(*args: str) -> Result:
    return RUNNER.invoke(APP, list(args), env={"COLUMNS": "400"})


def ok(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, f"{args}: {result.output}\n{result.exception!r}"
    return result.output


def failure(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code != 0, f"{args} should fail: {result.output}"
    return f"{result.output}\n{result.exception}"


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def hidden_ids(store: Store, party: str) -> set[str]:
    """Every id of the named kinds the administrator sees and `party` does not."""
    admin = Registry(store, Viewer.admin())
    viewer = Registry(store, Viewer(party, Role.PLANNER))
    out: set[str] = set()
    for kind in KINDS:
        out |= {r.id for r in admin.list(kind)} - {r.id for r in viewer.list(kind)}
    return out


def named(ids: set[str], text: str) -> set[str]:
    """The ids of `ids` that appear in `text` as whole ids."""
    return {i for i in ids if re.search(rf"(?<![\w:-]){re.escape(i)}(?![\w:-])", text)}


# --- finding 1: stored scenarios carry a label and are filtered -------------------------


def test_a_national_scenario_is_unknown_to_other_viewers(
    shipped_db: str, store: Store, tmp_path: Path
) -> None:
    db = ["--db", shipped_db]
    path = _write(tmp_path, "gbr.yaml", GBR_SECRET)
    ok("scenario", "save", path, "--as", "GBR", "--role", "planner", *db)
    stored = find_scenario(Registry(store, Viewer("GBR", Role.PLANNER)), "gbr-secret")
    assert stored.label is not None
    assert stored.label.classification is Classification.NATIONAL
    assert (stored.label.owner, stored.label.releasable_to) == ("GBR", ["GBR"])

    as_gbr = ok("scenario", "list", "--json", "--as", "GBR", *db)  # tables may fold the title
    assert "Top secret title" in as_gbr
    for out in (
        ok("scenario", "list", "--as", "POL", *db),
        ok("scenario", "list", "--json", "--as", "POL", *db),
    ):
        assert "gbr-secret" not in out
        assert "Top secret" not in out

    secret = ("gbr-secret", "--as", "POL", *db)
    nope = ("no-such-scenario", "--as", "POL", *db)
    for command in (["scenario", "show"], ["scenario", "compare", "baseline"]):
        hidden = failure(*command, *secret)
        unknown = failure(*command, *nope)
        assert "no scenario 'gbr-secret'" in hidden
        assert hidden.replace("gbr-secret", "X") == unknown.replace("no-such-scenario", "X")
        assert not named(HIDDEN_FROM_POL["pledges"] | {"roe-agreed", "R-X-SOF"}, hidden)
        assert "Top secret" not in hidden
    for command in (["montecarlo", "-n", "5"], ["criticality"], ["sensitivity", "ceasefire"]):
        out = failure(*command, "--scenario", *secret, "--no-store")
        assert "no scenario 'gbr-secret'" in out
        assert "roe-agreed" not in out


def test_error_messages_do_not_name_hidden_records_of_a_visible_scenario(
    store: Store, tmp_path: Path
) -> None:
    gbr = Registry(store, Viewer("GBR", Role.PLANNER))
    shared = parse_scenario(
        {
            "id": "gbr-shared",
            "conditions": {"roe-agreed": "failed"},
            "withdraw_pledges": ["P-GBR-sof-task-group-national"],
            "requirements": [{"id": "R-X-SOF", "quantity": 2}],
            "label": {"classification": "COALITION", "releasable_to": ["COTW"]},
        }
    )
    save_scenario(gbr, shared)
    poland = Registry(store, Viewer("POL", Role.PLANNER))
    found = find_scenario(poland, "gbr-shared")  # released to the coalition
    for run in (
        lambda: service.compare(poland, ["baseline", "gbr-shared"]),
        lambda: service.montecarlo(poland, found, 5, 1),
        lambda: service.rank(poland, found),
    ):
        with pytest.raises(ValidationFailure) as caught:
            run()
        text = str(caught.value)
        assert "refers to 3 records that are unknown or not released to you" in text
        assert not named(hidden_ids(store, "POL"), text)
        assert "withdraw_pledges" not in text  # not even where they are
    # GBR itself runs it
    assert service.compare(gbr, ["baseline", "gbr-shared"])["scenarios"][1] == "gbr-shared"


def test_list_and_show_leave_out_what_a_visible_scenario_names_but_the_viewer_may_not_see(
    shipped_db: str, store: Store, tmp_path: Path
) -> None:
    text = GBR_SECRET.replace("gbr-secret", "gbr-shared") + (
        "add_pledges:\n"
        "  - {id: P-GBR-h1, party: GBR, capability: mech-inf-bn, quantity: 1,"
        " layers: [reassure], conditions: [roe-agreed]}\n"
        "  - {id: P-GBR-h2, party: GBR, capability: mech-inf-bn, quantity: 1,"
        " layers: [reassure]}\n"
        "label: {classification: COALITION, releasable_to: [COTW]}\n"
    )
    db = ["--db", shipped_db]
    ok("scenario", "save", _write(tmp_path, "s.yaml", text), "--as", "GBR", *db)
    hidden = hidden_ids(store, "POL") | {"P-GBR-h1"}
    for args in (["scenario", "list"], ["scenario", "show", "gbr-shared"]):
        for extra in ([], ["--json"]):
            out = ok(*args, *extra, "--as", "POL", *db)
            assert "gbr-shared" in out
            assert "P-GBR-h2" in out or (args[1] == "list" and not extra)  # table: no pledges
            assert not named(hidden, out), named(hidden, out)
    assert "P-GBR-h1" in ok("scenario", "show", "gbr-shared", "--as", "GBR", *db)


def test_labels_default_by_viewer_and_are_checked(store: Store) -> None:
    admin = Registry(store, Viewer.admin())
    poland = Registry(store, Viewer("POL", Role.PLANNER))
    germany = Registry(store, Viewer("DEU", Role.PLANNER))
    save_scenario(admin, parse_scenario({"id": "open", "title": "for all"}))
    assert find_scenario(poland, "open").label == PUBLIC
    save_scenario(poland, parse_scenario({"id": "pol-only"}))
    assert "pol-only" not in [s.id for s in all_scenarios(germany)]
    with pytest.raises(NotFound):
        find_scenario(germany, "pol-only")

    # an explicit label must be the saver's own and readable by it
    with pytest.raises(ValidationFailure, match="label.owner"):
        save_scenario(
            poland,
            parse_scenario({"id": "p2", "label": {"classification": "NATIONAL", "owner": "DEU"}}),
        )
    nobody = Registry(store, Viewer(None, Role.ANALYST))  # sees public records only
    with pytest.raises(ValidationFailure, match="could not see"):
        save_scenario(
            nobody,
            parse_scenario(
                {"id": "p2", "label": {"classification": "NATIONAL", "releasable_to": ["POL"]}}
            ),
        )
    with pytest.raises(ValidationFailure, match="label"):
        parse_scenario({"id": "p3", "label": {"classification": "SECRET"}})
    with pytest.raises(ValidationFailure, match="unknown party 'ATL'"):
        save_scenario(
            admin,
            parse_scenario(
                {"id": "p4", "label": {"classification": "COALITION", "releasable_to": ["ATL"]}}
            ),
        )
    with pytest.raises(ValidationFailure, match="unknown or not released to you"):
        save_scenario(
            poland,
            parse_scenario(
                {"id": "p4", "label": {"classification": "COALITION", "releasable_to": ["ATL"]}}
            ),
        )

    # another party's scenario (hidden or not) is never replaced: Germany's own scenario of
    # the same id is stored beside it, in Germany's namespace, in the same way either way
    shared = {
        "id": "pol-shared",
        "label": {"classification": "COALITION", "releasable_to": ["COTW"]},
    }
    save_scenario(poland, parse_scenario(shared))
    before = count_stored(admin)
    for sid in ("pol-only", "pol-shared"):
        save_scenario(germany, parse_scenario({"id": sid, "title": "mine now"}))
        assert find_scenario(germany, sid).title == "mine now"  # its own comes first
        assert find_scenario(germany, sid).label.owner == "DEU"  # type: ignore[union-attr]
    assert count_stored(admin) == before + 2
    assert find_scenario(poland, "pol-only").title == ""
    assert find_scenario(poland, "pol-shared").title == ""
    assert [s.id for s in all_scenarios(germany)].count("pol-shared") == 2  # its own, Poland's
    assert [s.id for s in all_scenarios(poland)].count("pol-only") == 1
    save_scenario(poland, parse_scenario({"id": "pol-only", "title": "again"}))  # its own
    assert find_scenario(poland, "pol-only").title == "again"
    assert count_stored(admin) == before + 2

    # a viewer without a party saves public scenarios: an administrator's public one of the
    # same id (which he sees) is taken; nobody's id clashes with a hidden one
    save_scenario(nobody, parse_scenario({"id": "pol-only", "title": "public"}))
    assert find_scenario(nobody, "pol-only").title == "public"
    with pytest.raises(ValidationFailure, match="already taken; choose another"):
        save_scenario(nobody, parse_scenario({"id": "open", "title": "mine now"}))


def test_stored_results_follow_the_scenario_and_the_run(
    shipped_db: str, store: Store, tmp_path: Path
) -> None:
    db = ["--db", shipped_db]
    ok("scenario", "save", _write(tmp_path, "gbr.yaml", GBR_SECRET), "--as", "GBR", *db)
    fast = ["--executor", "serial", "--json"]
    gbr_run = json.loads(
        ok("montecarlo", "-s", "gbr-secret", "-n", "20", *fast, "--as", "GBR", *db)
    )["result"]
    gbr_rank = json.loads(
        ok("criticality", "-s", "gbr-secret", "--pledges", "2", *fast, "--as", "GBR", *db)
    )["result"]
    pol_run = json.loads(ok("montecarlo", "-n", "20", *fast, "--as", "POL", *db))["result"]
    admin_run = json.loads(ok("montecarlo", "-n", "20", *fast, *db))["result"]

    def seen(registry: Registry) -> set[str]:
        listed = {r["id"] for r in list_results(registry)}
        assert listed == {
            rid
            for rid in (gbr_run, gbr_rank, pol_run, admin_run)
            if read_result(registry, rid) is not None
        }
        return listed

    assert seen(Registry(store, Viewer.admin())) == {gbr_run, gbr_rank, pol_run, admin_run}
    assert seen(Registry(store, Viewer("GBR", Role.PLANNER))) == {gbr_run, gbr_rank}
    assert seen(Registry(store, Viewer("POL", Role.LIAISON))) == {pol_run}
    assert seen(Registry(store, Viewer("DEU", Role.LIAISON))) == set()

    # the command reads through the same filter: a hidden result is an unknown one
    def listed(*viewer: str) -> set[str]:
        return {r["id"] for r in json.loads(ok("scenario", "results", "--json", *viewer, *db))}

    assert listed() == {gbr_run, gbr_rank, pol_run, admin_run}
    assert listed("--as", "GBR") == {gbr_run, gbr_rank}
    assert listed("--as", "POL") == {pol_run}
    assert listed("--as", "DEU") == set()
    table = ok("scenario", "results", "--as", "POL", *db)
    assert pol_run in table
    assert not {gbr_run, gbr_rank, admin_run} & set(re.findall(r"[a-z]+-[0-9a-f]{12}", table))
    assert "gbr-secret" not in table
    assert json.loads(ok("scenario", "results", pol_run, "--json", "--as", "POL", *db))
    assert "Top secret" in ok("scenario", "results", gbr_run, "--json", "--as", "GBR", *db)
    unknown = failure("scenario", "results", "montecarlo-000000000000", "--as", "POL", *db)
    for hidden in (gbr_run, gbr_rank, admin_run):
        for extra in ([], ["--json"]):
            out = failure("scenario", "results", hidden, *extra, "--as", "POL", *db)
            assert out == unknown  # the same words, and the id given is not echoed
            assert hidden not in out
            assert "gbr-secret" not in out
    assert "no stored result" in unknown


# --- finding 2: a hypothetical pledge may not reuse any pledge id --------------------------


def test_an_added_pledge_clashes_only_with_pledges_the_viewer_sees(
    store: Store, tmp_path: Path, shipped_db: str
) -> None:
    """Hypothetical pledges join the viewer's own records, so a hidden pledge's id is free
    for him (it could otherwise tell him that the hidden pledge exists), a visible one not."""
    poland = Registry(store, Viewer("POL", Role.PLANNER))

    def scenario(pid: str) -> Scenario:
        return parse_scenario(
            {
                "id": "pol-new",
                "add_pledges": [
                    {
                        "id": pid,
                        "party": "POL",
                        "capability": "mech-inf-bn",
                        "quantity": 1,
                        "layers": ["reassure"],
                    }
                ],
            }
        )

    with pytest.raises(ValidationFailure, match="pledge id 'P-POL-fighter-1' is already taken"):
        save_scenario(poland, scenario("P-POL-fighter-1"))
    with pytest.raises(ValidationFailure):
        service.prepare(poland, scenario("P-POL-fighter-1"))  # a file given to compare, ...
    assert count_stored(poland) == 0
    hidden = "P-FRA-mech-inf-bn-national"
    save_scenario(poland, scenario(hidden))
    prep = service.prepare(poland, find_scenario(poland, "pol-new"))
    assert prep.problem.pledge_ids.count(hidden) == 1
    assert len(set(prep.problem.pledge_ids)) == len(prep.problem.pledge_ids)
    # the same scenario with a fresh id gives the same figures: the id tells nothing
    fresh = service.prepare(poland, scenario("P-POL-hypothetical-1"))
    assert sorted(fresh.problem.pledge_units.tolist()) == sorted(prep.problem.pledge_units.tolist())


# --- finding 3: no output names a hidden record --------------------------------------------


ADDED = "add_pledges: [{id: P-POL-h, party: POL, capability: %s, quantity: 1, layers: [reassure]"


@pytest.mark.parametrize(
    ("field", "hidden"),
    [
        ("conditions: {%s: met}", "roe-agreed"),
        ("probabilities: {%s: 0.5}", "roe-agreed"),
        ("withdraw_pledges: [%s]", "P-GBR-sof-task-group-national"),
        ("requirements: [{id: %s, quantity: 1}]", "R-X-SOF"),
        (ADDED % "mech-inf-bn" + ", conditions: [%s]}]", "roe-agreed"),
        (ADDED % "mech-inf-bn" + ", locations: [%s]}]", "UKR-KYIV-CHQ"),
        (ADDED % "%s" + "}]", "sof-task-group"),
    ],
)
def test_a_hidden_reference_in_a_file_is_rejected_like_an_unknown_one(
    shipped_db: str, store: Store, tmp_path: Path, field: str, hidden: str
) -> None:
    texts = []
    for value in (hidden, "no-such-record"):
        path = _write(tmp_path, "s.yaml", f"id: s\n{field % value}\n")
        texts.append(
            [
                failure("scenario", "compare", "baseline", path, "--as", "POL", "--db", shipped_db),
                failure("scenario", "save", path, "--as", "POL", "--db", shipped_db),
                failure(
                    "montecarlo",
                    "-s",
                    path,
                    "-n",
                    "5",
                    "--no-store",
                    "--as",
                    "POL",
                    "--db",
                    shipped_db,
                ),
            ]
        )
        assert not named(hidden_ids(store, "POL"), "\n".join(texts[-1]))
    assert texts[0] == texts[1]
    assert "unknown or not released to you" in texts[0][0]
    assert count_stored(Registry(store, Viewer.admin())) == 0


@pytest.mark.parametrize("party", ["POL", "DEU"])
def test_no_command_names_a_hidden_record(shipped_db: str, store: Store, party: str) -> None:
    hidden = hidden_ids(store, party)
    if party == "POL":
        assert all(ids <= hidden for ids in HIDDEN_FROM_POL.values())
    assert hidden
    db = ["--as", party, "--db", shipped_db]
    fast = ["--executor", "serial"]
    runs = [
        ["scenario", "list"],
        ["scenario", "show", "no-backstop"],
        ["scenario", "compare", "baseline", "no-backstop", "all-met"],
        ["montecarlo", "-s", "all-met", "-n", "50", "--bound", *fast],
        ["montecarlo", "-s", "baseline", "-n", "200", "--bound", *fast],
        ["criticality", "-s", "all-met", "--pledges", "200", "--top", "1000", *fast],
        ["criticality", "-s", "baseline", "--pledges", "50", "--top", "1000", *fast],
        ["sensitivity", "ceasefire", "-s", "all-met", "-n", "50", "--steps", "3", *fast],
        ["sensitivity", "us-backstop", "-n", "50", "--steps", "3", *fast],
    ]
    compared = json.loads(ok("scenario", "compare", "baseline", "all-met", "--json", *db))
    assert compared["lines"], "all-met should change some lines, hidden pledges included"
    for args in runs:
        for extra in ([], ["--json"]):
            out = ok(*args, *extra, *db)
            assert not named(hidden, out), f"{args} {extra} names {named(hidden, out)}"
    admin_rank = json.loads(
        ok(
            "criticality",
            "-s",
            "all-met",
            "--pledges",
            "200",
            "--json",
            *fast,
            "--no-store",
            "--db",
            shipped_db,
        )
    )["ranking"]
    # the computation used the hidden pledges: the administrator's ranking names some
    assert named(hidden, json.dumps(admin_rank))
    # stored results seen by the viewer name nothing hidden either
    viewer = Registry(store, Viewer(party, Role.LIAISON))
    for row in list_results(viewer):
        stored = read_result(viewer, row["id"])
        assert stored is not None
        assert not named(hidden, json.dumps(stored, default=str))
        for extra in ([], ["--json"]):
            out = ok("scenario", "results", row["id"], *extra, *db)
            assert not named(hidden, out), f"result {row['id']} {extra} names {named(hidden, out)}"
    assert list_results(viewer)
    for extra in ([], ["--json"]):
        assert not named(hidden, ok("scenario", "results", *extra, *db))
