"""Non-interference of `willing plan`: what a viewer receives is byte-for-byte the same
whatever the records hidden from it hold, and whether they exist at all (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import Dataset
from willing.domain.enums import Layer
from willing.domain.forces import Pledge, Requirement
from willing.domain.labels import Classification, Label
from willing.domain.records import Record
from willing.services.registry import read_source
from willing.storage.store import Store

SHIPPED = "cotw-ukraine-2026"

#: For each viewer, three parties whose national records it may not see.
HIDDEN_OWNERS = {"POL": ("CYP", "FRA", "GBR"), "FRA": ("CYP", "DEU", "GBR")}


def _national(owner: str) -> Label:
    return Label(classification=Classification.NATIONAL, owner=owner)


def hidden_records(owners: tuple[str, str, str], variant: str) -> dict[str, list[Record]]:
    """Records national to parties the viewer is not: a Cyprus-only style pledge of
    mechanised battalions, another nation's national pledge of them and a line of the
    force plan released to a third nation. `variant` changes their values, removes them
    or adds more."""
    if variant == "removed":
        return {"pledges": [], "requirements": []}
    big = variant == "changed"
    first, second, third = owners
    pledges = [
        Pledge(
            id=f"P-{first}-mech-hidden",
            party=first,
            capability="mech-inf-bn",
            quantity=9 if big else 2,
            layers=[Layer.REASSURE, Layer.SUPPORT] if big else [Layer.REASSURE],
            locations=[] if big else ["UKR"],
            readiness_days=10 if big else 60,
            label=_national(first),
        ),
        Pledge(
            id=f"P-{second}-mech-hidden",
            party=second,
            capability="mech-inf-bn",
            quantity=20 if big else 7,
            layers=[Layer.REASSURE],
            readiness_days=30,
            label=_national(second),
        ),
    ]
    requirements = [
        Requirement(
            id=f"R-{third}-hidden-line",
            capability="mech-inf-bn",
            quantity=6 if big else 13,
            layer=Layer.REASSURE,
            location="UKR",
            phase="entry" if big else "build-up",
            priority=1 if big else 2,
            max_share_per_nation=0.25 if big else 0.5,
            label=_national(third),
        )
    ]
    if variant == "added":
        pledges.append(
            Pledge(
                id=f"P-{third}-hidden-extra",
                party=third,
                capability="mech-inf-bn",
                quantity=5,
                layers=[Layer.REASSURE],
                readiness_days=20,
                label=_national(third),
            )
        )
        requirements.append(
            requirements[0].model_copy(update={"id": f"R-{first}-hidden-extra", "priority": 1})
        )
    return {"pledges": pledges, "requirements": requirements}


def database(tmp_path: Path, viewer: str, variant: str) -> str:
    """A fresh SQLite file with the shipped data set and one variant of the hidden
    records, written at once (so the registry revision is the same in every variant)."""
    dataset = read_source(SHIPPED)
    records = {k: list(v) for k, v in dataset.records.items()}
    for kind, extra in hidden_records(HIDDEN_OWNERS[viewer], variant).items():
        records[kind] += extra
    url = f"sqlite:///{tmp_path / f'{viewer}-{variant}.db'}"
    store = Store.open(url)
    store.write(Dataset(name=dataset.name, title=dataset.title, records=records), actor="test")
    store.close()
    return url


def _plan(url: str, *args: str) -> Result:
    out = CliRunner().invoke(app, ["plan", "--db", url, "--no-store", *args])
    assert out.exit_code == 0, out.output
    return out


VARIANTS = ("base", "changed", "removed", "added")


@pytest.mark.parametrize("viewer", sorted(HIDDEN_OWNERS))
def test_a_viewers_plan_is_the_same_whatever_is_hidden_from_it(tmp_path: Path, viewer: str) -> None:
    urls = {variant: database(tmp_path, viewer, variant) for variant in VARIANTS}
    for scenario in ([], ["--unknown-as", "met"]):
        admin = {v: _plan(url, "--json", *scenario).output for v, url in urls.items()}
        # the hidden records really move the coalition's plan, so the check is not vacuous
        assert len(set(admin.values())) == len(VARIANTS)
        for args in (["--json"], ["--csv", "gaps"], ["--lines", "--top", "100"]):
            seen = {
                v: _plan(url, "--as", viewer, *args, *scenario).output for v, url in urls.items()
            }
            assert len(set(seen.values())) == 1, (viewer, args, scenario)
