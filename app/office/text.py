"""Typed text as the database and Word can hold it, in one place for intake and documents."""

from __future__ import annotations

import re

# Characters XML 1.0 cannot hold at all (Word refuses a file containing them); PostgreSQL
# refuses NUL too. They only arrive by pasting from PDFs or web pages.
_INVALID = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str | None) -> str:
    """Line breaks normalised to "\\n" (Word's soft line break and form feed included),
    characters XML cannot carry removed; everything else kept exactly as typed."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _INVALID.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))
