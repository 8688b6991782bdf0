"""Small files that ask for a lot (issue 15, defect 6): a PDF of a few hundred bytes with a
page of any size, TIFFs and PDFs with more pages than a file may have, large images; and
a way to measure what opening one costs, in a process of its own."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import textwrap


def huge_page_pdf(width: int = 200_000, height: int = 200_000) -> bytes:
    """A one-page PDF written by hand: a few hundred bytes, MediaBox `width` x `height`."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % (width, height)]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def many_frame_tiff(frames: int, size=(8, 8)) -> bytes:
    """A greyscale TIFF of `frames` pages, written directly (Pillow takes minutes to write
    tens of thousands of pages): one uncompressed strip and eight tags per page."""
    width, height = size
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for page in range(frames):
        ifd = len(out)
        pixels = ifd + 2 + 8 * 12 + 4
        last = page == frames - 1
        out += struct.pack("<H", 8)
        for tag, kind, value in ((256, 3, width), (257, 3, height), (258, 3, 8), (259, 3, 1),
                                 (262, 3, 1), (273, 4, pixels), (278, 3, height),
                                 (279, 4, width * height)):
            out += struct.pack("<HHII", tag, kind, 1, value)
        out += struct.pack("<I", 0 if last else pixels + width * height)
        out += bytes([page % 256]) * (width * height)
    return bytes(out)


def many_page_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(72, 72)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def large_image(size: tuple[int, int], mode: str = "L", kind: str = "PNG") -> bytes:
    """Blank, so it compresses to almost nothing whatever its size."""
    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, size, 255 if mode in ("L", "1") else "white").save(out, kind,
                                                                        dpi=(150, 150))
    return out.getvalue()


_MEASURE = textwrap.dedent("""
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # today's code: MemoryError
    content = open(sys.argv[1], "rb").read()
    started = time.process_time()
    try:
        scope = {"content": content}
        exec(sys.argv[2], scope)
        result = {"value": scope.get("value")}
    except BaseException as exc:
        result = {"error": type(exc).__name__, "message": str(exc)}
    result["cpu_s"] = round(time.process_time() - started, 2)
    # VmHWM: ru_maxrss would carry over the parent's peak through fork and exec.
    with open("/proc/self/status") as status:
        result["peak_mb"] = next(int(line.split()[1]) for line in status
                                 if line.startswith("VmHWM")) // 1024
    print(json.dumps(result, default=str))
""")


def measure(tmp_path, content: bytes, code: str, timeout: int = 120) -> dict:
    """Run `code` (with `content` bound to the file's bytes; it sets `value`) in a new
    process with a 4 GB address-space ceiling: the value (or the error), CPU seconds and
    peak memory."""
    path = tmp_path / "berkas"
    path.write_bytes(content)
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path), textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
