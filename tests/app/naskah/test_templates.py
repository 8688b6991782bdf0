"""Naskah templates: a template that reaches for Python internals is refused, and so is one
that is broken or uses an unknown variable; the sandbox holds even without validation; the
bundled templates pass their own checks and are rebuilt byte for byte; an administrator's
replacement serves every workstation; the closing paragraph keeps with a signature block
that never splits."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import docx.table
import pytest
from docx.oxml.ns import qn

from app.errors import NotPermitted
from app.naskah import catalogue, templates, versions
from app.naskah.context import build_context
from app.office.vocab import DOC_TYPES
from app.services import accounts
from app.store.models import AuditEntry
from tests.app.naskah.reading import texts


def template_with(tmp_path: Path, *lines: str, name: str = "templat.docx") -> Path:
    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    path = tmp_path / name
    doc.save(path)
    return path


# --------------------------------------------------------------------------- sandbox

MALICIOUS = [
    "{{ cycler.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ uraian.__class__ }}",
    "{{ uraian['__class__'] }}",
    "{{ lipsum.__globals__ }}",
    "{% include 'etc/passwd' %}",
    "{% import 'os' as os %}",
]


@pytest.mark.parametrize("payload", MALICIOUS)
def test_a_template_that_reaches_for_python_internals_is_refused(db, tmp_path, payload):
    path = template_with(tmp_path, "Nomor {{ nomor }}", payload)
    with pytest.raises(templates.TemplateError) as refused:
        templates.validate_template(path, "nota_dinas")
    assert refused.value.problems
    with pytest.raises(templates.TemplateError):
        templates.replace_template("nota_dinas", path, accounts.COMMAND_LINE)
    assert templates.template_source("nota_dinas") is None


def test_the_sandbox_holds_even_for_a_template_that_skipped_validation(registered):
    # e.g. a file swapped in the install folder: rendering itself refuses.
    path_bytes = io.BytesIO()
    doc = docx.Document()
    doc.add_paragraph("{{ uraian.__class__.__mro__ }}")
    doc.save(path_bytes)
    context = build_context(registered, "nota_dinas")
    with pytest.raises(templates.TemplateError, match="tidak dapat diisi"):
        templates.render(path_bytes.getvalue(), context)


def test_broken_jinja_unknown_variables_and_non_docx_are_refused_with_the_reason(db,
                                                                                tmp_path):
    broken = template_with(tmp_path, "{% if nomor %}Nomor {{ nomor }}")
    with pytest.raises(templates.TemplateError, match="Jinja rusak"):
        templates.validate_template(broken, "nota_dinas")
    unknown = template_with(tmp_path, "{{ nomor }} {{ gaji_pegawai }} {{ nama_kabag }}",
                            name="u.docx")
    with pytest.raises(templates.TemplateError, match="gaji_pegawai, nama_kabag"):
        templates.validate_template(unknown, "nota_dinas")
    text = tmp_path / "surat.docx"
    text.write_text("bukan word")
    with pytest.raises(templates.TemplateError, match="bukan dokumen Word"):
        templates.validate_template(text)
    renamed = tmp_path / "templat.doc"
    renamed.write_bytes(template_with(tmp_path, "{{ nomor }}", name="x.docx").read_bytes())
    with pytest.raises(templates.TemplateError, match="bukan .docx"):
        templates.validate_template(renamed)
    huge = template_with(tmp_path, "{{ 'x' * 100000000 }}", name="h.docx")
    with pytest.raises(templates.TemplateError, match="terlalu besar"):
        templates.validate_template(huge)


def test_every_bundled_template_passes_its_own_validation(db):
    for doc_type in DOC_TYPES:
        check = templates.validate_template(templates.bundled_template(doc_type), doc_type)
        assert check.variables <= catalogue.VARIABLES.keys()
        assert not check.warnings


def test_administrator_replaces_a_template_for_every_workstation(registered, users, tmp_path):
    custom = template_with(tmp_path, "TEMPLAT KANTOR {{ nomor }} untuk {{ nomor_register }}")
    with pytest.raises(NotPermitted):
        templates.replace_template("tanda_terima", custom, users["kasubag_pphti"])
    templates.replace_template("tanda_terima", custom, users["admin"])
    assert templates.template_source("tanda_terima")["diganti_oleh"] == "admin"
    receipt = versions.generate(users["kasubag_pphti"], registered.id, "tanda_terima")
    assert texts(receipt) == [f"TEMPLAT KANTOR {receipt.number} untuk {registered.register_no}"]
    assert AuditEntry.select().where(AuditEntry.action == "templat.ganti").exists()
    templates.reset_template("tanda_terima", users["admin"])
    again = versions.generate(users["kasubag_pphti"], registered.id, "tanda_terima")
    assert "TANDA TERIMA PENGADUAN" in texts(again)


def test_templates_are_rebuilt_byte_for_byte_by_their_script(tmp_path):
    from tools import build_templates

    folder = templates.bundled_template("nota_dinas").parent
    for path in build_templates.build(tmp_path):
        assert path.read_bytes() == (folder / path.name).read_bytes(), path.name


# --------------------------------------------------------------------------- layout

# The disposition sheet is a form of one page, signed by paraf in its last box.
@pytest.mark.parametrize("doc_type", sorted(set(DOC_TYPES) - {"lembar_disposisi"}))
def test_the_closing_paragraph_keeps_with_a_signature_block_that_never_splits(doc_type):
    data = templates.render(templates.bundled_template(doc_type).read_bytes(),
                            catalogue.sample_context(doc_type))
    document = docx.Document(io.BytesIO(data))
    assert document.styles["Normal"].paragraph_format.widow_control
    blocks = list(document.iter_inner_content())
    signed = next(i for i, block in enumerate(blocks) if isinstance(block, docx.table.Table)
                  and ("NIP." in block.rows[0].cells[-1].text
                       or "Yang Menerima" in block.rows[-1].cells[-1].text))
    closing = blocks[signed - 1]
    assert closing.text.strip(), doc_type  # a real paragraph, not an empty spacer
    assert closing.paragraph_format.keep_with_next and closing.paragraph_format.keep_together
    rows = blocks[signed]._tbl.tr_lst
    assert all(row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None
               for row in rows), doc_type
