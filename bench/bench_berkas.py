"""Berkas and yearly archive benchmark (issue 19). Prints figures, not a test.

    python bench/bench_berkas.py [--complaints 1000] [--skip-archive]

1. One berkas of a closed 14-step case (two returns for revision, a hold) with 10 naskah
   (.docx versions, each converted by the project's converter) and a 50-page scan:
   first (converter cold, empty PDF cache), warm (converter warm, cache filled), and warm
   with an empty cache (new naskah versions, converter warm). Baseline in the same run:
   the same component PDFs merely concatenated with pypdf (no pages of our own, no stamps,
   no bookmarks).
2. The archive of N closed complaints (`pengaduan demo` data: each with its letter, signed
   nota dinas scans and answer; each also given the same receipt .docx, so the converter
   is warm and the cache serves it), run in a child process so its peak resident memory
   is its own: throughput and peak RSS; then `verify`. Baseline: hashing and copying the
   same original files alone.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    """This process's own peak resident memory: VmHWM (getrusage's ru_maxrss carries the
    parent's peak over fork and exec, so it cannot measure a child)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _users():
    from app.services import accounts, sop_versions

    sop = sop_versions.current_sop()
    valid = {lane.key for lane in sop.lanes}
    made = {lane: accounts.create_user(lane, lane.replace("_", " ").title(), "rahasia-123",
                                       [lane], valid_lanes=valid, actor=accounts.COMMAND_LINE)
            for lane in ("kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "divisi_terkait")}
    made["admin"] = accounts.create_user("admin", "Administrator", "rahasia-123",
                                         ["administrator"], valid_lanes=valid,
                                         actor=accounts.COMMAND_LINE)
    return made


def _docx(doc_type: str, n: int) -> bytes:
    from app.naskah.catalogue import sample_context
    from app.naskah.templates import render, template_bytes

    context = sample_context(doc_type)
    context["nomor"] = f"BENCH-{n:02d}"
    return render(template_bytes(doc_type), context)


def _scan(pages: int) -> bytes:
    from app.files.scanning import assemble_pdf, page_from_image
    from tests.app.attachment_files import letter_page

    return assemble_pdf([p for i in range(pages) for p in page_from_image(letter_page(i + 1))])


def bench_one(work: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    from app.naskah.berkas import NaskahPdf, build
    from app.naskah.pdf import converters
    from app.services.attachments import add_attachment
    from app.store import blobs
    from app.store.db import open_database
    from app.store.models import Document
    from cli.berkas import swimlane_pdf
    from tests.app.berkas.cases import full_case

    open_database("sqlite:///" + str(work / "one.db"))
    users = _users()
    case = full_case(users, naskah=False)
    types = ["nota_dinas", "lembar_disposisi", "hasil_telaahan", "surat_tanggapan",
             "tanda_terima"]
    for n in range(10):
        doc_type = types[n % len(types)]
        Document.create(complaint=case.id, doc_type=doc_type, version=10 + n,
                        step_no=6,
                        number=f"BENCH-{n:02d}", blob_id=blobs.put(_docx(doc_type, n)))
    add_attachment(case, "lainnya", "pindaian-50-halaman.pdf", _scan(50), step_no=14)
    chart = swimlane_pdf(case.id)
    converters.close_all()
    cache = work / "cache"
    times = {}
    for label, fresh in (("first (cold converter, empty cache)", True),
                         ("warm (cache filled)", False)):
        converter = NaskahPdf(cache)
        start = time.perf_counter()
        berkas = build(case.id, users["kasubag_pphti"], work / "one.pdf", swimlane_pdf=chart,
                       converter=converter)
        times[label] = time.perf_counter() - start
        print(f"  {label:40s} {times[label]:7.2f} s  {berkas.pages} pages, "
              f"{berkas.size / 1e6:.1f} MB, {converter.converted} conversions")
        del fresh
    shutil.rmtree(cache)
    converter = NaskahPdf(cache)
    start = time.perf_counter()
    build(case.id, users["kasubag_pphti"], work / "one.pdf", swimlane_pdf=chart,
          converter=converter)
    nocache = time.perf_counter() - start
    print(f"  {'warm converter, empty cache':40s} {nocache:7.2f} s  "
          f"{converter.converted} conversions")
    # Baseline: the component PDFs concatenated, nothing else.
    from app.naskah.berkas.content import gather

    pack = gather(case.id, users["kasubag_pphti"], converter=NaskahPdf(cache))
    start = time.perf_counter()
    writer = PdfWriter()
    for source in [chart] + [p.pdf for p in pack.naskah + pack.lampiran if p.pdf]:
        for page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(page)
    writer.write(io.BytesIO())
    base = time.perf_counter() - start
    warm = times["warm (cache filled)"]
    print(f"  {'baseline: concatenate the parts':40s} {base:7.2f} s  "
          f"ratio warm/baseline {warm / base:.1f}x")
    print(f"  target warm < 5 s: {'met' if warm < 5 else 'NOT met'}")
    converters.close_all()


def fill_child(work: Path, n: int) -> None:
    """In its own process: n closed complaints of 2026 (demo data) with a receipt .docx."""
    import datetime as dt

    from app.naskah.berkas.arsip import closed_in
    from app.services import demo
    from app.store import blobs
    from app.store.db import open_database
    from app.store.models import Document

    open_database("sqlite:///" + str(work / "arsip.db"))
    start = time.perf_counter()
    # Received over 2026 and mostly closed by the 30th of December.
    demo.generate(int(n * 1.45), at=dt.datetime(2026, 12, 30, 15, 0), months=11)
    ids = list(closed_in(2026))[:n]
    receipt = blobs.put(_docx("tanda_terima", 0))
    with_ids = set(ids)
    for cid in ids:
        Document.create(complaint=cid, doc_type="tanda_terima", version=1, step_no=1,
                        number="BENCH-TT", blob_id=receipt)
    from app.store.models import Complaint

    # Only the first n closed complaints are archived: close the date range around them.
    extra = [c for c in closed_in(2026) if c not in with_ids]
    if extra:
        Complaint.update(closed_at=dt.datetime(2027, 1, 2, 9, 0)).where(
            Complaint.id.in_(extra)).execute()
    print(f"  filled {len(ids)} closed complaints in {time.perf_counter() - start:.0f} s "
          f"(in its own process)")


def archive_child(work: Path, n: int) -> None:
    """In a fresh process (its peak RSS is the archive's own): archive, verify."""
    from app.naskah.berkas import NaskahPdf
    from app.naskah.berkas.arsip import closed_in, make_archive, verify
    from app.services.accounts import COMMAND_LINE
    from app.store import blobs
    from app.store.db import open_database
    from app.store.models import Attachment
    from cli.berkas import swimlane_pdf

    open_database("sqlite:///" + str(work / "arsip.db"))
    ids = list(closed_in(2026))
    converter = NaskahPdf(work / "cache")
    converter.pdf_of(_docx("tanda_terima", 0))  # warm: the converter started, cached
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    result = make_archive(COMMAND_LINE, 2026, work / "arsip", swimlane=swimlane_pdf,
                          converter=converter)
    took = time.perf_counter() - start
    peak = peak_rss_mb()
    size = sum(p.stat().st_size for p in (work / "arsip").rglob("*") if p.is_file())
    print(f"  archive: {result.complaints} complaints, {result.files} files, "
          f"{size / 1e6:.0f} MB in {took:.1f} s = {result.complaints / took:.1f} complaints/s"
          f" ({took / result.complaints * 1000:.0f} ms each)")
    print(f"  peak RSS {peak:.0f} MB (before the archive {rss_before:.0f} MB); "
          f"target < 300 MB: {'met' if peak < 300 else 'NOT met'}")
    start = time.perf_counter()
    checked = verify(work / "arsip")
    print(f"  verify: {checked.checked} files, ok={checked.ok}, "
          f"{time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    out = work / "copy"
    out.mkdir()
    for a in Attachment.select().where(Attachment.complaint.in_(ids)):
        data = blobs.read(a.blob_id, a.filename)
        (out / f"{a.id}.bin").write_bytes(data)
    base = time.perf_counter() - start
    print(f"  baseline: copy the original attachments alone {base:.1f} s; "
          f"ratio archive/baseline {took / base:.0f}x")
    if result.complaints != 1000:
        print(f"  extrapolated to 1,000 complaints: {took / result.complaints * 1000:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=1000)
    parser.add_argument("--skip-archive", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--archive-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841 (the swimlane)
    if args.child:
        fill_child(Path(args.child), args.complaints)
        return 0
    if args.archive_child:
        archive_child(Path(args.archive_child), args.complaints)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-berkas-") as tmp:
        work = Path(tmp)
        print("One berkas: 14-step case, 10 naskah, 50 scanned pages")
        bench_one(work)
        if not args.skip_archive:
            print(f"Archive of {args.complaints} closed complaints (child process)")
            for role in ("--child", "--archive-child"):
                subprocess.run([sys.executable, __file__, role, str(work),
                                "--complaints", str(args.complaints)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
