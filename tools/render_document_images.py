"""Render each naskah dinas from a sample complaint to PNG (first page) for the README.

    python -m tools.render_document_images [OUT_DIR]     # default: docs/img

Needs LibreOffice (soffice) and poppler's pdftoppm. Sample data is fictitious.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.naskah import versions  # noqa: E402
from app.naskah.pdf import convert_to_pdf  # noqa: E402
from app.office.vocab import DOC_TYPES  # noqa: E402
from app.services import accounts, outputs, settings, sop_versions, workflow  # noqa: E402
from app.services.attachments import add_attachment  # noqa: E402
from app.services.workflow import ComplaintInput, PelaporInput  # noqa: E402
from app.store.db import open_database  # noqa: E402
from tests.app.attachment_files import image_bytes, named_pdf  # noqa: E402

OFFICIALS = {
    "kakanwil": ("Dr. Harun Sulianto, S.H., M.H.", "197001011995031001"),
    "kadiv": ("Rina Marlina, S.H., M.Si.", "197503152000032001"),
    "kabag_p2": ("Agus Prasetyo, S.Kom., M.M.", "198002202005011002"),
    "kasubag_pphti": ("Dewi Anggraini, S.H.", "198806102010122003"),
    "divisi_terkait": ("Yusuf Hamdani, S.H.", "198304122008011004"),
}
DESCRIPTION = (
    "Pada hari Senin tanggal 23 November 2026 saya menghadap notaris di Pangkalpinang untuk "
    "pembuatan akta pendirian yayasan. Notaris meminta biaya tambahan Rp2.500.000 di luar "
    "honorarium yang disepakati & mengatakan \"ini biaya percepatan\" tanpa kuitansi.\n"
    "Akta belum diserahkan sampai hari ini.\n"
    "Mohon agar hal ini ditindaklanjuti.")
# The disposition of each level: instruction, targets (lanes), ticked instructions.
DISPOSITIONS = {
    2: ("Kadiv agar segera menindaklanjuti dan mengonfirmasi kebenaran pengaduan.",
        ["kadiv"], ["Proses lebih lanjut", "Koordinasi / konfirmasikan"]),
    3: ("Kabag P2 proses sesuai SOP.", ["kabag_p2"], ["Proses lebih lanjut"]),
    4: ("Kasubag PPHTI telaah dan siapkan konsep nota dinas.", ["kasubag_pphti"],
        ["Siapkan bahan"]),
    11: ("Kadiv agar memantau tindak lanjut dan menyiapkan laporan.", ["kadiv"],
         ["Untuk diketahui", "Proses lebih lanjut"]),
    12: ("Kabag P2 siapkan laporan pimpinan.", ["kabag_p2"], ["Siapkan bahan"]),
    13: ("Kasubag PPHTI kirim surat tanggapan kepada pelapor.", ["kasubag_pphti"],
         ["Proses lebih lanjut"]),
}
TELAAHAN = {
    "persoalan": "Laporan pengaduan Sdr. Budi Santoso tentang dugaan pungutan di luar "
                 "honorarium sebesar Rp2.500.000 oleh notaris dalam pembuatan akta pendirian "
                 "yayasan.",
    "praanggapan": "Honorarium notaris diatur Undang-Undang Jabatan Notaris; pungutan di luar "
                   "kesepakatan tanpa kuitansi dapat merupakan pelanggaran kode etik dan "
                   "jabatan notaris yang diperiksa Majelis Pengawas.",
    "fakta": "1. Pengaduan diterima melalui surat tanggal 24 November 2026 beserta foto "
             "kuitansi honorarium.\n2. Pelapor menyebutkan waktu, tempat dan nama notaris."
             "\n3. Identitas pelapor lengkap dan dapat dihubungi.",
    "analisis": "Berkas lengkap: surat pengaduan dan foto kuitansi. Pengaduan memenuhi syarat "
                "untuk ditindaklanjuti oleh Divisi Pelayanan Hukum melalui Majelis Pengawas "
                "Daerah Notaris.",
    "kesimpulan": "Laporan pengaduan lengkap dan layak ditindaklanjuti.",
    "saran": "Laporan pengaduan diteruskan kepada Kepala Divisi Pelayanan Hukum melalui nota "
             "dinas untuk diperiksa dan ditindaklanjuti."}
NOTA_DINAS = {
    "divisi": "YANKUM", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat",
    "tembusan": ["Kepala Divisi Administrasi"], "sifat": "segera",
    "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima pada tanggal 25 "
           "November 2026 melalui surat dari Sdr. Budi Santoso, perihal dugaan pungutan di "
           "luar honorarium oleh notaris di Pangkalpinang, dengan hormat kami sampaikan bahwa "
           "pelapor dimintai biaya tambahan sebesar Rp2.500.000 tanpa kuitansi dan aktanya "
           "belum diserahkan.\n\n"
           "Berkenaan dengan hal tersebut, mohon Saudara menindaklanjuti laporan pengaduan "
           "dimaksud melalui Majelis Pengawas Daerah Notaris sesuai dengan ketentuan peraturan "
           "perundang-undangan dan menyampaikan laporan hasil tindak lanjutnya kepada Kepala "
           "Kantor Wilayah paling lambat 16 Desember 2026.\n\n"
           "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."}
ANSWER = ("Majelis Pengawas Daerah Notaris telah memeriksa notaris yang bersangkutan pada "
          "tanggal 3 Desember 2026. Notaris mengakui pungutan tersebut, mengembalikan "
          "Rp2.500.000 kepada pelapor dan menyerahkan akta pendirian yayasan; Majelis "
          "Pengawas menjatuhkan teguran tertulis.")
REPLY = (
    "Pengaduan Saudara telah kami teruskan kepada Kepala Divisi Pelayanan Hukum dan diperiksa "
    "oleh Majelis Pengawas Daerah Notaris. Notaris yang bersangkutan telah mengembalikan "
    "biaya sebesar Rp2.500.000, menyerahkan akta pendirian yayasan, dan dijatuhi teguran "
    "tertulis.\n\n"
    "Kami tegaskan bahwa biaya jasa notaris hanya honorarium yang disepakati. Apabila Saudara "
    "kembali menemui pungutan di luar ketentuan, mohon segera melaporkannya melalui "
    "SP4N-LAPOR! atau langsung kepada kami.")
# Each naskah where the office prints it: the receipt at registration, the disposition
# sheet of the Kakanwil's first level, the telaahan once written, the nota dinas when the
# Kakanwil signs it (every paraf dated), the answer when it is sent.
MADE_AT = {"tanda_terima": (2, 0), "lembar_disposisi": (3, 0), "hasil_telaahan": (5, 0),
           "nota_dinas": (9, 1), "surat_tanggapan": (14, 0)}


def emblem() -> bytes:
    """A fictitious round emblem for the kop (the office sets its real logo)."""
    picture = Image.new("RGB", (320, 320), "white")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((8, 8, 312, 312), outline=(24, 54, 120), width=16)
    draw.ellipse((44, 44, 276, 276), fill=(24, 54, 120))
    draw.polygon([(160, 70), (250, 240), (70, 240)], fill=(214, 168, 40))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


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
        settings.set_office_logo(emblem(), filename="lambang.png", actor=accounts.COMMAND_LINE)
        t = dt.datetime(2026, 11, 25, 8, 0)
        complaint = workflow.register_complaint(
            users["kasubag_pphti"],
            ComplaintInput(received_at=t, channel="surat", subject_kind="lainnya",
                           subject_name="Notaris di Pangkalpinang", category="pungli",
                           tier="pelanggaran", description=DESCRIPTION,
                           summary="Dugaan pungutan di luar honorarium oleh notaris",
                           letter_number="01/BS/XI/2026", letter_date=dt.date(2026, 11, 24),
                           letter_subject="Pengaduan pungutan biaya akta oleh notaris"),
            PelaporInput(name="Budi Santoso", nik="1971010101010001",
                         address="Jl. Mentok No. 12, Pangkalpinang", phone="0812-7788-9900",
                         email="budi@example.id"),
            # Real files: registration checks every file's content.
            attachments=[("surat", "surat-pengaduan.pdf", named_pdf("surat pengaduan")),
                         ("lainnya", "foto-kuitansi.jpg", image_bytes("JPEG"))], at=t)
        for doc_type in sorted(DOC_TYPES, key=MADE_AT.__getitem__):
            while (complaint.current_step, complaint.current_part) < MADE_AT[doc_type]:
                t += dt.timedelta(minutes=10)
                complaint = step_forward(complaint, users, t)
            write_product(complaint, users, t)  # what is printed holds what was written
            # The operator prints, but the nota dinas the Kakanwil signs.
            maker = users["kakanwil" if doc_type == "nota_dinas" else "kasubag_pphti"]
            made = versions.generate(maker, complaint.id, doc_type, at=t,
                                     step_no=2 if doc_type == "lembar_disposisi" else None)
            docx_path = versions.export_docx(made, work / f"doc_{doc_type}.docx")
            pdf = convert_to_pdf(docx_path, work)
            # First page at 100 dpi: legible in the README, small in the repository.
            subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-png",
                            "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out_dir / f"doc_{doc_type}")], check=True)
            print(out_dir / f"doc_{doc_type}.png")


def write_product(complaint, users, t: dt.datetime) -> None:
    """Write what the current step produces (once), as its official would."""
    step, user = complaint.current_step, users[complaint.current_lane]
    if step == 5 and outputs.latest(complaint.id, "telaahan") is None:
        outputs.save(user, complaint.id, "telaahan", TELAAHAN, at=t)
    elif step == 6 and outputs.latest(complaint.id, "nota_dinas") is None:
        draft = outputs.save(user, complaint.id, "nota_dinas", NOTA_DINAS | {
            "lampiran": [a.id for a in complaint.attachments]}, at=t)
        versions.generate(user, complaint.id, "nota_dinas", at=t, output_id=draft.id)
    elif step == 10 and outputs.latest(complaint.id, "jawaban") is None:
        report = add_attachment(complaint, "jawaban", "laporan-mpd-notaris.pdf",
                                named_pdf("laporan MPD"), actor=user, step_no=10)
        outputs.save(user, complaint.id, "jawaban", {"isi": ANSWER, "lampiran": [report.id]},
                     at=t)
    elif step == 14 and outputs.latest(complaint.id, "tanggapan") is None:
        outputs.save(user, complaint.id, "tanggapan", {"isi": REPLY}, at=t)


def step_forward(complaint, users, t: dt.datetime):
    """Write what the current step produces and forward it, as its official would."""
    step, user = complaint.current_step, users[complaint.current_lane]
    if step in DISPOSITIONS:
        note, targets, ticked = DISPOSITIONS[step]
        return workflow.forward(user, complaint.id, note=note, at=t,
                                disposition={"kepada": targets, "instruksi": ticked})
    write_product(complaint, users, t)
    if step == 9 and complaint.current_part == 1:
        signed = versions.generate(user, complaint.id, "nota_dinas", at=t)
        versions.attach_signed_scan(user, signed, "nota-dinas-ttd.pdf",
                                    named_pdf("nota dinas ditandatangani"))
    return workflow.forward(user, complaint.id, at=t)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img")
