"""docx -> PDF: the first conversion (starts the converter) and warm ones, next to a cold
`soffice --convert-to` in the same run.

    python bench/bench_pdf.py [--runs 10] [--cold-runs 3] [--type nota_dinas]

The naskah is the bundled template filled with the catalogue's example values. The
converter is the one convert_to_pdf would use here (Microsoft Word through COM on Windows
when installed, else LibreOffice kept running in the background). "warm" is the median of
`--runs` conversions after the first, without the kata sambung stamp (its cost is shown
separately); "cold soffice" is the median of `--cold-runs` plain `soffice --headless
--convert-to pdf` runs, each with a fresh profile (what every conversion cost before),
plus one with a reused profile. Target: warm under 500 ms where a warm converter is
available; otherwise the reason is printed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.naskah import catalogue, templates  # noqa: E402
from app.naskah.pdf import convert_to_pdf, converters, find_soffice  # noqa: E402

TARGET_MS = 500


def made_docx(doc_type: str, folder: Path) -> Path:
    data = templates.render(templates.bundled_template(doc_type).read_bytes(),
                            catalogue.sample_context(doc_type))
    path = folder / f"{doc_type}.docx"
    path.write_bytes(data)
    return path


def ms(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def cold_soffice(soffice: str, docx: Path, folder: Path, profile: Path | None) -> float:
    """One plain `soffice --convert-to` (fresh profile unless `profile` is given)."""
    with tempfile.TemporaryDirectory(prefix="pengaduan-bench-", dir=folder) as work:
        home = profile or Path(work) / "profil"
        command = [soffice, f"-env:UserInstallation={home.as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir",
                   str(Path(work) / "keluar"), str(docx)]
        return ms(lambda: subprocess.run(command, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         timeout=300, check=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--type", default="nota_dinas")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pengaduan-bench-") as folder:
        folder = Path(folder)
        docx = made_docx(args.type, folder)
        out = folder / "pdf"
        converters.close_all()
        chain = converters.chain()
        if not chain:
            print("no converter: neither Microsoft Word nor LibreOffice is installed; "
                  "nothing to measure")
            return 1
        name = chain[0].name
        print(f"docx: {docx.name} ({docx.stat().st_size // 1024} KB), converter: {name}")
        first = ms(lambda: convert_to_pdf(docx, out, kata_sambung=False, timeout=300))
        warm = [ms(lambda: convert_to_pdf(docx, out, kata_sambung=False, timeout=300))
                for _ in range(args.runs)]
        stamped = [ms(lambda: convert_to_pdf(docx, out, timeout=300))
                   for _ in range(max(3, args.runs // 3))]
        kept_running = getattr(chain[0], "running", True)
        converters.close_all()
        warm_ms, stamped_ms = statistics.median(warm), statistics.median(stamped)
        print(f"first conversion (starts {name}): {first:8.0f} ms")
        print(f"warm, median of {len(warm):2d}:            {warm_ms:8.0f} ms "
              f"(min {min(warm):.0f}, max {max(warm):.0f})")
        print(f"warm + kata sambung, median of {len(stamped)}: {stamped_ms:5.0f} ms")
        soffice = find_soffice()
        if soffice:
            fresh = [cold_soffice(soffice, docx, folder, None) for _ in range(args.cold_runs)]
            profile = folder / "profil-tetap"
            cold_soffice(soffice, docx, folder, profile)  # makes the profile
            reused = [cold_soffice(soffice, docx, folder, profile)
                      for _ in range(args.cold_runs)]
            cold_ms, reused_ms = statistics.median(fresh), statistics.median(reused)
            print(f"cold soffice --convert-to, fresh profile, median of {len(fresh)}: "
                  f"{cold_ms:6.0f} ms")
            print(f"cold soffice --convert-to, reused profile, median of {len(reused)}: "
                  f"{reused_ms:5.0f} ms")
            print(f"ratios: cold/warm {cold_ms / warm_ms:.1f}x, reused-profile cold/warm "
                  f"{reused_ms / warm_ms:.1f}x, first/warm {first / warm_ms:.1f}x")
        else:
            print("cold soffice: LibreOffice not installed, no cold comparison")
        if not kept_running:
            print(f"warm converter: not available ({name} did not stay running); the "
                  f"figures above are cold conversions")
            return 0
        verdict = "met" if warm_ms < TARGET_MS else "MISSED"
        print(f"target warm < {TARGET_MS} ms: {verdict}")
        return 0 if warm_ms < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
