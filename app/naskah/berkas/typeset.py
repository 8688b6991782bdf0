"""A small typesetter for the berkas's own pages (cover, complaint data, history) and the
stamps on every page (page numbers, the marks on naskah and attachments), written straight
into pypdf objects with the PDF core fonts Helvetica and Helvetica-Bold: no new library,
no font files, text that pypdf and every viewer read back.

The core fonts carry WinAnsi (cp1252): Indonesian text and the Latin accents fit; a
character outside it is printed as "?" (said in the README).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
)

A4 = (595.28, 841.89)
MM = 72 / 25.4
# Tata naskah dinas margins: 3 cm left, 2 cm right, 2.5 cm bottom; 2 cm top.
MARGINS = (30 * MM, 20 * MM, 20 * MM, 25 * MM)  # left, right, top, bottom
REGULAR, BOLD = "/BkF1", "/BkF2"
_BASE = {REGULAR: "Helvetica", BOLD: "Helvetica-Bold"}


def _widths(font: str) -> dict[str, int]:
    try:  # Adobe's core-14 metrics, as pypdf ships them
        from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS

        return dict(CORE_FONT_METRICS[font].character_widths)
    except (ImportError, KeyError, AttributeError):  # a pypdf without them: a fair average
        return {"default": 556}


_WIDTHS = {name: _widths(base) for name, base in _BASE.items()}


def text_width(text: str, size: float, font: str = REGULAR) -> float:
    table = _WIDTHS[font]
    default = table.get("default", 556)
    return sum(table.get(ch, default) for ch in text) * size / 1000


def _encode(text: str) -> bytes:
    raw = text.replace("\t", "    ").encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _font_dict(base: str) -> DictionaryObject:
    return DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/" + base),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})


def wrap(text: str, width: float, size: float, font: str = REGULAR) -> list[str]:
    """`text` broken into lines no wider than `width` points (at spaces; a word longer than
    the line is cut). Newlines in `text` are kept."""
    space = text_width(" ", size, font)
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        line, used = "", 0.0
        for word in paragraph.split(" "):
            wide = text_width(word, size, font)
            if line and used + space + wide <= width:
                line, used = f"{line} {word}", used + space + wide
                continue
            if not line and wide <= width:
                line, used = word, wide
                continue
            if line:
                lines.append(line)
            while wide > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and text_width(word[:cut], size, font) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                wide = text_width(word, size, font)
            line, used = word, wide
        lines.append(line)
    return lines


class Fonts:
    """The two core fonts, one indirect object each per output document."""

    def __init__(self, writer: PdfWriter):
        self.writer = writer
        self._refs = {name: writer._add_object(_font_dict(base))  # noqa: SLF001
                      for name, base in _BASE.items()}

    def resources(self) -> DictionaryObject:
        return DictionaryObject({NameObject("/Font"): DictionaryObject(
            {NameObject(k): v for k, v in self._refs.items()})})

    def add_to(self, page: PageObject) -> None:
        """Make the fonts known to an existing page (its own resources kept)."""
        raw = dict.get(page, "/Resources")  # as stored: maybe a reference shared by pages
        resources = raw.get_object() if raw is not None else DictionaryObject()
        raw_fonts = dict.get(resources, "/Font")
        fonts = raw_fonts.get_object() if raw_fonts is not None else DictionaryObject()
        for name, ref in self._refs.items():
            fonts[NameObject(name)] = ref
        if raw_fonts is None:
            resources[NameObject("/Font")] = fonts
        if raw is None:
            page[NameObject("/Resources")] = resources


def text_op(x: float, y: float, text: str, size: float, font: str = REGULAR,
            gray: float = 0.0) -> bytes:
    return (b"BT %s %.2f Tf %.3f g %.2f %.2f Td (" % (font.encode(), size, gray, x, y)
            + _encode(text) + b") Tj ET\n")


def stamp(writer: PdfWriter, fonts: Fonts, page: PageObject, ops: bytes) -> None:
    """Draw `ops` over an existing page, its own content wrapped in q/Q so a graphics state
    it leaves behind cannot move or hide the stamp."""
    if page.rotation:
        page.transfer_rotation_to_content()
    fonts.add_to(page)
    before, after = DecodedStreamObject(), DecodedStreamObject()
    before.set_data(b"q\n")
    after.set_data(b"Q\n" + ops)
    raw = dict.get(page, "/Contents")  # as stored: a reference, an array, or a stream
    parts = ArrayObject([writer._add_object(before)])  # noqa: SLF001
    if raw is not None:
        contents = raw.get_object()
        if isinstance(contents, ArrayObject):
            parts.extend(contents)
        elif isinstance(raw, IndirectObject):
            parts.append(raw)
        else:
            parts.append(writer._add_object(contents))  # noqa: SLF001
    parts.append(writer._add_object(after))  # noqa: SLF001
    page[NameObject("/Contents")] = parts


@dataclass
class Flow:
    """Text flowing down A4 pages: headings, paragraphs, label-value lines, tables and
    rules; a new page when the next line does not fit. `pages` holds each page's content
    operators; `render(writer)` adds them as real pages."""

    header: str = ""  # small text at the top of every page after the first of the flow
    clean: Callable[[str], str] = str  # applied to every text printed (the masking guard)
    pages: list[list[bytes]] = field(default_factory=list)
    y: float = 0.0

    def __post_init__(self):
        self.left, self.right_margin, self.top, self.bottom = MARGINS
        self.width = A4[0] - self.left - self.right_margin
        self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = A4[1] - self.top
        if self.header and len(self.pages) > 1:
            self.pages[-1].append(text_op(self.left, A4[1] - self.top + 14, self.header, 7,
                                          gray=0.4))

    def _need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def space(self, points: float) -> None:
        self.y -= points

    def line(self, text: str, size: float = 10, font: str = REGULAR, *, x: float = 0,
             align: str = "left", gray: float = 0.0) -> None:
        text = self.clean(text)
        lead = size * 1.3
        self._need(lead)
        self.y -= lead
        if align == "center":
            x = self.left + (self.width - text_width(text, size, font)) / 2
        elif align == "right":
            x = self.left + self.width - text_width(text, size, font)
        else:
            x = self.left + x
        self.pages[-1].append(text_op(x, self.y + size * 0.25, text, size, font, gray))

    def paragraph(self, text: str, size: float = 10, font: str = REGULAR, *,
                  indent: float = 0, align: str = "left") -> None:
        for part in wrap(self.clean(text), self.width - indent, size, font):
            self.line(part, size, font, x=indent, align=align)

    def heading(self, text: str, size: float = 13) -> None:
        self._need(size * 4)
        self.space(size * 0.6)
        self.line(text, size, BOLD)
        self.rule(0.6)
        self.space(4)

    def rule(self, thickness: float = 0.5) -> None:
        self._need(4)
        self.y -= 3
        self.pages[-1].append(b"%.2f w %.2f %.2f m %.2f %.2f l S\n" % (
            thickness, self.left, self.y, self.left + self.width, self.y))
        self.y -= 3

    def field(self, label: str, value: str, size: float = 10, label_width: float = 130) -> None:
        """"Label : value", the value wrapped beside the label."""
        label, value = self.clean(label), self.clean(value or "-")
        lines = wrap(value, self.width - label_width - 10, size)
        lead = size * 1.3
        self._need(lead * min(len(lines), 3))
        if text_width(label, size, BOLD) > label_width - 4:  # a long label: its own line
            self.line(label, size, BOLD)
            label = ""
        for index, part in enumerate(lines):
            self._need(lead)
            self.y -= lead
            base = self.y + size * 0.25
            if index == 0:
                if label:
                    self.pages[-1].append(text_op(self.left, base, label, size, BOLD))
                self.pages[-1].append(text_op(self.left + label_width, base, ":", size))
            self.pages[-1].append(text_op(self.left + label_width + 10, base, part, size))

    def table(self, widths: list[float], header: list[str], rows: list[list[str]],
              size: float = 8) -> None:
        """A ruled table; `widths` are shares of the text width; the header repeats on
        every page the table runs onto; a row is never split."""
        total = sum(widths)
        cols = [self.width * w / total for w in widths]
        lead = size * 1.25
        pad = 3

        def cells(values, font):
            return [wrap(self.clean(str(v)), c - 2 * pad, size, font) for v, c in zip(values, cols,
                                                                           strict=True)]

        def draw(wrapped, font, shade=None):
            height = max(len(c) for c in wrapped) * lead + 2 * pad
            top = self.y
            ops = self.pages[-1]
            if shade is not None:
                ops.append(b"%.3f g %.2f %.2f %.2f %.2f re f 0 g\n" % (
                    shade, self.left, top - height, self.width, height))
            x = self.left
            for lines, width in zip(wrapped, cols, strict=True):
                for n, text in enumerate(lines):
                    ops.append(text_op(x + pad, top - pad - (n + 1) * lead + size * 0.3, text,
                                       size, font))
                ops.append(b"0.4 w %.2f %.2f %.2f %.2f re S\n" % (x, top - height, width,
                                                                  height))
                x += width
            self.y -= height

        head = cells(header, BOLD)
        head_height = max(len(c) for c in head) * lead + 2 * pad
        first = max(len(c) for c in cells(rows[0], REGULAR)) * lead + 2 * pad if rows else 0
        self._need(head_height + first)  # never a header alone at the foot of a page
        draw(head, BOLD, 0.88)
        for row in rows:
            wrapped = cells(row, REGULAR)
            height = max(len(c) for c in wrapped) * lead + 2 * pad
            if self.y - height < self.bottom:
                self.new_page()
                draw(head, BOLD, 0.88)
            draw(wrapped, REGULAR)

    def render(self, writer: PdfWriter, fonts: Fonts) -> int:
        """Add the pages to `writer`; returns the index of the first."""
        first = len(writer.pages)
        for ops in self.pages:
            page = writer.add_blank_page(*A4)
            page[NameObject("/Resources")] = fonts.resources()
            stream = DecodedStreamObject()
            stream.set_data(b"".join(ops))
            page[NameObject("/Contents")] = writer._add_object(  # noqa: SLF001
                stream.flate_encode())
        return first
