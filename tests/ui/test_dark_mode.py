"""Windows' dark mode: the program pins the light scheme, so the navy page titles and icons
stay readable on their background (WCAG contrast of at least 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def luminance(colour: QColor) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
            + 0.0722 * linear(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def drawn_contrast(window, label) -> float:
    """The contrast between the title's background and its glyphs, as drawn on screen."""
    QApplication.processEvents()
    corner = label.mapTo(window, QPoint(0, 0))
    image = window.grab(QRect(corner, label.size())).toImage()
    background = image.pixelColor(1, 1)
    ink = max((image.pixelColor(x, y) for x in range(image.width())
               for y in range(image.height())), key=lambda c: contrast(c, background))
    return contrast(ink, background)


def dark_palette() -> QPalette:
    """What Fusion takes from Windows when its apps are set to dark."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#1c1c1c"),
                         (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#2d2d2d"),
                         (QPalette.ColorRole.ButtonText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.usefixtures("db")
def test_page_title_stays_readable_when_windows_is_dark(main_window, users):
    from ui.main import make_application

    window = main_window(users["kasubag_pphti"])
    title = window.tasks_page.ui.title_label
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    try:
        # Windows in dark mode: the platform asks for the dark scheme, Fusion's palette darkens
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
        dark = drawn_contrast(window, title)
        assert dark < 4.5  # navy on near-black: what users saw
        make_application()  # the start-up pins the light scheme over it
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
        pinned = drawn_contrast(window, title)
        print(f"title contrast: dark palette {dark:.2f}, pinned light {pinned:.2f}")
        assert pinned >= 4.5
        if hasattr(hints, "colorScheme") and hasattr(hints, "setColorScheme"):
            # what the platform was asked for; the offscreen platform answers Unknown
            assert hints.colorScheme() in (Qt.ColorScheme.Light, Qt.ColorScheme.Unknown)
    finally:
        make_application()


def test_light_palette_sets_every_role_a_theme_change_could_reset():
    from ui.main import LIGHT, light_palette

    palette = light_palette()
    for role in LIGHT:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            assert palette.isBrushSet(group, role), role
    text, window = (palette.color(QPalette.ColorRole.WindowText),
                    palette.color(QPalette.ColorRole.Window))
    assert contrast(text, window) >= 4.5
    assert contrast(QColor("#1f3b63"), window) >= 4.5  # ui.common.TITLE_STYLE's navy
