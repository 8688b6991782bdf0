"""One program at a time in a folder (app.files.exclusive), on POSIX for real and on Windows
through a fake of msvcrt.locking that behaves as the real one: a byte range locked from the
file's current position, LK_NBLCK failing at once with EACCES when another handle holds it,
LK_UNLCK failing when this handle holds nothing there, and locks dying with their handle."""

from __future__ import annotations

import errno
import os
import sys
import types

import pytest

from app.files import exclusive as ex


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path):
    with ex.exclusive(tmp_path), pytest.raises(ex.FolderBusy), ex.exclusive(tmp_path):
        pass
    with ex.exclusive(tmp_path) as lock:  # free again, and the file holds nothing itself
        assert lock.name == ex.LOCK_NAME


class FakeMsvcrt(types.ModuleType):
    LK_UNLCK, LK_LOCK, LK_NBLCK = 0, 1, 2

    def __init__(self):
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int, int], int] = {}  # (dev, inode, offset) -> fd

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        holder = self.held.get(key)
        if mode == self.LK_NBLCK:
            if holder is not None:
                raise PermissionError(errno.EACCES, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if holder != fd:
                raise PermissionError(errno.EACCES, "Permission denied")
            del self.held[key]
        else:
            raise ValueError(mode)


    def closed(self, fd: int) -> None:
        """The handle closed: Windows releases its locks."""
        self.held = {k: v for k, v in self.held.items() if v != fd}


@pytest.fixture
def windows(monkeypatch):
    fake = FakeMsvcrt()
    close = os.close

    def closing(fd: int) -> None:
        fake.closed(fd)
        close(fd)

    monkeypatch.setattr(os, "close", closing)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(ex, "WINDOWS", True)
    return fake


def test_on_windows_the_lock_is_msvcrt_locking_and_a_second_run_is_refused(tmp_path, windows):
    with ex.exclusive(tmp_path):
        assert len(windows.held) == 1
        with pytest.raises(ex.FolderBusy), ex.exclusive(tmp_path):
            pass
    assert windows.held == {}  # unlocked before its handle closed
    with ex.exclusive(tmp_path):
        pass


def test_on_windows_a_run_that_died_holds_nothing(tmp_path, windows):
    path = tmp_path / ex.LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    windows.locking(fd, windows.LK_NBLCK, 1)
    os.close(fd)  # the program ended without unlocking: Windows drops the lock
    with ex.exclusive(tmp_path):
        pass
