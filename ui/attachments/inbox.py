"""Watching the scan folder: QFileSystemWatcher reports changes at once where the file
system can (a local folder), and a timer looks anyway (network shares send no events).
Which files count as new and finished is app.files.scanning.ScanInbox's decision."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.files.scanning import ScanError, ScanInbox

log = logging.getLogger(__name__)


class InboxWatcher(QObject):
    """Emits `arrived(list[Path])` for files that appeared and finished writing."""

    arrived = Signal(list)
    POLL_MS = 2000

    def __init__(self, folder: str | Path, parent: QObject | None = None, *,
                 settle_seconds: float = 2.0):
        super().__init__(parent)
        self.inbox = ScanInbox(Path(folder), settle_seconds=settle_seconds)
        self.watcher = QFileSystemWatcher([str(folder)], self)
        self.watcher.directoryChanged.connect(lambda _path: self._look_soon())
        self.timer = QTimer(self, interval=self.POLL_MS)
        self.timer.timeout.connect(self.check)
        self._soon = QTimer(self, singleShot=True, interval=300)
        self._soon.timeout.connect(self.check)
        self.timer.start()

    @property
    def folder(self) -> Path:
        return self.inbox.folder

    def _look_soon(self) -> None:
        self._soon.start()  # a scanner writes in bursts: look once it pauses

    def check(self) -> list[Path]:
        try:
            fresh = self.inbox.new_files()
        except ScanError as exc:
            log.warning("%s", exc)  # the share is away for a moment; the timer tries again
            return []
        if fresh:
            self.arrived.emit(fresh)
        return fresh

    def stop(self) -> None:
        self.timer.stop()
        self._soon.stop()
