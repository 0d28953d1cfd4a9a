"""`willing user` and `willing token`: accounts of the server, managed from the command line.

The command line acts as the local administrator (whoever may open the database file or
URL); the server's users act only as themselves.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer

from willing.cli.context import DbOption, JsonOption, Table, console, escape, open_store, print_json
from willing.domain.errors import Problem, ValidationFailure
from willing.services import accounts
from willing.services.access import Role, Viewer

user_app = typer.Typer(
    help="Users of the server: add, list, disable.\n\nExample: willing user list",
    no_args_is_help=True,
)
token_app = typer.Typer(
    help="API tokens: create (the secret is shown once), list, revoke.\n\n"
    "Example: willing token create anna --expires 30d",
    no_args_is_help=True,
)

#: The local administrator the command line acts as.
LOCAL = Viewer.admin()


def _when(at: dt.datetime | None) -> str:
    return "" if at is None else at.strftime("%Y-%m-%d %H:%M")


def _read_password() -> str:
    text = sys.stdin.readline().rstrip("\r\n")
    if not text:
        raise ValidationFailure([Problem("--password-stdin", None, "no password on stdin")])
    return text


@user_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="The user's sign-in name.")],
    role: Annotated[
        list[Role],
        typer.Option("--role", help="A role (repeat for several; the first is the primary)."),
    ],
    party: Annotated[
        str | None,
        typer.Option(
            "--party", help="His party (state or organisation id); none: a public viewer."
        ),
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password from the first line of stdin."),
    ] = False,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Add a user; without --password-stdin he signs in with API tokens only.

    \b
    Example:
        echo 'a long passphrase' | willing user add anna --party POL --role liaison --password-stdin
        willing user add admin --role admin --password-stdin < admin-password.txt
    """
    password = _read_password() if password_stdin else None
    user = accounts.add_user(
        open_store(db), LOCAL, name, party=party, roles=list(role), password=password
    )
    if json_out:
        print_json(user.model_dump(mode="json"))
        return
    roles = ", ".join(r.value for r in user.roles)
    console.print(escape(f"Added user {user.name} ({user.party or 'no party'}; {roles})."))


@user_app.command("list")
def list_command(db: DbOption = None, json_out: JsonOption = False) -> None:
    """List every user with his party, roles and whether he is disabled.

    \b
    Example:
        willing user list --json
    """
    users = accounts.list_users(open_store(db), LOCAL)
    if json_out:
        print_json(users.model_dump(mode="json"))
        return
    table = Table(title=f"users ({users.count})")
    for col in ("name", "party", "roles", "disabled", "created"):
        table.add_column(col)
    for user in users.data:
        table.add_row(
            user.name,
            user.party or "",
            ", ".join(r.value for r in user.roles),
            "yes" if user.disabled else "",
            _when(user.created_at),
        )
    console.print(table)


@user_app.command("disable")
def disable_command(
    name: Annotated[str, typer.Argument(help="The user to disable.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Disable a user: he can no longer sign in, his tokens are revoked, his sessions end.

    \b
    Example:
        willing user disable anna
    """
    user = accounts.disable_user(open_store(db), LOCAL, name)
    if json_out:
        print_json(user.model_dump(mode="json"))
        return
    console.print(escape(f"Disabled user {user.name}; his tokens are revoked."))


@token_app.command("create")
def token_create_command(
    name: Annotated[str, typer.Argument(help="The user the token signs in as.")],
    expires: Annotated[
        str, typer.Option("--expires", help="Life of the token: 30d, 12h, 90m, 2w (<= 366d).")
    ] = "30d",
    note: Annotated[str | None, typer.Option("--note", help="What the token is for.")] = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Create an API token and print its secret, once: it is stored only as a hash.

    \b
    Example:
        willing token create anna --expires 30d --note "nightly report"
    """
    life = accounts.parse_duration(expires)
    token = accounts.create_token(open_store(db), LOCAL, name, expires=life, note=note)
    if json_out:
        print_json(token.model_dump(mode="json"))
        return
    console.print(
        escape(f"Token {token.id} for {token.user}, valid until {_when(token.expires_at)} UTC.")
    )
    console.print("Its secret, shown only this once (send it as 'Authorization: Bearer ...'):")
    sys.stdout.write(token.secret + "\n")


@token_app.command("list")
def token_list_command(
    name: Annotated[str, typer.Argument(help="Whose tokens to list.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List a user's tokens (ids, expiry, revocation; never the secrets).

    \b
    Example:
        willing token list anna
    """
    tokens = accounts.list_tokens(open_store(db), LOCAL, name)
    if json_out:
        print_json(tokens.model_dump(mode="json"))
        return
    table = Table(title=f"tokens of {name} ({tokens.count})")
    table.add_column("id", no_wrap=True)
    for col in ("note", "created", "expires", "revoked"):
        table.add_column(col)
    for t in tokens.data:
        table.add_row(
            t.id, t.note or "", _when(t.created_at), _when(t.expires_at), _when(t.revoked_at)
        )
    console.print(table)


@token_app.command("revoke")
def token_revoke_command(
    token_id: Annotated[str, typer.Argument(metavar="ID", help="The token's id.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Revoke a token at once; revoking it again changes nothing.

    \b
    Example:
        willing token revoke 3f9c2a7d51e04b86
    """
    token = accounts.revoke_token(open_store(db), LOCAL, token_id)
    if json_out:
        print_json(token.model_dump(mode="json"))
        return
    console.print(escape(f"Revoked token {token.id} of {token.user}."))


def register(app: typer.Typer) -> None:
    """Attach `user` and `token` to the root command."""
    app.add_typer(user_app, name="user")
    app.add_typer(token_app, name="token")
