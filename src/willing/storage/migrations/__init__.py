"""Alembic migrations of the registry schema."""

#: The newest revision; a test checks it against the scripts so opening a current
#: database can skip loading Alembic at all.
HEAD = "0009"
