"""Compile the Designer forms: `ui/forms/<name>.ui` -> `ui/forms/ui_<name>.py` (pyside6-uic).

Run `python -m tools.build_forms` after editing a form in Qt Designer; only forms whose generated
code differs are rewritten. `--check` exits 1 when any form is stale (for CI).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent.parent / "ui" / "forms"


def ui_files() -> list[Path]:
    return sorted(FORMS_DIR.glob("*.ui"))


def target_of(ui_file: Path) -> Path:
    return ui_file.with_name(f"ui_{ui_file.stem}.py")


def _uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic")
    if exe:
        return [exe]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import uic; uic()"]


def compile_form(ui_file: Path) -> str:
    """The Python code pyside6-uic generates for `ui_file`."""
    result = subprocess.run([*_uic_command(), "--generator", "python", str(ui_file)],
                            capture_output=True, text=True, check=True)
    return result.stdout


def normalized(code: str) -> str:
    """Generated code without the header comment (it names the uic version, not the form)."""
    return "\n".join(line for line in code.splitlines() if not line.startswith("##"))


def stale_forms() -> list[Path]:
    stale = []
    for ui_file in ui_files():
        target = target_of(ui_file)
        if not target.exists() or normalized(target.read_text(encoding="utf-8")) != normalized(
                compile_form(ui_file)):
            stale.append(ui_file)
    return stale


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    stale = stale_forms()
    if "--check" in argv:
        for ui_file in stale:
            print(f"veraltet: {ui_file.name}")
        return 1 if stale else 0
    for ui_file in stale:
        target_of(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_of(ui_file).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
