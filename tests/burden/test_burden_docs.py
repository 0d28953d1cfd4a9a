"""The burden docs state the rule the code applies and name the command."""

from __future__ import annotations

from pathlib import Path

from willing.burden.disclosure import DEFAULT_MAX_SHARE, DEFAULT_MIN_PARTIES

DOCS = Path(__file__).parents[2] / "docs"


def test_docs_state_the_disclosure_rule_in_force() -> None:
    text = (DOCS / "burden.md").read_text(encoding="utf-8")
    assert f"at least **{DEFAULT_MIN_PARTIES} parties**" in text
    assert f"more than {DEFAULT_MAX_SHARE:.0%}**" in text
    assert "willing burden" in text


def test_diplomacy_docs_name_every_command() -> None:
    text = (DOCS / "diplomacy.md").read_text(encoding="utf-8")
    for command in ("meetings", "alignment", "positions", "documents", "readiness"):
        assert f"willing {command}" in text
