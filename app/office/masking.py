"""A confidential reporter's identity taken out of free text: the notes officers write as a
complaint moves (a disposition's instruction, a return's reason, a hold's reason, a waiver)
and the description may name the reporter, and are read by lanes that may not see them.
Fields are hidden whole where they are known to be identity (app.services.permissions);
this is for prose, where the identity is whatever the reporter's own values are.

Whole words only, case-insensitive: the full name and each part of it of three letters or
more ("Pak Budi" names Budi Santoso), the NIK and phone however their digits are grouped, the
e-mail and the address. A few ordinary words may be masked with a name part: the safe side.
"""

from __future__ import annotations

import re

MIN_PART = 3  # shorter name parts ("Al", "Hj") are too common to be the reporter
MIN_DIGITS = 6  # a number shorter than this identifies no one (a house number, a year)
_DIGITS = re.compile(r"\+?[\d\s.\-()]+")


class HiddenIdentity:
    """Replaces the reporter's identity in a text with `mask`."""

    def __init__(self, mask: str, *, name: str | None = None, nik: str | None = None,
                 phone: str | None = None, email: str | None = None,
                 address: str | None = None, parts: bool = True) -> None:
        self.mask = mask
        words: set[str] = set()
        for value in (name, email, address):
            if value and len(value.strip()) >= MIN_PART:
                words.add(" ".join(value.split()))
        # "Dr. Budi Santoso, S.H.": the parts are Budi and Santoso, not "Santoso,"
        if parts:  # off where a match refuses a text: "Budi" may be an official too
            words |= {part.strip(".,") for part in (name or "").split()
                      if len(part.strip(".,")) >= MIN_PART}
        alternatives = [re.escape(w).replace(r"\ ", r"\s+") for w in
                        sorted(words, key=len, reverse=True)]
        for number, prefixed in ((nik, False), (phone, True)):
            digits = re.sub(r"\D", "", number or "")
            if len(digits) < MIN_DIGITS or not _DIGITS.fullmatch(number.strip()):
                continue
            if prefixed:
                # 0813-5550-4242, 0813 5550 4242, 081355504242 and +62 813-5550-4242 are
                # the same phone: the national number, after either prefix or none
                digits = re.sub(r"^(?:62|0)", "", digits)
            alternatives.insert(0, (r"(?:\+?62[\s.\-]?|0)?" if prefixed else "")
                                + r"[\s.\-]?".join(digits))
        # A boundary is anything but a letter or digit: "Budi_Santoso.pdf" names them too.
        self._pattern = (re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives)
                                    + r")(?![^\W_])", re.IGNORECASE)
                         if alternatives else None)

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(self.mask, text)

    def reveals(self, text: str | None) -> bool:
        """Whether `text` carries the identity."""
        return bool(text) and self._pattern is not None and self._pattern.search(text) is not None

    def __bool__(self) -> bool:
        return self._pattern is not None

    def deep(self, value):
        """Every text in a stored output (dicts and lists of texts) with the identity
        replaced; other values unchanged."""
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            return {k: self.deep(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self.deep(v) for v in value)
        return value
