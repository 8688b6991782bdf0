"""app.store.live.ChangeFeed as Qt signals. The feed calls back from its own thread; emitting a
signal there is queued to the receivers' (GUI) thread, so slots never touch widgets from
the wrong thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.store.live import Change, ChangeFeed


class LiveUpdates(QObject):
    """`changed(Change)` for every change committed elsewhere (a `Change(None)` means
    "reload everything"); `connection_changed(bool)` when the database goes away or comes
    back."""

    changed = Signal(object)
    connection_changed = Signal(bool)

    def __init__(self, url: str, parent: QObject | None = None, *, poll_seconds: float = 1.0,
                 retry_seconds: float = 3.0):
        super().__init__(parent)
        self.feed = ChangeFeed(url, self.on_change, self.on_connection,
                               poll_seconds=poll_seconds, retry_seconds=retry_seconds)

    def start(self) -> LiveUpdates:
        self.feed.start()
        return self

    def stop(self) -> None:
        self.feed.stop()

    # Called from the feed's thread (or a test's); only emits.
    def on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def on_connection(self, ok: bool) -> None:
        self.connection_changed.emit(ok)

