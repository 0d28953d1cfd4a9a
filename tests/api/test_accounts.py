"""Accounts on a real database: hashing, tokens, sessions, permissions, audit, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update

from willing.domain.catalog import Dataset
from willing.domain.errors import AccessDenied, AuthenticationFailed, NotFound, ValidationFailure
from willing.services import accounts
from willing.services.access import Role, Viewer
from willing.storage.schema import audit, sessions, tokens, users
from willing.storage.store import Store

ADMIN = Viewer.admin()


def willing(
    *args: str, home: Path, input: str | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run the `willing` command in its own process on the database under `home`."""
    env = {**os.environ, "WILLING_HOME": str(home), "COLUMNS": "200"}
    env.pop("WILLING_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "willing.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        input=input,
        timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"willing {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


PASSWORD = "a long enough passphrase"


@pytest.fixture
def loaded(store: Store, small_coalition: Dataset) -> Store:
    store.write(small_coalition, actor="test")
    return store


def _add(store: Store, name: str, party: str | None, *roles: Role) -> accounts.UserPublic:
    return accounts.add_user(store, ADMIN, name, party=party, roles=list(roles), password=PASSWORD)


def _last_audit(store: Store) -> dict[str, object]:
    with store.engine.connect() as conn:
        row = conn.execute(audit.select().order_by(audit.c.seq.desc()).limit(1)).mappings()
        return dict(next(iter(row)))


def test_passwords_are_stored_as_argon2id_and_checked(loaded: Store) -> None:
    user = _add(loaded, "anna", "pol", Role.LIAISON, Role.ANALYST)
    assert user.party == "POL"
    assert user.roles == [Role.LIAISON, Role.ANALYST]
    with loaded.engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert accounts.authenticate(loaded, "anna", PASSWORD).name == "anna"
    with pytest.raises(AuthenticationFailed, match="wrong user name or password"):
        accounts.authenticate(loaded, "anna", PASSWORD + "!")
    with pytest.raises(AuthenticationFailed, match="wrong user name or password"):
        accounts.authenticate(loaded, "nobody", PASSWORD)
    entry = _last_audit(loaded)
    assert entry["action"] == "user-add"
    assert entry["actor"] == ADMIN.actor


def test_viewer_of_a_user_carries_party_roles_and_name(loaded: Store) -> None:
    viewer = accounts.viewer_of(_add(loaded, "anna", "POL", Role.LIAISON, Role.ANALYST))
    assert viewer == Viewer("POL", Role.LIAISON, frozenset({Role.ANALYST}), user="anna")
    assert viewer.actor == "anna"


def test_bad_users_are_refused_whole(loaded: Store) -> None:
    revision = loaded.revision()
    with pytest.raises(ValidationFailure) as caught:
        accounts.add_user(
            loaded, ADMIN, "bad name", party="ZZZ", roles=[Role.LIAISON], password="short"
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {"name", "party", "password"}
    with pytest.raises(ValidationFailure, match="a liaison officer needs a party"):
        accounts.add_user(loaded, ADMIN, "lonely", party=None, roles=[Role.LIAISON], password=None)
    _add(loaded, "anna", "POL", Role.LIAISON)
    with pytest.raises(ValidationFailure, match="already exists"):
        _add(loaded, "anna", "FRA", Role.LIAISON)
    assert loaded.revision() == revision + 1


def test_only_user_managers_manage_users(loaded: Store) -> None:
    liaison = accounts.viewer_of(_add(loaded, "anna", "POL", Role.LIAISON))
    with pytest.raises(AccessDenied, match="manage-users"):
        accounts.list_users(loaded, liaison)
    with pytest.raises(AccessDenied, match="manage-users"):
        accounts.add_user(loaded, liaison, "ben", party="POL", roles=[Role.ADMIN], password=None)
    with pytest.raises(AccessDenied):
        accounts.disable_user(loaded, liaison, "anna")
    assert accounts.get_user(loaded, liaison, "anna").name == "anna"


def test_tokens_are_shown_once_stored_hashed_and_expire(loaded: Store) -> None:
    anna = accounts.viewer_of(_add(loaded, "anna", "POL", Role.LIAISON))
    _add(loaded, "ben", "FRA", Role.LIAISON)
    created = accounts.create_token(loaded, anna, "anna", expires=dt.timedelta(hours=1))
    with loaded.engine.connect() as conn:
        stored = conn.execute(select(tokens.c.secret_hash)).scalars().all()
    assert created.secret not in stored
    assert stored == [accounts.digest(created.secret)]
    assert accounts.user_for_token(loaded, created.secret).name == "anna"
    assert "secret" not in accounts.list_tokens(loaded, anna, "anna").data[0].model_dump()
    with pytest.raises(AccessDenied):
        accounts.create_token(loaded, anna, "ben")
    with loaded.transaction() as conn:
        past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
        conn.execute(update(tokens).values(expires_at=past))
    with pytest.raises(AuthenticationFailed):
        accounts.user_for_token(loaded, created.secret)


def test_revoking_a_token_and_disabling_a_user_cut_access(loaded: Store) -> None:
    _add(loaded, "anna", "POL", Role.LIAISON)
    ben = accounts.viewer_of(_add(loaded, "ben", "FRA", Role.LIAISON))
    first = accounts.create_token(loaded, ADMIN, "anna")
    with pytest.raises(NotFound):
        accounts.revoke_token(loaded, ben, first.id)  # not his: reported missing
    revoked = accounts.revoke_token(loaded, ADMIN, first.id)
    assert revoked.revoked_at is not None
    with pytest.raises(AuthenticationFailed):
        accounts.user_for_token(loaded, first.secret)
    second = accounts.create_token(loaded, ADMIN, "anna")
    session = accounts.start_session(loaded, accounts.get_user(loaded, ADMIN, "anna"))
    accounts.disable_user(loaded, ADMIN, "anna")
    with pytest.raises(AuthenticationFailed):
        accounts.user_for_token(loaded, second.secret)
    with pytest.raises(AuthenticationFailed):
        accounts.session_user(loaded, session)
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(loaded, "anna", PASSWORD)


def test_sessions_start_check_and_end(loaded: Store) -> None:
    anna = _add(loaded, "anna", "POL", Role.LIAISON)
    secret = accounts.start_session(loaded, anna)
    assert accounts.session_user(loaded, secret).name == "anna"
    with loaded.engine.connect() as conn:
        assert conn.execute(select(sessions.c.secret_hash)).scalar_one() != secret
    accounts.end_session(loaded, secret)
    with pytest.raises(AuthenticationFailed, match="ended"):
        accounts.session_user(loaded, secret)
    with pytest.raises(AuthenticationFailed):
        accounts.session_user(loaded, "made-up")


@pytest.mark.parametrize(("text", "hours"), [("30d", 720), ("12h", 12), ("90m", 1.5), ("2w", 336)])
def test_durations(text: str, hours: float) -> None:
    assert accounts.parse_duration(text) == dt.timedelta(hours=hours)


@pytest.mark.parametrize("text", ["", "30", "0d", "-1d", "400d", "1y", "d30"])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ValidationFailure, match="--expires"):
        accounts.parse_duration(text)


def test_the_cli_manages_users_and_tokens(tmp_path: Path) -> None:
    from tests.conftest import SMALL

    source = tmp_path / "small.json"
    source.write_text(json.dumps(SMALL), encoding="utf-8")
    willing("load", str(source), home=tmp_path)
    added = willing(
        "user",
        "add",
        "anna",
        "--party",
        "pol",
        "--role",
        "liaison",
        "--role",
        "analyst",
        "--password-stdin",
        "--json",
        home=tmp_path,
        input=PASSWORD + "\n",
    )
    assert json.loads(added.stdout)["roles"] == ["liaison", "analyst"]
    listed = json.loads(willing("user", "list", "--json", home=tmp_path).stdout)
    assert [u["name"] for u in listed["data"]] == ["anna"]
    made = willing("token", "create", "anna", "--expires", "2h", home=tmp_path)
    secret = made.stdout.strip().splitlines()[-1]
    store = Store.open(f"sqlite:///{tmp_path / 'willing.db'}")
    assert accounts.user_for_token(store, secret).name == "anna"
    shown = json.loads(willing("token", "list", "anna", "--json", home=tmp_path).stdout)
    assert shown["count"] == 1
    assert secret not in json.dumps(shown)
    willing("token", "revoke", shown["data"][0]["id"], home=tmp_path)
    with pytest.raises(AuthenticationFailed):
        accounts.user_for_token(store, secret)
    willing("user", "disable", "anna", home=tmp_path)
    assert accounts.list_users(store, ADMIN).data[0].disabled
    bad = willing(
        "user", "add", "x", "--party", "ZZZ", "--role", "liaison", home=tmp_path, check=False
    )
    assert bad.returncode == 1
    assert "no party 'ZZZ' in the registry" in bad.stderr
    assert accounts.list_users(store, ADMIN).count == 1
    store.close()
