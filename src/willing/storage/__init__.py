"""Storage: tables derived from the domain, the Store, SQLite and PostgreSQL, migrations."""
