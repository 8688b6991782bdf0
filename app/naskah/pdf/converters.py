"""Which converter makes the PDF, and the warm ones kept between conversions: Microsoft
Word through COM when it is installed, LibreOffice otherwise (or when Word fails). Each is
started at its first conversion and ended when the program exits (`close_all`)."""

from __future__ import annotations

import atexit
import threading

from app.naskah.pdf.libreoffice import LibreOffice, locate_soffice
from app.naskah.pdf.word import Word, word_installed

_lock = threading.Lock()
_word: Word | None = None
_libreoffice: dict[str, LibreOffice] = {}
_registered = False


def chain(soffice: str | None = None) -> list[Word | LibreOffice]:
    """The converters to try in order: Word, then LibreOffice; only LibreOffice at
    `soffice` when that is given. Empty when neither is installed."""
    global _word
    with _lock:
        _register_exit()
        if soffice:
            return [_libreoffice_at(soffice)]
        found: list[Word | LibreOffice] = []
        if word_installed():
            _word = _word or Word()
            found.append(_word)
        program = locate_soffice()
        if program:
            found.append(_libreoffice_at(program))
        return found


def _libreoffice_at(program: str) -> LibreOffice:
    if program not in _libreoffice:
        _libreoffice[program] = LibreOffice(program)
    return _libreoffice[program]


def _register_exit() -> None:
    global _registered
    if not _registered:
        atexit.register(close_all)
        _registered = True


def close_all() -> None:
    """Quit Word and end the background LibreOffice (at exit; tests and the bench call it
    to start cold)."""
    global _word
    with _lock:
        word, _word = _word, None
        offices = list(_libreoffice.values())
        _libreoffice.clear()
    if word is not None:
        word.close()
    for office in offices:
        office.close()
