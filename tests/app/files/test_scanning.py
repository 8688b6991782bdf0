"""Scanning: pages into one PDF, the scan folder, and a real scan through SANE's `test`
device attached to a complaint."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.app.attachment_files import image_bytes, pdf_bytes, tiff_bytes


def _pdf_pages(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data)).pages


def test_pages_become_one_pdf_in_order_with_their_rotation():
    from app.files.scanning import assemble_pdf, page_from_image

    pages = [page_from_image(image_bytes("JPEG", size=(400, 560), dpi=200, text=str(i)))[0]
             for i in range(3)]
    pages[1] = pages[1].rotated(90).rotated(180)
    out = _pdf_pages(assemble_pdf(pages))
    assert len(out) == 3
    assert [p.get("/Rotate", 0) for p in out] == [0, 270, 0]
    # 400 px at 200 dpi is 2 inches = 144 points: the scan keeps its physical size.
    assert round(float(out[0].mediabox.width)) == 144


def test_a_jpeg_page_is_embedded_without_re_encoding():
    from app.files.scanning import assemble_pdf, page_from_image

    jpeg = image_bytes("JPEG", size=(300, 300), dpi=200, text="asli")
    assert jpeg in assemble_pdf(page_from_image(jpeg))


def test_a_photo_without_resolution_is_fitted_into_a4():
    from app.files.scanning import assemble_pdf, page_from_image

    photo = image_bytes("PNG", size=(4000, 3000), dpi=72)
    page = _pdf_pages(assemble_pdf(page_from_image(photo)))[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_assembling_needs_no_pikepdf():
    """The bundle leaves pikepdf out: img2pdf's internal writer must do, with every check
    the scans get (pages, order, rotation, size, the attachment checks)."""
    code = """
import sys
sys.modules["pikepdf"] = None  # as in the bundle: not there
import io
from pypdf import PdfReader
from app.services.attachments import inspect
from app.files.scanning import assemble_pdf, page_from_image
from tests.app.attachment_files import image_bytes, tiff_bytes
pages = page_from_image(tiff_bytes(3)) + page_from_image(image_bytes("PNG", dpi=150))
pages[0] = pages[0].rotated(90)
pdf = assemble_pdf(pages)
out = PdfReader(io.BytesIO(pdf)).pages
assert [p.get("/Rotate", 0) for p in out] == [90, 0, 0, 0], out
assert round(float(out[0].mediabox.width)) == 72, out[0].mediabox  # 200 px at 200 dpi
assert inspect("pindaian.pdf", pdf).pages == 4
assert "pikepdf" not in [m for m, v in sys.modules.items() if v is not None]
print("ok")
"""
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr


def test_an_empty_scan_cannot_be_saved():
    from app.files.scanning import ScanError, assemble_pdf

    with pytest.raises(ScanError, match="Belum ada halaman"):
        assemble_pdf([])


def test_imported_files_give_their_pages():
    from app.files.filetypes import FileRejected
    from app.files.scanning import pages_from_file

    assert len(pages_from_file("tiga.tif", tiff_bytes(3))) == 3
    from_pdf = pages_from_file("dua.pdf", pdf_bytes(2), dpi=100)
    assert [p.mime for p in from_pdf] == ["image/jpeg"] * 2 and from_pdf[0].dpi == 100
    with pytest.raises(FileRejected):
        pages_from_file("x.pdf", b"bukan pdf")


# --------------------------------------------------------------------------- scan folder
def _aged(path: Path, seconds: float = 10) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


def test_the_scan_inbox_offers_a_dropped_file_once_it_is_written(tmp_path):
    from app.files.scanning import ScanInbox

    inbox = ScanInbox(tmp_path, settle_seconds=2)
    assert inbox.new_files() == []
    dropped = tmp_path / "scan_0001.pdf"
    dropped.write_bytes(pdf_bytes(1))
    (tmp_path / "scan_0002.pdf.part").write_bytes(b"%PDF-1.4 separuh")
    (tmp_path / "~lock").write_bytes(b"x")
    assert inbox.new_files() == []  # just written: it may still be growing
    assert inbox.new_files() == [dropped]  # unchanged since the last look: finished
    assert inbox.new_files() == []  # offered once
    assert inbox.waiting() == [dropped]


def test_the_scan_inbox_waits_while_a_file_grows(tmp_path):
    from app.files.scanning import ScanInbox

    inbox = ScanInbox(tmp_path, settle_seconds=60)
    growing = tmp_path / "scan.tif"
    growing.write_bytes(b"II*\x00" + b"\0" * 10)
    assert inbox.new_files() == []
    with open(growing, "ab") as handle:
        handle.write(b"\0" * 100)
    assert inbox.new_files() == []
    assert inbox.new_files() == [growing]


def test_taken_and_dismissed_files_leave_the_inbox(tmp_path):
    from app.files.scanning import ScanInbox

    inbox = ScanInbox(tmp_path)
    first = _aged(_write(tmp_path / "a.pdf", pdf_bytes(1)), 20)
    second = _aged(_write(tmp_path / "b.jpg", image_bytes("JPEG")), 10)
    assert inbox.new_files() == [first, second]  # oldest first
    moved = inbox.take(first)
    assert moved.parent.name == "dilampirkan" and moved.exists()
    inbox.dismiss(second)
    assert inbox.waiting() == [] and (tmp_path / "diabaikan" / "b.jpg").exists()


def test_the_inbox_backend_scans_the_waiting_files_as_pages(tmp_path):
    from app.files.scanning import InboxBackend, ScanError, ScanOptions

    backend = InboxBackend(tmp_path)
    (device,) = backend.devices()
    with pytest.raises(ScanError, match="kosong"):
        backend.scan(device, ScanOptions())
    _aged(_write(tmp_path / "1.png", image_bytes("PNG")))
    _aged(_write(tmp_path / "2.tif", tiff_bytes(2)))
    pages = backend.scan(device, ScanOptions())
    assert len(pages) == 3
    # Nothing moves while scanning: only once the pages are stored (take).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.png", "2.tif"]
    backend.take(backend.files)
    assert sorted(p.name for p in (tmp_path / "dilampirkan").iterdir()) == ["1.png", "2.tif"]


def test_a_bad_file_in_the_scan_folder_costs_the_good_ones_nothing(tmp_path):
    from app.files.scanning import InboxBackend, ScanOptions

    good = [_aged(_write(tmp_path / "1.png", image_bytes("PNG")), 30),
            _aged(_write(tmp_path / "3.tif", tiff_bytes(2)), 10)]
    bad = _aged(_write(tmp_path / "2.pdf", b"%PDF-1.4 rusak"), 20)
    backend = InboxBackend(tmp_path)
    (device,) = backend.devices()
    pages = backend.scan(device, ScanOptions())
    assert [p.source for p in pages] == ["1.png", "3.tif [1]", "3.tif [2]"]
    assert backend.files == good
    assert len(backend.problems) == 1 and "2.pdf" in backend.problems[0]
    # Until the batch is stored every file stays in the folder; then only the good ones go.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.png", "2.pdf", "3.tif"]
    backend.take(backend.files)
    assert sorted(p.name for p in (tmp_path / "dilampirkan").iterdir()) == ["1.png", "3.tif"]
    assert bad.exists()


def test_the_scan_folder_applies_the_limit_it_was_given_and_keeps_the_file(tmp_path):
    from app.files.filetypes import FileRejected
    from app.files.scanning import InboxBackend, ScanOptions, backend_for

    picture = _aged(_write(tmp_path / "1.png", image_bytes("PNG")))
    (device,) = InboxBackend(tmp_path).devices()
    strict = backend_for(device, [InboxBackend(tmp_path, limit=len(picture.read_bytes()) - 1)])
    with pytest.raises(FileRejected) as refused:
        strict.scan(device, ScanOptions())
    assert refused.value.reason == "terlalu_besar"
    assert picture.exists()  # refused, not taken: nothing lost
    # The office's limit reaches the folder's backend when backends are found afresh.
    assert backend_for(device, limit=123).limit == 123
    assert len(backend_for(device, limit=10 * 1024 * 1024).scan(device, ScanOptions())) == 1


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_with_no_scanner_the_machine_says_so(tmp_path):
    from app.files.scanning import InboxBackend, SaneBackend, WiaBackend, discover

    found = discover([SaneBackend(program=""), WiaBackend(), InboxBackend(None),
                      InboxBackend(tmp_path / "tidak-ada")])
    assert found.devices == [] and found.problems == []


def test_the_scan_folder_is_a_per_workstation_setting(tmp_path, monkeypatch):
    from app.files import scanning

    monkeypatch.setenv("PENGADUAN_CONFIG", str(tmp_path / "config.json"))
    assert scanning.inbox_folder() is None
    scanning.set_inbox_folder(tmp_path)
    assert scanning.inbox_folder() == tmp_path
    assert scanning.InboxBackend().devices()[0].device_id == str(tmp_path)


# --------------------------------------------------------------------------- SANE
@pytest.fixture
def sane_test_device(tmp_path, monkeypatch):
    """SANE with only its `test` backend switched on (Debian ships it commented out in
    /etc/sane.d/dll.conf), through a private SANE_CONFIG_DIR."""
    if not shutil.which("scanimage"):
        pytest.skip("scanimage not installed (Debian sane-utils; .ci/run installs it)")
    config = tmp_path / "sane.d"
    config.mkdir()
    (config / "dll.conf").write_text("test\n")
    system = Path("/etc/sane.d/test.conf")
    if system.exists():
        shutil.copy(system, config / "test.conf")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(config))
    listing = subprocess.run(["scanimage", "-L"], capture_output=True, text=True, timeout=60)
    if "test:0" not in listing.stdout:
        pytest.skip("SANE's test backend is missing (Debian libsane1 has it): "
                    + listing.stdout.strip()[:200])
    from app.files.scanning import SaneBackend

    backend = SaneBackend()
    device = next(d for d in backend.devices() if d.device_id == "test:0")
    return backend, device


def test_a_real_feeder_scan_through_sane_becomes_a_multi_page_attachment(
        sane_test_device, registered, users):
    from app.files.scanning import ScanOptions, assemble_pdf
    from app.services.attachments import attach_file, read_content
    from app.store.models import Attachment

    backend, device = sane_test_device
    progress = []
    pages = backend.scan(device, ScanOptions(resolution=75, color="color", feeder=True),
                         progress=lambda done, total: progress.append(done))
    assert len(pages) == 10  # SANE's test feeder holds ten sheets
    assert {p.mime for p in pages} == {"image/jpeg"} and pages[0].dpi == 75
    pages = [pages[2], pages[0].rotated(90)] + pages[3:5]
    pdf = assemble_pdf(pages)
    result = attach_file(registered, "surat", "pindaian.pdf", pdf,
                         actor=users["kasubag_pphti"])
    row = Attachment.get_by_id(result.attachment.id)
    assert (row.mime, row.pages) == ("application/pdf", 4)
    assert [p.get("/Rotate", 0) for p in _pdf_pages(read_content(row))] == [0, 90, 0, 0]


def test_a_flatbed_scan_through_sane_gives_one_page(sane_test_device):
    from app.files.scanning import ScanOptions

    backend, device = sane_test_device
    (page,) = backend.scan(device, ScanOptions(resolution=50, color="gray"))
    assert page.mime == "image/jpeg" and page.width > 0


def test_a_cancelled_sane_scan_stops(sane_test_device):
    from app.files.scanning import ScanCancelled, ScanOptions

    backend, device = sane_test_device
    with pytest.raises(ScanCancelled):
        backend.scan(device, ScanOptions(resolution=600, feeder=True), cancelled=lambda: True)
