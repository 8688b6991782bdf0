"""v5: the working calendar kept in the database, so every workstation counts working time
alike. The office's overrides (holiday_override) become office days of the new calendar,
with their source; the national days of a year are loaded when first needed
(app.services.calendar). Defined as at v5, not from app.store.models."""

from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, IntegerField, Model
from playhouse.migrate import SchemaMigrator

from app.store.clock import now

DERIVED: frozenset[str] = frozenset()

MIGRATED_SOURCE = "Pengaturan kantor (sebelum skema v5)"


class CalendarYear(Model):
    year = IntegerField(primary_key=True)
    source = CharField()
    loaded_at = DateTimeField()
    revision = IntegerField(default=1)

    class Meta:
        legacy_table_names = False  # index names as the models make them
        table_name = "calendar_year"


class CalendarDay(Model):
    day = DateField()
    origin = CharField()
    kind = CharField()
    name = CharField()
    source = CharField()
    updated_at = DateTimeField()
    updated_by = CharField(null=True)

    class Meta:
        legacy_table_names = False  # index names as the models make them
        table_name = "calendar_day"
        indexes = ((("day", "origin"), True),)


class HolidayOverride(Model):
    day = DateField()
    kind = CharField()
    name = CharField()

    class Meta:
        legacy_table_names = False  # index names as the models make them
        table_name = "holiday_override"


def upgrade(migrator: SchemaMigrator) -> None:
    db = migrator.database
    with db.bind_ctx([CalendarYear, CalendarDay, HolidayOverride]):
        db.create_tables([CalendarYear, CalendarDay])
        at = now()
        rows = [{"day": day, "origin": "kantor", "kind": kind, "name": name,
                 "source": MIGRATED_SOURCE, "updated_at": at}
                for day, kind, name in HolidayOverride.select(
                    HolidayOverride.day, HolidayOverride.kind, HolidayOverride.name).tuples()]
        if rows:
            CalendarDay.insert_many(rows).execute()
        db.drop_tables([HolidayOverride])
