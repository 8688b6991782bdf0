"""A .docx edited outside the program is untrusted input: it is checked before it is stored
as a naskah version (and handed to the next person to open it in Word). `checked_docx()`
accepts what Word, LibreOffice and python-docx save and refuses, with the reason in
Indonesian: what is not a Word document, macros and ActiveX, a zip bomb (judged from the zip
directory before anything is inflated, and held while inflating, so a directory that lies
about a size is caught), XML with a DOCTYPE or ENTITY declaration (billion laughs, external
entities), and content pulled from outside the file (a remote template, image, frame,
sub-document or OLE object; hyperlinks to web pages are normal and stay)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from xml.parsers import expat

from app.errors import DocumentError
from app.i18n import _
from app.office import wording

# A naskah is a few pages of text with a logo and perhaps a scanned image: about 40 KB as
# generated. 20 MB leaves room for photographs pasted in, and keeps what the database holds
# and every workstation opening the version loads reasonable.
MAX_FILE_BYTES = 20 * 1024 * 1024
# What all parts may add up to once inflated: the templates inflate to under 1 MB, and
# Word's styles parts are the largest text in a document. 100 MB is far above any real
# naskah and bounds the time the check takes and what Word must inflate to open it.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Deflate packs Word's XML 5 to 30:1 (styles.xml in the templates: 29:1), an empty table of
# thousands of rows about 150:1 and one paragraph repeated a hundred thousand times 340:1;
# a run of zeros, what zip bombs are made of, packs 1000:1 or more. A part larger than the
# grace size (below which no ratio can hurt) may inflate to at most 500 times its packed
# size. The bound on the whole (above) is what holds; this one refuses a bomb early.
MAX_RATIO = 500
RATIO_GRACE_BYTES = 1024 * 1024
# Word writes a few dozen parts; thousands only make the directory itself expensive.
MAX_PARTS = 2000

_IN_CHUNK = 64 * 1024
_OUT_CHUNK = 256 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a .doc, or a .docx locked with a password

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Content types that carry macros or ActiveX controls (a .docm, a .dotm, their parts).
MACRO_TYPES = frozenset({
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
    "application/vnd.ms-office.vbaproject",
    "application/vnd.ms-word.vbadata+xml",
    "application/vnd.ms-office.vbaprojectsignature",
})
ACTIVEX_TYPES = frozenset({"application/vnd.ms-office.activex+xml",
                           "application/vnd.ms-office.activex"})
MACRO_PART_NAMES = frozenset({"vbaproject.bin", "vbadata.xml", "vbaprojectsignature.bin"})
# Relationship types (their last segment) that mean macros or ActiveX.
MACRO_RELATIONSHIPS = frozenset({"vbaproject", "wordvbadata", "keymapcustomizations"})
ACTIVEX_RELATIONSHIPS = frozenset({"control", "activexcontrolbinary"})
# The only relationship that may point outside the file: a link the reader clicks.
EXTERNAL_ALLOWED = frozenset({"hyperlink"})
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]+:", re.IGNORECASE)  # http:, file:, ... (not C:)
# A file URL on this computer: file:///C:/..., file://localhost/..., file:C:/...
_LOCAL_FILE = re.compile(r"^file:((//(localhost)?)?/[^/]|[a-z]:)", re.IGNORECASE)


class DocxRefused(DocumentError):
    """An edited .docx that may not be stored. `reason`: one of REASONS; the message says
    why in Indonesian and names the file."""

    REASONS = ("bukan_docx", "terlalu_besar", "bom_zip", "rusak", "makro", "activex",
               "entitas", "tautan_luar")

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def checked_docx(content: bytes, filename: str = "") -> bytes:
    """`content` unchanged when it is a Word document (.docx) safe to store and hand to the
    next reader; raises DocxRefused (a DocumentError) saying why it is not. Reads nothing
    but `content`; bounded in memory and time by the limits above."""
    name = filename or _("(tanpa nama)")
    if len(content) > MAX_FILE_BYTES:
        raise DocxRefused("terlalu_besar", _(
            "Berkas {f} terlalu besar ({s}); sebuah naskah paling besar {m}.").format(
            f=name, s=wording.file_size(len(content)), m=wording.file_size(MAX_FILE_BYTES)))
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError) as exc:
        if content.startswith(_OLE_MAGIC):
            raise DocxRefused("bukan_docx", _(
                "Berkas {f} bukan dokumen Word (.docx): ini dokumen Word lama (.doc) atau "
                "dokumen yang dilindungi kata sandi. Di Word, hapus kata sandinya dan simpan "
                "sebagai \"Dokumen Word (*.docx)\", lalu coba lagi.").format(f=name)) from exc
        raise _not_docx(name) from exc
    _check_directory(infos, name)
    _Reader(content, infos, name).check()
    return content


def _not_docx(name: str) -> DocxRefused:
    return DocxRefused("bukan_docx", _(
        "Berkas {f} bukan dokumen Word (.docx). Di Word, simpan sebagai \"Dokumen Word "
        "(*.docx)\", lalu coba lagi.").format(f=name))


def _damaged(name: str, part: str) -> DocxRefused:
    return DocxRefused("rusak", _(
        "Berkas {f} rusak (bagian {p} tidak dapat dibaca dengan benar). Buka di Word, simpan "
        "lagi sebagai .docx, lalu coba lagi.").format(f=name, p=part))


def _bomb(name: str) -> DocxRefused:
    return DocxRefused("bom_zip", _(
        "Berkas {f} ditolak: isinya membengkak jauh melebihi ukuran naskah yang wajar jika "
        "dibuka (lebih dari {m}, atau lebih dari {r} kali ukurannya). Berkas seperti ini "
        "dapat melumpuhkan komputer yang membukanya.").format(
        f=name, m=wording.file_size(MAX_UNPACKED_BYTES), r=MAX_RATIO))


def _check_directory(infos: list[zipfile.ZipInfo], name: str) -> None:
    """The zip directory's promises, before anything is inflated."""
    if len(infos) > MAX_PARTS:
        raise _bomb(name)
    seen: set[str] = set()
    total = 0
    for info in infos:
        # Part names ignore case (OPC): of two parts of one name, Word might read another
        # than the one judged here.
        if info.filename.lower() in seen:
            raise _damaged(name, info.filename)
        seen.add(info.filename.lower())
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                               zipfile.ZIP_DEFLATED):
            raise _not_docx(name)  # encrypted, or packed in a way Word never writes
        total += info.file_size
        ratio_too_high = info.file_size > max(RATIO_GRACE_BYTES,
                                              MAX_RATIO * info.compress_size)
        if total > MAX_UNPACKED_BYTES or ratio_too_high:
            raise _bomb(name)
    present = {info.filename for info in infos}
    if "[Content_Types].xml" not in present or "word/document.xml" not in present:
        raise _not_docx(name)


class _Reader:
    """Inflates every part (bounded by the size the directory declared for it), parses the
    XML ones without DTDs, and then judges content types and relationships."""

    def __init__(self, content: bytes, infos: list[zipfile.ZipInfo], name: str):
        self.raw, self.infos, self.name = memoryview(content), infos, name
        self.defaults: dict[str, str] = {}  # extension -> content type
        self.overrides: dict[str, str] = {}  # /part/name -> content type
        self.relationships: list[tuple[str, dict[str, str]]] = []  # (.rels part, attributes)

    def check(self) -> None:
        by_name = {info.filename: info for info in self.infos}
        self._parse(by_name["[Content_Types].xml"], self._content_type_entry)
        for info in self.infos:
            if info.filename == "[Content_Types].xml":
                continue
            if info.filename.lower().endswith(".rels"):
                self._parse(info, lambda tag, attrs, part=info.filename:
                            self._relationship(part, tag, attrs))
            elif self._is_xml(info.filename):
                self._parse(info, None)
            else:
                for _chunk in self._inflate(info):
                    pass  # inflated for its size and checksum only
        self._judge()

    # -- reading
    def _inflate(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """The part's bytes in chunks; never more than the directory declared (a header
        that lies about the size is refused, whichever way it lies), CRC checked."""
        data = self._packed(info)
        produced, crc = 0, 0
        if info.compress_type == zipfile.ZIP_STORED:
            if len(data) != info.file_size:
                raise _damaged(self.name, info.filename)
            chunks: Iterator[bytes] = (bytes(data[i:i + _OUT_CHUNK])
                                       for i in range(0, len(data), _OUT_CHUNK))
        else:
            chunks = self._deflated(data, info)
        for chunk in chunks:
            produced += len(chunk)
            if produced > info.file_size:  # more than declared: the directory lies
                raise DocxRefused("bom_zip", _(
                    "Berkas {f} ditolak: bagian {p} ternyata lebih besar daripada yang "
                    "tercantum dalam daftar isi berkas itu. Berkas seperti ini dibuat untuk "
                    "melumpuhkan komputer yang membukanya.").format(f=self.name,
                                                                   p=info.filename))
            crc = zlib.crc32(chunk, crc)
            yield chunk
        if produced != info.file_size or crc != info.CRC:
            raise _damaged(self.name, info.filename)

    def _deflated(self, data: memoryview, info: zipfile.ZipInfo) -> Iterator[bytes]:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        pos = 0
        try:
            while not inflater.eof:
                if inflater.unconsumed_tail:
                    piece = inflater.unconsumed_tail
                elif pos < len(data):
                    piece, pos = data[pos:pos + _IN_CHUNK], pos + _IN_CHUNK
                else:
                    piece = b""
                out = inflater.decompress(piece, _OUT_CHUNK)  # at most one chunk at a time
                if not out and not piece:
                    break  # the packed data ends before the stream does
                if out:
                    yield out
        except zlib.error as exc:
            raise _damaged(self.name, info.filename) from exc
        if not inflater.eof:
            raise _damaged(self.name, info.filename)

    def _packed(self, info: zipfile.ZipInfo) -> memoryview:
        """The part's packed bytes, found through its local header (whose name must match
        the directory's, as zipfile itself demands)."""
        start = info.header_offset
        header = bytes(self.raw[start:start + _LOCAL_HEADER.size])
        if len(header) != _LOCAL_HEADER.size:
            raise _damaged(self.name, info.filename)
        fields = _LOCAL_HEADER.unpack(header)
        name_length, extra_length = fields[-2], fields[-1]
        if fields[0] != b"PK\x03\x04":
            raise _damaged(self.name, info.filename)
        name_at = start + _LOCAL_HEADER.size
        local_name = bytes(self.raw[name_at:name_at + name_length])
        encoding = "utf-8" if fields[2] & 0x800 else "cp437"
        if local_name.decode(encoding, "replace") != info.orig_filename:
            raise _damaged(self.name, info.filename)
        begin = name_at + name_length + extra_length
        packed = self.raw[begin:begin + info.compress_size]
        if len(packed) != info.compress_size:
            raise _damaged(self.name, info.filename)
        return packed

    def _parse(self, info: zipfile.ZipInfo,
               on_element: Callable[[str, dict[str, str]], None] | None) -> None:
        """Parse one XML part with expat, refusing any DTD: the Open Packaging Conventions
        forbid them (ECMA-376 part 2, M1.17), so only an attack carries one."""
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

        def refuse(*_args):
            raise DocxRefused("entitas", _(
                "Berkas {f} ditolak: bagian {p} memuat deklarasi DOCTYPE atau ENTITY. Word "
                "tidak pernah menulisnya; isian seperti ini dipakai untuk membuat komputer "
                "macet atau membaca berkas lain.").format(f=self.name, p=info.filename))

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.UnparsedEntityDeclHandler = refuse
        parser.NotationDeclHandler = refuse
        parser.ExternalEntityRefHandler = refuse
        if on_element is not None:
            parser.StartElementHandler = lambda tag, attrs: on_element(
                tag.rsplit(" ", 1)[-1], attrs)
        try:
            for chunk in self._inflate(info):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except (expat.ExpatError, LookupError, ValueError) as exc:  # LookupError: encoding
            raise _damaged(self.name, info.filename) from exc

    def _content_type_entry(self, tag: str, attrs: dict[str, str]) -> None:
        content_type = attrs.get("ContentType", "").strip().lower()
        if tag == "Default":
            self.defaults[attrs.get("Extension", "").lower()] = content_type
        elif tag == "Override":
            self.overrides[attrs.get("PartName", "").lower()] = content_type

    def _relationship(self, part: str, tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship":
            self.relationships.append((part, attrs))

    def _content_type(self, part: str) -> str:
        override = self.overrides.get("/" + part.lower())
        if override is not None:
            return override
        return self.defaults.get(PurePosixPath(part).suffix.lstrip(".").lower(), "")

    def _is_xml(self, part: str) -> bool:
        suffix = PurePosixPath(part).suffix.lower()
        content_type = self._content_type(part)
        # Not "xml" anywhere: an embedded workbook (...spreadsheetml.sheet) is a zip.
        return (suffix in (".xml", ".vml") or content_type.endswith("+xml")
                or content_type in ("application/xml", "text/xml") or "vml" in content_type)

    # -- judging
    def _judge(self) -> None:
        types = set(self.defaults.values()) | set(self.overrides.values())
        names = [PurePosixPath(info.filename.lower()) for info in self.infos]
        kinds = {_last_segment(attrs.get("Type", "")) for _part, attrs in self.relationships}
        if (types & MACRO_TYPES or any("macroenabled" in t for t in types)
                or any(n.name in MACRO_PART_NAMES for n in names)
                or kinds & MACRO_RELATIONSHIPS):
            raise DocxRefused("makro", _(
                "Berkas {f} memuat makro (VBA); dokumen bermakro tidak diterima. Di Word, "
                "simpan sebagai \"Dokumen Word (*.docx)\" (bukan .docm), lalu coba "
                "lagi.").format(f=self.name))
        if (types & ACTIVEX_TYPES or any("activex" in n.parts for n in names)
                or kinds & ACTIVEX_RELATIONSHIPS):
            raise DocxRefused("activex", _(
                "Berkas {f} memuat kontrol ActiveX; dokumen seperti ini tidak diterima. Hapus "
                "kontrol itu di Word, simpan lagi, lalu coba lagi.").format(f=self.name))
        if self._content_type("word/document.xml") != DOCX_MAIN:
            raise _not_docx(self.name)
        for _part, attrs in self.relationships:
            self._check_target(attrs)

    def _check_target(self, attrs: dict[str, str]) -> None:
        kind = _last_segment(attrs.get("Type", ""))
        target = attrs.get("Target", "").strip()
        external = (attrs.get("TargetMode", "").strip().lower() == "external"
                    or bool(_SCHEME.match(target)) or target.startswith(("\\\\", "//")))
        if not external or kind in EXTERNAL_ALLOWED:
            return
        shown = target if len(target) <= 80 else target[:77] + "..."
        if kind == "attachedtemplate":
            # A document made from a template of the office's own Word names it by its
            # path on that computer; Word looks for it there and nowhere else. One on a
            # server is fetched (and Windows logs in to it) whenever the naskah opens.
            if not _remote(target):
                return
            raise DocxRefused("tautan_luar", _(
                "Berkas {f} memakai templat dari jaringan ({t}); Word akan mengambilnya "
                "setiap kali naskah dibuka. Di Word, lepaskan templat itu (Pengembang > "
                "Templat Dokumen, pilih Normal), simpan lagi, lalu coba lagi.").format(
                f=self.name, t=shown))
        # Linked content is refused wherever it is: from a server it is fetched whenever
        # the naskah opens, from this computer's disk it is missing on every other one.
        what = {"image": _("gambar"), "frame": _("bingkai"), "subdocument": _("subdokumen"),
                "oleobject": _("objek OLE")}.get(kind, _("isi"))
        raise DocxRefused("tautan_luar", _(
            "Berkas {f} mengambil {w} dari luar berkas ({t}); Word akan mengambilnya setiap "
            "kali naskah dibuka. Sisipkan isinya langsung ke dalam dokumen (bukan sebagai "
            "tautan), simpan lagi, lalu coba lagi.").format(f=self.name, w=what, t=shown))


def _remote(target: str) -> bool:
    """Whether a link's target is on another computer: a URL other than a file on this
    one (file:///C:/..., C:\\...), or a Windows share (\\\\server\\share,
    file://server/share, file:////server/share)."""
    target = target.replace("\\", "/")
    if target.startswith("//"):
        return True
    if _SCHEME.match(target) is None:
        return False  # C:/..., or a path relative to the document
    return _LOCAL_FILE.match(target) is None


def _last_segment(relationship_type: str) -> str:
    """.../relationships/attachedTemplate -> attachedtemplate."""
    return relationship_type.rstrip("/").rsplit("/", 1)[-1].lower()
