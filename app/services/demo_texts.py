"""The texts of the demo data's SOP outputs (app.services.demo): the complainant's letter,
each official's disposition, the telaahan's six parts, every version of the nota dinas, the
division's answer, the answer letter and the delivery record. Plain Indonesian as an office
writes it, varied by the demo's random generator, and in the shape app.services.outputs
stores (its `check` accepts every value made here)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from app.office.vocab import DISPOSITION_INSTRUCTIONS
from app.office.wording import ROMAN_MONTHS, long_date

# Names, places and subjects of the demo complaints.
FIRST = ["Budi", "Siti", "Ahmad", "Dewi", "Rizky", "Nur", "Hendra", "Putri", "Agus", "Wulan",
         "Fajar", "Lestari", "Joko", "Indah", "Bambang", "Rahmawati", "Dedi", "Ayu", "Slamet",
         "Yulia", "Andi", "Ratna", "Eko", "Fitri", "Hasan", "Maya", "Imam", "Novi", "Teguh",
         "Sri", "Yohanes", "Maria", "I Made", "Ni Luh", "Daeng", "Ucok", "Cahya", "Tan",
         "Lim", "Siregar"]
LAST = ["Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Nasution", "Kurniawan",
        "Rahayu", "Siregar", "Pratama", "Susanti", "Gunawan", "Setiawan", "Halim", "Hakim",
        "Simanjuntak", "Tanjung", "Syahputra", "Wahyudi", "Anggraini", "Purba", "Sembiring",
        "Harahap", "Fauzi", "Maulana", "Permata", "Suharto", "Ginting", "Chandra", "Tjahjono"]
TOWNS = ["Pangkalpinang", "Sungailiat", "Muntok", "Koba", "Toboali", "Tanjung Pandan",
         "Manggar", "Belinyu", "Jebus", "Kelapa"]
STREETS = ["Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Mentok", "Jl. Soekarno Hatta",
           "Jl. Depati Amir", "Jl. Kampung Melayu", "Jl. Semabung Lama", "Jl. Air Itam"]
DIVISIONS = ["Divisi Pemasyarakatan", "Divisi Keimigrasian", "Divisi Pelayanan Hukum",
             "Divisi Administrasi"]
UPTS = ["Lapas Kelas IIA Pangkalpinang", "Rutan Kelas IIB Pangkalpinang",
        "Lapas Kelas IIB Tanjung Pandan", "Lapas Narkotika Kelas IIA Pangkalpinang",
        "Lapas Perempuan Kelas III Pangkalpinang", "LPKA Kelas II Pangkalpinang",
        "Bapas Kelas II Pangkalpinang", "Rutan Kelas IIB Muntok", "Rutan Kelas IIB Sungailiat",
        "Rutan Kelas IIB Koba", "Kantor Imigrasi Kelas I TPI Pangkalpinang",
        "Kantor Imigrasi Kelas II TPI Tanjung Pandan", "Rupbasan Kelas II Pangkalpinang"]
TOPICS = {
    "pungli": ["Pungutan saat layanan kunjungan", "Permintaan uang untuk pengurusan remisi",
               "Biaya tambahan pembuatan paspor di luar PNBP"],
    "pelayanan": ["Antrean paspor terlalu lama", "Petugas loket tidak ramah",
                  "Layanan kunjungan daring tidak dapat diakses",
                  "Pengurusan pembebasan bersyarat berlarut-larut"],
    "pelanggaran_disiplin": ["Petugas jaga meninggalkan pos", "Pegawai tidak masuk kerja",
                             "Petugas merokok di ruang layanan"],
    "penyalahgunaan_wewenang": ["Dugaan perlakuan istimewa terhadap warga binaan",
                                "Penahanan dokumen perjalanan tanpa alasan"],
    "informasi": ["Permintaan informasi jadwal kunjungan", "Pertanyaan syarat integrasi",
                  "Permohonan salinan putusan pembinaan"],
    "lainnya": ["Keluhan fasilitas ruang tunggu", "Saran perbaikan situs web kantor wilayah"],
}
TIER_OF = {"informasi": "sederhana", "pelayanan": "sederhana", "lainnya": "sederhana",
           "pungli": "pemeriksaan_lapangan", "pelanggaran_disiplin": "pelanggaran",
           "penyalahgunaan_wewenang": "pelanggaran"}
CHANNELS = ["surat"] * 4 + ["langsung"] * 2 + ["email"] * 2 + ["sp4n_lapor"] * 3 + [
    "website", "telepon", "media", "media_sosial"]
HOLD_REASONS = ["Identitas pelapor belum lengkap; diminta fotokopi KTP.",
                "Kronologi belum jelas; pelapor diminta melengkapi bukti.",
                "Menunggu bukti pendukung dari pelapor."]

# Where a complaint goes when the office's list of divisions names no keyword of the
# complained-about party (e.g. a Lapas after the 2024 split): by category, else the first.
FALLBACK_DIVISION = {"pelanggaran_disiplin": "TU", "penyalahgunaan_wewenang": "TU",
                     "pungli": "TU", "pelayanan": "YANKUM", "informasi": "YANKUM",
                     "lainnya": "TU"}

# The instruction each disposing step usually ticks, and the other boxes it may add.
_TICKS = {2: ["Koordinasi / konfirmasikan", "Proses lebih lanjut"],
          3: ["Proses lebih lanjut", "Siapkan bahan"],
          4: ["Proses lebih lanjut", "Tanggapan dan saran"],
          11: ["Proses lebih lanjut"], 12: ["Proses lebih lanjut"],
          13: ["Proses lebih lanjut", "Arsip"]}
NOTES = {2: ["Tindak lanjuti dan konfirmasi kebenaran pengaduan.",
             "Segera tindak lanjuti, laporkan hasilnya kepada saya.",
             "Konfirmasikan kepada unit terkait dan proses sesuai SOP."],
         3: ["Proses sesuai SOP, laporkan hasilnya.", "Telaah dan siapkan nota dinas.",
             "Proses lebih lanjut, koordinasikan dengan divisi terkait."],
         4: ["Telaah dan siapkan konsep nota dinas.",
             "Teliti kelengkapan laporan dan buat telaahan.",
             "Siapkan telaahan dan konsep nota dinas ke divisi terkait."],
         11: ["Sampaikan jawaban kepada pelapor.", "Jawaban agar segera disampaikan."],
         12: ["Teruskan jawaban kepada pelapor.", "Proses penyampaian jawaban kepada pelapor."],
         13: ["Kirim jawaban melalui surat dan laman.",
              "Sampaikan jawaban dan tutup pengaduan."]}
REVISION_NOTES = {
    8: ["Perbaiki dasar hukum pada paragraf kedua.",
        "Lengkapi kronologi kejadian sesuai hasil telaahan.",
        "Sesuaikan format dengan tata naskah dinas."],
    9: ["Tambahkan tembusan Inspektorat.", "Hal nota dinas agar lebih spesifik.",
        "Cantumkan batas waktu tindak lanjut."],
    "ttd": ["Tegaskan batas waktu tindak lanjut oleh divisi.",
            "Tambahkan tembusan Inspektorat.",
            "Perbaiki paragraf penutup sebelum saya tanda tangani."],
}
# How the answer went back, by the channel the complaint came by.
_DELIVERY = {"surat": "pos", "langsung": "langsung", "email": "email", "telepon": "telepon",
             "sp4n_lapor": "lapor", "website": "laman", "media": "laman",
             "media_sosial": "laman"}


@dataclass(frozen=True)
class Case:
    """What the texts of one demo complaint are written from."""

    register_no: str
    received: dt.datetime
    happened: dt.date
    channel: str
    category: str
    topic: str
    subject: str
    name: str | None  # None when the reporter may not be named (anonymous, confidential)
    ticket: str | None
    letter_number: str | None
    letter_date: dt.date | None


def letter(rng: random.Random, channel: str, received: dt.datetime, topic: str,
           seq: int) -> tuple[str | None, dt.date | None, str | None]:
    """The complainant's letter as written on it: number, date, subject (an email has a
    subject and a date, rarely a number); none for the other channels."""
    if channel not in ("surat", "email"):
        return None, None, None
    day = received.date() - dt.timedelta(days=rng.randrange(0, 6 if channel == "surat" else 1))
    subject = rng.choice(["Pengaduan ", "Laporan ", "Permohonan tindak lanjut: "]) + topic
    if channel == "email" or rng.random() < 0.3:  # a private person's letter has no number
        return None, day, subject
    issuer = rng.choice(["LSM-BB", "PGD", "LBH-BABEL", "KUASA", "RT.05", "YLKI-BB"])
    roman = ROMAN_MONTHS[day.month - 1]
    return f"{seq % 300 + 1:03d}/{issuer}/{roman}/{day.year}", day, subject


def disposition(rng: random.Random, step_no: int, target_lane: str | None) -> dict[str, Any]:
    ticks = list(_TICKS.get(step_no, ["Proses lebih lanjut"]))
    if rng.random() < 0.3:
        ticks.append(rng.choice(DISPOSITION_INSTRUCTIONS))
    return {"kepada": [target_lane] if target_lane else [],
            "instruksi": [t for t in DISPOSITION_INSTRUCTIONS if t in ticks],
            "catatan": rng.choice(NOTES.get(step_no, ["Proses lebih lanjut."]))}


def _who(case: Case) -> str:
    return f"Sdr. {case.name}" if case.name else "pelapor (identitas dirahasiakan)"


def _came(case: Case) -> str:
    if case.letter_number:
        return (f"surat nomor {case.letter_number} tanggal {long_date(case.letter_date)}")
    if case.channel == "sp4n_lapor":
        return f"SP4N-LAPOR! dengan nomor tiket {case.ticket}"
    if case.channel == "email":
        return f"surat elektronik tanggal {long_date(case.letter_date or case.received)}"
    return {"langsung": "kedatangan langsung ke kantor", "telepon": "telepon",
            "website": "laman kantor wilayah", "media": "pemberitaan media massa",
            "media_sosial": "media sosial"}.get(case.channel, "surat")


def telaahan(rng: random.Random, case: Case) -> dict[str, str]:
    topic = case.topic[:1].lower() + case.topic[1:]
    return {
        "persoalan": f"Laporan pengaduan {_who(case)} mengenai {topic} di {case.subject} "
                     f"(register {case.register_no}).",
        "praanggapan": rng.choice([
            "Pelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.",
            "Kejadian yang dilaporkan dapat dikonfirmasi kepada unit yang diadukan.",
            "Pengaduan disampaikan untuk perbaikan layanan, bukan untuk kepentingan "
            "pribadi."]),
        "fakta": f"1. Pengaduan diterima melalui {_came(case)} pada "
                 f"{long_date(case.received)}.\n"
                 f"2. Kejadian dialami pada {long_date(case.happened)} di {case.subject}.\n"
                 + rng.choice(["3. Pelapor melampirkan bukti pendukung.",
                               "3. Bukti pendukung belum dilampirkan secara lengkap.",
                               "3. Pelapor bersedia dimintai keterangan lebih lanjut."]),
        "analisis": rng.choice([
            "Perbuatan yang diadukan, bila benar, bertentangan dengan standar pelayanan "
            "dan kode etik pegawai, serta termasuk kewenangan divisi terkait untuk "
            "ditindaklanjuti.",
            "Materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; "
            "klarifikasi kepada unit yang diadukan diperlukan untuk memastikan "
            "kebenarannya."]),
        "kesimpulan": rng.choice([
            "Pengaduan lengkap dan dapat ditindaklanjuti.",
            "Pengaduan memenuhi syarat untuk ditindaklanjuti oleh divisi terkait."]),
        "saran": "Diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi "
                 "dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.",
    }


def nota_dinas(rng: random.Random, case: Case, division: dict[str, Any],
               corrections: list[str], lampiran: list[int]) -> dict[str, Any]:
    """The nota dinas's fields after `corrections` (the notes of every return so far, in
    order): each correction shows in the version that follows it."""
    topic = case.topic[:1].lower() + case.topic[1:]
    paragraphs = [
        f"Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui "
        f"{_came(case)}, terdaftar dengan nomor register {case.register_no}, perihal "
        f"{topic} di {case.subject}, bersama ini kami sampaikan laporan tersebut untuk "
        f"ditindaklanjuti.",
        "Berdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan "
        f"{division['nama']} dan memerlukan klarifikasi kepada unit yang diadukan.",
    ]
    tembusan = ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"]
    deadline = "paling lambat 5 (lima) hari kerja"
    for note in corrections:
        if "dasar hukum" in note.lower():
            paragraphs.insert(1, "Hal ini sesuai dengan Peraturan Presiden Nomor 76 Tahun "
                                 "2013 tentang Pengelolaan Pengaduan Pelayanan Publik.")
        elif "kronologi" in note.lower():
            paragraphs.insert(1, f"Menurut pelapor, kejadian berlangsung pada "
                                 f"{long_date(case.happened)}.")
        elif "inspektorat" in note.lower():
            tembusan.append("Inspektur Wilayah")
        elif "batas waktu" in note.lower():
            deadline = "paling lambat 3 (tiga) hari kerja sejak nota dinas ini diterima"
    paragraphs.append(f"Mohon hasil tindak lanjut disampaikan kepada kami {deadline}, "
                      "sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja "
                      "samanya diucapkan terima kasih.")
    hal = "Tindak Lanjut Laporan Pengaduan Masyarakat"
    if any("hal" in n.lower() for n in corrections):
        hal += f" tentang {case.topic}"
    return {"divisi": division["kode"], "yth": division["jabatan"], "hal": hal,
            "isi": "\n\n".join(paragraphs), "tembusan": list(dict.fromkeys(tembusan)),
            "sifat": "segera" if rng.random() < 0.7 else "biasa", "lampiran": lampiran}


_FINDINGS = {
    "pungli": "tidak ditemukan bukti pungutan di luar ketentuan; petugas yang disebut "
              "telah diperiksa dan diberi pembinaan",
    "pelanggaran_disiplin": "pegawai yang bersangkutan telah dipanggil, diperiksa dan "
                            "dijatuhi hukuman disiplin sesuai ketentuan",
    "penyalahgunaan_wewenang": "telah dilakukan pemeriksaan; tidak ditemukan perlakuan "
                               "khusus, dan prosedur layanan telah ditegaskan kembali",
    "pelayanan": "layanan telah dievaluasi dan jadwal serta alur antrean diperbaiki",
    "informasi": "informasi yang diminta telah disiapkan dan dapat diberikan",
    "lainnya": "saran pelapor telah dicatat dan menjadi bahan perbaikan layanan",
}


def answer(case: Case, division: dict[str, Any], lampiran: list[int]) -> dict[str, Any]:
    return {"isi": f"{division['nama']} telah menindaklanjuti pengaduan register "
                   f"{case.register_no}. Hasilnya: {_FINDINGS[case.category]}.",
            "lampiran": lampiran}


def reply(case: Case) -> dict[str, str]:
    greeting = f"Yth. {case.name}," if case.name else "Yth. Pelapor,"
    return {"isi": f"{greeting}\n\nMenindaklanjuti pengaduan Saudara yang kami terima pada "
                   f"{long_date(case.received)} (register {case.register_no}), bersama ini "
                   f"kami sampaikan bahwa {_FINDINGS[case.category]}.\n\nTerima kasih atas "
                   "kepedulian Saudara terhadap peningkatan pelayanan kami."}


def delivery(case: Case, day: dt.date, bukti: list[int],
             anonymous: bool) -> dict[str, Any]:
    channel = _DELIVERY.get(case.channel, "pos")
    if anonymous and channel in ("pos", "langsung", "telepon", "email"):
        channel = "laman"  # no way back to an anonymous complainant but the channel
    return {"saluran": channel, "tanggal": day.isoformat(), "bukti": bukti,
            "dipublikasikan": channel == "laman" or case.category == "informasi",
            "tiket_ditutup": case.ticket is not None, "catatan": ""}


def needs_proof(case: Case, anonymous: bool) -> bool:
    """Whether the delivery has a file as proof (a receipt, a sent email, a post slip)."""
    return delivery(case, case.received.date(), [], anonymous)["saluran"] in (
        "pos", "langsung", "email")
