"""Make the README's swimlane pictures from example complaints in a throw-away database:

    python -m tools.swimlane_screenshots docs/img

writes swimlane_blank.png, swimlane_halfway.png (held once, now overdue at step 8) and
swimlane_loop.png (returned for revision from 8, 9 and the Kakanwil's 9b, now at step 11);
with --pdf also the PDFs.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

T0 = dt.datetime(2026, 11, 25, 8, 0)  # a Wednesday morning
NAMES = {
    "kakanwil": "Harun Sulistyo",
    "kadiv": "Ratna Dewi Anggraini",
    "kabag_p2": "Yusuf Maulana",
    "kasubag_pphti": "Sri Wahyuni",
    "divisi_terkait": "Andi Pratama",
}


def _at(day: int, hhmm: str) -> dt.datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return T0.replace(day=day, hour=hours, minute=minutes)


def _setup(url: str):
    from app.services import accounts, sop_versions
    from app.store.db import open_database

    open_database(url)
    sop = sop_versions.current_sop()
    valid = {lane.key for lane in sop.lanes}
    return {lane: accounts.create_user(lane, name, "contoh-rahasia-1", [lane],
                                       valid_lanes=valid, actor=accounts.COMMAND_LINE)
            for lane, name in NAMES.items()}


def _register(users, summary: str):
    from app.services import workflow

    data = workflow.ComplaintInput(
        received_at=T0, channel="surat", subject_kind="upt",
        subject_name="Lapas Kelas IIA Pangkalpinang", category="pungli", tier="pelanggaran",
        summary=summary, description="Pelapor dimintai uang saat berkunjung.")
    pelapor = workflow.PelaporInput(name="Budi Santoso")
    from app.services.demo import DEMO_PDF  # a real one-page PDF: attachments are checked

    return workflow.register_complaint(
        users["kasubag_pphti"], data, pelapor,
        attachments=[("surat", "surat-pengaduan.pdf", DEMO_PDF)], at=T0)


def _dispositions(users, cid: int, times: list[dt.datetime]) -> None:
    from app.services import workflow

    notes = ["Tindak lanjuti dan konfirmasi kebenarannya", "Proses sesuai SOP",
             "Telaah dan siapkan konsep nota dinas"]
    for lane, note, at in zip(("kakanwil", "kadiv", "kabag_p2"), notes, times, strict=True):
        workflow.forward(users[lane], cid, note=note, at=at)


def _telaahan(users, cid: int, at: dt.datetime) -> None:
    from app.services import outputs

    outputs.save(users["kasubag_pphti"], cid, "telaahan", {
        "persoalan": "Dugaan pungutan/antrean tidak tertib pada layanan.",
        "praanggapan": "Pelapor menyampaikan keadaan yang dialaminya sendiri.",
        "fakta": "Surat pengaduan dengan kronologi kejadian.",
        "analisis": "Termasuk kewenangan divisi terkait untuk ditindaklanjuti.",
        "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.",
        "saran": "Diteruskan kepada divisi terkait melalui nota dinas."}, at=at)


def _draft(users, cid: int, at: dt.datetime, isi: str) -> None:
    """A nota dinas version at step 6: its fields, and the version filled from them."""
    from app.services import outputs, settings
    from app.store.models import Document

    row = outputs.save(users["kasubag_pphti"], cid, "nota_dinas", {
        "divisi": settings.current().divisi_terkait[0]["kode"],
        "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": isi,
        "tembusan": ["Kepala Kantor Wilayah"]}, at=at)
    previous = outputs.latest_nota_dinas(cid)
    Document.create(complaint=cid, doc_type="nota_dinas", step_no=6, output=row,
                    version=(previous.version + 1) if previous else 1, created_at=at)


def _sign(users, cid: int, at: dt.datetime) -> None:
    """The Kakanwil's signed print, scanned, as the latest version's signed copy."""
    from app.services import outputs
    from app.services.attachments import add_attachment
    from app.services.demo import DEMO_PDF
    from app.services.naskah_records import attach_signed
    from app.store.models import Complaint

    kakanwil = users["kakanwil"]
    scan = add_attachment(Complaint.get_by_id(cid), "nota_dinas", "nota-dinas-ttd.pdf",
                          DEMO_PDF, actor=kakanwil, step_no=9)
    attach_signed(kakanwil, outputs.latest_nota_dinas(cid), scan)


def halfway(users) -> int:
    """Held at the review for the complainant's data, now overdue at Kabag P2's paraf."""
    from app.services import workflow

    c = _register(users, "Pungutan pada layanan kunjungan")
    _dispositions(users, c.id, [_at(25, "08:12"), _at(25, "08:25"), _at(25, "08:40")])
    workflow.hold(users["kasubag_pphti"], c.id, at=_at(25, "09:10"),
                  reason="Menunggu kronologi dan bukti transfer dari pelapor")
    workflow.resume(users["kasubag_pphti"], c.id, at=_at(26, "09:00"),
                    note="Pelapor mengirim kronologi")
    _telaahan(users, c.id, _at(26, "09:35"))
    workflow.forward(users["kasubag_pphti"], c.id, at=_at(26, "09:40"))
    _draft(users, c.id, _at(26, "10:00"), "Bersama ini kami teruskan laporan pengaduan.")
    workflow.forward(users["kasubag_pphti"], c.id, at=_at(26, "10:05"))
    workflow.forward(users["kasubag_pphti"], c.id, at=_at(26, "10:30"))
    return c.id


def looped(users) -> int:
    """The nota dinas went back for revision from Kabag P2, from the Kadiv and from the
    Kakanwil (before signing, in step 9's sub-step); now at step 11."""
    from app.services import outputs, workflow
    from app.services.attachments import add_attachment
    from app.services.demo import DEMO_PDF
    from app.store.models import Complaint

    c = _register(users, "Antrean layanan paspor tidak tertib")
    _dispositions(users, c.id, [_at(25, "08:10"), _at(25, "08:25"), _at(25, "08:40")])
    pphti, kabag, kadiv = users["kasubag_pphti"], users["kabag_p2"], users["kadiv"]
    kakanwil = users["kakanwil"]
    _telaahan(users, c.id, _at(25, "09:35"))
    workflow.forward(pphti, c.id, at=_at(25, "09:40"))
    _draft(users, c.id, _at(25, "10:00"), "Bersama ini kami teruskan laporan pengaduan.")
    workflow.forward(pphti, c.id, at=_at(25, "10:05"))
    workflow.forward(pphti, c.id, at=_at(25, "10:30"))
    workflow.return_for_revision(kabag, c.id, note="Dasar hukum belum dicantumkan",
                                 at=_at(25, "10:50"))
    _draft(users, c.id, _at(25, "11:05"), "Sesuai Perpres 76/2013, bersama ini kami "
                                          "teruskan laporan pengaduan.")
    workflow.forward(pphti, c.id, at=_at(25, "11:10"))
    workflow.forward(pphti, c.id, at=_at(25, "11:30"))
    workflow.forward(kabag, c.id, at=_at(25, "11:45"))
    workflow.return_for_revision(kadiv, c.id, note="Perbaiki hal dan tembusan",
                                 at=_at(25, "13:20"))
    _draft(users, c.id, _at(25, "13:35"), "Sesuai Perpres 76/2013, bersama ini kami "
                                          "teruskan laporan pengaduan tentang antrean paspor.")
    workflow.forward(pphti, c.id, at=_at(25, "13:40"))
    workflow.forward(pphti, c.id, at=_at(25, "14:00"))
    workflow.forward(kabag, c.id, at=_at(25, "14:15"))
    workflow.forward(kadiv, c.id, at=_at(25, "14:20"))
    workflow.return_for_revision(kakanwil, c.id, note="Tegaskan batas waktu tindak lanjut",
                                 at=_at(25, "14:30"))
    _draft(users, c.id, _at(25, "14:40"), "Sesuai Perpres 76/2013, bersama ini kami "
                                          "teruskan laporan pengaduan tentang antrean "
                                          "paspor, untuk ditindaklanjuti dalam 3 hari kerja.")
    workflow.forward(pphti, c.id, at=_at(25, "14:45"))
    workflow.forward(pphti, c.id, at=_at(25, "15:00"))
    workflow.forward(kabag, c.id, at=_at(25, "15:10"))
    workflow.forward(kadiv, c.id, at=_at(25, "15:15"))
    _sign(users, c.id, _at(25, "15:22"))
    workflow.forward(kakanwil, c.id, at=_at(25, "15:25"))
    divisi = users["divisi_terkait"]
    scan = add_attachment(Complaint.get_by_id(c.id), "jawaban", "laporan-divisi.pdf",
                          DEMO_PDF, actor=divisi, step_no=10)
    outputs.save(divisi, c.id, "jawaban", {"isi": "Antrean telah ditata ulang.",
                                           "lampiran": [scan.id]}, at=_at(25, "15:45"))
    workflow.forward(divisi, c.id, at=_at(25, "15:50"))
    return c.id


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    with_pdf = "--pdf" in argv
    argv = [a for a in argv if a != "--pdf"]
    out = Path(argv[0] if argv else "docs/img")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
    from app.services import sop_versions, swimlane
    from ui.swimlane.export import export_pdf, export_png

    with tempfile.TemporaryDirectory() as tmp:
        users = _setup("sqlite:///" + str(Path(tmp) / "contoh.db"))
        charts = {
            "blank": swimlane.blank_chart(sop_versions.current_sop()),
            "halfway": swimlane.complaint_chart(halfway(users), at=_at(26, "11:30")),
            "loop": swimlane.complaint_chart(looped(users), at=_at(25, "15:55")),
        }
        for name, chart in charts.items():
            png = export_png(chart, out / f"swimlane_{name}.png", scale=1.5)
            print(png)
            if with_pdf:
                pages = export_pdf(chart, out / f"swimlane_{name}.pdf")
                print(f"{out / f'swimlane_{name}.pdf'} ({pages} halaman)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
