"""The office's lists kept in the settings (app.services.settings): its divisions and work
units (code, name, the jabatan of the head, the keywords that point a complaint to it), the
signatories, the classification codes and the numbering patterns. Their defaults, the shape
a stored value must have (every problem named, in Indonesian), an older stored form read
as the new one, and which division a complaint goes to.

The defaults are those of a Kantor Wilayah Kementerian Hukum after the October 2024 split:
Lapas, Rutan, Bapas and Imigrasi belong to the Kementerian Imigrasi dan Pemasyarakatan and
its own regional offices, so no division here answers for them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.i18n import _
from app.office.vocab import DOC_TYPES
from app.store.numbering import DATE_FIELDS, format_number, pattern_fields

# code, name, the head's jabatan (the nota dinas's addressee), keywords (whole words of the
# complained-about party's name, any case).
DEFAULT_DIVISIONS: list[dict[str, Any]] = [
    {"kode": "P3H", "nama": "Divisi Peraturan Perundang-undangan dan Pembinaan Hukum",
     "jabatan": "Kepala Divisi Peraturan Perundang-undangan dan Pembinaan Hukum",
     "kata_kunci": ["Perancang", "Peraturan Daerah", "Perda", "Produk Hukum Daerah",
                    "Harmonisasi", "Penyuluh", "Penyuluhan Hukum", "Bantuan Hukum",
                    "Posbakum", "JDIH", "Kadarkum", "Sadar Hukum"]},
    {"kode": "YANKUM", "nama": "Divisi Pelayanan Hukum",
     "jabatan": "Kepala Divisi Pelayanan Hukum",
     "kata_kunci": ["Notaris", "Majelis Pengawas", "AHU", "Administrasi Hukum Umum",
                    "Fidusia", "Badan Hukum", "Yayasan", "Perkumpulan", "Perseroan",
                    "Kewarganegaraan", "Pewarganegaraan", "Apostille", "Kekayaan Intelektual",
                    "Merek", "Paten", "Hak Cipta", "Desain Industri", "Indikasi Geografis"]},
    {"kode": "TU", "nama": "Bagian Tata Usaha dan Umum",
     "jabatan": "Kepala Bagian Tata Usaha dan Umum",
     "kata_kunci": ["Tata Usaha", "Kepegawaian", "Keuangan", "Pengadaan",
                    "Barang Milik Negara", "Rumah Tangga"]},
]

DIVISION_KEYS = ("kode", "nama", "jabatan", "kata_kunci")
SIGNATORY_KEYS = ("jabatan", "nama", "nip")
# Placeholders a pattern may use besides {seq}, {year}, {month} and {month_roman}.
DOCUMENT_PATTERN_FIELDS = DATE_FIELDS | {"office_code", "classification", "register_no"}
REGISTER_PATTERN_FIELDS = DATE_FIELDS | {"office_code"}
_SAMPLE = {"office_code": "W.7", "classification": "UM.01.01",
           "register_no": "0001/PENGADUAN/XII/2026"}


def default_divisions() -> list[dict[str, Any]]:
    return [dict(d, kata_kunci=list(d["kata_kunci"])) for d in DEFAULT_DIVISIONS]


# -------------------------------------------------------------------------- reading old forms

def divisions_from_pairs(value: Any) -> Any:
    """The list as stored before it named divisions, [[keyword, jabatan], ...], read as
    divisions: one per jabatan, with its keywords, in the order first named. Anything else
    is returned unchanged (and checked as the new form)."""
    if not (isinstance(value, list) and value and all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, str) for v in pair)
            for pair in value)):
        return value
    divisions: dict[str, dict[str, Any]] = {}
    for keyword, jabatan in value:
        if jabatan not in divisions:
            name = re.sub(r"^kepala\s+", "", jabatan.strip(), flags=re.IGNORECASE) or jabatan
            code = re.sub(r"^(divisi|bagian|bidang|subbagian)\s+", "", name,
                          flags=re.IGNORECASE)
            code = re.sub(r"\W+", "-", code).strip("-").upper() or "DIVISI"
            while any(d["kode"] == code for d in divisions.values()):
                code += "-" + str(len(divisions) + 1)
            divisions[jabatan] = {"kode": code, "nama": name, "jabatan": jabatan,
                                  "kata_kunci": []}
        divisions[jabatan]["kata_kunci"].append(keyword)
    return list(divisions.values())


# -------------------------------------------------------------------------- shapes

def _text(value: Any, *, empty: bool = True, limit: int = 200) -> bool:
    return (isinstance(value, str) and (empty or bool(value.strip())) and len(value) <= limit
            and "\n" not in value and "\r" not in value)


def division_problems(value: Any, strict: bool = True) -> list[str]:
    """Why `value` is not a list of divisions ([] when it is). Not `strict` (a value read
    back, perhaps written by a newer version): unknown entries are no problem."""
    if not isinstance(value, list):
        return [_("harus berupa daftar divisi")]
    problems: list[str] = []
    codes: set[str] = set()
    names: set[str] = set()
    for index, item in enumerate(value, 1):
        where = _("divisi ke-{i}").format(i=index)
        if not isinstance(item, dict):
            problems.append(_("{w}: harus berisi kode, nama, jabatan dan kata_kunci")
                            .format(w=where))
            continue
        unknown = sorted(set(item) - set(DIVISION_KEYS))
        if unknown and strict:
            problems.append(_("{w}: isian tidak dikenal: {k}").format(
                w=where, k=", ".join(map(str, unknown))))
        for key, label in (("kode", _("kode")), ("nama", _("nama")),
                           ("jabatan", _("jabatan kepala"))):
            if not _text(item.get(key), empty=False):
                problems.append(_("{w}: {f} wajib diisi (teks satu baris)")
                                .format(w=where, f=label))
        keywords = item.get("kata_kunci", [])
        if not (isinstance(keywords, list) and all(_text(k, empty=False, limit=100)
                                                   for k in keywords)):
            problems.append(_("{w}: kata_kunci harus berupa daftar teks yang tidak kosong")
                            .format(w=where))
        for key, seen, message in (("kode", codes, _("{w}: kode {v} sudah dipakai divisi "
                                                     "lain")),
                                   ("nama", names, _("{w}: nama {v} sudah dipakai divisi "
                                                     "lain"))):
            text = item.get(key)
            if isinstance(text, str) and text.strip():
                if text.strip().casefold() in seen:
                    problems.append(message.format(w=where, v=text))
                seen.add(text.strip().casefold())
    return problems


def signatory_problems(value: Any, strict: bool = True) -> list[str]:
    """Why `value` is not a lane -> {jabatan, nama, nip} table (`strict`: as above)."""
    if not isinstance(value, dict):
        return [_("harus berupa tabel jabatan -> penandatangan")]
    problems: list[str] = []
    for lane, entry in value.items():
        if not _text(lane, empty=False, limit=50):
            problems.append(_("kunci jabatan {lane!r} tidak valid").format(lane=lane))
        if not isinstance(entry, dict):
            problems.append(_("{lane}: harus berisi jabatan, nama dan nip").format(lane=lane))
            continue
        unknown = sorted(set(entry) - set(SIGNATORY_KEYS))
        if unknown and strict:
            problems.append(_("{lane}: isian tidak dikenal: {k}").format(
                lane=lane, k=", ".join(map(str, unknown))))
        for key in SIGNATORY_KEYS:
            if key in entry and not _text(entry[key]):
                problems.append(_("{lane}: {k} harus berupa teks satu baris")
                                .format(lane=lane, k=key))
    return problems


def tier_problems(value: Any, strict: bool = True) -> list[str]:
    """Why `value` is not a table of statutory tiers: key -> {nama, hari_kerja 1..365}."""
    if not isinstance(value, dict) or not value:
        return [_("harus berupa tabel tingkat pengaduan (sekurang-kurangnya satu)")]
    problems: list[str] = []
    for key, entry in value.items():
        if not _text(key, empty=False, limit=50):
            problems.append(_("kunci tingkat {k!r} tidak valid").format(k=key))
            continue
        if not isinstance(entry, dict):
            problems.append(_("{k}: harus berisi nama dan hari_kerja").format(k=key))
            continue
        if not _text(entry.get("nama"), empty=False):
            problems.append(_("{k}: nama wajib berupa teks satu baris").format(k=key))
        days = entry.get("hari_kerja")
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 365:
            problems.append(_("{k}: hari_kerja harus bilangan bulat 1 sampai 365")
                            .format(k=key))
        unknown = sorted(set(entry) - {"nama", "hari_kerja"})
        if unknown and strict:
            problems.append(_("{k}: isian tidak dikenal: {u}").format(
                k=key, u=", ".join(map(str, unknown))))
    return problems


def number_problems(low: float, high: float):
    """A check that a number lies in [low, high] (the size limit, the due-soon windows)."""
    def problems(value: Any, _strict: bool = True) -> list[str]:
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not low <= value <= high:
            return [_("harus angka dari {a} sampai {b}").format(a=low, b=high)]
        return []
    return problems


def line_problems(value: Any, _strict: bool = True) -> list[str]:
    """An office identity text: one line, at most 200 characters."""
    return [] if _text(value) else [_("harus berupa teks satu baris, paling banyak 200 "
                                      "karakter")]


def lane_list_problems(value: Any, strict: bool = True) -> list[str]:
    """A list of lane keys (checked against the SOP by the caller that knows it)."""
    if not isinstance(value, list) or not all(_text(v, empty=False, limit=50) for v in value):
        return [_("harus berupa daftar kode jabatan (mis. kasubag_pphti)")]
    return []


def _per_type(value: Any, what: str, strict: bool) -> list[str]:
    if not isinstance(value, dict):
        return [_("harus berupa tabel jenis naskah -> {w}").format(w=what)]
    unknown = sorted(str(k) for k in value if k not in DOC_TYPES) if strict else []
    return [_("jenis naskah tidak dikenal: {k} (pilihan: {c})").format(
        k=", ".join(unknown), c=", ".join(DOC_TYPES))] if unknown else []


def classification_problems(value: Any, strict: bool = True) -> list[str]:
    """Why `value` is not a document type -> classification code table."""
    problems = _per_type(value, _("kode klasifikasi"), strict)
    if isinstance(value, dict):
        problems += [_("kode klasifikasi {t} harus berupa teks satu baris (paling banyak 50 "
                       "karakter)").format(t=key) for key, code in value.items()
                     if not _text(code, limit=50)]
    return problems


def document_pattern_problems(value: Any, strict: bool = True) -> list[str]:
    """Why `value` is not a document type -> pattern table (shape only)."""
    problems = _per_type(value, _("pola nomor"), strict)
    if isinstance(value, dict):
        problems += [_("pola nomor {t} harus berupa teks satu baris").format(t=key)
                     for key, pattern in value.items() if not _text(pattern, empty=False)]
    return problems


def pattern_rule_problems(pattern: str, allowed: frozenset[str] | set[str], *,
                          needs_year: bool = False) -> list[str]:
    """What a pattern being saved must obey: it parses, names only `allowed` placeholders,
    has {seq} (else every number is the same) and, for a register number that must stay
    unique for ever, {year}. A document pattern needs no year: its numbers restart at 1
    each year and are unique within the year of their date."""
    try:
        fields = pattern_fields(pattern)
    except ValueError as exc:
        return [_("pola {p} tidak dapat dibaca ({e})").format(p=pattern, e=exc)]
    problems = []
    unknown = sorted(f"{{{name}}}" for name in fields - allowed)
    if unknown:
        problems.append(_("pola {p} memakai isian yang tidak dikenal: {u} (yang dapat dipakai: "
                          "{a})").format(p=pattern, u=", ".join(unknown),
                                         a=", ".join(f"{{{n}}}" for n in sorted(allowed))))
    if "seq" not in fields:
        problems.append(_("pola {p} tidak memuat {{seq}}, sehingga setiap nomor sama")
                        .format(p=pattern))
    if needs_year and "year" not in fields:
        problems.append(_("pola {p} tidak memuat {{year}}: urutan nomor register dimulai dari "
                          "1 setiap tahun, sehingga tanpa tahun nomornya berulang")
                        .format(p=pattern))
    if not problems:
        try:
            format_number(pattern, 1, dt.date(2026, 12, 31), **_SAMPLE)
        except (KeyError, ValueError, IndexError) as exc:
            problems.append(_("pola {p} tidak dapat diisi ({e})").format(p=pattern, e=exc))
    return problems


def document_pattern_rules(value: dict) -> list[str]:
    return [f"{key}: {problem}" for key, pattern in value.items()
            for problem in pattern_rule_problems(pattern, DOCUMENT_PATTERN_FIELDS)]


def register_pattern_rules(value: str) -> list[str]:
    return pattern_rule_problems(value, REGISTER_PATTERN_FIELDS, needs_year=True)


# -------------------------------------------------------------------------- which division

def _keyword_in(keyword: str, text: str) -> bool:
    """Whether `keyword` occurs in `text` as whole words ("AHU" is not in "tahun")."""
    return re.search(r"(?<!\w)" + re.escape(keyword.strip()) + r"(?!\w)", text,
                     re.IGNORECASE) is not None


def division_for(subject_kind: str, subject_name: str,
                 divisions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The division a complaint goes to: for a complaint about a division, the one of that
    name or code; else the first (in the list's order) whose keyword occurs in the
    complained-about party's name; None when none does."""
    subject = (subject_name or "").strip()
    if subject_kind == "divisi":
        wanted = subject.casefold()
        for division in divisions:
            if wanted in (division["nama"].casefold(), division["kode"].casefold(),
                          division["jabatan"].casefold()):
                return division
    for division in divisions:
        if any(_keyword_in(keyword, subject) for keyword in division.get("kata_kunci", [])):
            return division
    return None
