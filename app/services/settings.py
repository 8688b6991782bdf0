"""Office-wide settings kept in the shared database: identity, numbering patterns, deadline
thresholds, statutory tiers, and the office's own calendar overrides."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.i18n import _
from app.office.working_time import WorkingCalendar
from app.services import audit
from app.services.accounts import Actor, require_admin
from app.store.models import HolidayOverride, Setting, database

# Statutory tiers for public complaints (working days); configuration, not law in code.
DEFAULT_TIERS = {
    "sederhana": {"nama": "Permintaan informasi / pengaduan sederhana", "hari_kerja": 5},
    "pelanggaran": {"nama": "Dugaan pelanggaran tanpa pemeriksaan lapangan", "hari_kerja": 14},
    "pemeriksaan_lapangan": {"nama": "Dugaan pelanggaran dengan pemeriksaan lapangan",
                             "hari_kerja": 60},
}

DEFAULTS: dict[str, Any] = {
    "office_ministry": "KEMENTERIAN HUKUM REPUBLIK INDONESIA",
    "office_name": "KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG",
    "office_address": "Jalan Letkol Saleh Ode Nomor 435, Pangkalpinang 33111",
    "office_phone": "(0717) 422072",
    "office_fax": "(0717) 423018",
    "office_web": "babel.kemenkum.go.id",
    "office_email": "kanwilbabel@kemenkum.go.id",
    "office_code": "W.7",
    "office_city": "Pangkalpinang",
    # {seq}, {year}, {month}, {month_roman} and {office_code} are filled in.
    "register_pattern": "{seq:04d}/PENGADUAN/{month_roman}/{year}",
    # "Due soon" when less than this much working time is left.
    "due_soon_step_minutes": 30,
    "due_soon_days": 1,
    "tiers": DEFAULT_TIERS,
    # Who may see a confidential reporter's identity (lanes).
    "confidential_viewers": ["kasubag_pphti", "kakanwil"],
    # Documents (app.naskah.documents). The kop's logo: a PNG/JPEG path, empty for none.
    "office_logo": "",
    # Per document type; {seq}, {year}, {month}, {month_roman}, {office_code},
    # {classification} and {register_no} are filled in. Sequences restart each year.
    "document_patterns": {
        "nota_dinas": "{office_code}-{classification}-{seq}",
        "lembar_disposisi": "{seq:04d}/AGENDA/{year}",
        "hasil_telaahan": "{seq:04d}/TELAAH-PENGADUAN/{month_roman}/{year}",
        "surat_tanggapan": "{office_code}-{classification}-{seq}",
        "tanda_terima": "{seq:04d}/TT-PENGADUAN/{month_roman}/{year}",
    },
    # Classification codes of the office's klasifikasi arsip (confirm with the records unit).
    "document_classification": {
        "nota_dinas": "UM.01.01", "lembar_disposisi": "UM.01.01",
        "hasil_telaahan": "UM.01.01", "surat_tanggapan": "HM.02.01", "tanda_terima": "",
    },
    # Who signs, per lane; an empty name falls back to the active user holding the lane.
    "signatories": {
        "kakanwil": {"jabatan": "Kepala Kantor Wilayah", "nama": "", "nip": ""},
        "kadiv": {"jabatan": "Kepala Divisi Administrasi", "nama": "", "nip": ""},
        "kabag_p2": {"jabatan": "Kepala Bagian Program dan Pelaporan", "nama": "", "nip": ""},
        "kasubag_pphti": {"jabatan": "Kepala Subbagian Pelaporan, Hubungan Masyarakat dan "
                                     "Teknologi Informasi", "nama": "", "nip": ""},
    },
    # The nota dinas's addressee: first keyword found in the complained-about party's name.
    "divisi_terkait": [
        ["Lapas", "Kepala Divisi Pemasyarakatan"], ["Rutan", "Kepala Divisi Pemasyarakatan"],
        ["LPKA", "Kepala Divisi Pemasyarakatan"], ["Bapas", "Kepala Divisi Pemasyarakatan"],
        ["Rupbasan", "Kepala Divisi Pemasyarakatan"], ["Imigrasi", "Kepala Divisi Keimigrasian"],
        ["Rudenim", "Kepala Divisi Keimigrasian"], ["Notaris", "Kepala Divisi Pelayanan Hukum"],
    ],
    # Document type -> the administrator's replacement template (see app.naskah.documents).
    "document_templates": {},
    # Largest file that may be attached (app.services.attachments), in MB.
    "attachment_max_mb": 50,
}


def get(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS[key]
    return json.loads(row.value)


def put(key: str, value: Any, *, actor: Actor = None) -> None:
    """Store a setting and audit the change, in one transaction. A User `actor` must be an
    administrator (see app.services.accounts.require_admin)."""
    actor = require_admin(actor)
    if key not in DEFAULTS:
        raise KeyError(key)
    text = json.dumps(value, ensure_ascii=False)
    with database.atomic():
        old = Setting.get_or_none(Setting.key == key)
        Setting.insert(key=key, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record("pengaturan.ubah", actor=actor, detail={
            "kunci": key, "lama": json.loads(old.value) if old else None, "baru": value})


def tiers() -> dict[str, dict]:
    return get("tiers")


def tier_days(tier: str) -> int:
    try:
        return int(tiers()[tier]["hari_kerja"])
    except KeyError:
        raise KeyError(_("Tingkat pengaduan '{t}' tidak dikenal").format(t=tier)) from None


_calendar_cache: dict[int, tuple[tuple, WorkingCalendar]] = {}


def office_calendar() -> WorkingCalendar:
    """The working calendar with this office's overrides; rebuilt when the overrides change."""
    rows = list(HolidayOverride.select().order_by(HolidayOverride.day).tuples())
    key = tuple(rows)
    cached = _calendar_cache.get(id(database.obj))
    if cached and cached[0] == key:
        return cached[1]
    days_off = {r[1]: r[3] for r in rows if r[2] == "libur"}
    extra = [r[1] for r in rows if r[2] == "kerja"]
    calendar = WorkingCalendar(days_off=days_off, extra_working_days=extra)
    _calendar_cache[id(database.obj)] = (key, calendar)
    return calendar


def add_holiday_override(day: dt.date, kind: str, name: str, *, actor: Actor = None):
    """An office day off ("libur") or extra working day ("kerja"); administrators only."""
    actor = require_admin(actor)
    if kind not in ("libur", "kerja"):
        raise ValueError(kind)
    with database.atomic():
        HolidayOverride.delete().where(HolidayOverride.day == day).execute()
        HolidayOverride.create(day=day, kind=kind, name=name)
        audit.record("kalender.ubah", actor=actor,
                     detail={"tanggal": day.isoformat(), "jenis": kind, "nama": name})
