"""The office's vocabularies: code stored in the database -> Indonesian label for the screen.
Labels go through `_()` when shown, so an English UI can follow."""

from app.i18n import _

CHANNELS = {
    "langsung": "Langsung (datang ke kantor)",
    "surat": "Surat",
    "email": "Email",
    "telepon": "Telepon",
    "website": "Website",
    "sp4n_lapor": "SP4N-LAPOR!",
    "media": "Media massa",
    "media_sosial": "Media sosial",
}

SUBJECT_KINDS = {"divisi": "Divisi", "upt": "UPT", "lainnya": "Lainnya"}

CATEGORIES = {
    "pelayanan": "Pelayanan publik",
    "pelanggaran_disiplin": "Pelanggaran disiplin pegawai",
    "penyalahgunaan_wewenang": "Penyalahgunaan wewenang",
    "pungli": "Pungutan liar / gratifikasi",
    "informasi": "Permintaan informasi",
    "lainnya": "Lainnya",
}

CONFIDENTIALITY = {"biasa": "Biasa", "rahasia": "Rahasia", "anonim": "Anonim"}

STATUSES = {"proses": "Dalam proses", "ditunda": "Ditunda (menunggu pelapor)",
            "selesai": "Selesai"}

OUTCOMES = {"diteruskan": "Diteruskan", "dikembalikan": "Dikembalikan untuk perbaikan",
            "selesai": "Selesai", "ditunda": "Ditunda"}

DEADLINE_STATES = {"tepat_waktu": "Tepat waktu", "segera": "Segera jatuh tempo",
                   "terlambat": "Terlambat"}


def label(vocabulary: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return _(vocabulary.get(code, code))
