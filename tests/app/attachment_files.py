"""Files for the attachment tests, made on the spot: good scans and every kind of bad file."""

from __future__ import annotations

import io


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


def pdf_bytes(pages: int = 2, size=(300, 420)) -> bytes:
    import img2pdf

    images = [image_bytes("PNG", size, shade=255 - 20 * (i % 10), text=f"Halaman {i + 1}")
              for i in range(pages)]
    return img2pdf.convert(images)


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
