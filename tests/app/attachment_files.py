"""Files for the attachment tests, made on the spot: good scans and every kind of bad file."""

from __future__ import annotations

import datetime as dt
import io
from functools import lru_cache


def image_bytes(fmt: str = "PNG", size=(300, 420), shade: int = 200, dpi: int = 150,
                text: str = "") -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", size, shade)
    if text:
        ImageDraw.Draw(image).text((20, 20), text, fill=0)
    out = io.BytesIO()
    image.save(out, fmt, dpi=(dpi, dpi))
    return out.getvalue()


def tiff_bytes(pages: int = 3) -> bytes:
    from PIL import Image

    frames = [Image.new("L", (200, 280), 60 * i % 255) for i in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], dpi=(200, 200))
    return out.getvalue()


FIXED_DATE = dt.datetime(2026, 11, 25, 8, 0)


def pdf_bytes(pages: int = 2, size=(300, 420)) -> bytes:
    import img2pdf

    images = [image_bytes("PNG", size, shade=255 - 20 * (i % 10), text=f"Halaman {i + 1}")
              for i in range(pages)]
    # A fixed date: two calls a second apart must give the same bytes (tests compare them).
    return img2pdf.convert(images, creationdate=FIXED_DATE, moddate=FIXED_DATE,
                           engine=img2pdf.Engine.internal)


@lru_cache(maxsize=64)
def named_pdf(label: str, pages: int = 1) -> bytes:
    """A small real PDF whose content depends on `label` (a letter, an answer, ...), so
    different documents stay different blobs. Cached: fixtures call it for every test."""
    import img2pdf

    images = [image_bytes("PNG", (120, 170), text=f"{label} {i + 1}") for i in range(pages)]
    return img2pdf.convert(images, engine=img2pdf.Engine.internal)


def truncated_pdf(pages: int = 3) -> bytes:
    data = pdf_bytes(pages)
    return data[: len(data) * 2 // 3]


def encrypted_pdf(user_password: str = "rahasia") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(1))))
    writer.encrypt(user_password, owner_password="pemilik")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_like() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def letter_page(number: int, size=(1240, 1754), dpi: int = 150) -> bytes:
    """A JPEG that looks like a scanned letter page (kop, lines of text, a signature)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", size, 246)
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.rectangle((90, 70, 190, 170), outline=40, width=4)
    for i, line in enumerate(("KEMENTERIAN HUKUM REPUBLIK INDONESIA",
                              "KANTOR WILAYAH KEPULAUAN BANGKA BELITUNG")):
        draw.text((260, 85 + 35 * i), line, fill=20)
    draw.line((90, 200, width - 90, 200), fill=30, width=4)
    draw.text((width // 2 - 60, 240), f"Halaman {number}", fill=10)
    y = 320
    while y < height - 300:
        right = width - 90 - (170 if (y // 36) % 7 == 6 else 0)
        for x in range(110, right, 64):
            draw.line((x, y, x + 48, y), fill=90, width=6)
        y += 36
    draw.line((width - 420, height - 200, width - 160, height - 230), fill=40, width=3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, dpi=(dpi, dpi))
    return out.getvalue()


def sane_test_config(folder) -> str | None:
    """A SANE_CONFIG_DIR with only SANE's `test` backend switched on (Debian ships it
    commented out), or None when scanimage or the backend is missing."""
    import shutil
    import subprocess
    from pathlib import Path

    if not shutil.which("scanimage"):
        return None
    config = Path(folder) / "sane.d"
    config.mkdir(exist_ok=True)
    (config / "dll.conf").write_text("test\n")
    if Path("/etc/sane.d/test.conf").exists():
        shutil.copy("/etc/sane.d/test.conf", config / "test.conf")
    import os

    listing = subprocess.run(["scanimage", "-L"], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "SANE_CONFIG_DIR": str(config)})
    return str(config) if "test:0" in listing.stdout else None
