"""Render each naskah dinas from a sample complaint to PNG (first page) for the README.

    python -m tools.render_document_images [OUT_DIR]     # default: docs/img

Needs LibreOffice (soffice) and poppler's pdftoppm. Sample data is fictitious.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.naskah import versions  # noqa: E402
from app.naskah.pdf import convert_to_pdf  # noqa: E402
from app.office.vocab import DOC_TYPES  # noqa: E402
from app.services import accounts, sop_versions, workflow  # noqa: E402
from app.services.workflow import ComplaintInput, PelaporInput  # noqa: E402
from app.store.db import open_database  # noqa: E402

OFFICIALS = {
    "kakanwil": ("Dr. Harun Sulianto, S.H., M.H.", "197001011995031001"),
    "kadiv": ("Rina Marlina, S.H., M.Si.", "197503152000032001"),
    "kabag_p2": ("Agus Prasetyo, S.Kom., M.M.", "198002202005011002"),
    "kasubag_pphti": ("Dewi Anggraini, S.H.", "198806102010122003"),
}
DESCRIPTION = (
    "Pada hari Senin tanggal 23 November 2026 sekitar pukul 10.00 WIB, saya mengunjungi "
    "keluarga saya yang menjadi warga binaan. Petugas di pintu layanan kunjungan meminta uang "
    "sebesar Rp50.000 & mengatakan \"ini biaya administrasi\" tanpa kuitansi.\n"
    "Saya menolak, namun petugas tidak mengizinkan saya masuk sampai saya membayar.\n"
    "Mohon agar hal ini ditindaklanjuti.")
EXTRA = {
    "lembar_disposisi": {"nomor_surat": "-", "tanggal_surat": "23 November 2026"},
    "hasil_telaahan": {"kesimpulan": "Laporan pengaduan lengkap dan layak ditindaklanjuti."},
    "surat_tanggapan": {"isi_tanggapan": (
        "1. Pengaduan Saudara telah kami teruskan kepada Kepala Divisi Pemasyarakatan untuk "
        "diperiksa.\n2. Petugas yang bersangkutan telah diperiksa dan diberi sanksi disiplin "
        "sesuai ketentuan.\n3. Layanan kunjungan tidak dipungut biaya apa pun.")},
}


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        open_database(f"sqlite:///{work}/contoh.db")
        sop = sop_versions.current_sop()
        lanes = {lane.key for lane in sop.lanes}
        users = {lane: accounts.create_user(lane, name, "rahasia-123", [lane],
                                            valid_lanes=lanes, nip=nip,
                                            actor=accounts.COMMAND_LINE)
                 for lane, (name, nip) in OFFICIALS.items()}
        t = dt.datetime(2026, 11, 25, 8, 0)
        complaint = workflow.register_complaint(
            users["kasubag_pphti"],
            ComplaintInput(received_at=t, channel="surat", subject_kind="upt",
                           subject_name="Lapas Kelas IIA Pangkalpinang", category="pungli",
                           tier="pelanggaran", description=DESCRIPTION,
                           summary="Dugaan pungutan liar pada layanan kunjungan warga binaan"),
            PelaporInput(name="Budi Santoso", nik="1971010101010001",
                         address="Jl. Mentok No. 12, Pangkalpinang", phone="0812-7788-9900",
                         email="budi@example.id"),
            attachments=[("surat", "surat-pengaduan.pdf", b"%PDF-1.4"),
                         ("lainnya", "foto-loket.jpg", b"\xff\xd8")], at=t)
        notes = ["Kadivmin agar segera menindaklanjuti dan mengonfirmasi kebenaran pengaduan.",
                 "Kabag P2 proses sesuai SOP.",
                 "Kasubag PPHTI telaah dan siapkan konsep nota dinas.",
                 "Berkas lengkap: surat pengaduan dan foto loket kunjungan. Pengaduan memenuhi "
                 "syarat untuk ditindaklanjuti oleh Divisi Pemasyarakatan."]
        for lane, note in zip(("kakanwil", "kadiv", "kabag_p2", "kasubag_pphti"), notes,
                              strict=True):
            t += dt.timedelta(minutes=10)
            complaint = workflow.forward(users[lane], complaint.id, note=note, at=t)
        at = dt.datetime(2026, 11, 28, 9, 0)
        for doc_type in DOC_TYPES:
            made = versions.generate(users["kasubag_pphti"], complaint.id, doc_type, at=at,
                                     extra=EXTRA.get(doc_type))
            docx_path = versions.export_docx(made, work / f"doc_{doc_type}.docx")
            pdf = convert_to_pdf(docx_path, work)
            # First page at 100 dpi: legible in the README, small in the repository.
            subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-png",
                            "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out_dir / f"doc_{doc_type}")], check=True)
            print(out_dir / f"doc_{doc_type}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")
