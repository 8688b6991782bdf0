"""Swimlane benchmarks (issue 4). Prints figures and ratios; not a test.

    python bench/bench_swimlane.py [--runs 30]

1. One complaint's chart (the looped example: 15 rows, 24 passes): the model from the
   database, the scene, and rendering it to an image; target under 30 ms in all.
2. Blank charts of synthetic SOPs of 10, 20, 40 and 80 steps: time per step should stay flat
   (linear growth).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import ui.swimlane  # noqa: E402, F401  (installs the PySide6 6.12 refcount guard first)
from app.office.sop import parse_sop  # noqa: E402
from app.services import swimlane  # noqa: E402
from tools import swimlane_screenshots as screenshots  # noqa: E402
from ui.swimlane.layout import Layout  # noqa: E402
from ui.swimlane.scene import build_scene  # noqa: E402

TARGET_MS = 30.0


def render(scene) -> QImage:
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter)
    painter.end()
    return image


def timed(fn, runs: int) -> tuple[float, object]:
    """Median milliseconds of `runs` calls (after one warm-up call)."""
    result = fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), result


def synthetic_sop(steps: int) -> str:
    """An SOP of `steps` steps over six lanes with a revision loop every fifth step."""
    lanes = ["a", "b", "c", "d", "e", "f"]
    out = ['[identitas]\nkode = "bench"\nnomor = "BENCH-1"\nnama = "SOP UJI KINERJA"\n']
    for lane in lanes:
        out.append(f'[[pelaksana]]\nkode = "{lane}"\nnama = "Pelaksana {lane.upper()}"\n')
    out.append('[kelengkapan.berkas]\nnama = "Berkas"\nbukti = ["catatan"]\n')
    for no in range(1, steps + 1):
        out.append(f'[[langkah]]\nno = {no}\npelaksana = "{lanes[no % 6]}"\n'
                   f'aktivitas = "Pelaksana {lanes[no % 6].upper()} memeriksa berkas dan '
                   f'meneruskannya untuk langkah berikutnya ({no})"\n'
                   f'kelengkapan = "berkas"\nmenit = {10 + no % 7 * 5}\noutput = "Berkas"\n')
    for no in range(1, steps + 1):
        target = f"{no + 1}" if no < steps else '"selesai"'
        out.append(f"[[alur]]\ndari = {no}\nke = {target}\n")
        if no % 5 == 0:
            out.append(f'[[alur]]\ndari = {no}\nke = {no - 2}\njenis = "perbaikan"\n')
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841

    with tempfile.TemporaryDirectory() as tmp:
        users = screenshots._setup("sqlite:///" + str(Path(tmp) / "bench.db"))
        cid = screenshots.looped(users)
        at = screenshots._at(25, "15:55")
        model_ms, chart = timed(lambda: swimlane.complaint_chart(cid, at=at), args.runs)
        scene_ms, scene = timed(lambda: build_scene(chart), args.runs)
        render_ms, _image = timed(lambda: render(scene), args.runs)
        total = model_ms + scene_ms + render_ms
        passes = sum(len(r.passes) for r in chart.rows)
        print(f"One complaint ({len(chart.rows)} rows, {passes} passes, "
              f"{len(scene.items())} items), median of {args.runs}:")
        print(f"  model from the database  {model_ms:6.1f} ms")
        print(f"  scene (layout + items)   {scene_ms:6.1f} ms")
        print(f"  render to image          {render_ms:6.1f} ms")
        print(f"  total                    {total:6.1f} ms  (target < {TARGET_MS:.0f} ms: "
              f"{'ok' if total < TARGET_MS else 'MISSED'})")

    print("\nBlank chart of an N-step SOP (model + layout + scene + render), median:")
    base = None
    for steps in (10, 20, 40, 80):
        sop = parse_sop(synthetic_sop(steps), source=f"bench-{steps}")

        def whole(sop=sop):
            chart = swimlane.blank_chart(sop)
            return render(build_scene(chart, Layout(chart)))

        ms, _image = timed(whole, max(5, args.runs // 3))
        per_step = ms / steps
        base = base or per_step
        print(f"  {steps:3d} steps  {ms:7.1f} ms  {per_step:5.2f} ms/step  "
              f"(x{per_step / base:.2f} per step vs 10 steps)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
