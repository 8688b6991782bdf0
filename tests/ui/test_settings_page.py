"""Pengaturan: every office setting edited in the program by an administrator, checked with
every problem named at once, stored all or nothing and audited old -> new; read-only for
everyone else; the administrator's right read again at Simpan."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from tests.conftest import T0
from tests.ui.conftest import click


@pytest.fixture
def wednesday(office_clock):
    """The office's clock at the tests' Wednesday (T0 in WIB), so 'the next number' is of
    the year the complaint was registered in (the conftest's office_clock resets it)."""
    office_clock.use_source(lambda: dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.UTC))
    return T0


@pytest.fixture
def own_config(tmp_path, monkeypatch):
    """This workstation's config file (the scan folder) in the test's folder."""
    monkeypatch.setenv("PENGADUAN_CONFIG", str(tmp_path / "config.json"))
    return tmp_path / "config.json"


def settings_page(main_window, user):
    from app.store.models import User
    from ui.main_window import PAGE_SETTINGS

    window = main_window(User.get_by_id(user.id))
    window.ui.nav_list.setCurrentRow(PAGE_SETTINGS)
    _OPEN.append(window)  # the page lives as long as its window
    return window.settings_page


_OPEN: list = []


@pytest.fixture(autouse=True)
def _close_windows():
    yield
    while _OPEN:
        _OPEN.pop().close()


def audit_changes():
    from app.store.models import AuditEntry

    return [(e.actor, json.loads(e.detail)) for e in
            AuditEntry.select().where(AuditEntry.action == "pengaturan.ubah")
            .order_by(AuditEntry.seq)]


def png_bytes(size=(60, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (20, 60, 120)).save(out, "PNG")
    return out.getvalue()


def test_the_page_speaks_the_offices_words(qtbot, users, main_window, own_config):
    page = settings_page(main_window, users["admin"])
    ui = page.ui
    assert "perintah" not in ui.note_label.text()
    assert "lane" not in ui.lanes_caption.text()
    # the stored {seq:04d}/.../{month_roman}/{year} is shown in the office's words
    assert ui.register_pattern_edit.text() == "{nomor_urut:04d}/PENGADUAN/{bulan_romawi}/{tahun}"
    legend = ui.pattern_legend_label.text()
    for word in ("{nomor_urut}", "{tahun}", "{bulan_romawi}", "{kode_kantor}",
                 "{klasifikasi}"):
        assert word in legend
    assert "{seq" not in legend and "{year}" not in legend


def test_the_next_number_is_shown_as_the_pattern_is_typed(qtbot, registered, users,
                                                          main_window, wednesday,
                                                          own_config):
    page = settings_page(main_window, users["admin"])
    ui = page.ui
    # one complaint registered this year: the next register number is the second
    assert ui.register_preview.text() == "0002/PENGADUAN/XI/2026"
    ui.register_pattern_edit.setText("{nomor_urut:03d}-{kode_kantor}/ADUAN/{tahun}")
    assert ui.register_preview.text() == "002-W.7/ADUAN/2026"
    ui.office_code_edit.setText("W.32")
    assert ui.register_preview.text() == "002-W.32/ADUAN/2026"
    assert page.doc_previews["nota_dinas"].text() == "W.32-UM.01.01-1"
    ui.register_pattern_edit.setText("{nomor_urut}/ADUAN")  # no year: numbers would repeat
    assert "{tahun}" in ui.register_preview.text()
    assert "0002" not in ui.register_preview.text()
    ui.register_pattern_edit.setText("{nomor_urut}/{warna}/{tahun}")
    assert "{warna}" in ui.register_preview.text()


def test_administrator_changes_the_office_and_every_change_is_audited(
        qtbot, users, main_window, own_config):
    from PySide6.QtCore import Qt

    from app.services import settings

    page = settings_page(main_window, users["admin"])
    ui = page.ui
    ui.office_name_edit.setText("KANTOR WILAYAH SUMATERA SELATAN")
    ui.register_pattern_edit.setText("{nomor_urut:05d}/ADUAN/{bulan_romawi}/{tahun}")
    page.doc_class_edits["tanda_terima"].setText("HM.02.02")
    for i in range(ui.confidential_list.count()):
        item = ui.confidential_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "kadiv":
            item.setCheckState(Qt.CheckState.Checked)
    page.threshold_widgets["due_soon_days"].setValue(2)
    click(qtbot, ui.save_button)

    office = settings.current()
    assert office.office_name == "KANTOR WILAYAH SUMATERA SELATAN"
    assert office.register_pattern == "{seq:05d}/ADUAN/{month_roman}/{year}"  # stored form
    assert office.document_classification["tanda_terima"] == "HM.02.02"
    assert set(office.confidential_viewers) == {"kasubag_pphti", "kakanwil", "kadiv"}
    assert office.due_soon_days == 2
    changed = {detail["kunci"]: detail for actor, detail in audit_changes()}
    assert set(changed) == {"office_name", "register_pattern", "document_classification",
                            "confidential_viewers", "due_soon_days"}
    assert changed["register_pattern"]["baru"] == "{seq:05d}/ADUAN/{month_roman}/{year}"
    assert changed["office_name"]["baru"] == "KANTOR WILAYAH SUMATERA SELATAN"
    assert all(actor == "admin" for actor, _detail in audit_changes())
    assert "5 pengaturan disimpan" in ui.error_label.text()
    # saved again unchanged: nothing more is written
    click(qtbot, ui.save_button)
    assert len(audit_changes()) == 5


def test_every_problem_is_named_at_once_and_nothing_is_stored(qtbot, users, main_window,
                                                              own_config, tmp_path):
    from app.services import settings

    page = settings_page(main_window, users["admin"])
    ui = page.ui
    before = settings.current()
    ui.office_name_edit.setText("KANTOR BARU")  # fine on its own
    ui.register_pattern_edit.setText("{nomor_urut}/ADUAN")
    page.doc_pattern_edits["nota_dinas"].setText("{kode_kantor}-{klasifikasi}")
    ui.scan_folder_edit.setText(str(tmp_path / "tidak-ada"))
    assert page.save() is False
    text = ui.error_label.text()
    assert "Pola nomor register" in text and "{tahun}" in text
    assert "nota_dinas" in text and "{nomor_urut}" in text
    assert "tidak-ada" in text
    assert "{seq}" not in text and "register_pattern" not in text
    assert settings.current() == before and audit_changes() == []
    assert ui.office_name_edit.text() == "KANTOR BARU"  # what was typed stays
    # fixed: saved
    ui.register_pattern_edit.setText("{nomor_urut}/ADUAN/{tahun}")
    page.doc_pattern_edits["nota_dinas"].setText("{kode_kantor}-{klasifikasi}-{nomor_urut}")
    ui.scan_folder_edit.setText(str(tmp_path))
    assert page.save() is True
    assert settings.current().office_name == "KANTOR BARU"
    assert json.loads(own_config.read_text())["scan_inbox"] == str(tmp_path)
    from app.store.models import AuditEntry

    folder = AuditEntry.get(AuditEntry.action == "pengaturan.folder_pindai")
    assert json.loads(folder.detail) == {"lama": "", "baru": str(tmp_path)}


def test_a_reload_keeps_unsaved_edits_and_batalkan_drops_them(qtbot, users, main_window,
                                                              own_config):
    page = settings_page(main_window, users["admin"])
    page.ui.office_name_edit.setText("BELUM DISIMPAN")
    page.refresh()  # the window's Muat Ulang
    assert page.ui.office_name_edit.text() == "BELUM DISIMPAN"
    click(qtbot, page.ui.revert_button)
    assert page.ui.office_name_edit.text() == "KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG"


def test_a_setting_changed_elsewhere_meanwhile_is_not_overwritten(qtbot, users, main_window,
                                                                   own_config):
    from app.services import settings

    page = settings_page(main_window, users["admin"])
    settings.put("office_name", "DIUBAH DI KOMPUTER LAIN", actor=users["admin"])
    page.ui.office_name_edit.setText("DIUBAH DI SINI")
    assert page.save() is False
    assert "komputer lain" in page.ui.error_label.text()
    assert settings.current().office_name == "DIUBAH DI KOMPUTER LAIN"


def test_other_lanes_see_the_settings_read_only(qtbot, users, main_window, own_config):
    from app.services import settings

    page = settings_page(main_window, users["kasubag_pphti"])
    ui = page.ui
    assert ui.office_name_edit.isReadOnly() and ui.register_pattern_edit.isReadOnly()
    assert not ui.office_zone_combo.isEnabled()
    assert ui.save_button.isHidden() and ui.logo_choose_button.isHidden()
    assert "Hanya administrator" in ui.note_label.text()
    assert page.divisions.add_button.isHidden()
    none = page.signatories.table.EditTrigger.NoEditTriggers
    assert page.signatories.table.editTriggers() == none == ui.tiers_tree.editTriggers()
    ui.office_name_edit.setText("BUKAN ADMIN")
    assert page.save() is False
    assert settings.current().office_name != "BUKAN ADMIN"
    assert page.user_admin is None


def test_an_administrator_demoted_meanwhile_cannot_save(qtbot, users, main_window,
                                                        own_config):
    from app.services import accounts, settings

    page = settings_page(main_window, users["admin"])
    row = next(r for r in accounts.list_accounts(users["admin"]) if r.username == "admin")
    accounts.update_user(row.id, expected_version=row.row_version,
                         valid_lanes={"kasubag_pphti"}, lanes=["kasubag_pphti"],
                         actor=accounts.COMMAND_LINE)
    page.ui.office_name_edit.setText("SETELAH DICABUT")
    assert page.save() is False
    assert "Hanya administrator" in page.ui.error_label.text()
    assert settings.current().office_name != "SETELAH DICABUT" and audit_changes() == []


def test_the_logo_is_chosen_checked_previewed_and_saved(qtbot, users, main_window,
                                                        own_config, tmp_path):
    from app.services import settings

    page = settings_page(main_window, users["admin"])
    ui = page.ui
    fake = tmp_path / "logo.png"
    fake.write_text("bukan gambar")
    assert page.use_logo_file(str(fake)) is False
    assert "bukan gambar PNG atau JPEG" in ui.error_label.text()
    assert page.logo_change is None and ui.logo_preview.pixmap().isNull()
    good = tmp_path / "logo-kanwil.png"
    good.write_bytes(png_bytes())
    assert page.use_logo_file(str(good)) is True
    assert not ui.logo_preview.pixmap().isNull()
    assert "60 x 40 piksel" in ui.logo_info_label.text()
    assert settings.current().office_logo == {}  # only at Simpan
    assert page.save() is True
    logo = settings.current().office_logo
    assert logo["nama_berkas"] == "logo-kanwil.png"
    assert settings.office_logo_bytes() == good.read_bytes()
    assert not ui.logo_preview.pixmap().isNull()  # shown again from the database
    click(qtbot, ui.logo_clear_button)
    assert page.save() is True
    assert settings.current().office_logo == {}
    assert [d["kunci"] for _a, d in audit_changes()] == ["office_logo", "office_logo"]


def test_signatories_and_tier_days_are_edited_in_their_tables(qtbot, users, main_window,
                                                              own_config):
    from app.services import settings

    page = settings_page(main_window, users["admin"])
    table = page.signatories.table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).data(0x0100) == "kakanwil")  # Qt.UserRole
    table.item(row, 2).setText("Dr. Harun Sulianto, S.H., M.H.")
    table.item(row, 3).setText("196501011990031001")
    tiers = page.ui.tiers_tree
    simple = next(tiers.topLevelItem(i) for i in range(tiers.topLevelItemCount())
                  if tiers.topLevelItem(i).data(0, 0x0100) == "sederhana")
    simple.setText(1, "lima")  # not a number: named, nothing stored
    assert page.save() is False
    assert "Tingkat pengaduan" in page.ui.error_label.text()
    assert "hari_kerja" in page.ui.error_label.text()
    assert settings.current().signatories["kakanwil"]["nama"] == ""
    simple.setText(1, "7")
    assert page.save() is True
    office = settings.current()
    assert office.signatories["kakanwil"]["nama"] == "Dr. Harun Sulianto, S.H., M.H."
    assert office.signatories["kakanwil"]["jabatan"] == "Kepala Kantor Wilayah"  # kept
    assert office.tiers["sederhana"]["hari_kerja"] == 7
    assert {d["kunci"] for _a, d in audit_changes()} == {"signatories", "tiers"}


def test_a_division_is_added_with_its_key_words_and_a_bad_one_is_named(qtbot, users,
                                                                       main_window,
                                                                       own_config):
    from app.services import settings

    page = settings_page(main_window, users["admin"])
    divisions = page.divisions
    before = settings.current().divisi_terkait
    click(qtbot, divisions.add_button)
    row = divisions.table.rowCount() - 1
    for column, text in enumerate(("PPU", "Divisi Peraturan Perundang-undangan", "",
                                   "Rancangan Perda,  Harmonisasi ,")):
        divisions.table.item(row, column).setText(text)
    assert page.save() is False  # no head's title: the nota dinas would have no addressee
    assert "Divisi dan unit kerja" in page.ui.error_label.text()
    assert "jabatan kepala wajib diisi" in page.ui.error_label.text()
    assert settings.current().divisi_terkait == before
    divisions.table.item(row, 2).setText("Kepala Divisi Peraturan Perundang-undangan")
    assert page.save() is True, page.ui.error_label.text()
    added = settings.current().divisi_terkait[-1]
    assert added == {"kode": "PPU", "nama": "Divisi Peraturan Perundang-undangan",
                     "jabatan": "Kepala Divisi Peraturan Perundang-undangan",
                     "kata_kunci": ["Rancangan Perda", "Harmonisasi"]}
    assert len(settings.current().divisi_terkait) == len(before) + 1
    divisions.table.setCurrentCell(divisions.table.rowCount() - 1, 0)
    click(qtbot, divisions.remove_button)
    assert page.save() is True, page.ui.error_label.text()
    assert settings.current().divisi_terkait == before
