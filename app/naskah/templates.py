"""Naskah templates: the Jinja sandbox that renders them (autoescaped, so typed text comes
out exactly as typed and a template cannot reach Python internals), the checks a candidate
template must pass, and which template is in force: the bundled file in
`resources/templates/` or the administrator's replacement in the shared database."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from app.errors import DocumentError
from app.i18n import _
from app.naskah.catalogue import VARIABLES, sample_context
from app.office.text import clean_text
from app.office.vocab import DOC_TYPES
from app.paths import resource_dir
from app.services import audit, settings
from app.services.accounts import Actor, require_admin
from app.services.naskah_records import checked_type
from app.store import blobs
from app.store.models import Blob, database, now


class TemplateError(DocumentError):
    """A template is refused or failed to render. `problems` lists every reason."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(_("Templat ditolak:") + "\n" + "\n".join(
            "- " + p for p in self.problems))


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


# --------------------------------------------------------------------------- rendering

def render(template: bytes, context: dict[str, Any]) -> bytes:
    """Render `template` (.docx bytes) with `context` in the sandbox; returns .docx bytes.
    The `logo` entry, when image bytes (the logo from the database), becomes the kop's
    image; anything else prints nothing there. Raises TemplateError."""
    tpl = _Naskah(io.BytesIO(template))
    values = dict(context)
    logo = values.get("logo")
    values["logo"] = (InlineImage(tpl, io.BytesIO(logo), height=Mm(22))
                      if isinstance(logo, bytes) and logo else "")
    try:
        tpl.render(values, jinja_env=sandbox(), autoescape=True)
    except JinjaTemplateError as exc:
        raise TemplateError(_("templat tidak dapat diisi: {e}").format(e=exc)) from exc
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


# ------------------------------------------------------- the template in force, checks, replacing

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
    return settings.current().document_templates.get(checked_type(doc_type))


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
    if not is_docx(data):
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


def replace_template(doc_type: str, path: str | Path, actor: Actor) -> TemplateCheck:
    """Administrator: validate `path` and make it the template of `doc_type` on every
    workstation (stored in the database, audited). Raises TemplateError (with the
    reasons), NotPermitted."""
    actor_name = require_admin(actor)
    check = validate_template(path, doc_type)
    data = Path(path).read_bytes()
    with database.atomic():
        digest = blobs.put(data)
        replaced = dict(settings.current().document_templates)
        replaced[doc_type] = {"sha256": digest, "nama_berkas": Path(path).name,
                              "diganti_oleh": actor_name, "diganti_pada": now().isoformat()}
        settings.put("document_templates", replaced, actor=actor)
        audit.record("templat.ganti", actor=actor_name, detail={
            "jenis": doc_type, "berkas": Path(path).name, "sha256": digest})
    return check


def reset_template(doc_type: str, actor: Actor) -> None:
    """Administrator: go back to the bundled template of `doc_type`."""
    actor_name = require_admin(actor)
    checked_type(doc_type)
    with database.atomic():
        replaced = dict(settings.current().document_templates)
        if replaced.pop(doc_type, None) is not None:
            settings.put("document_templates", replaced, actor=actor)
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


def is_docx(data: bytes) -> bool:
    """Whether `data` is a Word document (.docx): a zip archive holding word/document.xml."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
