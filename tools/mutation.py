"""Mutation testing of the office's rules: `python tools/mutation.py MODULE...`.

Runs mutmut 3 (`pip install -e '.[mutation]'`) on each module against the tests that hold
its rules (TESTS below, or --tests), then prints per module: mutants, killed, survived,
equivalent (reviewed, tools/mutation_equivalents.txt) and the score over non-equivalent
mutants. Exits non-zero when a module scores under --threshold (90 %). Slow and CPU heavy:
not part of .ci/run; its figures are reported like benchmarks.

How it runs:
- mutmut rewrites sources into `mutants/`, so each module gets a scratch copy of the
  working tree (files git tracks or would track) under `--workdir`, outside the repository:
  a test run of the real tree never sees mutated code.
- Each mutant runs in a fresh process: mutmut's fork server preloads only third-party
  libraries (PRELOAD), never `app`, so the module under test is imported after the mutant is
  chosen and its import-time values and caches are computed by the mutated code.
- SQLite only (PENGADUAN_TEST_PG_URL is dropped) unless --pg names a scratch database: a
  mutant is a change of rule, not of backend; what only PostgreSQL does (the live NOTIFY)
  needs --pg, e.g. with --again on the survivors. One worker by default (--max-children),
  under `nice`.

A survivor no test can kill (the mutated code behaves the same) goes into the equivalents
file, one line each: mutant name, the fingerprint of its diff (printed with the survivor), and
why. A listed line whose fingerprint no longer matches counts as a plain survivor until it is
reviewed again: code moved, and the name may now stand for another mutant.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.txt"

# The tests that hold each module's rules. A missing file is left out.
TESTS = {
    "app/office/working_time.py": [
        "tests/app/office/test_working_time_rules.py",
        "tests/app/office/test_working_time.py",
    ],
    "app/store/numbering.py": [
        "tests/app/store/test_numbering_rules.py",
    ],
    "app/office/deadlines.py": [
        "tests/app/office/test_deadline_rules.py",
    ],
    "app/services/audit.py": [
        "tests/app/services/test_audit_chain_rules.py",
        # The entry announced to the other workstations: PostgreSQL only (--pg).
        "tests/app/store/test_live.py",
    ],
    "app/services/permissions.py": [
        "tests/app/services/test_permission_rules.py",
    ],
    "app/services/workflow.py": [
        "tests/app/services/test_workflow_rules.py",
    ],
    "app/naskah/context.py": [
        "tests/app/services/test_masking_rules.py",
        "tests/app/naskah/test_naskah_context_rules.py",
    ],
}

# Modules measured in part (too slow whole): the functions that hold the rules. A method is
# named Class.method.
FUNCTIONS = {
    "app/services/workflow.py": [
        "available_actions", "forward", "return_for_revision", "hold", "resume", "reopen",
        "_require_status", "_authorize", "kelengkapan_present", "_advance"],
    # Where a naskah hides the reporter.
    "app/naskah/context.py": ["build_context"],
}

# Imported once by the fork server; every mutant's process forks from it. Never `app`.
PRELOAD = ["pytest", "_pytest.python", "peewee", "playhouse.sqlite_ext", "holidays",
           "argon2", "docx", "docxtpl", "openpyxl", "pypdf", "PIL.Image", "hypothesis",
           "platformdirs", "keyring", "psycopg2"]

# mutmut 3's exit codes (mutmut.stats.status_by_exit_code), folded into what we count.
KILLED_CODES = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9}  # failed, timed out, crashed
SURVIVED_CODES = {0, 5, 33}  # tests passed, or no test reached the mutant at all


@dataclass
class Result:
    module: str
    mutants: int = 0
    killed: int = 0
    survivors: dict[str, str] = field(default_factory=dict)  # name -> diff
    equivalent: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    unchecked: int = 0
    seconds: float = 0.0
    failed: bool = False  # mutmut itself failed (e.g. the tests fail without a mutant)

    @property
    def survived(self) -> int:
        return len(self.survivors) - len(self.equivalent)

    @property
    def score(self) -> float:
        counted = self.killed + self.survived
        return 100.0 * self.killed / counted if counted else 100.0


def fingerprint(diff: str) -> str:
    """The mutant's changed lines, without the diff header or line numbers."""
    lines = [ln for ln in diff.splitlines()
             if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:10]


def read_equivalents(path: Path) -> dict[str, tuple[str, str]]:
    """name -> (fingerprint, why)."""
    listed: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return listed
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, fp, why = (line.split(None, 2) + ["", ""])[:3]
        listed[name] = (fp, why)
    return listed


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                         check=True, capture_output=True).stdout.decode()
    return [p for p in out.split("\0") if p and (ROOT / p).is_file()]


def make_scratch(work: Path, module: str, tests: list[str]) -> None:
    """A copy of the working tree with its own [tool.mutmut] for `module`."""
    if work.exists():
        shutil.rmtree(work)
    for rel in tracked_files():
        target = work / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    write_config(work, module, tests)


def write_config(work: Path, module: str, tests: list[str]) -> None:
    """The repository's pyproject.toml with this module's [tool.mutmut] settings added."""
    (work / "preload.txt").write_text("\n".join(PRELOAD) + "\n", encoding="utf-8")
    per_module = (
        f"only_mutate = {json.dumps([module])}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        f'preload_modules_file = "{work / "preload.txt"}"\n'
    )
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    if "\n[tool.mutmut]\n" not in text:
        sys.exit("pyproject.toml has no [tool.mutmut] section")
    (work / "pyproject.toml").write_text(
        text.replace("\n[tool.mutmut]\n", "\n[tool.mutmut]\n" + per_module, 1),
        encoding="utf-8")


# Run inside the scratch copy: every mutant of the module, its exit code and its diff.
_REPORT = """
import json, sys
from pathlib import Path
from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
m = SourceFileMutationData(path=Path(sys.argv[1]))
m.load()
out = {}
for name, code in m.exit_code_by_key.items():
    diff = get_diff_for_mutant(name, path=m.path) if code in (0, 5, 33) else ""
    out[name] = [code, diff]
print(json.dumps(out))
"""


def mutmut_env(pg_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PENGADUAN_TEST_PG_URL", None)
    if pg_url:
        env["PENGADUAN_TEST_PG_URL"] = pg_url
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def mutant_globs(module: str, functions: list[str]) -> list[str]:
    """mutmut's names of the mutants of `functions` in `module`."""
    dotted = module.removesuffix(".py").replace("/", ".")
    globs = []
    for name in functions:
        cls, _dot, func = name.rpartition(".")
        globs.append(f"{dotted}.x{'ǁ' + cls + 'ǁ' if cls else '_'}{func}__mutmut_*")
    return globs


def run_module(module: str, tests: list[str], args: argparse.Namespace,
               listed: dict[str, tuple[str, str]], functions: list[str]) -> Result:
    work = Path(args.workdir) / module.replace("/", "_").removesuffix(".py")
    result = Result(module + (f" ({len(functions)} functions)" if functions else ""))
    globs = mutant_globs(module, functions)
    start = time.monotonic()
    again: list[str] = []
    if args.again and (work / "mutants").exists():
        previous = collect(work, module)
        again = [n for n, (code, _d) in previous.items()
                 if (code in SURVIVED_CODES or code is None) and selected(n, globs)]
        # Which test reaches which function is measured again: the tests changed (and with
        # --pg the PostgreSQL ones run).
        # (The test selection stays that of the full run: changing it makes mutmut drop
        # every earlier verdict.)
        (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
        # Fresh tests and sources, the earlier verdicts kept: only `again` is rerun. The
        # module itself must be as it was mutated: its mutants are those of that text.
        if (ROOT / module).read_bytes() != (work / module).read_bytes():
            sys.exit(f"{module} changed since its run: run it whole again (without --again)")
        for rel in tracked_files():
            if rel == module or rel == "pyproject.toml":
                continue
            for base in (work, work / "mutants"):
                if base == work / "mutants" and not rel.startswith(
                        ("tests/", "app/", "ui/", "cli/", "resources/")):
                    continue
                (base / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / rel, base / rel)
    else:
        make_scratch(work, module, tests)
    cmd = ["nice", "-n", str(args.nice), sys.executable, "-m", "mutmut", "run",
           "--max-children", str(args.max_children), *(again or globs)]
    log = work / "mutmut.log"
    if not args.again or again:
        with open(log, "w", encoding="utf-8") as out:
            done = subprocess.run(cmd, cwd=work, env=mutmut_env(args.pg), stdout=out,
                                  stderr=subprocess.STDOUT)
        if done.returncode != 0:
            result.failed = True
            print(f"{module}: mutmut failed ({done.returncode}); see {log}", file=sys.stderr)
    result.seconds = time.monotonic() - start

    for name, (code, diff) in sorted(collect(work, module).items()):
        if not selected(name, globs):
            continue
        result.mutants += 1
        if code in KILLED_CODES:
            result.killed += 1
        elif code in SURVIVED_CODES:
            result.survivors[name] = diff
            if name in listed:
                if listed[name][0] == fingerprint(diff):
                    result.equivalent.append(name)
                else:
                    result.stale.append(name)
        else:
            result.unchecked += 1
    return result


def selected(name: str, globs: list[str]) -> bool:
    return not globs or any(fnmatch.fnmatchcase(name, g) for g in globs)


def collect(work: Path, module: str) -> dict[str, tuple[int | None, str]]:
    done = subprocess.run([sys.executable, "-c", _REPORT, module], cwd=work, env=mutmut_env(),
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return {}
    return {k: (v[0], v[1]) for k, v in json.loads(done.stdout).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=list(TESTS),
                        help="source files, e.g. app/office/working_time.py (default: all)")
    parser.add_argument("--tests", nargs="+", help="test files instead of the module's own")
    parser.add_argument("--functions", nargs="+",
                        help="mutate only these functions (Class.method for a method)")
    parser.add_argument("--threshold", type=float, default=90.0)
    parser.add_argument("--max-children", type=int, default=1)
    parser.add_argument("--nice", type=int, default=10)
    parser.add_argument("--workdir",
                        default=str(Path(tempfile.gettempdir()) / "pengaduan-mutation"))
    parser.add_argument("--again", action="store_true",
                        help="rerun only the last run's survivors against the current tests "
                             "and sources (the module itself unchanged)")
    parser.add_argument("--show", action="store_true", help="print each survivor's diff")
    parser.add_argument("--pg", metavar="URL",
                        help="also run the PostgreSQL tests, on this (scratch) database")
    parser.add_argument("--equivalents", default=str(EQUIVALENTS))
    args = parser.parse_args(argv)
    if Path(args.workdir).resolve().is_relative_to(ROOT):
        parser.error("--workdir must lie outside the repository")

    listed = read_equivalents(Path(args.equivalents))
    results = []
    for module in args.modules:
        module = Path(module).as_posix()
        tests = args.tests or [t for t in TESTS.get(module, []) if (ROOT / t).exists()]
        if not tests:
            parser.error(f"no tests known for {module}: pass --tests")
        functions = args.functions or FUNCTIONS.get(module, [])
        result = run_module(module, tests, args, listed, functions)
        results.append(result)
        for name, diff in result.survivors.items():
            tag = ("equivalent" if name in result.equivalent
                   else "STALE equivalent" if name in result.stale else "survived")
            print(f"{tag}: {name} {fingerprint(diff)}")
            if args.show and name not in result.equivalent:
                print("    " + diff.strip().replace("\n", "\n    "))

    print()
    print(f"{'module':48} {'mutants':>7} {'killed':>6} {'survived':>8} {'equiv.':>6} "
          f"{'score':>7} {'time':>7}")
    failed = False
    for r in results:
        low = r.score < args.threshold
        failed |= low or r.unchecked > 0 or r.failed or not r.mutants
        note = f"  ({r.unchecked} not checked)" if r.unchecked else ""
        note += "  (mutmut failed)" if r.failed else ""
        print(f"{r.module:48} {r.mutants:7d} {r.killed:6d} {r.survived:8d} "
              f"{len(r.equivalent):6d} {r.score:6.1f}% {r.seconds:6.0f}s"
              f"{'  < ' + format(args.threshold, '.0f') + ' %' if low else ''}{note}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
