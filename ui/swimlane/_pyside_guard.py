"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Every call of a method that returns nothing (`setZValue`, `setToolTip`, `setPen`, ...) gives
back `None` without taking a reference, so each call lowers None's count by one; after a few
thousand calls Python aborts with "none_dealloc: deallocating None". Python 3.12 made None
immortal, which hides the bug there. Until the dependency is fixed (or the program moves to
Python 3.12+), lift None's count far out of reach once: None is never freed anyway.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 48  # ~2.8e14 calls


def guard_none_refcount() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (release builds).
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _HEADROOM:
        count.value += _HEADROOM
