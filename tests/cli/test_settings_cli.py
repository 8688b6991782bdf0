"""`pengaduan pengaturan lihat|ubah`: the office's settings read and changed from the command
line, through the same checks as every other change (the logo: tests/app/naskah/test_logo)."""

from __future__ import annotations

import json

from tests.cli.test_main import pengaduan


def test_the_divisions_list_is_changed_and_shown_from_the_command_line(db, db_url, tmp_path):
    from app.services import office_lists, settings

    divisions = office_lists.default_divisions()
    divisions[0]["kata_kunci"].append("Rancangan Perkada")
    source = tmp_path / "divisi.json"
    source.write_text(json.dumps(divisions, ensure_ascii=False), encoding="utf-8")
    out = pengaduan(db_url, "pengaturan", "ubah", "divisi_terkait", "--berkas", str(source))
    assert out.returncode == 0, out.stderr
    assert settings.current().divisi_terkait == divisions  # seen by this other process
    shown = pengaduan(db_url, "pengaturan", "lihat", "divisi_terkait")
    assert json.loads(shown.stdout) == divisions
    source.write_text(json.dumps([{"kode": "P3H", "nama": "Divisi P3H"}]), encoding="utf-8")
    out = pengaduan(db_url, "pengaturan", "ubah", "divisi_terkait", "--berkas", str(source))
    assert out.returncode == 1
    assert "divisi ke-1: jabatan kepala wajib diisi" in out.stderr
    assert settings.current().divisi_terkait == divisions  # unchanged
    out = pengaduan(db_url, "pengaturan", "ubah", "office_code", "12")
    assert out.returncode == 0 and settings.current().office_code == "12"
    out = pengaduan(db_url, "pengaturan", "ubah", "warna", "biru")
    assert out.returncode == 1 and "tidak dikenal" in out.stderr
