"""A second workstation making documents, in its own process (spawned, so it has its own
database connection), for the numbering test."""

from __future__ import annotations


def make_documents(url: str, username: str, complaint_ids: list[int], doc_type: str,
                   barrier, results) -> None:
    """Generate `doc_type` for each complaint in turn, starting together with the rival;
    reports [(complaint id, version, number), ...]."""
    from app.naskah import versions
    from app.store.db import open_database
    from app.store.models import User

    open_database(url)
    user = User.get(User.username == username)
    barrier.wait(timeout=60)
    made = []
    for complaint_id in complaint_ids:
        document = versions.generate(user, complaint_id, doc_type)
        made.append((complaint_id, document.version, document.number))
    results.put(made)
