"""Start-up to the main window: the PyInstaller bundle next to running from source, in the
same run on the same database, and the bundle's size.

    python bench/bench_startup_bundle.py [--bundle dist/pengaduan] [--runs 5]

Each start is `--startup-probe`: the main window for the operator, no login dialog, timed
from spawning the process until it reports the window exposed (offscreen unless --screen).
Runs alternate between the two so that disk cache and CPU frequency favour neither; one
warm-up start of each is not counted. Prints medians and the ratio bundle / source.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.selftest import READY_MARKER  # noqa: E402


def _load_make():
    # by path: `build` is also the name of a PyPI package that may be installed
    spec = importlib.util.spec_from_file_location("pengaduan_make", ROOT / "build" / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TARGET_MB = 150  # issue 8: the Linux one-folder bundle

make = _load_make()
BUNDLE, cli_executable, folder_size = make.BUNDLE, make.cli_executable, make.folder_size


def start_once(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to the ready line; raises if the probe fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    elapsed = None
    for line in proc.stdout:
        if line.startswith(READY_MARKER):
            elapsed = time.perf_counter() - t0
    if proc.wait() != 0 or elapsed is None:
        raise RuntimeError(f"startup probe failed: {' '.join(command)}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="one-folder bundle")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--complaints", type=int, default=500)
    parser.add_argument("--screen", action="store_true",
                        help="use the real display instead of offscreen")
    args = parser.parse_args(argv)
    executable = cli_executable(args.bundle)
    if not executable.exists():
        print(f"no bundle at {executable}: run python build/make.py first", file=sys.stderr)
        return 1
    env = dict(os.environ)
    if not args.screen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-bench-start-"))
    url = "sqlite:///" + (folder / "bench.db").as_posix()
    subprocess.run([sys.executable, "-m", "cli", "--db", url, "demo", "--complaints",
                    str(args.complaints)], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    commands = {
        "source": [sys.executable, "-m", "cli", "--db", url, "--startup-probe"],
        "bundle": [str(executable), "--db", url, "--startup-probe"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        start_once(command, env)  # warm-up: first read of the files from disk
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(start_once(command, env))

    size = folder_size(args.bundle)
    print(f"bundle {args.bundle}: {size / 2**20:.1f} MiB ({size / 1e6:.1f} MB), "
          f"{sum(1 for f in args.bundle.rglob('*') if f.is_file())} files; target < "
          f"{TARGET_MB} MB {'met' if size < TARGET_MB * 1e6 else 'MISSED'}")
    print(f"start-up to the main window ({args.complaints} complaints, {args.runs} runs "
          f"each, {'screen' if args.screen else 'offscreen'}):")
    for name, values in times.items():
        print(f"  {name:7s} median {statistics.median(values):.2f} s  "
              f"(min {min(values):.2f}, max {max(values):.2f})")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["source"])
    print(f"  ratio bundle / source: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
