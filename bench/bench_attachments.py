"""Importing a 20 MB, 50-page scan, and how soon its first page is on screen.

    python bench/bench_attachments.py [--runs 5] [--db URL] [--mb 20]

Import: `attach_paths()` from a file on disk (size check, read, PDF checks with pypdf, page
count, SHA-256, blob and attachment rows and audit entry in one transaction): median time
over fresh copies (each a distinct content, so deduplication does not help), Python peak
memory (tracemalloc) and the process's peak RSS growth.
First page: the viewer, offscreen, from `open_attachment()` (database read, hash check,
PDFium open) until page 1 is on screen at fit-width. Target: under 300 ms.
Default database: a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services import accounts, sop_versions, workflow  # noqa: E402
from app.services.attachments import attach_paths  # noqa: E402
from app.services.workflow import ComplaintInput, PelaporInput  # noqa: E402
from app.store.db import open_database  # noqa: E402
from app.store.models import now  # noqa: E402
from tests.app.attachment_files import letter_page  # noqa: E402


def scan_pdf(pages: int, target_mb: float, salt: int = 0) -> bytes:
    """A PDF of `pages` scanned-looking JPEG pages, about `target_mb` in all (scanner noise
    is what makes real scans big, so it is added until the size is right)."""
    import img2pdf
    from PIL import Image

    per_page = target_mb * 1024 * 1024 / pages
    base = Image.open(io.BytesIO(letter_page(1, size=(1654, 2339), dpi=200)))

    def jpeg(sigma: float, mark: int) -> bytes:
        page = Image.blend(base, Image.effect_noise(base.size, sigma), 0.18)
        page.putpixel((mark % base.width, salt % base.height), 0)  # every page distinct
        out = io.BytesIO()
        page.save(out, "JPEG", quality=88, dpi=(200, 200))
        return out.getvalue()

    sigma = 18.0
    for _ in range(4):  # tune the noise to the wanted page size
        sigma *= max(0.3, min(3.0, per_page / len(jpeg(sigma, 0)))) ** 1.5
    images = [jpeg(sigma, number) for number in range(pages)]
    return img2pdf.convert(images)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db")
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-lampiran-"))
    url = args.db or "sqlite:///" + str(folder / "bench.db")
    open_database(url)
    sop = sop_versions.current_sop()
    valid = {lane.key for lane in sop.lanes}
    kasubag = accounts.create_user("bench_kasubag", "Kasubag", "rahasia-123",
                                   ["kasubag_pphti"], valid_lanes=valid,
                                   actor=accounts.COMMAND_LINE)
    complaint = workflow.register_complaint(
        kasubag, ComplaintInput(received_at=now(), channel="surat", subject_kind="upt",
                                subject_name="Lapas", category="pungli", tier="pelanggaran",
                                summary="Bench", description="Bench"),
        PelaporInput(name="Bench"), waiver="bench")

    print(f"making {args.runs} PDFs of {args.pages} pages, ~{args.mb:g} MB ...", flush=True)
    files = []
    for run in range(args.runs):
        path = folder / f"pindaian-{run}.pdf"
        path.write_bytes(scan_pdf(args.pages, args.mb, salt=run))
        files.append(path)
    size_mb = files[0].stat().st_size / 1024 / 1024

    times, peaks, rss_growth, attached = [], [], [], []
    for path in files:
        rss_before = rss_mb()
        tracemalloc.start()
        start = time.perf_counter()
        (result,) = attach_paths(complaint, "surat", [path], actor=kasubag)
        times.append((time.perf_counter() - start) * 1000)
        peaks.append(tracemalloc.get_traced_memory()[1] / 1024 / 1024)
        tracemalloc.stop()
        rss_growth.append(rss_mb() - rss_before)
        attached.append(result.attachment.id)
    print(f"import {size_mb:.1f} MB, {result.info.pages} pages: median "
          f"{statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f}); "
          f"Python peak {statistics.median(peaks):.0f} MB "
          f"({statistics.median(peaks) / size_mb:.1f}x the file); "
          f"peak RSS growth first run {rss_growth[0]:.0f} MB")

    from PySide6.QtWidgets import QApplication

    from ui.attachments.viewer import AttachmentViewer
    from ui.worker import TaskRunner

    app = QApplication.instance() or QApplication([])
    viewer = AttachmentViewer()
    viewer.resize(1100, 760)
    viewer.show()
    app.processEvents()
    runner = TaskRunner(synchronous=True)
    first_page, open_only = [], []
    for attachment_id in attached:
        shown = []
        viewer.page_shown.connect(shown.append)
        start = time.perf_counter()
        viewer.open_attachment(attachment_id, "bench", runner)
        loaded = time.perf_counter()
        while not shown:
            app.processEvents()
        first_page.append((time.perf_counter() - start) * 1000)
        open_only.append((loaded - start) * 1000)
        viewer.page_shown.disconnect()
        viewer.renderer.wait()
    print(f"first page on screen: median {statistics.median(first_page):.0f} ms "
          f"(min {min(first_page):.0f}, max {max(first_page):.0f}; of which database read, "
          f"hash check and open {statistics.median(open_only):.0f} ms); target < 300 ms")
    start = time.perf_counter()
    viewer.go_to(args.pages - 1)
    shown = []
    viewer.page_shown.connect(shown.append)
    while not shown:
        app.processEvents()
    print(f"jump to page {args.pages}: {(time.perf_counter() - start) * 1000:.0f} ms")
    viewer.close_document()


if __name__ == "__main__":
    main()
