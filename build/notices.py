"""The bundle's third-party notices, generated at build time from the installed distributions.

    python build/notices.py OUT          # every distribution pengaduan depends on
    (pengaduan.spec calls write_notices() with the distributions PyInstaller collected)

OUT/ receives one folder per component with its notice (`NOTICE.txt`: name, version,
licence, home page) and every licence file the distribution ships (LICENSE, COPYING,
NOTICE, AUTHORS, its licenses/ folder), plus the full texts from build/licenses/ for the
components whose wheels carry none or that live inside another distribution's files (Qt,
OpenSSL, libpq, PDFium, Font Awesome, Python). `index.json` lists them all (the "Tentang"
dialog and the self-test read it); `PEMBERITAHUAN.txt` is the summary the installer shows.
"""

from __future__ import annotations

import json
import platform
import re
import shutil
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "licenses"
PROJECT = "pengaduan"

# Components the self-test insists on (ui.about.REQUIRED_NOTICES holds the same keys, with
# a phrase their files must contain; tests/test_packaging.py keeps the two equal).
REQUIRED = ("PySide6", "shiboken6", "Qt", "docxtpl", "img2pdf", "psycopg2", "PDFium",
            "OpenSSL", "libpq", "Pillow", "Font Awesome", "Python")

# Always noticed, whatever PyInstaller's analysis found (their texts are required).
REQUIRED_DISTRIBUTIONS = ("PySide6-Essentials", "shiboken6", "docxtpl", "img2pdf",
                          "psycopg2-binary", "pypdfium2", "Pillow", "qtawesome")
# Distribution name -> the notice key, where the office knows the component by another name.
KEYS = {"pyside6-essentials": "PySide6", "psycopg2-binary": "psycopg2", "pillow": "Pillow",
        "qtawesome": "QtAwesome"}
# Full texts a distribution's wheel does not ship (or ships only as a pointer).
DIST_TEXTS = {
    "PySide6": ["LGPL-3.0.txt", "GPL-3.0.txt"],
    "shiboken6": ["LGPL-3.0.txt", "GPL-3.0.txt"],
    "docxtpl": ["LGPL-2.1.txt"],
    "img2pdf": ["LGPL-3.0.txt", "GPL-3.0.txt"],
    "psycopg2": ["LGPL-3.0.txt", "GPL-3.0.txt"],  # its LICENSE names LGPL 3, the text is not in it
}
_LICENCE_PHRASES = (("Permission is hereby granted, free of charge", "MIT"),
                    ("Redistribution and use in source and binary forms", "BSD"),
                    ("Apache License", "Apache-2.0"))
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)", re.I)


@dataclass
class Component:
    key: str
    name: str
    version: str
    licence: str
    home: str = ""
    note: str = ""
    files: list[str] = field(default_factory=list)  # relative to the notices folder


@dataclass(frozen=True)
class Extra:
    """A component inside another distribution's files, with its texts from build/licenses/."""

    key: str
    name: str
    licence: str
    inside: str  # the distribution that carries it (its version is the component's, or "")
    texts: tuple[str, ...]
    note: str
    dist_files: str = ""  # a folder of `inside`'s own licence files to copy, when it has one


EXTRAS = (
    Extra("Qt", "Qt 6", "LGPL-3.0-only", "pyside6-essentials", ("LGPL-3.0.txt", "GPL-3.0.txt"),
          "Pustaka Qt (QtCore, QtGui, QtWidgets, QtPrintSupport dan pluginnya) di dalam "
          "PySide6. The Qt Company Ltd. https://www.qt.io/ - kode sumber: "
          "https://download.qt.io/official_releases/qt/"),
    Extra("PDFium", "PDFium (pypdfium2-binaries)", "BSD-3-Clause dan lisensi pihak ketiganya",
          "pypdfium2", (), "Pustaka PDF dari Google di dalam pypdfium2; pemberitahuan "
          "bagian-bagiannya (FreeType, libjpeg-turbo, OpenJPEG, lcms2, zlib, ICU, dll.).",
          dist_files="BUILD_LICENSES"),
    Extra("OpenSSL", "OpenSSL 3", "Apache-2.0", "psycopg2-binary", ("Apache-2.0.txt",),
          "libssl dan libcrypto yang dibawa psycopg2-binary untuk sambungan TLS ke "
          "PostgreSQL. This product includes software developed by the OpenSSL Project "
          "(https://www.openssl.org/)."),
    Extra("libpq", "libpq (PostgreSQL)", "PostgreSQL", "psycopg2-binary", ("PostgreSQL.txt",),
          "Pustaka klien PostgreSQL yang dibawa psycopg2-binary."),
    Extra("Font Awesome", "Font Awesome Free 5.15.4 (fon)", "OFL-1.1", "qtawesome",
          ("OFL-1.1.txt",),
          "Fon ikon fontawesome5-solid dari paket qtawesome. Font Awesome Free by "
          "@fontawesome - https://fontawesome.com - License: "
          "https://fontawesome.com/license/free (Icons: CC BY 4.0, Fonts: SIL OFL 1.1, "
          "Code: MIT)."),
)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _key(dist: metadata.Distribution) -> str:
    name = dist.metadata["Name"]
    return KEYS.get(_canonical(name), name)


def licence_of(dist: metadata.Distribution, files: list[tuple[Path, str]] = ()) -> str:
    """The SPDX expression, else the License field, else the trove classifiers, else what
    the first of its licence `files` reads like."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers or text:
        return "; ".join(classifiers) or text.splitlines()[0]
    for source, _name in files:
        head = source.read_text(encoding="utf-8", errors="replace")[:3000]
        for phrase, spdx in _LICENCE_PHRASES:
            if phrase in head:
                return spdx
    return "lihat berkas lisensinya"


def licence_files(dist: metadata.Distribution) -> list[tuple[Path, str]]:
    """(source, name inside the component's folder) of every licence file in `dist`'s
    metadata folder: LICENSE, COPYING, NOTICE, AUTHORS and anything under licenses/."""
    found = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info") or file.suffix in (".py", ".pyc"):
            continue
        inner = Path(*parts[1:])
        if inner.parts[:1] == ("licenses",):
            inner = Path(*inner.parts[1:])
        elif not _LICENCE_FILE.search(file.name):
            continue
        source = Path(dist.locate_file(file))
        if source.is_file():
            found.append((source, inner.as_posix()))
    return found


def _distribution(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def _top_level_owners() -> dict[str, set[str]]:
    """First (and first two) path components of every installed file -> distributions."""
    owners: dict[str, set[str]] = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        for file in dist.files or []:
            parts = file.parts
            if not parts or parts[0] in ("..", "bin") or parts[0].endswith(".dist-info"):
                continue
            stem = parts[0].split(".")[0] if len(parts) == 1 else parts[0]
            owners.setdefault(stem, set()).add(name)
            if len(parts) > 2:
                owners.setdefault(f"{parts[0]}/{parts[1]}", set()).add(name)
    return owners


def bundled_distributions(*tocs) -> list[str]:
    """The distributions PyInstaller collected from: `tocs` are Analysis TOCs (pure,
    binaries, datas) of (name or destination, source, type). Our own project is left out."""
    owners = _top_level_owners()
    found: set[str] = set()
    for toc in tocs:
        for entry in toc:
            dest = entry[0].replace("\\", "/")
            if entry[2] == "PYMODULE" or "/" not in dest:
                dest = dest.replace(".", "/") if entry[2] == "PYMODULE" else dest
            parts = dest.split("/")
            two = "/".join(parts[:2])
            hit = owners.get(two) or owners.get(parts[0]) or owners.get(parts[0].split(".")[0])
            found |= hit or set()
    return sorted(n for n in found if _canonical(n) != PROJECT)


def requirement_closure(root: str = PROJECT) -> list[str]:
    """Every distribution `root` needs at run time here (markers evaluated, no extras)."""
    from packaging.requirements import Requirement

    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        dist = _distribution(todo.pop())
        if dist is None or _canonical(dist.metadata["Name"]) in seen:
            continue
        seen[_canonical(dist.metadata["Name"])] = dist.metadata["Name"]
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return sorted(n for c, n in seen.items() if c != PROJECT)


def _copy(source: Path, folder: Path, name: str, out: Path) -> str:
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target.relative_to(out).as_posix()


def _write_notice(component: Component, folder: Path, out: Path) -> None:
    lines = [f"{component.name} {component.version}".strip(),
             f"Lisensi / Licence: {component.licence}"]
    if component.home:
        lines.append(f"Laman / Home page: {component.home}")
    if component.note:
        lines += ["", component.note]
    lines += ["", "Berkas / Files:"] + [f"  {f}" for f in component.files]
    (folder / "NOTICE.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    component.files.insert(0, (folder / "NOTICE.txt").relative_to(out).as_posix())


def _python_component(out: Path) -> Component:
    folder = out / "Python"
    folder.mkdir(parents=True, exist_ok=True)
    component = Component("Python", "Python", platform.python_version(), "PSF-2.0",
                          "https://www.python.org/",
                          "Penafsir Python dan pustaka standarnya di dalam bundel.")
    stdlib = Path(sys.base_prefix) / ("LICENSE.txt" if sys.platform == "win32" else
                                      f"lib/python{sys.version_info[0]}.{sys.version_info[1]}"
                                      "/LICENSE.txt")
    if not stdlib.is_file():
        raise FileNotFoundError(f"Python's licence not found: {stdlib}")
    component.files.append(_copy(stdlib, folder, "LICENSE.txt", out))
    return component


def write_notices(out: Path, distributions: list[str], version: str = "") -> list[Component]:
    """Fill the empty folder `out` with the notices of `distributions` (names), the required
    components and the extras; returns the components written. Raises FileNotFoundError when a
    required component has no installed distribution."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    wanted = {_canonical(n): n for n in distributions}
    for name in REQUIRED_DISTRIBUTIONS:
        wanted.setdefault(_canonical(name), name)
    components: list[Component] = []
    for name in sorted(wanted.values(), key=str.lower):
        dist = _distribution(name)
        if dist is None:
            raise FileNotFoundError(f"distribution not installed: {name}")
        key = _key(dist)
        meta = dist.metadata
        files = licence_files(dist)
        component = Component(key, meta["Name"], dist.version, licence_of(dist, files),
                              meta.get("Home-page") or _project_url(meta))
        folder = out / key
        for source, inner in files:
            if key == "pypdfium2" and inner.startswith("BUILD_LICENSES/"):
                continue  # under PDFium, below
            component.files.append(_copy(source, folder, inner, out))
        for text in DIST_TEXTS.get(key, ()):
            component.files.append(_copy(TEXTS / text, folder, text, out))
        folder.mkdir(parents=True, exist_ok=True)
        _write_notice(component, folder, out)
        components.append(component)
    for extra in EXTRAS:
        dist = _distribution(extra.inside)
        component = Component(extra.key, extra.name, "", extra.licence, note=extra.note)
        folder = out / extra.key
        if dist is not None and extra.dist_files:
            for source, inner in licence_files(dist):
                if inner.startswith(extra.dist_files + "/"):
                    component.files.append(_copy(source, folder, inner, out))
        for text in extra.texts:
            component.files.append(_copy(TEXTS / text, folder, text, out))
        folder.mkdir(parents=True, exist_ok=True)
        _write_notice(component, folder, out)
        components.append(component)
    python = _python_component(out)
    _write_notice(python, out / "Python", out)
    components.append(python)
    _write_index(out, components, version)
    return components


def _project_url(meta) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    return ""


def _write_index(out: Path, components: list[Component], version: str) -> None:
    index = {"program": "Pengaduan", "version": version,
             "components": [vars(c) for c in components]}
    (out / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    width = max(len(c.name) + len(c.version) for c in components) + 2
    lines = [f"Pengaduan {version}".strip(), "",
             "Layanan Pengaduan Masyarakat: program milik Kantor Wilayah Kementerian Hukum "
             "untuk penggunaan di lingkungan kantor.", "",
             "Program ini memakai komponen pihak ketiga berikut, masing-masing dengan "
             "lisensinya.", "Teks lengkap setiap lisensi ada di folder 'notices' di samping "
             "program", "(dan di jendela Tentang, tombol Tentang di jendela utama).", "",
             "This program uses the third-party components below under their own licences;",
             "the full texts are in the 'notices' folder next to the program.", ""]
    lines += [f"  {(c.name + ' ' + c.version).ljust(width)} {c.licence}" for c in components]
    lines += ["", "Komponen LGPL (Qt, PySide6, shiboken6, docxtpl, img2pdf, psycopg2) dimuat "
              "sebagai pustaka terpisah dan dapat diganti dengan versi lain yang cocok.", ""]
    # with a BOM: Inno Setup's licence page reads a .txt without one as ANSI
    (out / "PEMBERITAHUAN.txt").write_text("\n".join(lines), encoding="utf-8-sig")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "work" / "notices"
    written = write_notices(target, requirement_closure())
    print(f"{len(written)} components -> {target}")
