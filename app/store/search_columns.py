"""The register's search text of a complaint, kept in the complaint row (schema v3).

One column means one LIKE over 100k rows instead of five plus a look-up of every reporter.
Names of confidential reporters are kept apart (search_private) so that searching by name
never reveals who filed a confidential complaint to someone who may not know. Since schema
v6 the register searches every field through the search index (app.store.search_index);
these columns still answer what it cannot, queries under three characters."""

from __future__ import annotations

from app.office.vocab import CONFIDENTIAL
from app.store.models import Complaint, Pelapor, database


def search_columns(register_no: str, subject_name: str, summary: str, lapor_ticket: str | None,
                   reporter_name: str | None, confidentiality: str, *,
                   letter: tuple[str | None, ...] = ()) -> dict[str, str | None]:
    """The values of search_text and search_private for a complaint; `letter`: the
    complainant's letter number and subject (schema v6)."""
    public = [register_no, subject_name, summary, lapor_ticket or "",
              *(part for part in letter if part)]
    private = None
    if reporter_name:
        if confidentiality in CONFIDENTIAL:
            private = reporter_name
        else:
            public.append(reporter_name)
    return {"search_text": "\n".join(public), "search_private": private}


def backfill() -> int:
    """Fill both columns for every complaint (the v3 upgrade); returns how many."""
    rows = (Complaint.select(Complaint.id, Complaint.register_no, Complaint.subject_name,
                             Complaint.summary, Complaint.lapor_ticket, Pelapor.name,
                             Complaint.confidentiality, Complaint.letter_number,
                             Complaint.letter_subject)
            .join(Pelapor, on=(Complaint.pelapor == Pelapor.id)).tuples())
    count = 0
    with database.atomic():
        for cid, number, subject, summary, ticket, name, conf, *letter in rows:
            Complaint.update(**search_columns(number, subject, summary, ticket, name, conf,
                                              letter=tuple(letter))).where(
                Complaint.id == cid).execute()
            count += 1
    return count
