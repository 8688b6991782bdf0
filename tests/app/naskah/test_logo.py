"""The kop's logo lives in the database: set on one workstation, printed by every other
(tested across processes, through the command line); a file that is no image, too large or
too many pixels is refused with its reason and the old logo kept; a logo still set as a
workstation path works where that file is, and is left out (logged) where it is not."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import zipfile

import pytest
from PIL import Image

from app.errors import NotPermitted, ValidationError
from app.naskah import versions
from app.services import accounts, settings
from app.store.models import AuditEntry, Setting
from tests.app.attachment_files import named_pdf
from tests.app.naskah.reading import AT, read
from tests.conftest import advance_to

CLI = accounts.COMMAND_LINE


def image(kind: str = "PNG", size=(60, 40), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 1).save(out, kind)
    return out.getvalue()


def pengaduan(url, *args):
    return subprocess.run([sys.executable, "-m", "cli", "--db", url, *args],
                          capture_output=True, text=True, timeout=300)


def media(docx: bytes) -> list[bytes]:
    """The images inside a .docx."""
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")]


def test_a_logo_set_on_one_workstation_is_printed_by_another(registered, users, db_url,
                                                            tmp_path):
    registered = advance_to(registered, users, 6)  # the nota dinas is drafted at step 6
    # Workstation 2 (its own process and connection) stores its file; the file then goes.
    png = image("PNG")
    source = tmp_path / "logo-kanwil.png"
    source.write_bytes(png)
    out = pengaduan(db_url, "pengaturan", "logo", str(source))
    assert out.returncode == 0, out.stderr
    assert "60 x 40 piksel" in out.stdout
    source.unlink()
    nd = versions.generate(users["kasubag_pphti"], registered.id, "nota_dinas", at=AT)
    assert len(read(nd).inline_shapes) == 1
    assert media(versions.document_content(nd)) == [png]
    # The other way round: set here, printed there.
    jpeg = image("JPEG", (80, 80))
    settings.set_office_logo(jpeg, filename="logo-baru.jpg", actor=users["admin"])
    target = tmp_path / "nota.docx"
    out = pengaduan(db_url, "document", "nota_dinas", registered.register_no,
                    "--out", str(target))
    assert out.returncode == 0, out.stderr
    assert media(target.read_bytes()) == [jpeg]
    shown = pengaduan(db_url, "pengaturan", "logo")
    assert "logo-baru.jpg (80 x 80 piksel" in shown.stdout
    out = pengaduan(db_url, "pengaturan", "logo", "--hapus")
    assert out.returncode == 0, out.stderr
    nd = versions.generate(users["kasubag_pphti"], registered.id, "nota_dinas", at=AT)
    assert media(versions.document_content(nd)) == []


def _big_png() -> bytes:
    """Over 2 MB: noise does not compress."""
    import random

    rng = random.Random(1)
    noise = Image.frombytes("RGB", (900, 900), rng.randbytes(900 * 900 * 3))
    out = io.BytesIO()
    noise.save(out, "PNG", compress_level=0)
    return out.getvalue()


@pytest.mark.parametrize("name, content, reason", [
    ("logo.pdf", named_pdf("bukan gambar"), "bukan gambar PNG atau JPEG"),
    ("logo.gif", image("GIF"), "bukan gambar PNG atau JPEG"),
    ("logo.png", b"", "kosong"),
    ("logo.png", image("PNG")[:60], "rusak atau terpotong"),
    ("besar.png", _big_png(), "melebihi batas 2"),
    # 5000 x 5000 in one bit per pixel: a few kilobytes that decode to 25 million pixels
    ("raksasa.png", image("PNG", (5000, 5000), "1"), "5000 x 5000 piksel, paling banyak 16"),
])
def test_a_file_that_is_no_fit_logo_is_refused_and_the_old_logo_kept(db, tmp_path, name,
                                                                       content, reason):
    old = settings.set_office_logo(image("PNG"), filename="lama.png", actor=CLI)
    entries = AuditEntry.select().count()
    path = tmp_path / name
    path.write_bytes(content)
    for source in (path, content):  # a file, or its bytes
        with pytest.raises(ValidationError) as refused:
            settings.set_office_logo(source, filename=name, actor=CLI)
        assert reason in str(refused.value) and name in str(refused.value)
    assert settings.current().office_logo == old
    assert settings.office_logo_bytes() == image("PNG")
    assert AuditEntry.select().count() == entries


def test_the_command_line_explains_a_refused_logo(db_url, tmp_path):
    path = tmp_path / "logo.txt"
    path.write_text("bukan logo")
    out = pengaduan(db_url, "pengaturan", "logo", str(path))
    assert out.returncode == 1 and "bukan gambar PNG atau JPEG" in out.stderr
    out = pengaduan(db_url, "pengaturan", "logo", str(tmp_path / "hilang.png"))
    assert out.returncode == 1 and "tidak dapat dibaca" in out.stderr


def test_only_an_administrator_changes_the_logo_and_only_through_the_check(users):
    with pytest.raises(NotPermitted):
        settings.set_office_logo(image(), actor=users["kasubag_pphti"])
    with pytest.raises(NotPermitted):
        settings.clear_office_logo(actor=users["kasubag_pphti"])
    with pytest.raises(ValidationError, match="pengaturan logo"):
        settings.put("office_logo", {"sha256": "0" * 64}, actor=users["admin"])
    logo = settings.set_office_logo(image(), filename="logo.png", actor=users["admin"])
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert (entry.action, entry.actor) == ("pengaturan.ubah", "admin")
    assert logo["sha256"] in entry.detail and "office_logo" in entry.detail


def test_an_old_logo_path_works_where_the_file_is_and_is_left_out_elsewhere(
        registered, users, tmp_path, caplog):
    registered = advance_to(registered, users, 6)  # the nota dinas is drafted at step 6
    path = tmp_path / "logo-lama.png"
    path.write_bytes(image())
    Setting.create(key="office_logo", value=json.dumps(str(path)))  # an earlier version's
    caplog.set_level(logging.WARNING)
    nd = versions.generate(users["kasubag_pphti"], registered.id, "nota_dinas", at=AT)
    assert media(versions.document_content(nd)) == [image()]  # this workstation: as before
    assert f"pengaduan pengaturan logo {path}" in caplog.text
    caplog.clear()
    path.unlink()  # a workstation without the file
    nd = versions.generate(users["kasubag_pphti"], registered.id, "nota_dinas", at=AT)
    assert media(versions.document_content(nd)) == []
    assert "unusable here" in caplog.text and "tidak dapat dibaca" in caplog.text
    # The administrator's next `pengaturan logo` stores the file in the database.
    path.write_bytes(image())
    settings.set_office_logo(path, actor=CLI)
    path.unlink()
    assert settings.current().office_logo["nama_berkas"] == "logo-lama.png"
    assert settings.office_logo_bytes() == image()


def test_the_report_recap_prints_the_logo_from_the_database(db, tmp_path):
    import datetime as dt

    from app.reports.export import write_docx
    from app.reports.periods import Period
    from app.reports.report import build

    png = image("PNG", (30, 30))
    settings.set_office_logo(png, filename="logo.png", actor=CLI)
    report = build(Period.year(2026), dt.datetime(2026, 11, 27, 10, 0))
    path = write_docx(report, tmp_path / "rekap.docx", images={})
    assert png in media(path.read_bytes())
