"""What the Pengaturan page needs to change the office's settings in one go: the number
patterns in the office's words (a friendly form of the stored pattern and back), the next
number each pattern would give, and one save that checks every changed setting, reports
every problem at once, and stores all or nothing, each change audited old -> new by
app.services.settings.put."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.i18n import _
from app.office.zones import office_zone, set_office_zone
from app.services import audit, settings
from app.services.accounts import Actor, require_admin
from app.store import clock
from app.store.db import lock_settings
from app.store.models import Counter, database
from app.store.numbering import format_number

# Stored placeholder -> (the word the office types, what it means). Ordered as the legend.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "seq": ("nomor_urut", "nomor urut, mulai dari 1 setiap tahun; {nomor_urut:04d} ditulis "
                          "empat angka dengan nol di depan (0001)"),
    "year": ("tahun", "tahun, empat angka (2026)"),
    "month": ("bulan", "bulan dalam angka (1 sampai 12)"),
    "month_roman": ("bulan_romawi", "bulan dalam angka Romawi (I sampai XII)"),
    "office_code": ("kode_kantor", "kode kantor (mis. W.7)"),
    "classification": ("klasifikasi", "kode klasifikasi arsip jenis naskah itu (mis. UM.01.01)"),
    "register_no": ("nomor_register", "nomor register pengaduannya"),
}
_TO_WORD = {stored: word for stored, (word, _meaning) in PLACEHOLDERS.items()}
_TO_STORED = {word: stored for stored, word in _TO_WORD.items()}
# Longest first, so {month_roman} is not read as {month}; a placeholder ends at : or }.
_STORED_RE = re.compile(r"\{(" + "|".join(sorted(_TO_WORD, key=len, reverse=True)) + r")(?=[:}])")
_WORD_RE = re.compile(r"\{(" + "|".join(sorted(_TO_STORED, key=len, reverse=True)) + r")(?=[:}])")

# Counter name per numbered thing (app.services.workflow, app.naskah.versions).
REGISTER_COUNTER = "pengaduan"


def document_counter(doc_type: str) -> str:
    return f"dok:{doc_type}"


def friendly_pattern(text: str) -> str:
    """A stored pattern (or a message quoting one) in the office's words:
    "{seq:04d}/PENGADUAN/{month_roman}/{year}" -> "{nomor_urut:04d}/PENGADUAN/{bulan_romawi}/
    {tahun}". Anything else in the text is kept."""
    return _STORED_RE.sub(lambda m: "{" + _TO_WORD[m.group(1)], text)


def stored_pattern(text: str) -> str:
    """The inverse of friendly_pattern: what is stored and filled in by app.store.numbering.
    A stored name typed directly is kept as it is."""
    return _WORD_RE.sub(lambda m: "{" + _TO_STORED[m.group(1)], text)


def next_number(pattern: str, counter: str, *, office_code: str, classification: str = "",
                register_no: str = "", when: dt.date | None = None) -> str:
    """The number `pattern` (stored form) would give next for `counter` in the office's
    current year, without taking it. Raises ValidationError when the pattern cannot be
    filled in (the message says why, in the office's words)."""
    when = when or clock.today()
    row = Counter.get_or_none((Counter.name == counter) & (Counter.year == when.year))
    seq = (row.value if row else 0) + 1
    try:
        return format_number(pattern, seq, when, office_code=office_code,
                             classification=classification,
                             register_no=register_no or "0001/PENGADUAN/I/2026")
    except (KeyError, ValueError, IndexError, AttributeError) as exc:
        raise ValidationError(friendly_pattern(_("pola tidak dapat diisi: {e}").format(
            e=_placeholder_error(exc)))) from exc


def _placeholder_error(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return _("isian {{{k}}} tidak dikenal").format(k=exc.args[0])
    return str(exc)


def save(changes: dict[str, Any], *, actor: Actor, loaded: dict[str, Any],
         labels: dict[str, str], logo: Any = None, scan_folder: str | None = None) -> None:
    """Store every setting in `changes` (key -> new value, stored form) in one transaction:
    each checked and audited by settings.put; `loaded` holds each key's value as the page
    showed it, so a setting changed elsewhere meanwhile is refused, not overwritten. `logo`:
    None leaves the logo, b"" removes it, (file name, bytes) sets it. `scan_folder` (this
    workstation's scan folder, kept in its config file) is set when not None; "" switches it
    off. Raises ValidationError listing every problem (named by `labels`), in which case
    nothing is stored; NotPermitted for an actor who is not (or no longer) an administrator."""
    zone_before = office_zone().name
    problems: list[str] = []
    folder = _checked_folder(scan_folder, problems) if scan_folder is not None else None
    try:
        with database.atomic():
            require_admin(actor)  # re-read now, not as at log-in
            lock_settings()  # what is compared below stays what is overwritten
            now = settings.current()
            for key, value in changes.items():
                label = labels.get(key, key)
                if key in loaded and getattr(now, key) != loaded[key] \
                        and getattr(now, key) != value:
                    problems.append(_("{l}: telah diubah di komputer lain sejak halaman ini "
                                      "dibuka; muat ulang halaman lalu ubah lagi.").format(
                        l=label))
                    continue
                try:
                    settings.put(key, value, actor=actor)
                except ValidationError as exc:
                    problems.append(_named(str(exc), key, label))
            if logo is not None:
                try:
                    if logo == b"":
                        settings.clear_office_logo(actor=actor)
                    else:
                        name, data = logo
                        settings.set_office_logo(data, actor=actor, filename=name)
                except ValidationError as exc:
                    problems.append(str(exc))
            if folder is not None:
                old = _current_folder()
                if old != folder:
                    audit.record("pengaturan.folder_pindai", actor=require_admin(actor),
                                 detail={"lama": old, "baru": folder})
            if problems:  # leaves the block by the exception: nothing above is kept
                raise ValidationError("\n".join(problems))
    except ValidationError:
        if office_zone().name != zone_before:
            set_office_zone(zone_before)  # put() switched this workstation already
        raise
    if folder is not None:
        from app.files import scanning

        scanning.set_inbox_folder(folder or None)


def _named(message: str, key: str, label: str) -> str:
    """settings.put's message with the setting's name instead of its key, patterns in the
    office's words, on one line per problem."""
    message = message.replace(f"'{key}'", f"'{label}'")
    return friendly_pattern(message)


def _current_folder() -> str:
    from app.files import scanning

    folder = scanning.inbox_folder()
    return str(folder) if folder else ""


def _checked_folder(text: str, problems: list[str]) -> str:
    text = text.strip()
    if text and not Path(text).is_dir():
        problems.append(_("Folder pindaian '{f}' tidak ada atau bukan folder.").format(f=text))
    return text
