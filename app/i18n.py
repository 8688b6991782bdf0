"""The one translation mechanism for every text a user sees.

Source strings are Indonesian (the office's language). An English UI follows by shipping
`resources/locale/en/LC_MESSAGES/pengaduan.mo`; the Qt layer calls the same `_()`.
"""

from __future__ import annotations

import gettext

from app.paths import resource_dir

DOMAIN = "pengaduan"
_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "id"


def set_language(language: str | None) -> None:
    """Switch every later `_()` call to `language` ("id" = the source strings)."""
    global _translation, _language
    _language = language or "id"
    if not language or language == "id":
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        DOMAIN, localedir=resource_dir() / "locale", languages=[language], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def language() -> str:
    """The language set_language() chose ("id": the source strings)."""
    return _language
