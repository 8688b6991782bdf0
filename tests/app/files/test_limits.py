"""Files that ask for more than can be shown (issue 15, defect 6): a page is rendered within
a pixel budget whatever its size, a file has at most MAX_PAGES pages (counted before
anything is decoded) and an image page at most MAX_IMAGE_PIXELS; what is over is refused
with an Indonesian message. Memory is measured in a process of its own."""

from __future__ import annotations

import sys

import pytest

from app.files import filetypes, rendering
from tests.app.files.hostile import (
    huge_page_pdf,
    large_image,
    many_frame_tiff,
    many_page_pdf,
    measure,
)

PDF_VIEW = """
    from app.files.rendering import PageSource
    source = PageSource(content, "application/pdf")
    raster = source.render(0, 96 / 72)  # 100 % on an ordinary screen
    value = [[raster.width, raster.height]]
"""
PDF_SCAN = """
    from app.files.scanning import pages_from_file
    value = [[p.width, p.height] for p in pages_from_file("besar.pdf", content, dpi=300)]
"""
IMAGE_ZOOM = """
    from app.files.rendering import PageSource
    raster = PageSource(content, "image/png").render(0, 4 * 96 / 72)  # 400 %
    value = [raster.width, raster.height]
"""


LINUX = pytest.mark.skipif(sys.platform != "linux", reason="measured with rlimit and /proc")


@LINUX
def test_a_418_byte_pdf_with_a_huge_page_is_shown_within_the_pixel_budget(tmp_path):
    pdf = huge_page_pdf()
    assert len(pdf) < 420
    filetypes.inspect("besar.pdf", pdf)  # a valid PDF: it may be attached
    for code in (PDF_VIEW, PDF_SCAN):
        result = measure(tmp_path, pdf, code)
        print(result)
        assert "error" not in result, result
        width, height = result["value"][0][:2]
        assert width * height <= rendering.MAX_PAGE_PIXELS
        assert abs(width - height) <= 1  # the page's shape is kept
        assert result["peak_mb"] < 400, result


@LINUX
def test_a_large_image_at_400_percent_is_rendered_smaller_not_in_gigabytes(tmp_path):
    image = large_image((10_800, 8_150))  # 88 megapixels, a few hundred kilobytes
    filetypes.inspect("foto.png", image)
    result = measure(tmp_path, image, IMAGE_ZOOM)
    print(result)
    assert "error" not in result, result
    width, height = result["value"]
    assert width * height <= rendering.MAX_PAGE_PIXELS
    assert result["peak_mb"] < 400, result  # 88 MB decoded, the page within budget


def test_fitted_scale_keeps_what_fits_and_shrinks_what_does_not():
    source = rendering.PageSource(huge_page_pdf(595, 842), "application/pdf")
    try:
        assert source.fitted_scale(0, 2.0) == 2.0  # A4 at 200 %: as asked
        assert source.fitted_scale(0, 20.0) < 20.0
        raster = source.render(0, 20.0)
        assert raster.width * raster.height <= rendering.MAX_PAGE_PIXELS
    finally:
        source.close()


def test_a_tiff_with_more_pages_than_allowed_is_refused_before_decoding(tmp_path,
                                                                        monkeypatch):
    from PIL import Image

    tiff = many_frame_tiff(rendering.MAX_PAGES + 1)
    decoded = []
    original = Image.Image.load
    monkeypatch.setattr(Image.Image, "load",
                        lambda self: decoded.append(1) or original(self))
    with pytest.raises(filetypes.FileRejected) as refused:
        filetypes.inspect("pindaian.tif", tiff)
    assert refused.value.reason == "terlalu_besar"
    assert f"lebih dari {rendering.MAX_PAGES} halaman" in str(refused.value)
    assert "pindaian.tif" in str(refused.value)
    assert len(decoded) < 10  # not one per page: only what opening the file reads
    with pytest.raises(rendering.RenderError, match="halaman"):
        rendering.PageSource(tiff, "image/tiff")


def test_the_page_count_of_a_tiff_is_read_from_its_directories():
    for frames in (1, 3, 17):
        tiff = many_frame_tiff(frames)
        assert filetypes.inspect("p.tif", tiff).pages == frames
        assert rendering.PageSource(tiff, "image/tiff").page_count == frames
    # A directory chain that points back at itself is one page, not a loop.
    tiff = bytearray(many_frame_tiff(1))
    first = int.from_bytes(tiff[4:8], "little")
    entries = int.from_bytes(tiff[first:first + 2], "little")
    at = first + 2 + entries * 12
    tiff[at:at + 4] = first.to_bytes(4, "little")
    assert rendering._tiff_directories(bytes(tiff), 10) == 1


def test_a_pdf_with_more_pages_than_allowed_is_refused():
    with pytest.raises(filetypes.FileRejected, match=f"lebih dari {rendering.MAX_PAGES} "):
        filetypes.inspect("tebal.pdf", many_page_pdf(rendering.MAX_PAGES + 1))


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_an_image_page_over_the_pixel_limit_is_refused_not_decoded():
    # 100 megapixels in one bit per pixel: about 100 KB that decode to 100 MB.
    image = large_image((10_000, 10_000), mode="1")
    with pytest.raises(filetypes.FileRejected) as refused:
        filetypes.inspect("raksasa.png", image)
    assert refused.value.reason == "terlalu_besar"
    assert "10000 x 10000 piksel" in str(refused.value)
    with pytest.raises(rendering.RenderError, match="terlalu besar"):
        rendering.PageSource(image, "image/png")
