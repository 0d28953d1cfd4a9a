"""The viewer of a local session: one rule (`Viewer.local`) for every interface."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from willing.domain.errors import WillingError
from willing.services.access import Role, Viewer


def test_no_options_is_the_administrator() -> None:
    assert Viewer.local(None).is_admin
    assert Viewer.local(None, Role.ADMIN).is_admin


@given(st.sampled_from([Role.PLANNER, Role.LIAISON, Role.ANALYST]))
def test_a_role_without_a_party_sees_as_no_nation(role: Role) -> None:
    viewer = Viewer.local(None, role)
    assert (viewer.party, viewer.role, viewer.is_admin) == (None, role, False)


@given(st.from_regex(r"[a-zA-Z]{3}", fullmatch=True))
def test_a_party_is_seen_by_its_liaison_by_default(code: str) -> None:
    viewer = Viewer.local(code)
    assert (viewer.party, viewer.role, viewer.is_admin) == (code.upper(), Role.LIAISON, False)


def test_an_administrator_cannot_view_as_a_party_by_role() -> None:
    with pytest.raises(WillingError, match="administrator sees everything"):
        Viewer.local("POL", Role.ADMIN)
