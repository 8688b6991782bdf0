"""Office-wide settings kept in the shared database: identity, numbering patterns, deadline
thresholds, statutory tiers, the office's lists (divisions, signatories, classification
codes: app.services.office_lists) and the kop's logo (its bytes in the blob store). The
working calendar is app.services.calendar."""

from __future__ import annotations

import io
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, get_type_hints

from app.errors import IntegrityError, ValidationError
from app.i18n import _
from app.office.deadlines import DEFAULT_SOON_PERCENT
from app.office.zones import DEFAULT_ZONE, ZONES, office_zone, set_office_zone
from app.services import audit, office_lists
from app.services.accounts import Actor, require_admin
from app.store import blobs
from app.store.db import lock_settings
from app.store.models import STATUS_CLOSED, Blob, Complaint, Setting, database

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
    # The office's time zone (app.office.zones): what every time is stored and printed in.
    office_zone: str = DEFAULT_ZONE
    # {seq}, {year}, {month}, {month_roman} and {office_code} are filled in.
    register_pattern: str = "{seq:04d}/PENGADUAN/{month_roman}/{year}"
    # A step is "due soon" once this share (%) of its standard working time is used (a
    # 10-minute step after 8 minutes at 80); the statutory deadline within this many working
    # days of it. The step's instant is stored when it starts (Complaint.step_soon_at), so
    # a change applies to the steps that start from then on (steps are minutes long).
    due_soon_step_percent: float = DEFAULT_SOON_PERCENT
    due_soon_days: float = 1
    # Each user's reminder of what is due today and late (app.services.reminders): at
    # log-in and at this time of day ("HH:MM", the office's time), when enabled.
    reminders_enabled: bool = True
    reminder_time: str = "07:30"
    tiers: dict = field(default_factory=_default_tiers)
    # Who may see a confidential reporter's identity (lanes).
    confidential_viewers: list = field(default_factory=lambda: ["kasubag_pphti", "kakanwil"])
    # Naskah dinas (app.naskah). The kop's logo, stored in the database's blob store:
    # sha256, nama_berkas, diganti_oleh, diganti_pada; empty for none. Changed only by
    # set_office_logo / clear_office_logo; read with office_logo_bytes().
    office_logo: dict = field(default_factory=dict)
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
    # The office's divisions and work units: kode, nama, jabatan (of the head: the nota
    # dinas's addressee), kata_kunci (whole words of the complained-about party's name that
    # point a complaint to it). See app.services.office_lists.
    divisi_terkait: list = field(default_factory=office_lists.default_divisions)
    # Document type -> the administrator's replacement template (see app.naskah).
    document_templates: dict = field(default_factory=dict)
    # Largest file that may be attached (app.services.attachments), in MB.
    attachment_max_mb: float = 50
    # The SOP in force for new complaints: the adopted SopVersion's hash, set only by
    # app.services.sop_versions (adopt_sop; the first start adopts one).
    sop_version: str = ""


# Each setting's declared type (the annotations above); an int is fine where a float is.
TYPES: dict[str, type] = get_type_hints(OfficeSettings)
_ACCEPTS = {str: (str,), float: (int, float), dict: (dict,), list: (list,), bool: (bool,)}
# Settings earlier versions stored that this one no longer has, read as gone (not warned
# about): the fixed "due soon" minutes of a step, replaced by due_soon_step_percent in v7.
RETIRED = frozenset({"due_soon_step_minutes"})
# A damaged value of these falls back to the safe side, not to the default: no lane sees a
# confidential reporter until an administrator sets the list again.
FAIL_CLOSED: dict[str, Any] = {"confidential_viewers": []}


def _valid(name: str, value: Any) -> bool:
    kind = TYPES[name]
    return isinstance(value, _ACCEPTS[kind]) and (kind is bool or not isinstance(value, bool))


def current() -> OfficeSettings:
    """The office's settings as stored now, each unset one at its default (one query). A
    value stored in an older form is read as today's (the divisions, the logo); one of the
    wrong type or shape (edited outside the program) is logged and ignored."""
    values = {}
    for key, text in Setting.select(Setting.key, Setting.value).tuples():
        if key not in TYPES:
            continue
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        value = _OLD_FORMS.get(key, _as_is)(value)
        if _valid(key, value) and not _shape_problems(key, value, strict=False):
            values[key] = value
        else:
            log.warning("setting %s ignored: %r is not a valid %s", key, text,
                        TYPES[key].__name__)
            if key in FAIL_CLOSED:
                values[key] = FAIL_CLOSED[key]
    return OfficeSettings(**values)


# Settings with a service of their own: the reason put() refuses them, and where to go.
_OWN_SERVICE = {
    "office_logo": lambda: _("Logo kantor diganti melalui \"pengaduan pengaturan logo "
                             "BERKAS\" (gambarnya diperiksa dahulu)."),
    "sop_version": lambda: _("SOP yang berlaku diganti melalui \"pengaduan sop adopsi\" "
                             "(berkasnya diperiksa dahulu)."),
}


def put(key: str, value: Any, *, actor: Actor) -> None:
    """Store a setting and audit the change, in one transaction. A User `actor` must be an
    administrator (see app.services.accounts.require_admin). Raises ValidationError for an
    unknown setting, a value of the wrong type or shape (a list or table with a malformed
    entry: every problem is named), and for the logo (set_office_logo checks the image)."""
    require_admin(actor)  # before anything about the value is said
    if key in RETIRED:
        raise ValidationError(_("Pengaturan '{k}' tidak dipakai lagi: peringatan segera jatuh "
                                "tempo sebuah langkah kini diatur dengan "
                                "due_soon_step_percent (persen waktu baku langkah yang "
                                "terpakai).").format(k=key), key)
    if key not in TYPES:
        raise ValidationError(_("Pengaturan '{k}' tidak dikenal.").format(k=key), key)
    if not _valid(key, value):
        raise ValidationError(_("Nilai pengaturan '{k}' tidak sesuai jenisnya.").format(k=key),
                              key)
    if key in _OWN_SERVICE:  # checked and audited by their own call, never written around
        raise ValidationError(_OWN_SERVICE[key](), key)
    problems = _shape_problems(key, value) or _RULES.get(key, _no_problems)(value)
    if problems:
        raise ValidationError("\n".join([_("Pengaturan '{k}' tidak valid:").format(k=key)]
                                        + ["- " + problem for problem in problems]), key)
    if key == "office_zone":
        _check_zone(value)
    _store(key, value, actor)
    if key == "office_zone":
        set_office_zone(value)  # this workstation at once; the others at their next sync


def _check_zone(name: str) -> None:
    """Stored times are the office's wall-clock times: the zone is chosen before the first
    complaint and then kept, or every stored time would silently shift."""
    if name not in ZONES:
        raise ValidationError(_("Zona waktu '{z}' tidak dikenal; pilih salah satu: {all}.")
                              .format(z=name, all=", ".join(ZONES)), "office_zone")
    if name != office_zone().name and Complaint.select().exists():
        raise ValidationError(_(
            "Zona waktu kantor tidak dapat diubah setelah ada pengaduan: semua waktu "
            "tersimpan dalam zona {z}."
        ).format(z=office_zone().label), "office_zone")


def tiers() -> dict[str, dict]:
    return current().tiers


def tier_days(tier: str, office: OfficeSettings | None = None) -> int:
    """The statutory working days of `tier` (from `office` when the caller holds it)."""
    try:
        return int((office or current()).tiers[tier]["hari_kerja"])
    except KeyError:
        raise KeyError(_("Tingkat pengaduan '{t}' tidak dikenal").format(t=tier)) from None


def _store(key: str, value: Any, actor: Actor) -> None:
    """Write one checked setting with its audit entry, in one transaction, the actor checked
    again in it (as the account is now, serialised with a deactivation committing)."""
    text = json.dumps(value, ensure_ascii=False)
    with database.atomic():
        actor_name = require_admin(actor)
        lock_settings()  # the audit's old value is the one overwritten
        old = Setting.get_or_none(Setting.key == key)
        Setting.insert(key=key, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record("pengaturan.ubah", actor=actor_name, detail={
            "kunci": key, "lama": json.loads(old.value) if old else None, "baru": value})


# --------------------------------------------------------------------------- shapes

def _as_is(value: Any) -> Any:
    return value


def _no_problems(_value: Any, _strict: bool = True) -> list[str]:
    return []


def _logo_from_path(value: Any) -> Any:
    """The logo as stored before it lived in the database: a path on one workstation."""
    if isinstance(value, str):
        return {"jalur": value} if value.strip() else {}
    return value


_LOGO_KEYS = {"sha256", "nama_berkas", "jenis", "ukuran", "lebar", "tinggi", "diganti_oleh",
              "jalur"}


def _logo_problems(value: dict, strict: bool = True) -> list[str]:
    digest, path = value.get("sha256", ""), value.get("jalur", "")
    if ((strict and set(value) - _LOGO_KEYS) or not isinstance(digest, str)
            or not isinstance(path, str)
            or (digest and not re.fullmatch(r"[0-9a-f]{64}", digest))):
        return [_("logo kantor tersimpan dalam bentuk yang tidak dikenal")]
    return []


def _clock_problems(value: Any, _strict: bool = True) -> list[str]:
    """A time of day as "HH:MM" (24 hours): the daily reminder's."""
    if isinstance(value, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
        return []
    return [_("harus berupa jam \"JJ:MM\" (00:00 sampai 23:59), mis. \"07:30\"")]


# An older stored form, read as today's (checked as today's afterwards).
_OLD_FORMS = {"divisi_terkait": office_lists.divisions_from_pairs,
              "office_logo": _logo_from_path}
# The shape a value must have to be stored, and to be used when read back.
_SHAPES = {"divisi_terkait": office_lists.division_problems,
           "signatories": office_lists.signatory_problems,
           "document_classification": office_lists.classification_problems,
           "document_patterns": office_lists.document_pattern_problems,
           "office_logo": _logo_problems,
           "tiers": office_lists.tier_problems,
           "confidential_viewers": office_lists.lane_list_problems,
           "attachment_max_mb": office_lists.number_problems(0.001, 500),
           "due_soon_step_percent": office_lists.number_problems(10, 100),
           "reminder_time": _clock_problems,
           "due_soon_days": office_lists.number_problems(0, 30)}
_SHAPES.update({key: office_lists.line_problems for key in (
    "office_ministry", "office_name", "office_address", "office_phone", "office_fax",
    "office_web", "office_email", "office_code", "office_city")})
# Further rules for a value being saved (a value stored earlier keeps working).
def _tiers_in_use(value: dict) -> list[str]:
    """A tier that complaints not yet closed count their deadline by cannot go."""
    used = {t for (t,) in Complaint.select(Complaint.tier).where(
        Complaint.status != STATUS_CLOSED).distinct().tuples()}
    return [_("tingkat {k} masih dipakai pengaduan yang belum selesai").format(k=k)
            for k in sorted(used - set(value))]


def _known_lanes(value: list) -> list[str]:
    from app.services import sop_versions

    lanes = {lane.key for lane in sop_versions.current_sop().lanes}
    return [_("jabatan {k} tidak ada dalam SOP").format(k=k) for k in value if k not in lanes]


_RULES = {"document_patterns": office_lists.document_pattern_rules,
          "register_pattern": office_lists.register_pattern_rules,
          "tiers": _tiers_in_use,
          "confidential_viewers": _known_lanes}


def _shape_problems(key: str, value: Any, *, strict: bool = True) -> list[str]:
    """What is wrong with the shape of `value`; not `strict` for a value read back, where
    an entry this version does not know is ignored rather than refused."""
    return _SHAPES.get(key, _no_problems)(value, strict)


# --------------------------------------------------------------------------- the kop's logo

LOGO_MAX_BYTES = 2 * 1024 * 1024
# Printed 22 mm high in the kop: 16 million pixels (e.g. 4000 x 4000) is far more than
# enough, and keeps a small file that decodes to gigabytes out of every document.
LOGO_MAX_PIXELS = 16_000_000


def check_logo(filename: str, data: bytes) -> tuple[str, int, int]:
    """The content type, width and height of a logo candidate. Raises ValidationError
    saying why it is refused: empty, larger than LOGO_MAX_BYTES, not a PNG or JPEG (by its
    content), more than LOGO_MAX_PIXELS, or it does not decode."""
    from PIL import Image, UnidentifiedImageError

    from app.files import filetypes

    name = PurePath(filename).name or "logo"
    _check_logo_size(name, len(data))
    mime = filetypes.sniff(data)
    if mime not in (filetypes.PNG, filetypes.JPEG):
        raise ValidationError(_("Berkas '{f}' bukan gambar PNG atau JPEG; logo kantor harus "
                                "berupa gambar PNG atau JPEG.").format(f=name), "office_logo")
    broken = ValidationError(_("Gambar logo '{f}' rusak atau terpotong dan tidak dapat "
                               "dibuka.").format(f=name), "office_logo")
    too_many = _("Gambar logo '{f}' terlalu besar: {w} x {h} piksel, paling banyak {n} juta "
                 "piksel. Perkecil gambarnya lalu coba lagi.")
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > LOGO_MAX_PIXELS:  # before a single pixel is decoded
                raise ValidationError(too_many.format(f=name, w=width, h=height,
                                                      n=LOGO_MAX_PIXELS // 1_000_000),
                                      "office_logo")
            if Image.MIME.get(image.format) != mime:
                raise broken
            image.load()
    except ValidationError:
        raise
    except Image.DecompressionBombError as exc:
        raise ValidationError(too_many.format(f=name, w="?", h="?",
                                              n=LOGO_MAX_PIXELS // 1_000_000),
                              "office_logo") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise broken from exc
    return mime, width, height


def _check_logo_size(name: str, size: int) -> None:
    from app.office import wording

    if size == 0:
        raise ValidationError(_("Berkas logo '{f}' kosong.").format(f=name), "office_logo")
    if size > LOGO_MAX_BYTES:
        raise ValidationError(_("Berkas logo '{f}' berukuran {s}, melebihi batas {m}. Simpan "
                                "logo dengan ukuran lebih kecil.").format(
            f=name, s=wording.file_size(size), m=wording.file_size(LOGO_MAX_BYTES)),
            "office_logo")


def _read_logo_file(path: Path) -> bytes:
    """The bytes of a logo file, its size checked before reading. Raises ValidationError."""
    try:
        _check_logo_size(path.name, path.stat().st_size)
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(_("Berkas logo '{f}' tidak dapat dibaca: {e}").format(
            f=path, e=exc.strerror or exc), "office_logo") from exc


def set_office_logo(source: str | Path | bytes, *, actor: Actor,
                    filename: str | None = None) -> dict:
    """Administrator: make the image `source` (a file, or its bytes) the kop's logo on every
    workstation: checked (check_logo), stored in the database's blob store, the setting
    pointing at it by its SHA-256, audited; one transaction. Returns the new setting.
    Raises ValidationError (the old logo stays), NotPermitted."""
    actor_name = require_admin(actor)
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), filename or "logo"
    else:
        path = Path(source)
        data, name = _read_logo_file(path), filename or path.name
    mime, width, height = check_logo(name, data)
    value = {"sha256": blobs.digest(data), "nama_berkas": PurePath(name).name, "jenis": mime,
             "ukuran": len(data), "lebar": width, "tinggi": height,
             "diganti_oleh": actor_name}
    with database.atomic():
        blobs.put(data, value["sha256"])
        _store("office_logo", value, actor)
    return value


def clear_office_logo(*, actor: Actor) -> None:
    """Administrator: documents are made without a logo from now on (audited)."""
    require_admin(actor)
    if current().office_logo:
        _store("office_logo", {}, actor)  # checks the actor again in its transaction


def office_logo_bytes(office: OfficeSettings | None = None) -> bytes | None:
    """The kop's logo as stored in the database (from `office` when the caller holds the
    settings), or None when there is none. A logo that is missing or no longer matches its
    SHA-256 is logged and left out: a document without the logo is still valid.

    A logo still set as a path (before it lived in the database) is read from that path
    where the file is readable, with a warning that an administrator should store it
    (`pengaduan pengaturan logo BERKAS`); where it is not, it is left out with a warning."""
    logo = (office or current()).office_logo
    if logo.get("sha256"):
        try:
            return blobs.read(logo["sha256"], _("logo kantor"))
        except (Blob.DoesNotExist, IntegrityError) as exc:
            log.error("office logo %s unusable, documents are made without it: %s",
                      logo["sha256"], exc)
            return None
    path = logo.get("jalur")
    if not path:
        return None
    try:
        data = _read_logo_file(Path(path))
        check_logo(path, data)
    except ValidationError as exc:
        log.warning("office_logo is still a path on one computer and unusable here, "
                    "documents are made without it: %s", exc)
        return None
    log.warning("office_logo is still a path on one computer (%s); other computers print "
                "no logo until an administrator runs: pengaduan pengaturan logo %s", path, path)
    return data
