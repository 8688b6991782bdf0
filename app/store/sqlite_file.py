"""Whether a path given as the SQLite database is one: a folder, another program's document
or another program's SQLite database is refused before anything is written into it. Used
when the database is opened and when the connection dialog tests a path."""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from app.errors import DatabaseConfigError
from app.i18n import _
from app.store import migrations

SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_non_sqlite_file(path: str) -> None:
    """Raise DatabaseConfigError for a folder, a file that is not an SQLite database
    (another program's document, a damaged copy) or another program's SQLite database;
    a missing or empty file (a new database) passes."""
    target = Path(path)
    if target.is_dir():
        raise DatabaseConfigError(_(
            "'{path}' adalah sebuah folder, bukan berkas basis data. Pilih nama berkas di "
            "dalamnya, misalnya {example}.").format(path=path, example=target / "pengaduan.db"))
    try:
        with target.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return  # a new database
    except OSError as exc:
        raise DatabaseConfigError(_("Berkas basis data '{path}' tidak dapat dibaca: {e}")
                                  .format(path=path, e=exc.strerror or exc)) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseConfigError(_(
            "Berkas '{path}' bukan basis data SQLite (mungkin dokumen program lain atau "
            "berkas yang rusak); tidak dibuka dan tidak diubah.").format(path=path))
    if header:
        # Another program's database is refused before anything (WAL mode, our tables) is
        # written into it: looked at read-only first.
        peek = SqliteDatabase(target.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            migrations.refuse_foreign(peek)
        except DatabaseError as exc:
            raise DatabaseConfigError(_(
                "Berkas basis data '{path}' tidak dapat dibuka sebagai basis data SQLite ({e})."
            ).format(path=path, e=exc)) from exc
        finally:
            peek.close()
