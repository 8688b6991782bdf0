"""`pengaduan kalender`: an administrator keeps the office's days from the command line."""

from __future__ import annotations

from tests.cli.test_main import pengaduan


def test_office_days_are_set_listed_and_removed(tmp_path):
    url = "sqlite:///" + str(tmp_path / "kalender.db")
    done = pengaduan(url, "kalender", "libur", "2026-12-24", "--nama", "Cuti bersama Natal",
                     "--dasar", "SKB 3 Menteri 2026")
    assert done.returncode == 0, done.stderr
    listed = pengaduan(url, "kalender", "daftar", "--tahun", "2026").stdout
    office = [line for line in listed.splitlines() if "SKB 3 Menteri 2026" in line]
    assert office and office[0].startswith("2026-12-24") and "Kantor" in office[0]
    assert "Hari Kemerdekaan" in listed  # the national days of the year, from the database
    assert "digantikan ketetapan kantor" in listed  # the package's cuti bersama that day

    assert pengaduan(url, "kalender", "hapus", "2026-12-24").returncode == 0
    assert "SKB 3 Menteri 2026" not in pengaduan(url, "kalender", "daftar", "--tahun",
                                                  "2026").stdout


def test_a_bad_date_or_a_missing_source_is_a_usage_error(tmp_path):
    url = "sqlite:///" + str(tmp_path / "kalender.db")
    bad = pengaduan(url, "kalender", "libur", "2026-13-01", "--nama", "x", "--dasar", "y")
    assert bad.returncode == 2 and "tidak dikenal" in bad.stderr
    missing = pengaduan(url, "kalender", "kerja", "2026-12-26", "--nama", "Layanan")
    assert missing.returncode == 2 and "--dasar" in missing.stderr
    blank = pengaduan(url, "kalender", "libur", "2026-12-28", "--nama", "Libur", "--dasar", " ")
    assert blank.returncode == 1 and "wajib diisi" in blank.stderr
