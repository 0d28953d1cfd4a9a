"""`willing status`: one screen, each pledge under every layer it may serve."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from willing.domain.enums import PledgeStatus
from willing.domain.forces import Pledge
from willing.services.access import Registry, Viewer
from willing.services.registry import read_source
from willing.services.status import coalition_status
from willing.storage.store import Store


def test_a_pledge_open_to_several_layers_counts_in_each(sqlite_url: str) -> None:
    dataset = read_source("cotw-ukraine-2026")
    store = Store.open(sqlite_url)
    store.write(dataset, actor="test")
    summary = coalition_status(Registry(store, Viewer.admin()))
    active = [
        r
        for r in dataset.records["pledges"]
        if isinstance(r, Pledge) and r.status is not PledgeStatus.WITHDRAWN
    ]
    for layer in ("regenerate", "reassure", "support", "backstop"):
        expected = sum(1 for p in active if layer in {x.value for x in p.layers})
        assert summary.by_layer.get(layer, 0) == expected
    several = sum(1 for p in active if len(set(p.layers)) > 1)
    assert several > 0
    assert summary.multi_layer == several
    assert sum(summary.by_layer.values()) == len(active) + sum(
        len(set(p.layers)) - 1 for p in active
    )
    assert summary.pledges == len(active) == sum(summary.by_domain.values())
    # organisations are listed apart, never counted among the states' roles
    assert "COTW" in summary.organisations
    assert sum(summary.roles.values()) + len(summary.organisations) == len(
        dataset.records["parties"]
    )


def test_status_fits_one_screen_at_80_columns(tmp_path: Path) -> None:
    env = {**os.environ, "WILLING_HOME": str(tmp_path), "COLUMNS": "80"}
    env.pop("WILLING_DATABASE_URL", None)
    run = [sys.executable, "-m", "willing.cli.main"]
    subprocess.run([*run, "load", "cotw-ukraine-2026"], env=env, check=True, capture_output=True)
    out = subprocess.run(
        [*run, "status"], env=env, check=True, capture_output=True, text=True
    ).stdout
    lines = out.splitlines()
    assert len(lines) <= 40
    assert max(len(line) for line in lines) <= 80
    assert "us-backstop" in out
    assert "0.45" in out
    assert "Latest meeting: Paris summit of the Coalition of the Willing on 2026-01-06." in out
