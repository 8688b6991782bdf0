"""`SwimlaneView`: the chart in a QGraphicsView, to embed in the case screen.

    view = SwimlaneView()
    view.stepClicked.connect(history.select_step)   # int: the SOP step number
    view.show_complaint(complaint_id)               # or view.show_blank(sop)

Ctrl+wheel and Ctrl+plus/minus zoom; `fit_width()` follows the widget's width until the
user zooms by hand. Tooltips give each step's full details.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from app.office.sop import Sop
from app.services import swimlane as sl
from ui.swimlane.layout import Layout
from ui.swimlane.scene import build_scene
from ui.swimlane.style import ROLE_KIND, ROLE_STEP

ZOOM_STEP = 1.15
ZOOM_MIN, ZOOM_MAX = 0.2, 6.0


class SwimlaneView(QGraphicsView):
    """Shows one chart. Signals: `stepClicked(int step_no)` when a step's row or symbol is
    clicked, `zoomChanged(float)`."""

    stepClicked = Signal(int)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Left-aligned, not centred: the centring offset is worked out before the vertical
        # scroll bar appears and was not redone, which pushed the right edge out of view.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self._chart: sl.Chart | None = None
        self._viewer = None  # whose reading of the complaint is shown
        self._layout: Layout | None = None
        self._zoom = 1.0
        self._fit = True  # follow the width until the user zooms

    # -- content
    @property
    def chart(self) -> sl.Chart | None:
        return self._chart

    def show_complaint(self, complaint_id: int, at: dt.datetime | None = None, *,
                       viewer=None) -> sl.Chart:
        """Draw the complaint's progress as of `at` (default now), as `viewer` may read it
        (None: as someone who may see no confidential reporter)."""
        self._viewer = viewer
        return self.set_chart(sl.complaint_chart(complaint_id, viewer=viewer, at=at))

    def show_blank(self, sop: Sop) -> sl.Chart:
        """Draw the SOP itself, with no complaint."""
        return self.set_chart(sl.blank_chart(sop))

    def set_chart(self, chart: sl.Chart) -> sl.Chart:
        old = self.scene()
        self._chart = chart
        self._layout = Layout(chart)
        scene = build_scene(chart, self._layout)
        scene.setParent(self)  # the view owns its scene; the old one goes with it
        self.setScene(scene)
        if old is not None:
            old.deleteLater()
        if self._fit:
            self.fit_width()
        return chart

    def refresh(self, at: dt.datetime | None = None) -> None:
        """Redraw from the database (after an action on the complaint)."""
        if self._chart is not None and self._chart.complaint_id is not None:
            self.show_complaint(self._chart.complaint_id, at, viewer=self._viewer)

    # -- zoom
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self.setTransform(QTransform.fromScale(factor, factor))
        self._zoom = factor
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self._fit = False
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fit = False
        self.set_zoom(self._zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self._fit = False
        self.set_zoom(1.0)

    def fit_width(self) -> None:
        """Scale so the whole table width fits the view; keeps fitting on resize."""
        self._fit = True
        scene = self.scene()
        if scene is None:
            return
        rect = scene.sceneRect()
        # From the view's own size, not the viewport's: the viewport narrows when the
        # vertical scroll bar appears after the zoom, which cut the table's right edge.
        frame = 2 * self.frameWidth()
        available = self.width() - frame - 4
        if rect.width() <= 0 or available <= 0:
            return
        zoom = available / rect.width()
        if rect.height() * zoom > self.height() - frame:  # taller than the view: a scroll bar
            zoom = (available - self.verticalScrollBar().sizeHint().width()) / rect.width()
        self.set_zoom(zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self._fit = False
                self.set_zoom(self._zoom * (ZOOM_STEP ** (delta / 120)))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit_width()

    # -- clicks
    def step_at(self, pos) -> int | None:
        """The step number under a viewport position, or None."""
        for item in self.items(pos):
            while item is not None:
                if item.data(ROLE_KIND) in ("symbol", "row"):
                    return int(item.data(ROLE_STEP))
                item = item.parentItem()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            step = self.step_at(event.position().toPoint())
            if step is not None:
                self.stepClicked.emit(step)
        super().mousePressEvent(event)
