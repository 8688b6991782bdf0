"""The blob store: every file the program keeps (attachments, naskah versions, replaced
templates) is stored once, keyed by the SHA-256 of its content, and checked against that
key every time it is read back."""

from __future__ import annotations

import hashlib

from app.errors import IntegrityError
from app.i18n import _
from app.store.models import Blob


def digest(data: bytes) -> str:
    """The key of `data`: its SHA-256 in hex."""
    return hashlib.sha256(data).hexdigest()


def put(data: bytes, key: str | None = None) -> str:
    """Store `data` unless the same content is there already; returns its key. `key` is a
    digest the caller computed from exactly these bytes (saves hashing a large file twice).
    Runs in the caller's transaction."""
    key = key or digest(data)
    Blob.insert(sha256=key, size=len(data), data=data).on_conflict_ignore().execute()
    return key


def read(key: str, what: str) -> bytes:
    """The stored bytes of `key`. Raises IntegrityError (naming `what`, e.g. "lampiran
    'surat.pdf'") when they no longer match it; Blob.DoesNotExist when there is none."""
    data = bytes(Blob.get_by_id(key).data)
    actual = digest(data)
    if actual != key:
        raise IntegrityError(_("Isi {w} tidak cocok dengan sidik SHA-256-nya; berkas mungkin "
                               "rusak atau diubah.").format(w=what), expected=key, actual=actual)
    return data
