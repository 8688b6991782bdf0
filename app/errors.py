"""Exceptions a user can cause. Each carries an Indonesian message fit for a dialog."""

from __future__ import annotations


class PengaduanError(Exception):
    """Base of every error the program expects; `str(e)` is the user-facing message."""


class ValidationError(PengaduanError):
    """Input that breaks a rule; `field` names the offending field (for the form)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class InvalidFields(ValidationError):
    """Several fields break their rules at once (a form shows them all): `problems` holds
    each as a ValidationError; the first gives this error its field, all its message."""

    def __init__(self, problems: list[ValidationError]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems), self.problems[0].field)


class SopError(PengaduanError):
    """A malformed SOP file. `problems` lists (file, key, reason) triples."""

    def __init__(self, problems: list[tuple[str, str, str]]):
        self.problems = problems
        lines = [f"{file}: {key}: {reason}" if key else f"{file}: {reason}"
                 for file, key, reason in problems]
        super().__init__("SOP tidak valid:\n" + "\n".join(lines))


class NotPermitted(PengaduanError):
    """The user's lane or role may not take this action."""


class StaleComplaint(PengaduanError):
    """Someone else changed the complaint since it was loaded; reload and try again."""


class InvalidAction(PengaduanError):
    """The action does not exist at the complaint's current step or status."""


class MissingKelengkapan(PengaduanError):
    """The step's required input (kelengkapan) is neither present nor waived."""


class MissingOutput(PengaduanError):
    """What the step produces (telaahan, a new nota dinas draft, the signed version, the
    answer, the delivery record) is not there yet."""


class NoteRequired(ValidationError):
    """The SOP implies a note here (a disposition's instruction, a reason)."""


class DatabaseConfigError(PengaduanError):
    """The database cannot be used as configured (network path, bad URL, ...)."""


class DiskFull(DatabaseConfigError):
    """The disk holding the database is full: the action was rolled back, nothing is lost
    but the unsaved input, and the message names the disk to clear."""


class SchemaTooNew(DatabaseConfigError):
    """The database was written by a newer version of the program."""


class AuthError(PengaduanError):
    """Login failed or the account is locked."""


class AuditBroken(PengaduanError):
    """The audit chain does not verify."""


class DocumentError(PengaduanError):
    """A document cannot be made, stored or read; the message says why."""


class NoProgramToOpen(DocumentError):
    """No program on this computer opens the file (no default application for its type);
    `path` is where the file is, so the user can keep or copy it."""

    def __init__(self, message: str, path: str):
        super().__init__(message)
        self.path = path


class IntegrityError(PengaduanError):
    """Stored content no longer matches its SHA-256: damaged, or changed outside the
    program. `expected` is the recorded digest, `actual` that of the bytes found."""

    def __init__(self, message: str, *, expected: str = "", actual: str = ""):
        super().__init__(message)
        self.expected = expected
        self.actual = actual
