"""What each step of a demo complaint produced (app.services.demo), as the engine would have
stored it: the attachments (the letter, the signed nota dinas, the division's answer, the
proof of delivery), the step outputs versioned per kind, and the nota dinas versions linked
to their fields, their signed copy and the paraf given as they went up. Rows are handed to
the demo's bulk writer with their ids, so they can link to one another."""

from __future__ import annotations

import json
from typing import Protocol

from app.services import demo_texts
from app.services.office_lists import division_for
from app.store.models import database


class Writer(Protocol):
    def add(self, table: str, row: tuple) -> None: ...


# As app.services.outputs stores the fields (one encoder: json.dumps makes one per call).
_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


class Ids:
    """The next id of each table whose rows the demo links to one another (a nota dinas
    version to its fields and its signed scan, an answer to its file): given here, so the
    rows can be written in bulk with their links."""

    TABLES = ("attachment", "step_output", "document")

    def __init__(self):
        self.next = {table: (database.execute_sql(
            f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]) + 1
            for table in self.TABLES}
        self.divisions: dict = {}  # (subject kind, subject, category) -> division

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] += 1
        return value


class Trail:
    """What one demo complaint's steps produced, as the engine would have stored it: the
    attachments, the step outputs (versioned per kind), the nota dinas versions (linked to
    their fields, signed copy and paraf)."""

    def __init__(self, writer: Writer, ids: Ids, cid: int, blob: tuple[str, int]):
        self.w, self.ids, self.cid = writer, ids, cid
        self.blob, self.size = blob  # the demo's one-page PDF: its hash and size
        self.versions: dict[str, int] = {}
        self.documents: list[list] = []
        self.corrections: list[str] = []
        self.division_code: str | None = None
        self.letter: int | None = None  # the letter (or the intake form) at step 1

    def attach(self, kind: str, filename: str, step_no: int, actor, at) -> int:
        aid = self.ids.take("attachment")
        self.w.add("attachment", (aid, self.cid, kind, filename, "application/pdf",
                                  self.size, 1, self.blob, step_no, actor, at))
        return aid

    def output(self, kind: str, step_no: int, pass_no: int, fields: dict, actor, at) -> int:
        oid = self.ids.take("step_output")
        self.versions[kind] = version = self.versions.get(kind, 0) + 1
        self.w.add("step_output", (oid, self.cid, kind, version, step_no, pass_no,
                                   _json(fields),
                                   actor, at))
        return oid

    def nota_dinas(self, fields: dict, pass_no: int, actor, at) -> None:
        """A draft version at step 6: its fields, and the version rendered from them."""
        oid = self.output("nota_dinas", 6, pass_no, fields, actor, at)
        self.division_code = fields["divisi"]
        self.documents.append([self.ids.take("document"), self.cid, "nota_dinas", None,
                               len(self.documents) + 1, 6, None, None, oid, actor, at])

    def paraf(self, lane: str, step_no: int, actor, at) -> None:
        self.w.add("paraf", (self.documents[-1][0], lane, actor, at, step_no))

    def sign(self, actor, at) -> None:
        """The Kakanwil's signature: the scan of the signed print, as the latest version's
        signed copy."""
        document = self.documents[-1]
        document[7] = self.attach("nota_dinas", f"nota-dinas-ttd-v{document[4]}.pdf", 9,
                                  actor, at)

    def close(self) -> None:
        for document in self.documents:
            self.w.add("document", tuple(document))


def division_of(divisions: list[dict], subject_kind: str, subject: str, category: str,
              cache: dict) -> dict:
    """The division the nota dinas goes to, chosen from the office's list as the drafting
    screen proposes it (app.services.office_lists.division_for), else by category. The
    demo's subjects are few: each is looked up once (`cache`)."""
    key = (subject_kind, subject, category)
    chosen = cache.get(key)
    if chosen is None:
        chosen = division_for(subject_kind, subject, divisions)
        if chosen is None:
            code = demo_texts.FALLBACK_DIVISION.get(category)
            chosen = next((d for d in divisions if d["kode"] == code), divisions[0])
        cache[key] = chosen
    return chosen


# Channels whose complaint arrives as a letter (or its print): step 1's kelengkapan.
LETTER_CHANNELS = ("surat", "sp4n_lapor", "email")
_LETTER_FILES = {"surat": "surat-pengaduan.pdf", "sp4n_lapor": "laporan-sp4n-lapor.pdf",
                 "email": "email-pengaduan.pdf"}


def products(rng, trail: Trail, sop, case, step, part, pass_no, division, channel,
             anonymous, actor, end) -> str | None:
    """Store what the step (its `part`) produced before it was forwarded at `end`, as the
    engine requires it (app.services.outputs.missing); the record's note (a disposition's
    instruction) or None."""
    product = step.produces_of(part)
    if step.no == 1:  # the letter, or the form the operator filled in for an oral complaint
        if channel in LETTER_CHANNELS:
            trail.letter = trail.attach("surat", _LETTER_FILES[channel], 1, actor, end)
        else:
            trail.letter = trail.attach("lainnya", "formulir-pengaduan.pdf", 1, actor, end)
    elif product == "disposisi":
        target = sop.forward_of(step.no).target
        fields = demo_texts.disposition(rng, step.no, sop.acting_lane(target)
                                        if target is not None else None)
        trail.output("disposisi", step.no, pass_no, fields, actor, end)
        return fields["catatan"]
    elif product == "telaahan":
        trail.output("telaahan", step.no, pass_no, demo_texts.telaahan(rng, case), actor, end)
    elif product == "nota_dinas":
        trail.nota_dinas(demo_texts.nota_dinas(rng, case, division, trail.corrections,
                                               [trail.letter]), pass_no, actor, end)
    elif product == "paraf":
        trail.paraf(sop.acting_lane(step.no, part), step.no, actor, end)
    elif product == "tanda_tangan":
        trail.sign(actor, end)
    elif product == "jawaban":
        scan = trail.attach("jawaban", "jawaban-divisi.pdf", step.no, actor, end)
        trail.output("jawaban", step.no, pass_no, demo_texts.answer(case, division, [scan]),
                     actor, end)
    elif product == "penyampaian":
        trail.output("tanggapan", step.no, pass_no, demo_texts.reply(case), actor, end)
        proof = ([trail.attach("lainnya", "bukti-penyampaian.pdf", step.no, actor, end)]
                 if demo_texts.needs_proof(case, anonymous) else [])
        trail.output("penyampaian", step.no, pass_no,
                     demo_texts.delivery(case, end.date(), proof, anonymous), actor, end)
    return None
