"""A nota dinas edited in Word comes back as untrusted input: a genuine edit becomes the next
version and leaves every earlier one as it was; a macro, a zip bomb, a zip directory that
lies, an XML entity bomb or a template fetched from the network is refused with a clear
message, and nothing is stored."""

from __future__ import annotations

import io
import os
import struct
import zipfile

import docx
import pytest

from app.naskah import untrusted, versions
from app.naskah.untrusted import DocxRefused, checked_docx
from app.services import naskah_records
from tests.app.naskah.reading import texts
from tests.conftest import advance_to

MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOCX_MAIN = untrusted.DOCX_MAIN
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + f']>\n<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
    "</w:body></w:document>").encode()


# -- building edited files
def edited_in_word(content: bytes, old: str, new: str) -> bytes:
    """The .docx with the first paragraph containing `old` rewritten, as python-docx (and
    Word, for what matters here) saves it."""
    document = docx.Document(io.BytesIO(content))
    paragraph = next(p for p in _paragraphs(document) if old in p.text)
    for run in paragraph.runs[1:]:
        run.text = ""
    paragraph.runs[0].text = paragraph.text.replace(old, new) if paragraph.runs else new
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def rebuilt(content: bytes, replace: dict[str, bytes] | None = None,
            add: dict[str, bytes] | None = None, *, level: int = 6) -> bytes:
    """The zip with parts replaced and added (deflated at `level`)."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename,
                                                       source.read(info.filename)))
        for name, data in add.items():
            target.writestr(name, data)
    return out.getvalue()


def part(content: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read(name).decode("utf-8")


def macro_enabled(content: bytes) -> bytes:
    """What Word saves as .docm: the macro main type, a VBA project and its relationship."""
    types = part(content, "[Content_Types].xml").replace(DOCX_MAIN, MACRO_MAIN).replace(
        "</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.'
        'vbaProject"/></Types>')
    rels = part(content, "word/_rels/document.xml.rels").replace(
        "</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/'
        'office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    return rebuilt(content, {"[Content_Types].xml": types.encode(),
                             "word/_rels/document.xml.rels": rels.encode()},
                   {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + os.urandom(2000)})


def zip_bomb(content: bytes) -> bytes:
    """A 200 MB part of zeros, deflated to about 200 KB, posing as an image."""
    return rebuilt(content, add={"word/media/image1.png": bytes(200 * 1024 * 1024)})


def entity_bomb(content: bytes) -> bytes:
    return rebuilt(content, {"word/document.xml": BILLION_LAUGHS})


def remote_template(content: bytes,
                    target: str = "http://203.0.113.9/templat/surat.dotm") -> bytes:
    """settings.xml attaches a template that Word fetches from a server on every opening."""
    settings = part(content, "word/settings.xml").replace(
        "<w:zoom", '<w:attachedTemplate r:id="rId1"/><w:zoom', 1)
    if 'xmlns:r="' not in settings.split(">", 2)[1]:
        settings = settings.replace("<w:settings ", f'<w:settings xmlns:r="{REL}" ', 1)
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="{RELS_NS}"><Relationship Id="rId1" Type="{REL}/attachedTemplate" '
            f'Target="{target}" TargetMode="External"/>'
            "</Relationships>")
    return rebuilt(content, {"word/settings.xml": settings.encode()},
                   {"word/_rels/settings.xml.rels": rels.encode()})


def lying_header(content: bytes) -> bytes:
    """A part of 200 MB of zeros whose zip directory (central and local header) says it
    inflates to 10 KB: the sizes look harmless until it is inflated."""
    data = rebuilt(content, add={"word/media/image1.png": bytes(200 * 1024 * 1024)},
                   level=9)
    return declared_size(data, "word/media/image1.png", 10_000)


def declared_size(data: bytes, name: str, size: int) -> bytes:
    """`data` with the uncompressed size of `name` rewritten in both zip headers."""
    data = bytearray(data)
    encoded = name.encode()
    at = 0
    while (at := data.find(b"PK\x03\x04", at)) >= 0:  # local headers: size at 22
        if data[at + 30:at + 30 + len(encoded)] == encoded:
            struct.pack_into("<L", data, at + 22, size)
        at += 4
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:  # central directory: size at 24
        if data[at + 46:at + 46 + len(encoded)] == encoded:
            struct.pack_into("<L", data, at + 24, size)
        at += 4
    return bytes(data)


MALICIOUS = {
    "makro": macro_enabled,
    "bom_zip": zip_bomb,
    "entitas": entity_bomb,
    "tautan_luar": remote_template,
    "header_bohong": lying_header,
}
MESSAGES = {
    "makro": "memuat makro",
    "bom_zip": "membengkak",
    "entitas": "DOCTYPE atau ENTITY",
    "tautan_luar": "templat dari jaringan",
    "header_bohong": "lebih besar daripada yang tercantum",
}


@pytest.fixture
def nota(registered, users):
    """A complaint at step 6 and its nota dinas version 1, made by Kasubag PPHTI."""
    complaint = advance_to(registered, users, 6)
    return complaint, versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas",
                                        extra={"hal": "Konsep pertama"})


# -- through store_revision, on SQLite and PostgreSQL
def test_a_nota_dinas_edited_in_word_becomes_the_next_version(nota, users):
    complaint, v1 = nota
    original = versions.document_content(v1)
    edited = edited_in_word(original, "Konsep pertama", "Konsep diperbaiki di Word")
    v2 = versions.store_revision(users["kasubag_pphti"], complaint.id, "nota_dinas", edited,
                                 filename="nota-dinas-koreksi.docx")
    assert (v2.version, v2.number) == (2, v1.number)
    stored = naskah_records.document_versions(complaint.id, "nota_dinas")
    assert [d.version for d in stored] == [1, 2]
    assert versions.document_content(stored[0]) == original  # the old version untouched
    assert versions.document_content(stored[1]) == edited
    assert any("Konsep diperbaiki di Word" in t for t in texts(stored[1]))
    assert not any("Konsep diperbaiki di Word" in t for t in texts(stored[0]))


@pytest.mark.parametrize("attack", MALICIOUS)
def test_a_dangerous_edit_is_refused_and_nothing_is_stored(nota, users, attack):
    complaint, v1 = nota
    content = MALICIOUS[attack](versions.document_content(v1))
    with pytest.raises(DocxRefused, match=MESSAGES[attack]) as refused:
        versions.store_revision(users["kasubag_pphti"], complaint.id, "nota_dinas", content,
                                filename="nota-dinas.docx")
    assert "nota-dinas.docx" in str(refused.value)  # the message names the file
    assert refused.value.reason == {"header_bohong": "bom_zip"}.get(attack, attack)
    assert [d.version for d in naskah_records.document_versions(
        complaint.id, "nota_dinas")] == [1]


# -- the check alone (no database)
@pytest.fixture(scope="module")
def genuine():
    """A .docx as python-docx saves it, with a table, a hyperlink and a picture."""
    document = docx.Document()
    document.add_paragraph("NOTA DINAS")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Yth."
    paragraph = document.add_paragraph("Lihat ")
    r_id = paragraph.part.relate_to("https://www.kemenkumham.go.id/", f"{REL}/hyperlink",
                                    is_external=True)
    link = docx.oxml.parse_xml(f'<w:hyperlink xmlns:w="{W_NS}" xmlns:r="{REL}" r:id="{r_id}">'
                               "<w:r><w:t>laman Kementerian</w:t></w:r></w:hyperlink>")
    paragraph._p.append(link)
    document.add_picture(io.BytesIO(_png()))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(out, "PNG")
    return out.getvalue()


def test_a_genuine_docx_with_a_hyperlink_and_a_picture_is_accepted(genuine):
    assert checked_docx(genuine, "biasa.docx") is genuine


def test_an_embedded_excel_workbook_is_not_mistaken_for_xml(genuine):
    import openpyxl

    workbook = io.BytesIO()
    openpyxl.Workbook().save(workbook)
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    types = part(genuine, "[Content_Types].xml").replace(
        "</Types>", f'<Default Extension="xlsx" ContentType="{sheet}"/></Types>')
    content = rebuilt(genuine, {"[Content_Types].xml": types.encode()},
                      {"word/embeddings/Microsoft_Excel_Worksheet.xlsx": workbook.getvalue()})
    assert checked_docx(content) is content


def test_what_is_not_a_docx_says_so(genuine):
    for content in (b"%PDF-1.4 ...", b"", rebuilt(genuine, add={})[:-30]):
        with pytest.raises(DocxRefused, match="bukan dokumen Word") as refused:
            checked_docx(content, "surat.pdf")
        assert refused.value.reason == "bukan_docx"
    with pytest.raises(DocxRefused, match="Word lama"):
        checked_docx(untrusted._OLE_MAGIC + bytes(2000), "surat.doc")


def test_a_zip_without_word_parts_is_not_a_docx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff")
    with pytest.raises(DocxRefused, match="bukan dokumen Word"):
        checked_docx(out.getvalue(), "arsip.zip")


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened(genuine):
    big = rebuilt(genuine, add={"word/media/foto.jpg": os.urandom(untrusted.MAX_FILE_BYTES)})
    with pytest.raises(DocxRefused, match="terlalu besar") as refused:
        checked_docx(big, "besar.docx")
    assert "20,0 MB" in str(refused.value)


def test_a_vba_project_alone_is_a_macro(genuine):
    with pytest.raises(DocxRefused, match="makro"):
        checked_docx(rebuilt(genuine, add={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}))


def test_activex_controls_are_refused(genuine):
    control = (b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
               b'ax:classid="{8BD21D10-EC42-11CE-9E0D-00AA006002F3}"/>')
    with pytest.raises(DocxRefused, match="ActiveX") as refused:
        checked_docx(rebuilt(genuine, add={"word/activeX/activeX1.xml": control}))
    assert refused.value.reason == "activex"


@pytest.mark.parametrize("kind", ["image", "frame", "subDocument", "oleObject"])
def test_content_fetched_from_the_network_is_refused(genuine, kind):
    rels = part(genuine, "word/_rels/document.xml.rels").replace(
        "</Relationships>", f'<Relationship Id="rIdX" Type="{REL}/{kind}" '
        'Target="\\\\203.0.113.9\\share\\x" TargetMode="External"/></Relationships>')
    with pytest.raises(DocxRefused, match="dari luar berkas") as refused:
        checked_docx(rebuilt(genuine, {"word/_rels/document.xml.rels": rels.encode()}),
                     "x.docx")
    assert refused.value.reason == "tautan_luar"


@pytest.mark.parametrize("target", ["\\\\203.0.113.9\\templat\\surat.dotm",
                                    "file://server/templat/surat.dotm",
                                    "https://contoh.id/surat.dotm"])
def test_a_template_on_a_server_is_refused(genuine, target):
    with pytest.raises(DocxRefused, match="templat dari jaringan") as refused:
        checked_docx(remote_template(genuine, target), "x.docx")
    assert refused.value.reason == "tautan_luar"


def test_a_template_on_this_computer_is_what_word_writes_and_is_accepted(genuine):
    # Word names the office template a document was made from by its local path.
    local = remote_template(
        genuine, "file:///C:\\Users\\operator\\Documents\\Templat Kanwil\\Surat.dotx")
    assert checked_docx(local, "x.docx") is local


def test_an_external_entity_in_a_relationship_part_is_refused(genuine):
    xxe = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<Relationships xmlns="{RELS_NS}"><Relationship Id="r1" Type="{REL}/styles" '
           'Target="&x;"/></Relationships>').encode()
    with pytest.raises(DocxRefused, match="DOCTYPE"):
        checked_docx(rebuilt(genuine, {"word/_rels/document.xml.rels": xxe}))


def test_a_directory_claiming_more_than_the_part_holds_is_damage(genuine):
    data = declared_size(genuine, "word/document.xml", 500_000)
    with pytest.raises(DocxRefused, match="rusak") as refused:
        checked_docx(data, "x.docx")
    assert refused.value.reason == "rusak"


def test_two_parts_of_one_name_are_damage(genuine):
    types = part(genuine, "[Content_Types].xml").replace(DOCX_MAIN, MACRO_MAIN)
    twice = rebuilt(genuine, add={"[content_types].xml": types.encode()})  # another case
    with pytest.raises(DocxRefused, match="rusak") as refused:
        checked_docx(twice, "x.docx")
    assert refused.value.reason == "rusak"


def test_broken_xml_is_damage(genuine):
    with pytest.raises(DocxRefused, match="rusak.*word/styles.xml"):
        checked_docx(rebuilt(genuine, {"word/styles.xml": b"<w:styles><unclosed>"}))


def test_many_parts_adding_up_past_the_limit_are_a_bomb(genuine):
    # Each part is under the size where its ratio counts; together they inflate too far.
    parts = {f"customXml/data{i}.bin": bytes(1000 * 1024) for i in range(110)}
    with pytest.raises(DocxRefused, match="membengkak"):
        checked_docx(rebuilt(genuine, add=parts), "x.docx")
