"""`pengaduan berkas` and `pengaduan arsip [verify]` as real subprocesses (issue 19)."""

from __future__ import annotations

import subprocess
import sys

from pypdf import PdfReader

from tests.app.berkas.cases import REPORTER, full_case


def pengaduan(url, *args):
    return subprocess.run([sys.executable, "-m", "cli", "--db", url, *args],
                          capture_output=True, text=True, timeout=600,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_berkas_command_writes_the_masked_pdf_for_the_user(db_url, users, tmp_path):
    case = full_case(users, naskah=False)
    out = tmp_path / "berkas.pdf"
    done = pengaduan(db_url, "berkas", case.register_no, "--out", str(out), "--user",
                     "divisi_terkait")
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert f"{len(reader.pages)} halaman" in done.stdout
    text = "".join(page.extract_text() for page in reader.pages)
    assert REPORTER not in text
    assert "Flowchart SOP" in text or "SOP" in text  # the swimlane pages are there
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Bagan Alir SOP" in titles


def test_berkas_command_refuses_an_unknown_register_and_a_wrong_suffix(db_url, users,
                                                                       tmp_path):
    done = pengaduan(db_url, "berkas", "9999/TIDAK/ADA", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and "tidak ditemukan" in done.stderr
    done = pengaduan(db_url, "berkas", "9999/TIDAK/ADA", "--out", str(tmp_path / "x.docx"))
    assert done.returncode == 2 and ".pdf" in done.stderr
    case = full_case(users, naskah=False, close=False)
    (tmp_path / "berkas").write_text("sebuah berkas, bukan folder")
    done = pengaduan(db_url, "berkas", case.register_no, "--out",
                     str(tmp_path / "berkas" / "x.pdf"))
    assert done.returncode == 1 and "tidak dapat ditulis" in done.stderr
    assert "Traceback" not in done.stderr


def test_arsip_then_verify_then_a_changed_byte_fails(db_url, users, tmp_path):
    full_case(users, naskah=False)
    folder = tmp_path / "arsip"
    done = pengaduan(db_url, "arsip", "--tahun", "2026", "--out", str(folder), "--user",
                     "admin")
    assert done.returncode == 0, done.stderr
    assert "1 pengaduan" in done.stdout and "Sidik manifest" in done.stdout
    done = pengaduan(db_url, "arsip", "verify", str(folder))
    assert done.returncode == 0 and "Arsip utuh" in done.stdout
    pdf = next(folder.glob("*/berkas.pdf"))
    data = bytearray(pdf.read_bytes())
    data[100] ^= 0xFF
    pdf.write_bytes(bytes(data))
    done = pengaduan(db_url, "arsip", "verify", str(folder))
    assert done.returncode == 1 and "berkas.pdf berubah" in done.stdout


def test_arsip_refuses_a_user_who_is_not_an_administrator(db_url, users, tmp_path):
    full_case(users, naskah=False)
    done = pengaduan(db_url, "arsip", "--tahun", "2026", "--out", str(tmp_path / "a"),
                     "--user", "kasubag_pphti")
    assert done.returncode == 1 and "administrator" in done.stderr.lower()
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").iterdir())
