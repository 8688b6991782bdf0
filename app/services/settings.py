"""Office-wide settings kept in the shared database: identity, numbering patterns, deadline
thresholds, statutory tiers. The working calendar is app.services.calendar."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, get_type_hints

from app.errors import ValidationError
from app.i18n import _
from app.services import audit
from app.services.accounts import Actor, require_admin
from app.store.models import Setting, database

log = logging.getLogger(__name__)

# Statutory tiers for public complaints (working days); configuration, not law in code.
DEFAULT_TIERS = {
    "sederhana": {"nama": "Permintaan informasi / pengaduan sederhana", "hari_kerja": 5},
    "pelanggaran": {"nama": "Dugaan pelanggaran tanpa pemeriksaan lapangan", "hari_kerja": 14},
    "pemeriksaan_lapangan": {"nama": "Dugaan pelanggaran dengan pemeriksaan lapangan",
                             "hari_kerja": 60},
}

def _default_tiers() -> dict[str, dict]:
    return {k: dict(v) for k, v in DEFAULT_TIERS.items()}


@dataclass(frozen=True)
class OfficeSettings:
    """Every office-wide setting, declared once with its type and default. Read them all
    with current() (one query) and use the attributes; change one with put()."""

    office_ministry: str = "KEMENTERIAN HUKUM REPUBLIK INDONESIA"
    office_name: str = "KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG"
    office_address: str = "Jalan Letkol Saleh Ode Nomor 435, Pangkalpinang 33111"
    office_phone: str = "(0717) 422072"
    office_fax: str = "(0717) 423018"
    office_web: str = "babel.kemenkum.go.id"
    office_email: str = "kanwilbabel@kemenkum.go.id"
    office_code: str = "W.7"
    office_city: str = "Pangkalpinang"
    # {seq}, {year}, {month}, {month_roman} and {office_code} are filled in.
    register_pattern: str = "{seq:04d}/PENGADUAN/{month_roman}/{year}"
    # "Due soon" when less than this much working time is left.
    due_soon_step_minutes: float = 30
    due_soon_days: float = 1
    tiers: dict = field(default_factory=_default_tiers)
    # Who may see a confidential reporter's identity (lanes).
    confidential_viewers: list = field(default_factory=lambda: ["kasubag_pphti", "kakanwil"])
    # Naskah dinas (app.naskah). The kop's logo: a PNG/JPEG path, empty for none.
    office_logo: str = ""
    # Per document type; {seq}, {year}, {month}, {month_roman}, {office_code},
    # {classification} and {register_no} are filled in. Sequences restart each year.
    document_patterns: dict = field(default_factory=lambda: {
        "nota_dinas": "{office_code}-{classification}-{seq}",
        "lembar_disposisi": "{seq:04d}/AGENDA/{year}",
        "hasil_telaahan": "{seq:04d}/TELAAH-PENGADUAN/{month_roman}/{year}",
        "surat_tanggapan": "{office_code}-{classification}-{seq}",
        "tanda_terima": "{seq:04d}/TT-PENGADUAN/{month_roman}/{year}",
    })
    # Classification codes of the office's klasifikasi arsip (confirm with the records unit).
    document_classification: dict = field(default_factory=lambda: {
        "nota_dinas": "UM.01.01", "lembar_disposisi": "UM.01.01",
        "hasil_telaahan": "UM.01.01", "surat_tanggapan": "HM.02.01", "tanda_terima": "",
    })
    # Who signs, per lane; an empty name falls back to the active user holding the lane.
    signatories: dict = field(default_factory=lambda: {
        "kakanwil": {"jabatan": "Kepala Kantor Wilayah", "nama": "", "nip": ""},
        "kadiv": {"jabatan": "Kepala Divisi Administrasi", "nama": "", "nip": ""},
        "kabag_p2": {"jabatan": "Kepala Bagian Program dan Pelaporan", "nama": "", "nip": ""},
        "kasubag_pphti": {"jabatan": "Kepala Subbagian Pelaporan, Hubungan Masyarakat dan "
                                     "Teknologi Informasi", "nama": "", "nip": ""},
    })
    # The nota dinas's addressee: first keyword found in the complained-about party's name.
    divisi_terkait: list = field(default_factory=lambda: [
        ["Lapas", "Kepala Divisi Pemasyarakatan"], ["Rutan", "Kepala Divisi Pemasyarakatan"],
        ["LPKA", "Kepala Divisi Pemasyarakatan"], ["Bapas", "Kepala Divisi Pemasyarakatan"],
        ["Rupbasan", "Kepala Divisi Pemasyarakatan"], ["Imigrasi", "Kepala Divisi Keimigrasian"],
        ["Rudenim", "Kepala Divisi Keimigrasian"], ["Notaris", "Kepala Divisi Pelayanan Hukum"],
    ])
    # Document type -> the administrator's replacement template (see app.naskah).
    document_templates: dict = field(default_factory=dict)
    # Largest file that may be attached (app.services.attachments), in MB.
    attachment_max_mb: float = 50


# Each setting's declared type (the annotations above); an int is fine where a float is.
TYPES: dict[str, type] = get_type_hints(OfficeSettings)
_ACCEPTS = {str: (str,), float: (int, float), dict: (dict,), list: (list,)}
# A damaged value of these falls back to the safe side, not to the default: no lane sees a
# confidential reporter until an administrator sets the list again.
FAIL_CLOSED: dict[str, Any] = {"confidential_viewers": []}


def _valid(name: str, value: Any) -> bool:
    return isinstance(value, _ACCEPTS[TYPES[name]]) and not isinstance(value, bool)


def current() -> OfficeSettings:
    """The office's settings as stored now, each unset one at its default (one query). A
    stored value of the wrong type (edited outside the program) is logged and ignored."""
    values = {}
    for key, text in Setting.select(Setting.key, Setting.value).tuples():
        if key not in TYPES:
            continue
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if _valid(key, value):
            values[key] = value
        else:
            log.warning("setting %s ignored: %r is not a %s", key, text,
                        TYPES[key].__name__)
            if key in FAIL_CLOSED:
                values[key] = FAIL_CLOSED[key]
    return OfficeSettings(**values)


def put(key: str, value: Any, *, actor: Actor) -> None:
    """Store a setting and audit the change, in one transaction. A User `actor` must be an
    administrator (see app.services.accounts.require_admin). Raises ValidationError for an
    unknown setting or a value of the wrong type."""
    actor_name = require_admin(actor)
    if key not in TYPES:
        raise ValidationError(_("Pengaturan '{k}' tidak dikenal.").format(k=key), key)
    if not _valid(key, value):
        raise ValidationError(_("Nilai pengaturan '{k}' tidak sesuai jenisnya.").format(k=key),
                              key)
    text = json.dumps(value, ensure_ascii=False)
    with database.atomic():
        old = Setting.get_or_none(Setting.key == key)
        Setting.insert(key=key, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record("pengaturan.ubah", actor=actor_name, detail={
            "kunci": key, "lama": json.loads(old.value) if old else None, "baru": value})


def tiers() -> dict[str, dict]:
    return current().tiers


def tier_days(tier: str, office: OfficeSettings | None = None) -> int:
    """The statutory working days of `tier` (from `office` when the caller holds it)."""
    try:
        return int((office or current()).tiers[tier]["hari_kerja"])
    except KeyError:
        raise KeyError(_("Tingkat pengaduan '{t}' tidak dikenal").format(t=tier)) from None
