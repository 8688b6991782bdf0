"""Slow work off the GUI thread: a task runs in the QThreadPool, reports progress through a
QProgressDialog and hands its result (or its exception) back as a signal on the GUI thread.
Tests use `TaskRunner(synchronous=True)`, which runs the task inline."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.i18n import _

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], object], signals: _Signals):
        super().__init__()
        self.work, self.signals = work, signals

    def run(self):
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            log.exception("tugas latar belakang gagal")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs `work(progress)`; `on_done(result)` / `on_error(exc)` are called on the GUI
    thread. `label` shows a progress dialog over `parent` while it runs."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool.globalInstance()
        self._running: set[_Signals] = set()

    def run(self, work: Callable[[Progress], object], *, on_done: Callable[[object], None],
            on_error: Callable[[Exception], None], label: str | None = None,
            parent: QWidget | None = None) -> None:
        if self.synchronous:
            try:
                result = work(lambda _done, _total: None)
            except Exception as exc:  # noqa: BLE001 - same contract as the threaded path
                on_error(exc)
            else:
                on_done(result)
            return
        signals = _Signals()
        self._running.add(signals)
        dialog = None
        if label:
            dialog = QProgressDialog(label, "", 0, 0, parent)
            dialog.setWindowTitle(_("Mohon tunggu"))
            dialog.setCancelButton(None)  # the database work cannot be interrupted safely
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            signals.progress.connect(lambda done, total: (dialog.setMaximum(total),
                                                          dialog.setValue(done)))

        def finish(callback, value):
            self._running.discard(signals)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            callback(value)

        signals.finished.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda exc: finish(on_error, exc))
        self.pool.start(_Job(work, signals))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class CancellableTask(QObject):
    """`work(progress, cancelled)` on the thread pool, with a progress bar and a cancel
    button that `owner` shows; `synchronous` runs it inline (tests)."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self.cancel_event = threading.Event()
        self.signals: _Signals | None = None

    def run(self, work, *, on_progress: Callable[[int, int], None],
            on_done: Callable[[object], None], on_error: Callable[[Exception], None]) -> None:
        self.cancel_event.clear()
        if self.synchronous:
            try:
                result = work(on_progress, self.cancel_event.is_set)
            except Exception as exc:  # noqa: BLE001 - same contract as the threaded path
                on_error(exc)
            else:
                on_done(result)
            return
        self.signals = signals = _Signals()
        signals.progress.connect(on_progress)
        signals.finished.connect(on_done)
        signals.failed.connect(on_error)
        QThreadPool.globalInstance().start(_Job(lambda progress: work(
            progress, self.cancel_event.is_set), signals))

    def cancel(self) -> None:
        self.cancel_event.set()
