"""Render time per document, next to docxtpl rendering the same template bare.

    python bench/bench_documents.py [--runs 30] [--db URL]

For each type: `generate()` (context from the database, sandboxed render, number, version,
blob and audit in one transaction), `render()` alone (sandbox, escaping), and docxtpl's
plain `DocxTemplate.render()` + save with the same context in the same run. Target: generate
under 300 ms. Default database: a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docxtpl import DocxTemplate  # noqa: E402

from app.naskah import context, templates, versions
from app.office.vocab import DOC_TYPES
from app.services import accounts, sop_versions, workflow  # noqa: E402
from app.services.workflow import ComplaintInput, PelaporInput  # noqa: E402
from app.store.db import open_database  # noqa: E402
from tests.app.attachment_files import named_pdf  # noqa: E402
from tests.conftest import provide_kelengkapan  # noqa: E402

# A step where the SOP makes each type (app.services.permissions.naskah_steps).
MADE_AT = {"tanda_terima": 2, "lembar_disposisi": 2, "hasil_telaahan": 5, "nota_dinas": 6,
           "surat_tanggapan": 10}


def timed(function, runs: int) -> float:
    """Median milliseconds of `runs` calls (after one warm-up)."""
    function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bare(template: bytes, context: dict) -> bytes:
    tpl = DocxTemplate(io.BytesIO(template))
    tpl.render(dict(context, logo=""))
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        open_database(args.db or f"sqlite:///{folder}/bench.db")
        sop = sop_versions.current_sop()
        officials = {lane: accounts.create_user(
            f"bench_{lane}", f"Bench {lane}", "rahasia-123", [lane],
            valid_lanes={x.key for x in sop.lanes}, actor=accounts.COMMAND_LINE)
            for lane in ("kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "divisi_terkait")}
        user = officials["kasubag_pphti"]  # the operator makes every naskah
        complaint = workflow.register_complaint(
            user, ComplaintInput(
                received_at=workflow.now(), channel="surat", subject_kind="upt",
                subject_name="Lapas Kelas IIA Pangkalpinang", category="pungli",
                tier="pelanggaran", summary="Pungutan pada layanan kunjungan",
                description=("Pelapor dimintai uang & ditolak masuk. " * 130)[:5000]),
            PelaporInput(name="Budi Santoso", phone="0812-7788-9900"),
            attachments=[("surat", "surat.pdf", named_pdf("surat"))])
        print(f"{'naskah':<18}{'generate':>10}{'render':>10}{'docxtpl':>10}"
              f"{'ratio':>8}   (median ms of {args.runs}; ratio = generate / docxtpl)")
        for doc_type in sorted(DOC_TYPES, key=MADE_AT.__getitem__):
            # Forward to where the SOP makes this type (the nota dinas made at 6 and the
            # answer at 10 are the inputs of the steps after them).
            while complaint.current_step < MADE_AT[doc_type]:
                # What the step needs first (telaahan, nota dinas, signed scan, answer).
                official = officials[complaint.current_lane]
                provide_kelengkapan(complaint, complaint.current_step, official)
                complaint = workflow.forward(official, complaint.id,
                                             note="Mohon ditindaklanjuti.")
            template = templates.template_bytes(doc_type)
            values = context.build_context(complaint, doc_type, actor=user, number="1")
            full = timed(lambda t=doc_type, c=complaint.id: versions.generate(user, c, t),
                         args.runs)
            ours = timed(lambda t=template, c=values: templates.render(t, c), args.runs)
            plain = timed(lambda t=template, c=values: bare(t, c), args.runs)
            flag = "" if full < 300 else "  ABOVE TARGET"
            print(f"{doc_type:<18}{full:>10.1f}{ours:>10.1f}{plain:>10.1f}"
                  f"{full / plain:>8.2f}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
