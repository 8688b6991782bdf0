"""The attachment viewer: PDF pages and images with page thumbnails, zoom and rotation.

Pages are rendered on demand on the renderer's thread: the page on screen first, then the
thumbnails the list actually shows (a thumbnail is asked for only when the list paints it),
so a 50-page scan opens as quickly as a one-page letter. Rotation here is for reading only;
the stored file is never changed."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QListView, QPushButton, QToolButton, QWidget

from app.errors import IntegrityError
from app.files.rendering import PageSource, RenderError
from app.i18n import _
from ui.attachments.render import PAGE_PRIORITY, THUMBNAIL_PRIORITY, PageRenderer, to_qimage
from ui.common import icon, show_error
from ui.forms.ui_attachment_viewer import Ui_AttachmentViewer
from ui.printing import ask_printer, print_images

THUMB_WIDTH = 110
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
FIT_WIDTH, FIT_PAGE = "lebar", "halaman"
PAGE_MARGIN = 24  # px around the page inside the scroll area
PRINT_DPI = 200  # a scan prints sharp at this; higher only makes the spool larger


class ThumbnailModel(QAbstractListModel):
    """One row per page. The decoration is rendered the first time the view asks for it."""

    def __init__(self, viewer: AttachmentViewer):
        super().__init__(viewer)
        self.viewer = viewer
        self.count = 0
        self.images: dict[int, QPixmap] = {}
        self.requested: set[int] = set()
        placeholder = QPixmap(THUMB_WIDTH, int(THUMB_WIDTH * 1.41))
        placeholder.fill(QColor("#eef1f5"))
        self.placeholder = placeholder

    def reset(self, count: int) -> None:
        self.beginResetModel()
        self.count, self.images, self.requested = count, {}, set()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.count

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            if row in self.images:
                return self.images[row]
            if row not in self.requested:
                self.requested.add(row)
                self.viewer.request_thumbnail(row)
            return self.placeholder
        if role == Qt.ItemDataRole.ToolTipRole:
            return _("Halaman {n}").format(n=row + 1)
        return None

    def set_image(self, row: int, image: QImage) -> None:
        self.images[row] = QPixmap.fromImage(image)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def forget(self, row: int) -> None:
        """Render this thumbnail again (its page was rotated)."""
        self.images.pop(row, None)
        self.requested.discard(row)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class AttachmentViewer(QWidget):
    """`open_content(bytes, mime)` or `open_attachment(id, actor, runner)`; `page_shown(i)`
    is emitted whenever page i is on screen at the current zoom."""

    page_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AttachmentViewer()
        self.ui.setupUi(self)
        self.source: PageSource | None = None
        self.current = 0
        self.zoom: float | str = FIT_WIDTH
        self.rotations: dict[int, int] = {}
        self._token = 0
        self._shown_zoom = 1.0
        self._zoom_capped = False  # the message label says the zoom was limited
        self.renderer = PageRenderer(self)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self.thumbnails = ThumbnailModel(self)
        self._setup_widgets()
        self._resize_timer = QTimer(self, singleShot=True, interval=120)
        self._resize_timer.timeout.connect(self._refit)
        self._set_enabled(False)

    def _setup_widgets(self) -> None:
        ui = self.ui
        for button, name in ((ui.previous_button, "fa5s.chevron-up"),
                             (ui.next_button, "fa5s.chevron-down"),
                             (ui.zoom_out_button, "fa5s.search-minus"),
                             (ui.zoom_in_button, "fa5s.search-plus"),
                             (ui.fit_width_button, "fa5s.arrows-alt-h"),
                             (ui.fit_page_button, "fa5s.expand"),
                             (ui.rotate_left_button, "fa5s.undo"),
                             (ui.rotate_right_button, "fa5s.redo")):
            button.setIcon(icon(name))
            button.setAutoRaise(True)
        view = ui.thumbnail_list
        view.setModel(self.thumbnails)
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setFlow(QListView.Flow.TopToBottom)
        view.setWrapping(False)
        view.setMovement(QListView.Movement.Static)
        view.setUniformItemSizes(True)
        view.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.41)))
        view.setSpacing(6)
        view.setFixedWidth(THUMB_WIDTH + 48)  # one column of thumbnails and a scroll bar
        view.selectionModel().currentChanged.connect(
            lambda index, _old: index.isValid() and self.go_to(index.row()))
        ui.page_scroll.setBackgroundRole(ui.page_scroll.backgroundRole())
        ui.page_scroll.setStyleSheet("QScrollArea { background: #5f6670; }")
        ui.page_view.setStyleSheet("background: white;")
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([THUMB_WIDTH + 48, 10_000])
        ui.previous_button.clicked.connect(lambda: self.go_to(self.current - 1))
        ui.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        ui.page_spin.valueChanged.connect(lambda value: self.go_to(value - 1))
        ui.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        ui.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        ui.fit_width_button.clicked.connect(lambda: self.set_zoom(FIT_WIDTH))
        ui.fit_page_button.clicked.connect(lambda: self.set_zoom(FIT_PAGE))
        ui.rotate_left_button.clicked.connect(lambda: self.rotate(-90))
        ui.rotate_right_button.clicked.connect(lambda: self.rotate(90))
        for keys, slot in ((QKeySequence.StandardKey.MoveToPreviousPage,
                            lambda: self.go_to(self.current - 1)),
                           (QKeySequence.StandardKey.MoveToNextPage,
                            lambda: self.go_to(self.current + 1)),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1))):
            QShortcut(keys, self, slot)
        ui.message_label.hide()
        # Print, and a way out for whoever does not know a window's title bar.
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("print_button")
        self.print_button.setText(_("Cetak..."))
        self.print_button.setToolTip(_("Cetak semua halaman (Ctrl+P)"))
        self.print_button.setIcon(icon("fa5s.print"))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setAutoRaise(True)
        self.print_button.clicked.connect(self.print_pages)
        self.close_button = QPushButton(icon("fa5s.times"), _("Tutup"), self)
        self.close_button.setObjectName("close_button")
        self.close_button.setToolTip(_("Tutup penampil (Esc)"))
        self.close_button.clicked.connect(self.close)
        ui.toolbar_layout.addWidget(self.print_button)
        ui.toolbar_layout.addWidget(self.close_button)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pages)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self,
                           lambda: self.isWindow() and self.close())
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ask_printer = ask_printer  # (printer, parent, title) -> bool; tests replace it

    # -- printing
    def print_pages(self, printer: QPrinter | None = None) -> int:
        """Print every page as shown (turned as rotated here), asking for the printer
        through `ask_printer`; returns the pages printed (0: cancelled or nothing open)."""
        if not self.source:
            return 0
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not self.ask_printer(printer, self, _("Cetak lampiran")):
            return 0
        source = self.source

        def pages():
            for index in range(source.page_count):
                rotation = self.rotations.get(index, 0)
                yield to_qimage(source.render(index, PRINT_DPI / 72.0, rotation))

        try:
            return print_images(printer, pages())
        except (OSError, RenderError) as exc:
            self.show_problem(_("Lampiran tidak dapat dicetak: {e}").format(e=exc))
            return 0

    # -- opening
    def open_content(self, content: bytes, mime: str, title: str = "") -> bool:
        """Show `content`; False (and a message) when it cannot be shown."""
        self.close_document()
        try:
            self.source = PageSource(content, mime)
        except RenderError as exc:
            self.show_problem(str(exc))
            return False
        if title:
            self.setWindowTitle(title)
        self.ui.message_label.hide()
        self.rotations = {}
        count = self.source.page_count
        self.ui.page_spin.blockSignals(True)
        self.ui.page_spin.setRange(1, max(1, count))
        self.ui.page_spin.setValue(1)
        self.ui.page_spin.blockSignals(False)
        self.ui.page_count_label.setText(_("dari {n}").format(n=count))
        self.thumbnails.reset(count)
        self._set_enabled(True)
        self.current = 0
        self._request_page()
        return True

    def open_attachment(self, attachment_id: int, actor, runner) -> None:
        """Load the attachment through `runner` (ui.worker.TaskRunner): the hash is checked
        on the way; a mismatch is audited by the core and shown here."""
        from app.services.attachments import load

        def shown(result):
            row, content = result
            self.open_content(content, row.mime, row.filename)

        def failed(exc):
            self.close_document()
            if isinstance(exc, IntegrityError):
                self.show_problem(str(exc) + " " + _("Kejadian ini telah dicatat di log "
                                                     "audit."))
            else:
                self.show_problem(_("Lampiran tidak dapat dibuka: {e}").format(e=exc))

        self.ui.page_view.clear()
        runner.run(lambda _progress: load(attachment_id, actor=actor), on_done=shown,
                   on_error=failed)

    def show_problem(self, text: str) -> None:
        show_error(self.ui.message_label, text)
        self.ui.message_label.show()

    def close_document(self) -> None:
        self.renderer.cancel_pending()
        self._token += 1
        if self.source is not None:
            # The running job may still hold the page; PageSource.close takes PDFium's lock.
            self.renderer.wait()
            self.source.close()
        self.source = None
        self.thumbnails.reset(0)
        self.ui.page_view.clear()
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.previous_button, self.ui.next_button, self.ui.page_spin,
                       self.print_button,
                       self.ui.zoom_in_button, self.ui.zoom_out_button,
                       self.ui.fit_width_button, self.ui.fit_page_button,
                       self.ui.rotate_left_button, self.ui.rotate_right_button):
            widget.setEnabled(enabled)

    # -- navigation, zoom, rotation
    @property
    def page_count(self) -> int:
        return self.source.page_count if self.source else 0

    def go_to(self, index: int) -> None:
        if not self.source or not 0 <= index < self.page_count or (
                index == self.current and self.ui.page_view.pixmap() is not None
                and not self.ui.page_view.pixmap().isNull()):
            return
        self.current = index
        self.ui.page_spin.blockSignals(True)
        self.ui.page_spin.setValue(index + 1)
        self.ui.page_spin.blockSignals(False)
        current = self.thumbnails.index(index)
        if self.ui.thumbnail_list.currentIndex() != current:
            self.ui.thumbnail_list.setCurrentIndex(current)
        self.ui.previous_button.setEnabled(index > 0)
        self.ui.next_button.setEnabled(index < self.page_count - 1)
        self._request_page()

    def set_zoom(self, zoom: float | str) -> None:
        self.zoom = zoom
        self._request_page()

    def step_zoom(self, direction: int) -> None:
        now = self._shown_zoom
        if direction > 0:
            self.set_zoom(next((z for z in ZOOM_STEPS if z > now + 0.001), ZOOM_STEPS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.001),
                               ZOOM_STEPS[0]))

    def rotate(self, degrees: int) -> None:
        if not self.source:
            return
        self.rotations[self.current] = (self.rotations.get(self.current, 0) + degrees) % 360
        self.thumbnails.forget(self.current)
        self._request_page()

    def _page_points(self, index: int) -> tuple[float, float]:
        width, height = self.source.page_size(index)
        if self.rotations.get(index, 0) in (90, 270):
            width, height = height, width
        return width, height

    def _screen_points(self) -> float:
        return self.logicalDpiX() / 72.0  # screen pixels per point at 100 %

    def current_zoom(self) -> float:
        """The zoom the current page is shown at (1.0 = real size)."""
        if not isinstance(self.zoom, str):
            return self.zoom
        width, height = self._page_points(self.current)
        viewport = self.ui.page_scroll.viewport().size()
        by_width = (viewport.width() - PAGE_MARGIN) / (width * self._screen_points())
        if self.zoom == FIT_WIDTH:
            return max(0.05, by_width)
        by_height = (viewport.height() - PAGE_MARGIN) / (height * self._screen_points())
        return max(0.05, min(by_width, by_height))

    def _request_page(self) -> None:
        if not self.source:
            return
        self._token += 1
        self._shown_zoom = self.current_zoom()
        ratio = self.devicePixelRatioF()
        scale = self._shown_zoom * self._screen_points() * ratio
        # A huge page (or a large image at high zoom) is shown only as large as the pixel
        # budget allows; the zoom shown is the zoom rendered.
        fitted = self.source.fitted_scale(self.current, scale)
        if fitted < scale:
            scale = fitted
            self._shown_zoom = fitted / (self._screen_points() * ratio)
            self.show_problem(_("Halaman ini terlalu besar untuk diperbesar lebih jauh; "
                                "ditampilkan pada {z} %.").format(
                                    z=max(1, round(self._shown_zoom * 100))))
            self._zoom_capped = True
        elif self._zoom_capped:
            self.ui.message_label.hide()
            self._zoom_capped = False
        self.ui.zoom_label.setText(f"{max(1, round(self._shown_zoom * 100))} %")
        self.renderer.request(("page", self._token, self.current), self.source, self.current,
                              scale, self.rotations.get(self.current, 0),
                              priority=PAGE_PRIORITY)

    def request_thumbnail(self, row: int) -> None:
        if not self.source:
            return
        width, _height = self._page_points(row)
        self.renderer.request(("thumb", self._token_base(), row), self.source, row,
                              THUMB_WIDTH / width, self.rotations.get(row, 0),
                              priority=THUMBNAIL_PRIORITY)

    def _token_base(self) -> int:
        return id(self.source)

    def _rendered(self, key, image: QImage) -> None:
        kind, token, row = key
        if kind == "thumb":
            if token == self._token_base():
                self.thumbnails.set_image(row, image)
            return
        if token != self._token:
            return  # a later request replaced this one (zoom, page, rotation)
        image.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap = QPixmap.fromImage(image)
        self.ui.page_view.setPixmap(pixmap)
        self.ui.page_view.resize(pixmap.deviceIndependentSize().toSize())
        self.page_shown.emit(row)

    def _render_failed(self, key, message: str) -> None:
        if key[0] == "page" and key[1] == self._token:
            self.show_problem(_("Halaman {n} tidak dapat ditampilkan: {e}").format(
                n=key[2] + 1, e=message))

    # -- events
    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if isinstance(self.zoom, str) and self.source:
            self._resize_timer.start()

    def _refit(self) -> None:
        self._request_page()

    def closeEvent(self, event):  # noqa: N802 - Qt override
        self.close_document()
        super().closeEvent(event)
