"""v3: one search column per complaint (and one for confidential reporters' names). The
columns are filled after the last upgrade step, by the program that upgrades (DERIVED)."""

from __future__ import annotations

from peewee import TextField
from playhouse.migrate import SchemaMigrator, migrate

DERIVED = frozenset({"search_columns"})


def upgrade(migrator: SchemaMigrator) -> None:
    migrate(migrator.add_column("complaint", "search_text", TextField(null=True)),
            migrator.add_column("complaint", "search_private", TextField(null=True)))
