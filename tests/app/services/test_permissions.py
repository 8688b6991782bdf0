"""Who may do what, enforced in app/ (not by hidden buttons): every lane and the
administrator against every action, on an ordinary and a confidential complaint; and Divisi
Terkait reading a confidential complaint through every public service call without ever
meeting the reporter's identity."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import io
import pkgutil
import re

import pytest
from docx import Document as Docx

from app.errors import NotPermitted
from app.naskah import berkas, context, templates, versions
from app.office.vocab import DOC_TYPES
from app.reports import figures, register_export, report
from app.reports.periods import Period
from app.services import (
    accounts,
    casefile,
    desk,
    naskah_records,
    permissions,
    register,
    settings,
    swimlane,
    tasks,
    workflow,
)
from app.store.models import Complaint, User
from tests.app.attachment_files import pdf_bytes
from tests.conftest import T0, act_as_owner, complaint_input, pelapor_input

ROLES = ["kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "divisi_terkait", "admin"]
AT = T0 + dt.timedelta(days=1)
OVERRIDE = "Pejabat sedang dinas luar"  # an administrator acting for a lane must say why
IDENTITY = {"name": "Wiratmaja Sukmawati", "nik": "1971099988877766",
            "address": "Jl. Kenari Tersembunyi 77", "phone": "0813-5550-4242",
            "email": "wiratmaja.rahasia@example.id"}
ALLOWED, REFUSED, SHOWN, MASKED = "boleh", "ditolak", "terlihat", "disamarkan"
UNREADABLE = "dibuat, tidak terbaca"  # made, though its maker may not read what it shows
LETTER = pdf_bytes(1)


def docx_text(data: bytes) -> str:
    doc = Docx(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def new_complaint(users, confidentiality: str, *, to_step: int = 8,
                  note: str = "Mohon ditindaklanjuti.", **fields) -> Complaint:
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality=confidentiality, **fields),
        pelapor_input(**IDENTITY), attachments=[("surat", "surat.pdf", LETTER)],
        at=T0)
    at = T0
    while complaint.current_step < to_step:
        at += dt.timedelta(minutes=5)
        complaint = act_as_owner(complaint, users, at, note=note)
    return complaint


def _lane_kw(role: str) -> dict:
    return {"override_reason": OVERRIDE} if role == "admin" else {}


def _register(user, role, users, conf, tmp_path):
    workflow.register_complaint(user, complaint_input(confidentiality=conf),
                                pelapor_input(**IDENTITY),
                                attachments=[("surat", "s.pdf", LETTER)], at=T0,
                                **_lane_kw(role))


def _forward(user, role, users, conf, tmp_path):
    c = new_complaint(users, conf)
    workflow.forward(user, c.id, expected_version=c.row_version, note="Lanjut.", at=AT,
                     **_lane_kw(role))


def _return(user, role, users, conf, tmp_path):
    c = new_complaint(users, conf)
    workflow.return_for_revision(user, c.id, note="Perbaiki dasar hukum.",
                                 expected_version=c.row_version, at=AT, **_lane_kw(role))


def _hold(user, role, users, conf, tmp_path):
    c = new_complaint(users, conf, to_step=5)  # the SOP allows waiting only at step 5
    workflow.hold(user, c.id, reason="Menunggu data pelapor.", expected_version=c.row_version,
                  at=AT, **_lane_kw(role))


def _resume(user, role, users, conf, tmp_path):
    c = new_complaint(users, conf, to_step=5)
    c = workflow.hold(users["kasubag_pphti"], c.id, reason="Menunggu data.", at=AT)
    workflow.resume(user, c.id, expected_version=c.row_version,
                    at=AT + dt.timedelta(hours=1), **_lane_kw(role))


def _generate(doc_type):
    def run(user, role, users, conf, tmp_path):
        c = new_complaint(users, conf)
        document = versions.generate(user, c.id, doc_type, at=AT)  # refused: NotPermitted
        try:
            text = docx_text(versions.document_content(document, viewer=user))
        except NotPermitted:
            return UNREADABLE  # the rule refuses making it; reading it is not the check
        return SHOWN if IDENTITY["name"] in text else MASKED
    return run


def _update_user(user, role, users, conf, tmp_path):
    target = User.get_by_id(users["kadiv"].id)
    accounts.update_user(target.id, expected_version=target.row_version,
                         valid_lanes=set(desk.lane_choices()), jabatan="Kepala Divisi",
                         actor=user)


def _settings_put(user, role, users, conf, tmp_path):
    settings.put("confidential_viewers", ["kasubag_pphti", "kakanwil"], actor=user)


def _replace_template(user, role, users, conf, tmp_path):
    path = tmp_path / "nota_dinas_baru.docx"
    path.write_bytes(templates.bundled_template("nota_dinas").read_bytes())
    templates.replace_template("nota_dinas", path, user)


ACTIONS = {"register": _register, "forward": _forward, "return": _return, "hold": _hold,
           "resume": _resume, "update_user": _update_user, "settings.put": _settings_put,
           "replace_template": _replace_template}
ACTIONS |= {f"generate:{t}": _generate(t) for t in DOC_TYPES}


def expected(action: str, conf: str) -> dict[str, str]:
    """The rules, written out the way the office states them."""
    if action == "register":  # step 1 is Kasubag PPHTI's; an administrator may act for it
        allowed = {"kasubag_pphti", "admin"}
    elif action in ("forward", "return"):  # the complaint is at step 8, Kabag P2's
        allowed = {"kabag_p2", "admin"}
    elif action in ("hold", "resume"):  # at step 5, Kasubag PPHTI's
        allowed = {"kasubag_pphti", "admin"}
    elif action in ("update_user", "settings.put", "replace_template"):
        allowed = {"admin"}
    else:
        # A naskah is made only at the steps where the SOP makes it, by everyone's rule:
        # at step 8 the nota dinas (steps 6-9) and the receipt (any step), never the
        # disposition sheet (2-4, 11-13), the telaahan (5) or the answer (10-14). It is
        # made by the step's lane (Kabag P2), the operator (Kasubag PPHTI) or an
        # administrator. What it shows is decided by where it goes, not by who makes it:
        # the nota dinas reaches Divisi Terkait (masked), the receipt goes to the
        # complainant (shown); and only who may see a confidential reporter may make one
        # that shows them (issue 15, defects 3 and 4).
        doc_type = action.partition(":")[2]
        if doc_type not in ("nota_dinas", "tanda_terima"):
            return dict.fromkeys(ROLES, REFUSED)
        if conf == "biasa":
            made = dict.fromkeys(("kabag_p2", "kasubag_pphti", "admin"), SHOWN)
        elif doc_type == "nota_dinas":
            made = dict.fromkeys(("kabag_p2", "kasubag_pphti", "admin"), MASKED)
        else:
            made = {"kasubag_pphti": SHOWN}  # Kabag P2 and the administrator may not see
        return {r: made.get(r, REFUSED) for r in ROLES}
    return {r: ALLOWED if r in allowed else REFUSED for r in ROLES}


@pytest.mark.parametrize("conf", ["biasa", "rahasia"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_permission_matrix(db, users, sop, action, conf, tmp_path):
    outcome = {}
    for role in ROLES:
        user = User.get_by_id(users[role].id)
        try:
            with db.atomic() as txn:
                result = ACTIONS[action](user, role, users, conf, tmp_path)
                txn.rollback()  # each role starts from the same state
        except NotPermitted:
            outcome[role] = REFUSED
        else:
            outcome[role] = result or ALLOWED
    assert outcome == expected(action, conf)


def test_changing_confidential_viewers_changes_who_sees(db, users):
    c = new_complaint(users, "rahasia", to_step=2)
    kadiv = User.get_by_id(users["kadiv"].id)
    assert not casefile.load(kadiv, c.id).reporter.visible
    settings.put("confidential_viewers", ["kadiv"], actor=accounts.COMMAND_LINE)
    assert casefile.load(kadiv, c.id).reporter.name == IDENTITY["name"]
    assert not casefile.load(User.get_by_id(users["kakanwil"].id), c.id).reporter.visible


def test_divisi_terkait_is_never_a_viewer_even_when_configured_wrongly_named(db, users):
    # The default configuration: Divisi Terkait is not in it.
    assert "divisi_terkait" not in settings.current().confidential_viewers


# --------------------------------------------------------------------- every service call

def _dump(value) -> str:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return repr(dataclasses.asdict(value))
    if isinstance(value, dict):
        return repr({k: _dump(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return repr([_dump(v) for v in value])
    if isinstance(value, bytes):
        return docx_text(value) if value[:2] == b"PK" else repr(value)
    return repr(value)


def _leaks(text: str) -> list[str]:
    """The identity values found in `text`: whole, each part of the name, and the NIK and
    phone however their digits are grouped."""
    found = [key for key, value in IDENTITY.items() if value.lower() in text.lower()]
    found += [part for part in IDENTITY["name"].split() if part.lower() in text.lower()]
    digits = re.sub(r"\D", "", text)
    return found + [key for key in ("nik", "phone")
                    if re.sub(r"\D", "", IDENTITY[key]) in digits]


# Officers write the reporter into their notes as they would on paper (a first name, the
# phone grouped another way): what the notes are, not how they are typed, decides the mask.
NAMING_NOTE = (f"Pak {IDENTITY['name'].split()[0]} ({IDENTITY['name']}, HP "
               f"{IDENTITY['phone'].replace('-', ' ')}, {IDENTITY['email']}) mohon dibantu.")


# Public functions that take no complaint or return nothing about a reporter; anything new
# in these modules must be called below or named here with its reason.
NO_REPORTER_DATA = {
    "app.services.casefile": {"attach", "attach_files", "take_action", "save_output"},  # writes
    "app.services.desk": {"change_token", "has_users", "lane_choices", "lane_name",
                          "lanes_of", "reconnect", "intake_permission", "waiting_on",
                          "sop_notice",  # the SOP files' names and numbers only
                          "session_end_reason"},  # the account's own state
    "app.services.tasks": set(),
    "app.services.register": {"current_cutoffs",
                              "search_text"},  # cleans the typed search text, reads nothing
    "app.naskah.catalogue": {"sample_context"},  # made-up example values
    "app.naskah.templates": {"bundled_template", "template_source", "template_bytes",
                             "validate_template", "is_docx", "sandbox",
                             "render",  # fills in only the context it is given
                             "replace_template", "reset_template"},  # writes
    "app.naskah.context": {"signatory",  # the signing official
                           "default_isi"},  # prints the (masked) name it is given
    "app.naskah.kata_sambung": {"first_word", "continuation", "page_texts", "stamp",
                                "add_kata_sambung"},  # transforms of a PDF it is given
    "app.naskah.kop_logo": {"insert_logo"},  # puts the office's logo in a .docx
    "app.naskah.untrusted": {"checked_docx"},  # checks bytes, reads no complaint
    "app.naskah.drafts": {"save_draft", "save_review", "print_for_signing",
                          "dispose"},  # writes
    "app.naskah.versions": {"suggested_filename",  # type, number and version only
                            "store_revision", "attach_signed_scan"},  # writes
    "app.naskah.pdf": {"find_soffice", "convert_to_pdf", "open_in_default_app"},  # no data
    "app.naskah.berkas": {"write"},  # lays out a pack already read as its viewer may see it
    "app.services.naskah_records": {"checked_type", "attach_signed"},  # a check; a write
    "app.reports.periods": set(),  # Period and ReportError: no function
    "app.reports.figures": {"percentile", "share_of"},  # arithmetic
    "app.reports.report": {"format_value"},
    "app.reports.register_export": {"header_titles", "step_text",  # titles; step and lane
                                    "state_text"},  # the deadline state
}


def test_divisi_terkait_cannot_read_a_confidential_reporter_through_any_call(db, users,
                                                                              tmp_path):
    # The complaint reaches Divisi Terkait (step 10) with documents drafted along the way
    # (each at its step) by Kasubag PPHTI, who may see the reporter. The telaahan goes to
    # Kabag P2, who may not: it is masked whoever makes it (issue 15, defect 4); the
    # receipt and the answer go to the complainant and show them.
    c = new_complaint(users, "rahasia", to_step=5, note=NAMING_NOTE,
                      description=f"Pelapor {IDENTITY['name']}, NIK {IDENTITY['nik']}, "
                                  f"tinggal di {IDENTITY['address']}.")
    kasubag = User.get_by_id(users["kasubag_pphti"].id)
    # The review waits on the reporter, named in the reason and in the resumption's note.
    c = workflow.hold(kasubag, c.id, reason=NAMING_NOTE, at=AT)
    c = workflow.resume(kasubag, c.id, note=NAMING_NOTE, at=AT)
    review = versions.generate(kasubag, c.id, "hasil_telaahan", at=AT)
    assert IDENTITY["name"] not in docx_text(versions.document_content(review))
    receipt = versions.generate(kasubag, c.id, "tanda_terima", at=AT)
    # Its signed scan names the reporter as the receipt does (a PDF with real text).
    versions.attach_signed_scan(kasubag, receipt, "tanda-terima.pdf",
                                text_pdf(f"Diterima dari {IDENTITY['name']}"))
    c = Complaint.get_by_id(c.id)
    while c.current_step < 10:
        c = act_as_owner(c, users, AT, note=NAMING_NOTE)
    unmasked = [receipt, versions.generate(kasubag, c.id, "surat_tanggapan", at=AT)]
    assert all(IDENTITY["name"] in docx_text(versions.document_content(d)) for d in unmasked)
    divisi = User.get_by_id(users["divisi_terkait"].id)
    # Divisi Terkait may not make a naskah that shows the reporter, though step 10 is its
    # own and the answer is made there (issue 15, defect 4).
    for doc_type in ("surat_tanggapan", "tanda_terima"):
        with pytest.raises(NotPermitted):
            versions.generate(divisi, c.id, doc_type, at=AT)
    text = IDENTITY["name"].split()[0]
    everything = register.RegisterFilter()
    by_name = register.RegisterFilter(text=text)
    period = Period.year(2026)
    calls = {
        "app.services.casefile": {
            "load": lambda: casefile.load(divisi, c.id, at=AT),
            "attachment_file": lambda: [_open_or_refused(a.id, divisi)
                                        for a in casefile.load(divisi, c.id).attachments],
        },
        "app.services.desk": {},  # every public function is in NO_REPORTER_DATA
        "app.services.tasks": {
            "my_task_items": lambda: tasks.my_task_items(divisi, at=AT),
            # What to do and the instruction that came with it (Tugas Saya, case screen).
            "instruction_of": lambda: tasks.instruction_of(divisi, c.id),
            "instruction_text": lambda: tasks.instruction_text(tasks.instruction_of(divisi,
                                                                                     c.id)),
            "current_action": lambda: tasks.current_action(c.id),
        },
        "app.services.register": {
            "complaint_ids": lambda: (register.complaint_ids(everything, divisi),
                                      register.complaint_ids(by_name, divisi)),
            "fetch_rows": lambda: register.fetch_rows([c.id], divisi),
            "page": lambda: register.page(everything, divisi),
            "count": lambda: register.count(by_name, divisi),
            "my_tasks": lambda: register.my_tasks(divisi, at=AT),
        },
        "app.naskah.catalogue": {},  # every public function is in NO_REPORTER_DATA
        "app.naskah.templates": {},  # every public function is in NO_REPORTER_DATA
        "app.naskah.context": {
            # The context of every naskah that reaches Divisi Terkait, whoever asks; the
            # others (the receipt, the answer) it may not make (above).
            "build_context": lambda: [context.build_context(c, t, actor=divisi)
                                      for t in DOC_TYPES
                                      if permissions.naskah_masked(c.confidentiality, t)],
        },
        "app.naskah.versions": {
            "generate": lambda: [_made_or_refused(divisi, c.id, t) for t in DOC_TYPES],
            "document_content": lambda: [
                versions.document_content(d, viewer=divisi)
                for d in naskah_records.document_versions(c.id) if d.created_by_id == divisi.id],
            "export_docx": lambda: [versions.export_docx(
                d, tmp_path / f"{d.id}.docx", viewer=divisi).read_bytes()
                for d in naskah_records.document_versions(c.id) if d.created_by_id == divisi.id],
        },
        "app.naskah.pdf": {},  # every public function is in NO_REPORTER_DATA
        "app.naskah.berkas": {  # the whole case file as one PDF: its text and metadata
            "build": lambda: _berkas_text(c.id, divisi, tmp_path / "berkas.pdf"),
        },
        "app.naskah.kata_sambung": {},
        "app.naskah.kop_logo": {},
        "app.naskah.untrusted": {},
        "app.naskah.drafts": {},
        "app.services.naskah_records": {
            "document_versions": lambda: naskah_records.document_versions(c.id),
            "latest": lambda: [naskah_records.latest(c.id, t) for t in DOC_TYPES],
        },
        "app.reports.periods": {},
        "app.reports.figures": {
            "dashboard": lambda: figures.dashboard(period, at=AT),
            "compliance": lambda: figures.compliance(period),
            "tier_deadlines": lambda: figures.tier_deadlines(period, at=AT),
            "loops": lambda: figures.loops(period, 1),
        },
        "app.reports.report": {
            "build": lambda: report.build(period, at=AT),
        },
        "app.reports.register_export": {
            "row_values": lambda: [register_export.row_values(row, {}) for row in
                                   register.fetch_rows([c.id], divisi).values()],
            "export_view": lambda: [_exported(tmp_path / f"register.{suffix}", c.id, divisi)
                                    for suffix in ("csv", "xlsx")],
        },
    }
    for module_name, module_calls in calls.items():
        module = __import__(module_name, fromlist=["_"])
        public = {n for n, f in inspect.getmembers(module, inspect.isfunction)
                  if f.__module__ == module_name and not n.startswith("_")}
        assert public == set(module_calls) | NO_REPORTER_DATA[module_name], module_name
        for name, call in module_calls.items():
            assert not _leaks(_dump(call())), f"{module_name}.{name}"
    # A new module of app.naskah must be named above too.
    naskah = {f"app.naskah.{m.name}"
              for m in pkgutil.iter_modules(__import__("app.naskah", fromlist=["_"]).__path__)}
    assert naskah <= calls.keys(), sorted(naskah - calls.keys())
    # The swimlane (its cells, its details and the berkas's chart pages) carries the
    # notes and the hold's reason: as Divisi Terkait reads them, without the reporter.
    assert not _leaks(_dump(swimlane.complaint_chart(c.id, viewer=divisi, at=AT)))
    assert not _leaks(_dump(swimlane.complaint_chart(c.id, at=AT)))  # no viewer: nobody
    assert IDENTITY["name"] in _dump(swimlane.complaint_chart(c.id, viewer=kasubag, at=AT))
    assert IDENTITY["name"] in _dump(swimlane.complaint_chart(c.id, unmasked=True, at=AT))
    # The signed receipt is in the berkas of who may see the reporter, not in Divisi's.
    assert IDENTITY["name"] in _berkas_text(c.id, kasubag, tmp_path / "kasubag.pdf")
    # Searching by the reporter's name must not single the complaint out either.
    assert c.id not in register.complaint_ids(by_name, divisi)
    # The versions Kasubag PPHTI drafted with the name are refused, not handed over.
    for document in unmasked:
        with pytest.raises(NotPermitted):
            versions.document_content(document, viewer=divisi)
        with pytest.raises(NotPermitted):
            versions.export_docx(document, tmp_path / "x.docx", viewer=divisi)
    # Kasubag PPHTI still reads them.
    assert IDENTITY["phone"] in docx_text(versions.document_content(unmasked[0],
                                                                     viewer=kasubag))


def text_pdf(text: str) -> bytes:
    """A one-page PDF whose text can be extracted (a scan that went through OCR)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(300, 300)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 10 Tf 10 150 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _berkas_text(complaint_id, viewer, out) -> str:
    """Everything a berkas PDF holds that a reader could get at: its pages' text, its
    metadata and its bookmarks."""
    from pypdf import PdfReader

    berkas.build(complaint_id, viewer, out)
    reader = PdfReader(out)
    marks = []

    def walk(items):
        for item in items:
            walk(item) if isinstance(item, list) else marks.append(item.title)
    walk(reader.outline)
    return "\n".join([page.extract_text() or "" for page in reader.pages]
                     + [str(v) for v in (reader.metadata or {}).values()] + marks)


def _made_or_refused(user, complaint_id, doc_type) -> bytes | str:
    """The naskah `user` generates, or REFUSED when the permission rule refuses it."""
    try:
        return versions.document_content(versions.generate(user, complaint_id, doc_type,
                                                           at=AT))
    except NotPermitted:
        return REFUSED


def _exported(path, complaint_id, viewer) -> list[list]:
    """The register export of one complaint for `viewer`, read back from the file."""
    register_export.export_view(path, [complaint_id], viewer, {})
    if path.suffix == ".csv":
        return [line.split(";") for line in path.read_text(encoding="utf-8-sig").splitlines()]
    from openpyxl import load_workbook

    return [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]


def _open_or_refused(attachment_id, viewer):
    try:
        return casefile.attachment_file(attachment_id, viewer)
    except NotPermitted as exc:
        return str(exc)


@pytest.mark.parametrize("confidentiality", ["biasa", "rahasia"])
def test_the_complainants_letter_opens_only_for_those_who_may_see_them(db, users,
                                                                      confidentiality):
    c = new_complaint(users, confidentiality, to_step=2)
    letter = next(a for a in casefile.load(User.get_by_id(users["kasubag_pphti"].id),
                                           c.id).attachments if a.kind == "surat")
    for lane in ("kasubag_pphti", "kakanwil", "kadiv", "kabag_p2", "divisi_terkait"):
        viewer = User.get_by_id(users[lane].id)
        allowed = confidentiality == "biasa" or lane in ("kasubag_pphti", "kakanwil")
        listed = next(a for a in casefile.load(viewer, c.id).attachments if a.id == letter.id)
        if allowed:
            assert casefile.attachment_file(letter.id, viewer)[1].startswith(b"%PDF")
            assert listed.filename == letter.filename
        else:
            with pytest.raises(NotPermitted, match="dirahasiakan"):
                casefile.attachment_file(letter.id, viewer)
            assert listed.filename == "(dirahasiakan)"
