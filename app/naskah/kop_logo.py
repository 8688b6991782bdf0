"""The kop's logo: rendering prints a random mark where the template says {{ logo }}; the
picture (the office's logo from the database) replaces the mark afterwards, so a template
never handles image data (see app.naskah.templates.render)."""

from __future__ import annotations

import copy
import io

import docx
from docx.image.image import Image
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

LOGO_BOX = Mm(20)  # the kop's logo cell is 22 mm wide


def insert_logo(data: bytes, marker: str, logo: bytes) -> bytes:
    """Put the logo where the rendered document prints `marker` (body, headers, footers),
    fitted into a 20 mm square (see _logo_size); a mark anywhere else (a property, an
    attribute) is removed."""
    document = docx.Document(io.BytesIO(data))
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        if hasattr(part, "new_pic_inline"):
            for text in element.xpath(f'.//w:t[contains(text(), "{marker}")]'):
                _split_run_at_logo(part, text, marker, logo)
        for node in element.iter():
            if node.text and marker in node.text:
                node.text = node.text.replace(marker, "")
            for key, value in node.attrib.items():
                if marker in value:
                    node.set(key, value.replace(marker, ""))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _split_run_at_logo(part, text, marker: str, logo: bytes) -> None:
    """The run holding `text` becomes: the text before the mark, then for each mark the
    picture and the text after it, in runs of the same formatting."""
    run = text.getparent()
    text.text, *afters = text.text.split(marker)
    properties = run.find(qn("w:rPr"))
    anchor = run
    for after in afters:
        for kind in ("picture", "text"):
            new = OxmlElement("w:r")
            if properties is not None:
                new.append(copy.deepcopy(properties))
            if kind == "picture":
                new.add_drawing(part.new_pic_inline(io.BytesIO(logo), *_logo_size(logo)))
            elif after:
                new.add_t(after).set(qn("xml:space"), "preserve")
            else:
                continue
            anchor.addnext(new)
            anchor = new


def _logo_size(logo: bytes) -> tuple:
    """Width and height (one of them None: kept in proportion) that fit the logo into the
    kop's 20 mm square, whatever its shape."""
    picture = Image.from_blob(logo)
    wide = picture.px_width * picture.vert_dpi > picture.px_height * picture.horz_dpi
    return (LOGO_BOX, None) if wide else (None, LOGO_BOX)
