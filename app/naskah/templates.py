"""Naskah templates: the Jinja sandbox that renders them (autoescaped, so typed text comes
out exactly as typed and a template cannot reach Python internals), the checks a candidate
template must pass, and which template is in force: the bundled file in
`resources/templates/` or the administrator's replacement in the shared database."""

from __future__ import annotations

import functools
import io
import re
import secrets
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import TemplateSyntaxError, meta, nodes
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment
from lxml import etree
from markupsafe import Markup, escape
from peewee import fn

from app.errors import DocumentError
from app.i18n import _
from app.naskah.catalogue import VARIABLES, sample_context
from app.naskah.context import build_context
from app.naskah.kop_logo import insert_logo
from app.office.text import clean_text
from app.office.vocab import DOC_TYPES
from app.paths import resource_dir
from app.services import audit, settings
from app.services.accounts import Actor, require_admin
from app.services.naskah_records import checked_type
from app.store import blobs
from app.store.db import DATABASE_ERRORS
from app.store.models import Blob, Complaint, database, now
from app.store.numbering import format_number


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
    if hasattr(value, "__html__"):  # the logo's mark, or output of a macro: already escaped
        return value
    text = clean_text("" if value is None else str(value))
    return Markup(_DOCXTPL_ESCAPES.sub("&#95;", str(escape(text))))


# --------------------------------------------------------------------------- sandbox

# A render's budget. A real naskah takes a few thousand steps and well under a megabyte;
# these stop a template that loops, repeats or doubles text without end, on every
# workstation, whether or not it was validated.
MAX_VALUE = 2_000_000  # characters (or items) of any one value a template makes
MAX_OUTPUT = 50_000_000  # characters one render may produce, all parts together
MAX_STEPS = 1_000_000  # loop turns, calls, attribute reads and operations
MAX_SECONDS = 10.0
_MAX_INT_BITS = 4096

# What a template may call: the plain text and list methods and the filters that cannot
# multiply their input (no format, %, indent, wordwrap, batch, slice, sum, safe).
_METHODS: dict[type, frozenset[str]] = {
    str: frozenset({
        "capitalize", "casefold", "center", "count", "endswith", "find", "isalnum",
        "isalpha", "isdecimal", "isdigit", "islower", "isnumeric", "isspace", "istitle",
        "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix",
        "removesuffix", "replace", "rfind", "rjust", "rpartition", "rsplit", "rstrip",
        "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper",
        "zfill"}),
    dict: frozenset({"get", "items", "keys", "values"}),
    list: frozenset({"count", "index"}),
    tuple: frozenset({"count", "index"}),
    LoopContext: frozenset({"cycle", "changed"}),
}
_FILTERS = frozenset({
    "abs", "capitalize", "center", "count", "d", "default", "dictsort", "e", "escape",
    "first", "float", "forceescape", "groupby", "int", "items", "join", "last", "length",
    "list", "lower", "map", "max", "min", "reject", "rejectattr", "replace", "reverse",
    "round", "select", "selectattr", "sort", "string", "striptags", "title", "trim",
    "truncate", "unique", "upper", "wordcount"})


class _BudgetExceeded(SecurityError):
    """A render went over its budget (MAX_*)."""


class _GuardedCode(CodeGenerator):
    """Every for loop counts its turns and every `~` its size against the render's budget:
    neither passes through any other hook of the sandbox."""

    def visit_For(self, node: nodes.For, frame) -> None:
        counted = nodes.Call(nodes.EnvironmentAttribute("guard_iter"), [node.iter], [],
                             None, None, lineno=node.lineno)
        super().visit_For(nodes.For(node.target, counted, node.body, node.else_, node.test,
                                    node.recursive, lineno=node.lineno), frame)

    def visit_Call(self, node: nodes.Call, frame, forward_caller: bool = False) -> None:
        # Templates cannot write EnvironmentAttribute: only visit_For makes this call.
        if isinstance(node.node, nodes.EnvironmentAttribute) \
                and node.node.name == "guard_iter":
            self.write("environment.guard_iter(")
            self.visit(node.args[0], frame)
            self.write(")")
        else:
            super().visit_Call(node, frame, forward_caller=forward_caller)

    def visit_Concat(self, node: nodes.Concat, frame) -> None:
        join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"{join}(environment.guard_parts((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(")))")


class _NaskahSandbox(ImmutableSandboxedEnvironment):
    """Sandboxed, lists and dicts immutable, and without globals (no cycler, joiner,
    namespace, range, lipsum): a template only sees the documented variables, which are
    plain text, numbers, lists and dicts. Every step counts against the budget above."""

    code_generator_class = _GuardedCode
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"+", "-"})

    def __init__(self, **options):
        super().__init__(**options)
        self.globals.clear()
        self.filters = {name: self._guarded_filter(name, f)
                        for name, f in self.filters.items() if name in _FILTERS}
        self.concat = self._concat  # every join of output, nested blocks included
        self._steps = self._output = 0
        self._deadline = time.monotonic() + MAX_SECONDS

    # -- the budget

    def _step(self) -> None:
        self._steps += 1
        if self._steps > MAX_STEPS:
            raise _BudgetExceeded(_("templat melampaui batas {n} langkah").format(
                n=MAX_STEPS))
        if not self._steps & 0x3FF and time.monotonic() > self._deadline:
            raise _BudgetExceeded(_("templat melampaui batas waktu {s} detik").format(
                s=int(MAX_SECONDS)))

    def _sized(self, value: Any) -> Any:
        if isinstance(value, int) and value.bit_length() > _MAX_INT_BITS:
            raise _BudgetExceeded(_("angka terlalu besar dalam templat"))
        if isinstance(value, str | bytes | list | tuple | dict | set) \
                and len(value) > MAX_VALUE:
            raise _BudgetExceeded(_("nilai terlalu besar dalam templat"))
        return value

    def _concat(self, parts) -> str:
        kept = []
        for part in parts:
            self._output += len(part)
            if self._output > MAX_OUTPUT:
                raise _BudgetExceeded(_("hasil templat melampaui batas {n} karakter")
                                      .format(n=MAX_OUTPUT))
            kept.append(part)
        return "".join(kept)

    def guard_iter(self, iterable):
        for item in iterable:
            self._step()
            yield item

    def guard_parts(self, parts: tuple) -> tuple:
        self._step()
        if sum(len(str(part)) for part in parts) > MAX_VALUE:
            raise _BudgetExceeded(_("nilai terlalu besar dalam templat"))
        return parts

    # -- the hooks of the sandbox

    def unsafe_undefined(self, obj, attribute):
        return self.undefined(_("{a} dari {t} tidak boleh dipakai dalam templat").format(
            a=attribute, t=type(obj).__name__), name=attribute, obj=obj, exc=SecurityError)

    def getattr(self, obj, attribute):
        self._step()
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        self._step()
        return super().getitem(obj, argument)

    def call_unop(self, context, operator, arg):
        self._step()
        return super().call_unop(context, operator, arg)

    def call_binop(self, context, operator, left, right):
        self._step()
        if operator == "%" and isinstance(left, str):
            raise SecurityError(_("format teks dengan % tidak diizinkan dalam templat"))
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "*" and ints and left.bit_length() + right.bit_length() > _MAX_INT_BITS:
            raise _BudgetExceeded(_("angka terlalu besar dalam templat"))
        if operator == "**" and ints and abs(left) > 1 and right > 0 \
                and left.bit_length() * right > _MAX_INT_BITS:
            raise _BudgetExceeded(_("pangkat terlalu besar dalam templat"))
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(count, int) \
                        and len(seq) * count > MAX_VALUE:
                    raise _BudgetExceeded(_("perkalian teks terlalu besar dalam templat"))
        if operator == "+" and isinstance(left, str | list | tuple) \
                and isinstance(right, str | list | tuple) and len(left) + len(right) > MAX_VALUE:
            raise _BudgetExceeded(_("nilai terlalu besar dalam templat"))
        return self._sized(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - jinja's signature
        __self._step()
        if isinstance(__obj, LoopContext):  # a recursive loop's next level: count it too
            args = (__self.guard_iter(args[0]), *args[1:]) if args else args
        elif not isinstance(__obj, Macro | Undefined):  # calling Undefined says what it is
            owner, name = getattr(__obj, "__self__", None), getattr(__obj, "__name__", "?")
            allowed = next((names for kind, names in _METHODS.items()
                            if isinstance(owner, kind)), frozenset())
            if name not in allowed:
                raise SecurityError(_("templat memanggil '{n}', yang tidak diizinkan")
                                    .format(n=name))
            args = __self._checked_args(name, owner, args, kwargs)
        return __self._sized(super().call(__context, __obj, *args, **kwargs))

    def _checked_args(self, name: str, owner: Any, args: tuple, kwargs: dict) -> tuple:
        """Refuse a call that would make a value over the budget before it is made: huge
        widths, replacing into every gap, joining a long text between many items."""
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and abs(value) > MAX_VALUE:
                raise _BudgetExceeded(_("angka terlalu besar dalam templat"))
        if name == "replace" and isinstance(owner, str) and len(args) >= 2:
            _check_replace(owner, args[0], args[1])
        if name == "join" and isinstance(owner, str) and args:
            items = [str(item) for item in args[0]]
            _check_join(owner, items)
            args = (items, *args[1:])
        return args

    def _guarded_filter(self, name: str, function):
        @functools.wraps(function)
        def guarded(*args, **kwargs):
            self._step()
            passes = getattr(function, "jinja_pass_arg", None) is not None  # context first
            values = args[1:] if passes else args
            values = self._checked_args(name, None, values, kwargs)
            if name == "replace" and len(values) >= 3:
                _check_replace(str(values[0]), values[1], values[2])
            if name == "join" and values:
                items = [str(item) for item in values[0]]
                _check_join(str(values[1]) if len(values) > 1 else
                            str(kwargs.get("d", "")), items)
                values = (items, *values[1:])
            passed = args[:1] if passes else ()
            return self._sized(function(*passed, *values, **kwargs))
        return guarded


def _check_replace(text: str, old: Any, new: Any) -> None:
    old, new = str(old), str(new)
    gaps = len(text) + 1 if not old else text.count(old)
    if len(text) + gaps * len(new) > MAX_VALUE:
        raise _BudgetExceeded(_("nilai terlalu besar dalam templat"))


def _check_join(separator: str, items: list[str]) -> None:
    if len(separator) * len(items) + sum(map(len, items)) > MAX_VALUE:
        raise _BudgetExceeded(_("nilai terlalu besar dalam templat"))


def sandbox() -> SandboxedEnvironment:
    """A fresh sandbox with a fresh budget: one per render."""
    return _NaskahSandbox(autoescape=True, finalize=_finalize)


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
    # Only plain data goes in: no object whose methods a template could call.
    values = {str(key): _plain(value) for key, value in context.items()}
    logo = context.get("logo")
    # The template prints a random mark; the picture replaces it once rendering is done.
    marker = f"LOGO{secrets.token_hex(16)}" if isinstance(logo, bytes) and logo else ""
    values["logo"] = Markup(marker)
    try:
        tpl.render(values, jinja_env=sandbox(), autoescape=True)
        out = io.BytesIO()
        tpl.save(out)
    except JinjaTemplateError as exc:
        raise TemplateError(_("templat tidak dapat diisi: {e}").format(e=exc)) from exc
    except (RecursionError, MemoryError, ArithmeticError, ValueError, TypeError,
            LookupError, AttributeError, etree.LxmlError) as exc:
        raise TemplateError(_("templat tidak dapat diisi: {e}").format(e=exc)) from exc
    data = out.getvalue()
    return insert_logo(data, marker, logo) if marker else data


def _plain(value: Any, depth: int = 0) -> Any:
    """`value` as plain data: text, numbers, lists and dicts of them; anything else as
    its text. Markup loses its mark, so a value cannot smuggle WordprocessingML in."""
    if depth > 8:
        raise TemplateError(_("isian naskah terlalu bertingkat"))
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, list | tuple):
        return [_plain(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, bytes):
        return ""
    return str(value)


def _trial_context(doc_type: str) -> dict[str, Any]:
    """What validation renders with: the context a real render gets, for a complaint
    picked at random from the database, with a number made by the type's pattern and the
    office's logo, so a template cannot tell the trial from the real thing. An empty
    database (where no real render can happen yet) gets random values of the same shape."""
    rng = secrets.SystemRandom()
    office = settings.current()
    try:
        complaint = Complaint.select().order_by(fn.Random()).first()
    except DATABASE_ERRORS:
        complaint = None
    try:
        number = format_number(
            office.document_patterns.get(doc_type, "{seq}"), rng.randint(1, 2000),
            now().date(), office_code=office.office_code,
            classification=office.document_classification.get(doc_type, ""),
            register_no=complaint.register_no if complaint else secrets.token_hex(4))
    except (KeyError, ValueError, IndexError):
        number = str(rng.randint(1, 2000))
    if complaint is not None:
        return build_context(complaint, doc_type, number=number, version=rng.randint(1, 3))

    def shaped(value: Any) -> Any:
        if isinstance(value, bool):
            return rng.random() < 0.5
        if isinstance(value, list):
            return [shaped(value[0]) for _i in range(rng.randint(0, 3))] if value else []
        if isinstance(value, dict):
            return {key: shaped(item) for key, item in value.items()}
        return secrets.token_urlsafe(rng.randint(3, 30))

    context = {name: shaped(value) for name, value in sample_context(doc_type).items()}
    context.update(logo=settings.office_logo_bytes(office) or "", nomor=number)
    return context


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
    and a trial render in the sandbox exactly as a real one (see _trial_context). Returns a
    TemplateCheck; raises TemplateError listing every reason for refusal."""
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
            render(data, _trial_context(doc_type or "nota_dinas"))
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
