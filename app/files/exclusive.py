"""One program at a time in a folder (the yearly archive, often on a shared drive): an
operating-system lock on a small file in it, held while the work runs. The system releases
it when the program ends, however it ends, so a power cut leaves no stale lock behind.
Windows: msvcrt.locking on the file's first byte; elsewhere: flock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".kunci"
WINDOWS = os.name == "nt"


class FolderBusy(OSError):
    """Another program (or workstation) is working in the folder."""


def _lock(fd: int) -> None:
    if WINDOWS:
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks from the current position
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if WINDOWS:
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def exclusive(folder: Path) -> Iterator[Path]:
    """Hold the folder's lock for the `with` block; FolderBusy when another holds it. The
    lock file stays (it holds nothing by itself): removing it would let a run that opened
    it just before lock a file no later run sees."""
    path = Path(folder) / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            _lock(fd)
        except OSError as exc:  # BlockingIOError on POSIX, PermissionError on Windows
            raise FolderBusy(str(exc)) from exc
        try:
            yield path
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
