"""The SOP new complaints start under is a fact of the shared database: the adopted version,
the same on every workstation, whatever SOP file each installation carries. On SQLite and
PostgreSQL, with second workstations in their own processes."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from app.errors import NotPermitted, PengaduanError, SopError
from app.office.sop import load_sop
from app.paths import default_sop_path
from app.services import audit, desk, settings, sop_versions, workflow
from app.store.models import AuditEntry, Complaint, Setting, SopVersion, User
from tests.app.attachment_files import named_pdf
from tests.app.sop_worker import start, workstation
from tests.conftest import T0, complaint_input, pelapor_input


def edited_sop(folder, *, minutes: int = 45, number: str | None = None):
    """The bundled SOP with step 2's standard time (and perhaps the number) changed."""
    text = default_sop_path().read_text(encoding="utf-8")
    text = text.replace("menit = 10\n", f"menit = {minutes}\n", 1)
    if number:
        text = text.replace('nomor = "W.7-OT.01.02-566"', f'nomor = "{number}"', 1)
    path = folder / f"sop_{minutes}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def adoptions() -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == "sop.adopsi")
                .order_by(AuditEntry.seq))


def register(username: str = "kasubag_pphti") -> Complaint:
    return workflow.register_complaint(
        User.get(User.username == username), complaint_input(), pelapor_input(),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)


def snapshot():
    """What adopting may change: the setting, the registered versions, the audit log."""
    return (settings.current().sop_version, SopVersion.select().count(),
            AuditEntry.select().count())


def ask(commands, results, command):
    commands.put(command)
    answer = results.get(timeout=120)
    assert answer[0] != "crash", answer[1]
    return answer


# --------------------------------------------------------------------------- first start

def test_the_first_start_adopts_the_bundled_file_once_and_reads_it_cheaply(db, monkeypatch):
    assert settings.current().sop_version == ""
    sop = sop_versions.current_sop()
    assert settings.current().sop_version == sop.version
    assert sop.number == "W.7-OT.01.02-566"
    (entry,) = adoptions()
    assert entry.actor == "persiapan-awal"
    assert f'"baru": "{sop.version}"' in entry.detail and '"sumber": "bawaan"' in entry.detail

    queries = []
    execute_sql = db.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        queries.append(sql)
        return execute_sql(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    for _ in range(50):
        assert sop_versions.current_sop() is sop  # parsed once
    assert len(queries) == 50  # one query a call: the screens ask often
    assert len(adoptions()) == 1


def test_an_older_database_adopts_the_version_its_complaints_last_ran_under(users, tmp_path):
    """A database from before adoption: complaints point at versions, no setting yet."""
    first = register()
    older = sop_versions.register_sop(load_sop(edited_sop(tmp_path, minutes=20)))
    Setting.delete().where(Setting.key == "sop_version").execute()  # as an older program left it
    versions = SopVersion.select().count()
    assert sop_versions.current_sop().version == older.version  # not this PC's bundled file
    assert SopVersion.select().count() == versions
    assert '"sumber": "terdaftar"' in adoptions()[-1].detail
    second = register()
    assert sop_versions.sop_of(second).step(2).minutes == 20
    assert sop_versions.sop_of(Complaint.get_by_id(first.id)).step(2).minutes == 10


# --------------------------------------------------------------------------- two workstations

def test_a_second_workstation_with_an_edited_file_changes_nothing_until_adopted(
        db_url, users, tmp_path):
    bundled = sop_versions.current_sop()  # this workstation's file, adopted at the first start
    edited = edited_sop(tmp_path, minutes=45, number="W.7-OT.01.02-567")
    ctx = multiprocessing.get_context("spawn")
    commands, results = ctx.Queue(), ctx.Queue()
    second = ctx.Process(target=workstation, args=(db_url, str(edited), commands, results))
    second.start()
    try:
        _, same, adopted, theirs, admin_notice, operator_notice = ask(commands, results,
                                                                      "status")
        assert not same and adopted == bundled.version and theirs != bundled.version
        assert "W.7-OT.01.02-567" in admin_notice and "pengaduan sop adopsi" in admin_notice
        assert operator_notice == ""  # only an administrator is told

        _, old_id, version, minutes, due = ask(commands, results, "register")
        assert (version, minutes) == (bundled.version, 10)  # the adopted SOP, not its file
        assert due == T0 + dt.timedelta(minutes=10)
        assert SopVersion.select().count() == 1  # its file was not registered silently

        before = snapshot()
        with pytest.raises(NotPermitted):
            sop_versions.adopt_sop(edited, actor=User.get_by_id(users["kakanwil"].id))
        assert snapshot() == before

        admin = User.get_by_id(users["admin"].id)
        new = sop_versions.adopt_sop(edited, actor=admin)
        entry = adoptions()[-1]
        assert entry.actor == "admin" and f'"lama": "{bundled.version}"' in entry.detail
        assert settings.current().sop_version == new.version

        _, new_id, version, minutes, due = ask(commands, results, "register")
        assert (version, minutes) == (new.version, 45)  # the same running workstation
        assert due == T0 + dt.timedelta(minutes=45)
        mine = register()  # and this one, whose own file is still the old one
        assert sop_versions.sop_of(mine).step(2).minutes == 45
        assert mine.sop_version_id == Complaint.get_by_id(new_id).sop_version_id
        old = Complaint.get_by_id(old_id)
        assert sop_versions.sop_of(old).step(2).minutes == 10  # history not rewritten
        assert old.sop_version.version == bundled.version

        _, same, adopted, theirs, admin_notice, _ = ask(commands, results, "status")
        assert same and adopted == theirs == new.version and admin_notice == ""
        assert ask(commands, results, "stop") == ("stopped",)
    finally:
        second.join(timeout=60)
        if second.is_alive():
            second.kill()
    assert second.exitcode == 0
    assert audit.verify().ok


def test_two_workstations_starting_together_adopt_exactly_one_version(db_url, db, tmp_path):
    rounds = 4
    files = [default_sop_path(), edited_sop(tmp_path, minutes=45)]
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(len(files) + 1), ctx.Queue()
    workers = [ctx.Process(target=start, args=(db_url, str(f), rounds, barrier, results))
               for f in files]
    for w in workers:
        w.start()
    try:
        for _ in range(rounds):
            adopted_before = len(adoptions())
            barrier.wait(timeout=120)
            answers = [results.get(timeout=120) for _ in workers]
            assert all(a[0] == "started" for a in answers), answers
            versions = {a[1] for a in answers}
            assert len(versions) == 1  # both start under the same SOP
            (version,) = versions
            assert [r.version for r in SopVersion.select()] == [version]  # the loser's file
            assert settings.current().sop_version == version             # stays unregistered
            assert len(adoptions()) == adopted_before + 1
            # empty again for the next round, as a fresh database
            Setting.delete().where(Setting.key == "sop_version").execute()
            SopVersion.delete().execute()
            barrier.wait(timeout=120)
    finally:
        for w in workers:
            w.join(timeout=60)
            if w.is_alive():
                w.kill()
    assert all(w.exitcode == 0 for w in workers)
    assert audit.verify().ok


# --------------------------------------------------------------------------- adopting

def test_only_an_active_administrator_may_adopt(users, tmp_path):
    from app.services import accounts

    sop_versions.current_sop()
    edited = edited_sop(tmp_path)
    before = snapshot()
    for name in ("kasubag_pphti", "kakanwil"):
        with pytest.raises(NotPermitted, match="administrator"):
            sop_versions.adopt_sop(edited, actor=User.get_by_id(users[name].id))
    admin = User.get_by_id(users["admin"].id)
    accounts.update_user(admin.id, expected_version=admin.row_version,
                         valid_lanes={"kakanwil"}, lanes=["kakanwil"],
                         actor=accounts.COMMAND_LINE)
    with pytest.raises(NotPermitted):  # no longer an administrator, though logged in as one
        sop_versions.adopt_sop(edited, actor=admin)
    with pytest.raises(TypeError):
        sop_versions.adopt_sop(edited, actor="admin")
    after = snapshot()
    assert after[:2] == before[:2] and after[2] == before[2] + 1  # only the account change
    assert not User.get_by_id(admin.id).is_admin


@pytest.mark.parametrize("change, where", [
    (lambda t: t.replace("[identitas]", "[identitas", 1), "bukan TOML"),
    (lambda t: t.replace("menit = 10\n", "menit = -5\n", 1), "menit"),
    (lambda t: t.replace('kode = "kakanwil"', 'kode = "kakanwil_baru"', 1), "kakanwil"),
], ids=["not-toml", "negative-minutes", "unknown-lane"])
def test_a_malformed_file_is_refused_with_its_reason_and_changes_nothing(
        users, tmp_path, change, where):
    in_force = sop_versions.current_sop()
    bad = tmp_path / "sop_rusak.toml"
    bad.write_text(change(default_sop_path().read_text(encoding="utf-8")), encoding="utf-8")
    before = snapshot()
    with pytest.raises(SopError) as refused:
        sop_versions.adopt_sop(bad, actor=User.get_by_id(users["admin"].id))
    assert "sop_rusak.toml" in str(refused.value) and where in str(refused.value)
    assert snapshot() == before and sop_versions.current_sop() is in_force


def test_a_missing_file_is_refused_and_changes_nothing(users, tmp_path):
    sop_versions.current_sop()
    before = snapshot()
    with pytest.raises(SopError, match="tidak_ada.toml"):
        sop_versions.adopt_sop(tmp_path / "tidak_ada.toml",
                               actor=User.get_by_id(users["admin"].id))
    assert snapshot() == before


def test_adopting_the_version_in_force_records_nothing(users):
    sop = sop_versions.current_sop()
    before = snapshot()
    assert sop_versions.adopt_sop(actor=User.get_by_id(users["admin"].id)).version == sop.version
    assert snapshot() == before


def test_a_setting_changed_around_adoption_is_reported_with_the_way_out(users, tmp_path):
    from app.errors import ValidationError
    from app.store.models import Setting

    sop = sop_versions.current_sop()
    admin = User.get_by_id(users["admin"].id)
    with pytest.raises(ValidationError, match="pengaduan sop adopsi"):
        settings.put("sop_version", "", actor=admin)  # only through adopt_sop
    # Written around the program by someone with database access:
    Setting.update(value='""').where(Setting.key == "sop_version").execute()  # none adopted
    assert sop_versions.current_sop() is sop  # adopted again, the last registered version
    assert '"sumber": "terdaftar"' in adoptions()[-1].detail
    Setting.update(value='"0123456789abcdef"').where(Setting.key == "sop_version").execute()
    with pytest.raises(PengaduanError, match="pengaduan sop adopsi"):
        sop_versions.current_sop()
    revised = sop_versions.adopt_sop(edited_sop(tmp_path), actor=admin)  # the way out
    assert sop_versions.current_sop() is revised


# --------------------------------------------------------------------------- the bundled file

def test_the_status_compares_the_bundled_file_with_the_sop_in_force(users, tmp_path):
    in_force = sop_versions.current_sop()
    copy = tmp_path / "bawaan.toml"
    copy.write_text(default_sop_path().read_text(encoding="utf-8"), encoding="utf-8")
    status = sop_versions.bundled_sop_status(copy)
    assert status.same and status.bundled.version == in_force.version
    assert "sama" in status.lines()[1]

    copy.write_text(edited_sop(tmp_path, number="W.7-OT.01.02-600").read_text("utf-8"),
                    encoding="utf-8")
    status = sop_versions.bundled_sop_status(copy)  # the changed file is read again
    assert not status.same
    assert (status.adopted.number, status.bundled.number) == ("W.7-OT.01.02-566",
                                                              "W.7-OT.01.02-600")
    assert "BERBEDA" in status.lines()[1] and "W.7-OT.01.02-600" in status.lines()[1]
    assert sop_versions.current_sop() is in_force  # nothing adopted by looking

    copy.write_text("[identitas\n", encoding="utf-8")
    status = sop_versions.bundled_sop_status(copy)
    assert status.bundled is None and not status.same and "bawaan.toml" in status.problem


def test_only_an_administrator_hears_of_a_different_bundled_file(users, tmp_path,
                                                                 monkeypatch):
    sop_versions.current_sop()
    admin, operator = (User.get_by_id(users[n].id) for n in ("admin", "kasubag_pphti"))
    assert desk.sop_notice(admin) == ""  # the bundled file is the one in force
    edited = edited_sop(tmp_path, number="W.7-OT.01.02-600")
    monkeypatch.setattr(sop_versions, "default_sop_path", lambda: edited)
    notice = desk.sop_notice(admin)
    assert "W.7-OT.01.02-600" in notice and "W.7-OT.01.02-566" in notice
    assert "pengaduan sop adopsi --user admin" in notice
    assert desk.sop_notice(operator) == ""


def test_a_closed_database_takes_its_sop_versions_out_of_the_cache(tmp_path):
    # A database opened later may get the id() of one that is gone: the complaints of the
    # new file must be read with the new file's SOP rows, never a cached one of the old.
    import gc
    import types

    from app.store.db import open_database

    first = open_database(f"sqlite:///{tmp_path}/lama.db")
    row = sop_versions.register_sop(sop_versions.current_sop())
    sop = sop_versions.sop_of(types.SimpleNamespace(sop_version_id=row.id))
    assert sop.version == row.version and first in sop_versions._sop_by_row
    first.close()
    second = open_database(f"sqlite:///{tmp_path}/baru.db")
    del first
    gc.collect()
    assert list(sop_versions._sop_by_row.keys()) == []  # nothing left of the first file
    again = sop_versions.register_sop(sop_versions.current_sop())
    assert sop_versions.sop_of(types.SimpleNamespace(
        sop_version_id=again.id)).version == row.version
    second.close()
