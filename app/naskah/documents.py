"""Naskah dinas as Word documents: context from a complaint, sandboxed docxtpl rendering,
numbering, versions, template management and PDF conversion. No Qt here; the GUI calls
these functions (PDF conversion from a worker thread: it blocks and touches no database).

The round trip: `generate()` stores a numbered .docx version; it is printed, signed by hand
and scanned; `attach_signed_scan()` links the scan as that version's signed copy. Revisions
of the nota dinas (steps 6 to 9) are new versions, generated again or uploaded after
editing in Word (`store_revision()`); every version stays readable.

Templates come from `resources/templates/` or, once an administrator replaced one, from the
shared database (so every workstation prints the same). Rendering runs in a Jinja
`SandboxedEnvironment` with autoescaping: a template cannot reach Python internals, and
what a user typed comes out exactly as typed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from app.errors import DocumentError, NotPermitted
from app.i18n import _
from app.office.text import clean_text
from app.office.vocab import (
    ATTACHMENT_KINDS,
    CATEGORIES,
    CHANNELS,
    CONFIDENTIAL,
    CONFIDENTIALITY,
    DOC_TYPES,
    SUBJECT_KINDS,
    label,
)
from app.office.wording import long_date, long_datetime, short_datetime, terbilang
from app.paths import resource_dir
from app.services import audit, settings, sop_versions
from app.services.accounts import require_admin
from app.services.naskah_records import attach_signed, checked_type, latest
from app.services.permissions import can_see_reporter
from app.store import blobs
from app.store.models import (
    OUTCOME_FORWARDED,
    Attachment,
    AuditEntry,
    Blob,
    Complaint,
    Document,
    StepRecord,
    User,
    UserLane,
    database,
    now,
)
from app.store.numbering import format_number, next_value

log = logging.getLogger(__name__)


# Documents that go to (or are passed on to) Divisi Terkait, the division complained about:
# it need not know who complained when the complaint is confidential or anonymous.
ADDRESSED_TO_DIVISI = frozenset({"nota_dinas", "lembar_disposisi"})

PLACEHOLDER = "." * 60  # a line to write on by hand, for what the program cannot know

# Every variable a template may use (the program provides all of them for every type).
# resources/templates/README.md documents them; a test keeps the two in step.
VARIABLES: dict[str, str] = {
    "logo": "logo kantor dari pengaturan (kosong bila tidak ada)",
    "kop_kementerian": "nama kementerian",
    "kop_kantor": "nama kantor wilayah",
    "kop_alamat": "alamat kantor",
    "kop_kontak": "Telepon ..., Faksimili ...",
    "kop_laman": "Laman ..., email ...",
    "jenis_dokumen": "nama jenis naskah (Nota Dinas, ...)",
    "nomor": "nomor naskah (pola per jenis dan tahun)",
    "versi": "nomor versi naskah",
    "langkah": "langkah SOP saat naskah dibuat",
    "tanggal": "tanggal naskah (28 November 2026)",
    "tempat": "kota kantor",
    "tempat_tanggal": "kota dan tanggal naskah (Pangkalpinang, 28 November 2026)",
    "yth": "tujuan naskah (Yth.)",
    "dari": "pengirim naskah (Dari)",
    "sifat": "sifat naskah (Biasa, Segera, Rahasia)",
    "sifat_kode": "sifat sebagai kode: sangat_segera, segera, rahasia, biasa",
    "lampiran": "jumlah lampiran (1 (satu) berkas) atau -",
    "hal": "perihal naskah",
    "tembusan": "daftar tembusan (teks)",
    "penandatangan_jabatan": "jabatan penanda tangan",
    "penandatangan_nama": "nama lengkap penanda tangan",
    "penandatangan_nip": "NIP penanda tangan",
    "paraf": "daftar pejabat yang memaraf: p.jabatan, p.nama",
    "petugas_nama": "nama pengguna yang membuat naskah",
    "petugas_nip": "NIP pengguna yang membuat naskah",
    "petugas_jabatan": "jabatan pengguna yang membuat naskah",
    "nomor_register": "nomor register pengaduan",
    "tanggal_diterima": "tanggal pengaduan diterima",
    "waktu_diterima": "tanggal dan jam pengaduan diterima",
    "saluran": "saluran pengaduan",
    "kategori": "kategori pengaduan",
    "tingkat": "tingkat penyelesaian pengaduan",
    "jenis_terlapor": "jenis pihak yang diadukan (Divisi, UPT, Lainnya)",
    "terlapor": "nama pihak yang diadukan",
    "ringkasan": "ringkasan pengaduan",
    "uraian": "uraian pengaduan (apa adanya, dengan baris barunya)",
    "kerahasiaan": "kerahasiaan pengaduan (Biasa, Rahasia, Anonim)",
    "tiket_lapor": "nomor tiket SP4N-LAPOR! atau -",
    "batas_waktu": "batas waktu penyelesaian pengaduan",
    "pelapor_dirahasiakan": "benar bila identitas pelapor disembunyikan di naskah ini",
    "pelapor_nama": "nama pelapor (Anonim / Dirahasiakan bila perlu)",
    "pelapor_nik": "NIK pelapor",
    "pelapor_alamat": "alamat pelapor",
    "pelapor_telepon": "telepon pelapor",
    "pelapor_email": "email pelapor",
    "penerima": "penerima surat tanggapan (Sdr. ...)",
    "penerima_alamat": "alamat penerima surat tanggapan",
    "lampiran_berkas": "daftar berkas pengaduan: b.nama, b.jenis",
    "nomor_surat": "nomor surat pelapor (lembar disposisi)",
    "tanggal_surat": "tanggal surat pelapor (lembar disposisi)",
    "diteruskan": "tujuan disposisi: d.jabatan, d.dicentang",
    "instruksi": "pilihan instruksi disposisi: i.teks, i.dicentang",
    "disposisi": "riwayat disposisi: d.tanggal, d.dari, d.kepada, d.isi, d.oleh",
    "catatan": "catatan (lembar disposisi)",
    "analisis": "analisis (hasil telaahan)",
    "kesimpulan": "kesimpulan (hasil telaahan)",
    "saran": "saran (hasil telaahan)",
    "isi_tanggapan": "isi jawaban kepada pelapor (surat tanggapan)",
}
LIST_VARIABLES = frozenset({"tembusan", "paraf", "lampiran_berkas", "diteruskan", "instruksi",
                            "disposisi"})

SIFAT = {"sangat_segera": "Sangat Segera", "segera": "Segera", "rahasia": "Rahasia",
         "biasa": "Biasa"}
INSTRUCTIONS = ("Tanggapan dan saran", "Proses lebih lanjut", "Koordinasi / konfirmasikan",
                "Untuk diketahui", "Siapkan bahan", "Arsip")


# --------------------------------------------------------------------------- errors

class TemplateError(DocumentError):
    """A template is refused or failed to render. `problems` lists every reason."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(_("Templat ditolak:") + "\n" + "\n".join(
            "- " + p for p in self.problems))


class PdfError(DocumentError):
    """LibreOffice failed to convert, or took too long."""


class SofficeNotFound(PdfError):
    """LibreOffice (soffice) is not installed where we look."""


# --------------------------------------------------------------------------- formatting

# docxtpl turns "{_{", "}_}", "{_%", "%_}" into Jinja braces after rendering; a user's text
# holding them must survive, so such an underscore goes out as a character reference.
_DOCXTPL_ESCAPES = re.compile(r"(?<=[{}%])_")


def _finalize(value: Any) -> Any:
    """Jinja finalize: every {{ }} output passes here before autoescaping."""
    if hasattr(value, "__html__"):  # InlineImage, RichText: already WordprocessingML
        return value
    text = clean_text("" if value is None else str(value))
    return Markup(_DOCXTPL_ESCAPES.sub("&#95;", str(escape(text))))


# --------------------------------------------------------------------------- sandbox

class _NaskahSandbox(SandboxedEnvironment):
    """Sandboxed and without globals (no cycler, joiner, namespace, range, lipsum): a
    template only sees the documented variables. Large repetitions are refused too."""

    intercepted_binops = frozenset({"*", "**"})
    MAX_SIZE = 100_000

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise JinjaTemplateError(_("pangkat terlalu besar dalam templat"))
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (isinstance(seq, str | list | tuple) and isinstance(count, int)
                        and len(seq) * count > self.MAX_SIZE):
                    raise JinjaTemplateError(_("perkalian teks terlalu besar dalam templat"))
        return super().call_binop(context, operator, left, right)


def sandbox() -> SandboxedEnvironment:
    env = _NaskahSandbox(autoescape=True, finalize=_finalize)
    env.globals.clear()
    return env


class _Naskah(DocxTemplate):
    """docxtpl with whitespace kept: a value's leading or trailing spaces must not vanish,
    so every text run is marked xml:space="preserve" before rendering."""

    def patch_xml(self, src_xml):
        return super().patch_xml(src_xml).replace("<w:t>", '<w:t xml:space="preserve">')


# --------------------------------------------------------------------------- templates

@dataclass
class TemplateCheck:
    """A template that passed validation: the variables it uses, and harmless remarks."""

    doc_type: str | None
    variables: set[str]
    warnings: list[str] = field(default_factory=list)


def bundled_template(doc_type: str) -> Path:
    return resource_dir() / "templates" / f"{checked_type(doc_type)}.docx"


def template_source(doc_type: str) -> dict | None:
    """The administrator's replacement for `doc_type` (sha256, nama_berkas, diganti_oleh,
    diganti_pada), or None when the bundled template is in force."""
    return settings.get("document_templates").get(checked_type(doc_type))


def template_bytes(doc_type: str) -> bytes:
    """The template in force for `doc_type`: the replacement in the database, else the
    bundled file. Raises DocumentError when either is missing or damaged."""
    replaced = template_source(doc_type)
    if replaced:
        try:
            return blobs.read(replaced["sha256"], _("templat {t}").format(t=DOC_TYPES[doc_type]))
        except Blob.DoesNotExist:
            raise DocumentError(_("Templat pengganti {t} tidak ditemukan di basis data.")
                                .format(t=DOC_TYPES[doc_type])) from None
    path = bundled_template(doc_type)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(_("Templat {t} tidak dapat dibaca: {e}")
                            .format(t=DOC_TYPES[doc_type], e=exc)) from exc


def validate_template(source: str | Path | bytes, doc_type: str | None = None) -> TemplateCheck:
    """Check a candidate template before it is used: a real .docx, Jinja that parses, only
    variables the program provides, no access to private attributes, no include/import,
    and a trial render in the sandbox with sample data. Returns a TemplateCheck; raises
    TemplateError listing every reason for refusal."""
    if doc_type is not None:
        checked_type(doc_type)
    problems: list[str] = []
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        if path.suffix.lower() != ".docx":
            problems.append(_("berkas '{f}' bukan .docx").format(f=path.name))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise TemplateError(problems + [_("berkas tidak dapat dibaca: {e}").format(e=exc)]
                                ) from exc
    if not _is_docx(data):
        raise TemplateError(problems + [_("isi berkas bukan dokumen Word (.docx)")])
    try:
        tpl = _Naskah(io.BytesIO(data))
        xml = _template_xml(tpl)
    except Exception as exc:  # python-docx refuses .docm, .dotx, damaged parts: report why
        raise TemplateError(problems + [_("dokumen Word tidak dapat dibuka: {e}").format(e=exc)]
                            ) from exc
    env = sandbox()
    try:
        tree = env.parse(xml)
    except TemplateSyntaxError as exc:
        near = re.sub(r"<[^>]+>", "", "".join(xml.splitlines()[max(exc.lineno - 2, 0):
                                                                exc.lineno + 1]))[:120]
        raise TemplateError(problems + [_("penulisan Jinja rusak: {m} (dekat: \"{n}\")")
                                        .format(m=exc.message, n=near.strip())]) from exc
    problems += _unsafe_constructs(tree)
    used = meta.find_undeclared_variables(tree)
    unknown = sorted(used - VARIABLES.keys())
    if unknown:
        problems.append(_("variabel yang tidak disediakan program: {v}")
                        .format(v=", ".join(unknown)))
    if not problems:
        try:
            render(data, sample_context(doc_type or "nota_dinas"))
        except TemplateError as exc:
            problems += exc.problems
        except Exception as exc:  # a trial render that fails for any reason is a refusal
            problems.append(_("uji coba templat gagal: {e}").format(e=exc))
    if problems:
        raise TemplateError(problems)
    warnings = []
    if doc_type and "nomor" not in used and doc_type != "lembar_disposisi":
        warnings.append(_("templat tidak memuat {{ nomor }}: nomor naskah tidak tercetak"))
    return TemplateCheck(doc_type, set(used), warnings)


def replace_template(doc_type: str, path: str | Path, actor: User | str | None) -> TemplateCheck:
    """Administrator: validate `path` and make it the template of `doc_type` on every
    workstation (stored in the database, audited). `actor` is a User (must be an
    administrator) or a name for the command line. Raises TemplateError (with the reasons),
    NotPermitted."""
    actor_name = require_admin(actor) or "cli"
    check = validate_template(path, doc_type)
    data = Path(path).read_bytes()
    with database.atomic():
        digest = blobs.put(data)
        replaced = dict(settings.get("document_templates"))
        replaced[doc_type] = {"sha256": digest, "nama_berkas": Path(path).name,
                              "diganti_oleh": actor_name, "diganti_pada": now().isoformat()}
        settings.put("document_templates", replaced, actor=actor_name)
        audit.record("templat.ganti", actor=actor_name, detail={
            "jenis": doc_type, "berkas": Path(path).name, "sha256": digest})
    return check


def reset_template(doc_type: str, actor: User | str | None) -> None:
    """Administrator: go back to the bundled template of `doc_type`."""
    actor_name = require_admin(actor) or "cli"
    checked_type(doc_type)
    with database.atomic():
        replaced = dict(settings.get("document_templates"))
        if replaced.pop(doc_type, None) is not None:
            settings.put("document_templates", replaced, actor=actor_name)
            audit.record("templat.kembalikan", actor=actor_name, detail={"jenis": doc_type})


def _template_xml(tpl: DocxTemplate) -> str:
    """Everything docxtpl will render: body, headers, footers and document properties."""
    docx = tpl.get_docx()
    parts = [tpl.patch_xml(tpl.get_xml())]
    for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
        for _key, part in tpl.get_headers_footers(uri):
            parts.append(tpl.patch_xml(tpl.get_part_xml(part)))
    props = docx.core_properties
    parts += [getattr(props, name) or "" for name in
              ("author", "comments", "identifier", "language", "subject", "title")]
    return "\n".join(parts)


_FORBIDDEN_NODES = {nodes.Include: "include", nodes.Import: "import",
                    nodes.FromImport: "from ... import", nodes.Extends: "extends"}


def _unsafe_constructs(tree: nodes.Template) -> list[str]:
    problems = []
    for node_type, name in _FORBIDDEN_NODES.items():
        if any(True for _node in tree.find_all(node_type)):
            problems.append(_("perintah '{n}' tidak diizinkan dalam templat").format(n=name))
    private = {node.attr for node in tree.find_all(nodes.Getattr) if node.attr.startswith("_")}
    private |= {node.arg.value for node in tree.find_all(nodes.Getitem)
                if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str)
                and node.arg.value.startswith("_")}
    if private:
        problems.append(_("templat mengakses atribut internal yang terlarang: {a}")
                        .format(a=", ".join(sorted(private))))
    return problems


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


# --------------------------------------------------------------------------- rendering

def render(template: bytes, context: dict[str, Any]) -> bytes:
    """Render `template` (.docx bytes) with `context` in the sandbox; returns .docx bytes.
    The `logo` entry, when a path, becomes the kop's image. Raises TemplateError."""
    tpl = _Naskah(io.BytesIO(template))
    values = dict(context)
    logo = values.get("logo")
    values["logo"] = InlineImage(tpl, str(logo), height=Mm(22)) if logo else ""
    try:
        tpl.render(values, jinja_env=sandbox(), autoescape=True)
    except JinjaTemplateError as exc:
        raise TemplateError(_("templat tidak dapat diisi: {e}").format(e=exc)) from exc
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def build_context(complaint: Complaint, doc_type: str, *, actor: User | None = None,
                  number: str = "", version: int = 1, step_no: int | None = None,
                  at: dt.datetime | None = None, mask_reporter: bool | None = None,
                  extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every template variable (see VARIABLES) for `complaint`, as plain text and lists.

    `mask_reporter`: None applies the rule (hide the reporter of a rahasia/anonim complaint
    in documents for Divisi Terkait); True/False forces it: the hook for role-based masking.
    `extra` overrides any variable (what the user edited before generating); an unknown
    name raises DocumentError."""

    checked_type(doc_type)
    at = at or now()
    if mask_reporter is None:
        mask_reporter = default_mask(complaint, doc_type)
    if actor is not None and not can_see_reporter(actor, complaint.confidentiality):
        mask_reporter = True  # the acting user decides, whatever the caller asked for
    sop = sop_versions.sop_of(complaint)
    pelapor = complaint.pelapor
    confidential = complaint.confidentiality in CONFIDENTIAL
    roles = _roles(doc_type, complaint)
    signer = signatory(roles["penandatangan"])
    attachments = list(Attachment.select().where(Attachment.complaint == complaint)
                       .order_by(Attachment.id))

    def reporter(value: str | None) -> str:
        return _("Dirahasiakan") if mask_reporter else (value or "-")

    name = reporter(pelapor.name if pelapor.name and not pelapor.anonymous else _("Anonim"))
    office = {key: settings.get(key) for key in (
        "office_ministry", "office_name", "office_address", "office_phone", "office_fax",
        "office_web", "office_email", "office_city", "office_logo")}
    history = _dispositions(complaint, sop)
    forwarded_to = {row["lane"] for row in history}
    context: dict[str, Any] = {
        "logo": office["office_logo"] if _logo_usable(office["office_logo"]) else "",
        "kop_kementerian": office["office_ministry"],
        "kop_kantor": office["office_name"],
        "kop_alamat": office["office_address"],
        "kop_kontak": _("Telepon {p}, Faksimili {f}").format(p=office["office_phone"],
                                                             f=office["office_fax"]),
        "kop_laman": _("Laman {w}, email {e}").format(w=office["office_web"],
                                                      e=office["office_email"]),
        "jenis_dokumen": _(DOC_TYPES[doc_type]),
        "nomor": number or "-",
        "versi": str(version),
        "langkah": str(step_no or complaint.current_step or "-"),
        "tanggal": long_date(at),
        "tempat": office["office_city"],
        "tempat_tanggal": f"{office['office_city']}, {long_date(at)}",
        "yth": roles["yth"],
        "dari": roles["dari"],
        "sifat": _(SIFAT["rahasia" if confidential else roles["sifat"]]),
        "sifat_kode": "rahasia" if confidential else roles["sifat"],
        "lampiran": (f"{len(attachments)} ({terbilang(len(attachments))}) "
                     + _("berkas")) if attachments and roles["lampiran"] else "-",
        "hal": roles["hal"],
        "tembusan": list(roles["tembusan"]),
        "penandatangan_jabatan": signer["jabatan"],
        "penandatangan_nama": signer["nama"],
        "penandatangan_nip": signer["nip"],
        # Paraf boxes are small: the SOP's short lane names (Kabag P2), not full titles.
        "paraf": [{"jabatan": sop.lane(lane).name, "nama": signatory(lane)["nama"]}
                  for lane in roles["paraf"]],
        "petugas_nama": (actor.full_name if actor else "") or PLACEHOLDER[:30],
        "petugas_nip": (actor.nip if actor else "") or PLACEHOLDER[:25],
        "petugas_jabatan": (actor.jabatan if actor else "") or "",
        "nomor_register": complaint.register_no,
        "tanggal_diterima": long_date(complaint.received_at),
        "waktu_diterima": long_datetime(complaint.received_at),
        "saluran": label(CHANNELS, complaint.channel),
        "kategori": label(CATEGORIES, complaint.category),
        "tingkat": settings.tiers().get(complaint.tier, {}).get("nama", complaint.tier),
        "jenis_terlapor": label(SUBJECT_KINDS, complaint.subject_kind),
        "terlapor": complaint.subject_name,
        "ringkasan": complaint.summary,
        "uraian": complaint.description,
        "kerahasiaan": label(CONFIDENTIALITY, complaint.confidentiality),
        "tiket_lapor": complaint.lapor_ticket or "-",
        "batas_waktu": long_date(complaint.due_at),
        "pelapor_dirahasiakan": bool(mask_reporter),
        "pelapor_nama": name,
        "pelapor_nik": reporter(pelapor.nik),
        "pelapor_alamat": reporter(pelapor.address),
        "pelapor_telepon": reporter(pelapor.phone),
        "pelapor_email": reporter(pelapor.email),
        "penerima": (_("Pelapor (dirahasiakan)") if mask_reporter
                     else _("Sdr. {n}").format(n=pelapor.name) if pelapor.name and not
                     pelapor.anonymous else _("Pelapor (anonim)")),
        "penerima_alamat": (pelapor.address if pelapor.address and not pelapor.anonymous
                            and not mask_reporter
                            else _("melalui {s}").format(s=label(CHANNELS, complaint.channel))),
        "lampiran_berkas": [{"nama": a.filename, "jenis": _(ATTACHMENT_KINDS.get(a.kind, a.kind))}
                            for a in attachments],
        "nomor_surat": "-",
        "tanggal_surat": "-",
        "diteruskan": [{"jabatan": signatory(lane)["jabatan"], "dicentang": lane in forwarded_to}
                       for lane in ("kadiv", "kabag_p2", "kasubag_pphti")],
        "instruksi": [{"teks": _(text), "dicentang": False} for text in INSTRUCTIONS],
        "disposisi": [{k: v for k, v in row.items() if k != "lane"} for row in history],
        "catatan": "",
        "analisis": _step_note(complaint, 5) or PLACEHOLDER,
        "kesimpulan": PLACEHOLDER,
        "saran": _("Laporan pengaduan diteruskan kepada {y} melalui nota dinas untuk "
                   "ditindaklanjuti.").format(y=_yth_divisi(complaint)),
        "isi_tanggapan": PLACEHOLDER,
    }
    for key, value in (extra or {}).items():
        if key not in VARIABLES:
            raise DocumentError(_("Isian naskah tidak dikenal: {k}").format(k=key))
        if key in LIST_VARIABLES and not isinstance(value, list | tuple):
            raise DocumentError(_("Isian naskah {k} harus berupa daftar.").format(k=key))
        context[key] = list(value) if key in LIST_VARIABLES else value
    return context


def default_mask(complaint: Complaint, doc_type: str) -> bool:
    """The rule without roles: a rahasia/anonim complaint's reporter is hidden in documents
    that reach Divisi Terkait. Role-based masking (a later issue) replaces this."""
    return complaint.confidentiality in CONFIDENTIAL and doc_type in ADDRESSED_TO_DIVISI


def signatory(lane: str) -> dict[str, str]:
    """jabatan, nama, nip of who signs for `lane`: the settings, else the first active user
    holding the lane, else a line to fill in by hand."""
    conf = settings.get("signatories").get(lane, {})
    jabatan, nama, nip = conf.get("jabatan") or lane, conf.get("nama"), conf.get("nip")
    if not nama:
        holder = (User.select().join(UserLane).where((UserLane.lane == lane) & User.active)
                  .order_by(User.id).first())
        if holder is not None:
            nama, nip = holder.full_name, nip or holder.nip
    return {"jabatan": jabatan, "nama": nama or PLACEHOLDER[:30], "nip": nip or PLACEHOLDER[:25]}


def _roles(doc_type: str, complaint: Complaint) -> dict[str, Any]:
    """Addressee, sender, signer and initials per type, from the SOP's lanes."""
    kakanwil = signatory("kakanwil")["jabatan"]
    hal_register = _("Laporan Pengaduan Nomor Register {n}").format(n=complaint.register_no)
    base = {"sifat": "biasa", "lampiran": False, "tembusan": [], "paraf": []}
    table = {
        "nota_dinas": dict(yth=_yth_divisi(complaint), dari=kakanwil, penandatangan="kakanwil",
                           sifat="segera", lampiran=True,
                           hal=_("Tindak Lanjut Laporan Pengaduan Masyarakat"),
                           paraf=["kasubag_pphti", "kabag_p2", "kadiv"],
                           tembusan=[signatory("kadiv")["jabatan"]]),
        "lembar_disposisi": dict(yth=kakanwil, dari="", penandatangan="kakanwil",
                                 sifat="segera", hal=complaint.summary),
        "hasil_telaahan": dict(yth=signatory("kabag_p2")["jabatan"],
                               dari=signatory("kasubag_pphti")["jabatan"],
                               penandatangan="kasubag_pphti", lampiran=True,
                               hal=_("Hasil Telaahan ") + hal_register),
        "surat_tanggapan": dict(yth="", dari=kakanwil, penandatangan="kakanwil",
                                hal=_("Tanggapan atas ") + hal_register),
        "tanda_terima": dict(yth="", dari="", penandatangan="kasubag_pphti",
                             hal=_("Tanda Terima ") + hal_register),
    }
    return base | table[doc_type]


def _yth_divisi(complaint: Complaint) -> str:
    if complaint.subject_kind == "divisi":
        name = complaint.subject_name
        return name if name.lower().startswith("kepala") else _("Kepala {n}").format(n=name)
    subject = complaint.subject_name.lower()
    for keyword, jabatan in settings.get("divisi_terkait"):
        if keyword.lower() in subject:
            return jabatan
    return _("Kepala Divisi Terkait")


def _dispositions(complaint: Complaint, sop) -> list[dict[str, str]]:
    """The dispositions given so far: the steps whose kelengkapan is a disposition (SOP
    data), forwarded with their instruction."""
    steps = {step.no for step in sop.steps if step.kelengkapan == "disposisi"}
    records = (StepRecord.select().where((StepRecord.complaint == complaint)
                                         & StepRecord.step_no.in_(steps)
                                         & (StepRecord.outcome == OUTCOME_FORWARDED))
               .order_by(StepRecord.seq))
    rows = []
    for record in records:
        target = sop.forward_of(record.step_no).target
        target_lane = sop.step(target).lane if target is not None else None
        actor = User.get_by_id(record.actor_id) if record.actor_id else None
        rows.append({
            "tanggal": short_datetime(record.ended_at),
            "dari": sop.lane(record.lane).name,
            "kepada": sop.lane(target_lane).name if target_lane else "-",
            "isi": record.note or "-",
            "oleh": actor.full_name if actor else "-",
            "lane": target_lane,
        })
    return rows


def _step_note(complaint: Complaint, step_no: int) -> str | None:
    record = (StepRecord.select().where((StepRecord.complaint == complaint)
                                        & (StepRecord.step_no == step_no)
                                        & StepRecord.note.is_null(False))
              .order_by(StepRecord.seq.desc()).first())
    return record.note if record else None


def _logo_usable(path: str) -> bool:
    if not path:
        return False
    if Path(path).is_file():
        return True
    # Not fatal: a document without the logo is still a valid document.
    log.warning("office_logo %s not found; documents are made without the logo", path)
    return False


def sample_context(doc_type: str) -> dict[str, Any]:
    """Example values for every variable (validation's trial render, documentation)."""
    person = {"jabatan": "Kepala Bagian Program dan Pelaporan", "nama": "Nama Pejabat"}
    context: dict[str, Any] = {name: f"<{name}> & \"contoh\" 'é'" for name in VARIABLES}
    context.update(logo="", pelapor_dirahasiakan=False, sifat_kode="segera",
                   tembusan=["Kepala Divisi Administrasi"], paraf=[person, person],
                   lampiran_berkas=[{"nama": "surat.pdf", "jenis": "Surat pengaduan"}],
                   diteruskan=[{"jabatan": "Kepala Divisi Administrasi", "dicentang": True}],
                   instruksi=[{"teks": "Proses lebih lanjut", "dicentang": True}],
                   disposisi=[{"tanggal": "25-11-2026 08.10", "dari": "Kakanwil",
                               "kepada": "Kadiv", "isi": "Tindak lanjuti", "oleh": "Nama"}],
                   jenis_dokumen=DOC_TYPES.get(doc_type, doc_type))
    return context


# --------------------------------------------------------------------------- generation

def generate(actor: User | None, complaint_id: int, doc_type: str, *,
             step_no: int | None = None, extra: dict[str, Any] | None = None,
             mask_reporter: bool | None = None, at: dt.datetime | None = None) -> Document:
    """Render `doc_type` for the complaint and store it as its next version, in one
    transaction with the audit entry. The first version takes the next number of the type
    and year (pattern in settings "document_patterns"); later versions (revisions) keep
    that number. `step_no` defaults to the complaint's current step. `extra` and
    `mask_reporter`: see build_context. Returns the Document row.
    Raises DocumentError (unknown type or complaint, bad pattern), TemplateError."""
    checked_type(doc_type)
    at = at or now()
    template = template_bytes(doc_type)
    with database.atomic():
        complaint = _lock_complaint(complaint_id)
        version, number = _next_version(complaint, doc_type, at)
        step = step_no if step_no is not None else complaint.current_step
        context = build_context(complaint, doc_type, actor=actor, number=number,
                                version=version, step_no=step, at=at,
                                mask_reporter=mask_reporter, extra=extra)
        digest = blobs.put(render(template, context))
        document = Document.create(complaint=complaint, doc_type=doc_type, number=number,
                                   version=version, step_no=step, blob=digest,
                                   created_by=actor, created_at=at)
        audit.record("dokumen.buat", actor=actor.username if actor else "cli",
                     complaint_id=complaint.id, at=at, detail={
                         "jenis": doc_type, "nomor": number, "versi": version,
                         "langkah": step, "sha256": digest,
                         "pelapor_dirahasiakan": context["pelapor_dirahasiakan"]})
    return document


def store_revision(actor: User | None, complaint_id: int, doc_type: str, content: bytes, *,
                   step_no: int | None = None, filename: str | None = None,
                   at: dt.datetime | None = None) -> Document:
    """Store a .docx edited outside the program (a corrected nota dinas draft) as the next
    version, keeping the document's number. Raises DocumentError when `content` is not a
    .docx or the complaint has no earlier version of this type."""
    checked_type(doc_type)
    at = at or now()
    if not _is_docx(content):
        raise DocumentError(_("Berkas {f} bukan dokumen Word (.docx).")
                            .format(f=filename or ""))
    with database.atomic():
        complaint = _lock_complaint(complaint_id)
        if latest(complaint.id, doc_type) is None:
            raise DocumentError(_("Belum ada {t} untuk pengaduan ini; buat dahulu dari "
                                  "templat.").format(t=DOC_TYPES[doc_type]))
        version, number = _next_version(complaint, doc_type, at)
        step = step_no if step_no is not None else complaint.current_step
        digest = blobs.put(content)
        document = Document.create(complaint=complaint, doc_type=doc_type, number=number,
                                   version=version, step_no=step, blob=digest,
                                   created_by=actor, created_at=at)
        audit.record("dokumen.revisi", actor=actor.username if actor else "cli",
                     complaint_id=complaint.id, at=at, detail={
                         "jenis": doc_type, "nomor": number, "versi": version,
                         "langkah": step, "berkas": filename, "sha256": digest})
    return document


def attach_signed_scan(actor: User | None, document: Document, filename: str,
                       content: bytes, *, mime: str | None = None) -> Document:
    """Store the signed scan as an attachment of the document's kind (which is what the
    SOP's kelengkapan looks for) and link it as the version's signed copy; one transaction."""
    from app.services.attachments import add_attachment

    with database.atomic():
        attachment = add_attachment(document.complaint, document.doc_type, filename, content,
                                    actor=actor, step_no=document.step_no, mime=mime)
        return attach_signed(actor, document, attachment)


def document_content(document: Document, *, viewer: User | None = None) -> bytes:
    """The .docx bytes of one version; raises DocumentError if they no longer match their
    SHA-256 (damaged or altered in the database). With `viewer`, NotPermitted when the
    version shows a confidential reporter this user may not see."""
    if document.blob_id is None:
        raise DocumentError(_("Versi ini tidak memiliki berkas."))
    if viewer is not None and not _may_read(viewer, document):
        raise NotPermitted(_("Naskah ini memuat identitas pelapor yang dirahasiakan."))
    return blobs.read(document.blob_id, _("{t} versi {v}").format(
        t=DOC_TYPES.get(document.doc_type), v=document.version))


def _may_read(viewer: User, document: Document) -> bool:
    """Whether `viewer` may read the version: always when the reporter is not hidden from
    them; else only a version generated masked (its audit entry says so)."""
    complaint = Complaint.get_by_id(document.complaint_id)
    if can_see_reporter(viewer, complaint.confidentiality):
        return True
    for entry in (AuditEntry.select(AuditEntry.detail)
                  .where((AuditEntry.complaint_id == complaint.id)
                         & (AuditEntry.action == "dokumen.buat"))):
        detail = json.loads(entry.detail)
        if detail.get("sha256") == document.blob_id and detail.get("versi") == document.version:
            return bool(detail.get("pelapor_dirahasiakan"))
    return False  # an uploaded revision: nobody vouched that it is masked


def suggested_filename(document: Document) -> str:
    """e.g. nota_dinas_W.7-UM.01.01-12_v2.docx (no characters Windows refuses)."""
    number = re.sub(r'[\\/:*?"<>|\s]+', "-", document.number or "tanpa-nomor")
    return f"{document.doc_type}_{number}_v{document.version}.docx"


def export_docx(document: Document, path: str | Path, *, viewer: User | None = None) -> Path:
    """Write the version's .docx to `path` (written beside it, then renamed); `viewer`: see
    document_content."""
    path = Path(path)
    data = document_content(document, viewer=viewer)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _lock_complaint(complaint_id: int) -> Complaint:
    """The complaint row, locked on PostgreSQL until commit so two workstations making the
    same document wait for each other (SQLite's IMMEDIATE transaction already serialises)."""
    query = Complaint.select().where(Complaint.id == complaint_id)
    if getattr(database.obj, "for_update", False):
        query = query.for_update()
    complaint = query.first()
    if complaint is None:
        raise DocumentError(_("Pengaduan tidak ditemukan."))
    return complaint


def _next_version(complaint: Complaint, doc_type: str, at: dt.datetime) -> tuple[int, str]:
    previous = latest(complaint.id, doc_type)
    if previous is not None and previous.number:
        return previous.version + 1, previous.number
    seq = next_value(f"dok:{doc_type}", at.year)
    pattern = settings.get("document_patterns").get(doc_type, "{seq}")
    try:
        number = format_number(pattern, seq, at.date(),
                               office_code=settings.get("office_code"),
                               classification=settings.get("document_classification")
                               .get(doc_type, ""),
                               register_no=complaint.register_no)
    except (KeyError, ValueError, IndexError) as exc:
        raise DocumentError(_("Pola nomor {t} tidak valid: {p} ({e})")
                            .format(t=DOC_TYPES[doc_type], p=pattern, e=exc)) from exc
    # Sequences are per type: two types with the same pattern would print the same number.
    clash = (Document.select(Document.doc_type).where(
        (Document.number == number)
        & ~((Document.complaint == complaint) & (Document.doc_type == doc_type))).first())
    if clash is not None:
        raise DocumentError(_("Nomor {n} sudah dipakai oleh {t} lain. Periksa pola nomor "
                              "naskah di Pengaturan (tiap jenis perlu pola yang berbeda).")
                            .format(n=number, t=DOC_TYPES.get(clash.doc_type, "")))
    return (previous.version + 1 if previous else 1), number


# --------------------------------------------------------------------------- PDF, opening

WINDOWS_SOFFICE = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                   r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def find_soffice() -> str | None:
    """LibreOffice's soffice: on PATH, else its usual Windows (or macOS) location."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    candidates = list(WINDOWS_SOFFICE) if sys.platform == "win32" else [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
    return next((c for c in candidates if Path(c).is_file()), None)


def convert_to_pdf(docx_path: str | Path, out_dir: str | Path | None = None, *,
                   timeout: float = 60, soffice: str | None = None,
                   progress: Callable[[str], None] | None = None) -> Path:
    """Convert a .docx to PDF with LibreOffice headless; returns the PDF's path (in
    `out_dir`, default beside the .docx). Blocks for seconds: call it off the GUI thread.
    Each call uses a fresh LibreOffice profile, so it neither collides with an open
    LibreOffice nor with a parallel conversion. `progress` receives short status texts.
    Raises SofficeNotFound, PdfError (failure or `timeout` seconds exceeded)."""
    docx_path = Path(docx_path).resolve()
    out_dir = Path(out_dir).resolve() if out_dir else docx_path.parent
    soffice = soffice or find_soffice()
    if not soffice:
        raise SofficeNotFound(_(
            "LibreOffice tidak ditemukan, jadi PDF tidak dapat dibuat. Pasang LibreOffice "
            "(libreoffice.org), atau buka berkas .docx lalu simpan sebagai PDF dari Word."))
    out_dir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda _text: None)
    with tempfile.TemporaryDirectory(prefix="pengaduan-lo-") as profile:
        command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", "pdf",
                   "--outdir", str(out_dir), str(docx_path)]
        report(_("Mengonversi {f} ke PDF...").format(f=docx_path.name))
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                    **_no_window())
        except subprocess.TimeoutExpired as exc:
            raise PdfError(_("LibreOffice tidak selesai dalam {s} detik; konversi PDF "
                             "dibatalkan.").format(s=int(timeout))) from exc
        except OSError as exc:
            raise PdfError(_("LibreOffice tidak dapat dijalankan: {e}").format(e=exc)) from exc
    pdf = out_dir / (docx_path.stem + ".pdf")
    if result.returncode != 0 or not pdf.is_file():
        detail = (result.stderr or result.stdout or "").strip()[-300:]
        raise PdfError(_("LibreOffice gagal membuat PDF (kode {c}). {d}")
                       .format(c=result.returncode, d=detail))
    report(_("PDF selesai: {f}").format(f=pdf.name))
    return pdf


def _no_window() -> dict:
    # On Windows, no console window flashes up when the GUI starts soffice.
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NO_WINDOW}
    return {}


def open_in_default_app(path: str | Path) -> None:
    """Open a file in the program the system associates with it (Word or LibreOffice for
    .docx). Raises DocumentError when the file is missing or nothing can open it."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(_("Berkas tidak ditemukan: {p}").format(p=path))
    try:
        if sys.platform == "win32":
            os.startfile(str(path))  # noqa: S606 - the user asked to open this file
        else:
            opener = "open" if sys.platform == "darwin" else "xdg-open"
            subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        raise DocumentError(_("Berkas tidak dapat dibuka: {e}").format(e=exc)) from exc
