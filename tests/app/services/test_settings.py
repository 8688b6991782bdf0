"""Typed office settings and who may change them (app.services.settings, accounts.Actor)."""

import pytest

from app.errors import NotPermitted, ValidationError
from app.services import accounts, settings
from app.store.models import AuditEntry, Setting, User, database


def test_every_setting_reads_as_its_default_until_changed(db):
    office = settings.current()
    assert office == settings.OfficeSettings()
    assert office.office_code == "W.7" and office.attachment_max_mb == 50
    assert set(office.tiers) == {"sederhana", "pelanggaran", "pemeriksaan_lapangan"}


def test_all_settings_come_in_one_query(db):
    settings.put("office_city", "Tanjung Pandan", actor=accounts.COMMAND_LINE)
    settings.put("due_soon_days", 2, actor=accounts.COMMAND_LINE)
    queries = []
    real = database.obj.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        queries.append(sql)
        return real(sql, params, *args, **kwargs)

    database.obj.execute_sql = counting
    try:
        office = settings.current()
    finally:
        del database.obj.execute_sql
    assert len(queries) == 1
    assert (office.office_city, office.due_soon_days) == ("Tanjung Pandan", 2)


def test_a_value_of_the_wrong_type_is_refused_and_nothing_is_stored(db):
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="tidak sesuai jenisnya"):
        settings.put("due_soon_days", "besok", actor=accounts.COMMAND_LINE)
    with pytest.raises(ValidationError, match="tidak sesuai jenisnya"):
        settings.put("confidential_viewers", "kadiv", actor=accounts.COMMAND_LINE)
    with pytest.raises(ValidationError, match="tidak sesuai jenisnya"):
        settings.put("attachment_max_mb", True, actor=accounts.COMMAND_LINE)
    with pytest.raises(ValidationError, match="tidak dikenal"):
        settings.put("warna_tema", "biru", actor=accounts.COMMAND_LINE)
    assert not Setting.select().exists()
    assert AuditEntry.select().count() == before


def test_a_damaged_stored_value_falls_back_to_its_default(db):
    Setting.create(key="due_soon_step_percent", value='"delapan puluh"')
    Setting.create(key="office_city", value="{not json")
    Setting.create(key="setting_of_a_newer_version", value="1")
    Setting.create(key="confidential_viewers", value='"kadiv"')
    office = settings.current()
    assert office.due_soon_step_percent == 80 and office.office_city == "Pangkalpinang"
    assert office.confidential_viewers == []  # fails closed: nobody sees the reporter


def test_a_change_is_audited_with_the_old_and_new_value(db, users):
    settings.put("office_city", "Muntok", actor=users["admin"])
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "pengaturan.ubah" and entry.actor == "admin"
    assert "Muntok" in entry.detail and "Pangkalpinang" not in entry.detail  # old was unset


def test_only_an_administrator_may_change_a_setting(db, users):
    with pytest.raises(NotPermitted):
        settings.put("office_city", "Muntok", actor=users["kasubag_pphti"])
    assert settings.current().office_city == "Pangkalpinang"


def test_an_administrator_deactivated_elsewhere_is_refused_at_once(db, users):
    admin = users["admin"]  # the session's copy, loaded while still active
    User.update(active=False).where(User.id == admin.id).execute()
    with pytest.raises(NotPermitted):
        settings.put("office_city", "Muntok", actor=admin)
    with pytest.raises(NotPermitted):
        accounts.create_user("baru", "Baru", "sandi-baru-12", ["administrator"],
                             valid_lanes={"kadiv"}, actor=admin)


def test_an_actor_is_a_user_or_a_system_actor_never_a_bare_name(db):
    with pytest.raises(TypeError):
        settings.put("office_city", "Muntok", actor="admin")
    with pytest.raises(TypeError):
        accounts.require_admin(None)
    assert accounts.require_admin(accounts.COMMAND_LINE) == "cli"


def test_the_first_run_actor_works_only_while_there_is_no_account(db):
    first = accounts.create_user("admin", "Administrator", "sandi-admin-1", ["administrator"],
                                 valid_lanes=set(), actor=accounts.FIRST_RUN)
    assert first.is_admin
    with pytest.raises(NotPermitted, match="belum memiliki akun"):
        accounts.create_user("penyusup", "Penyusup", "sandi-penyusup", ["administrator"],
                             valid_lanes=set(), actor=accounts.FIRST_RUN)
    assert User.select().count() == 1
