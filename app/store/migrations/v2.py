"""v2: the SP4N-LAPOR! tracking number, so answers can be handed back by hand."""

from __future__ import annotations

from peewee import CharField
from playhouse.migrate import SchemaMigrator, migrate

DERIVED: frozenset[str] = frozenset()


def upgrade(migrator: SchemaMigrator) -> None:
    migrate(migrator.add_column("complaint", "lapor_ticket", CharField(null=True)))
