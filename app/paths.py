"""Where the program finds its bundled resources and keeps its per-user data."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Pengaduan"


def resource_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle, or at the repository root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_sop_path() -> Path:
    return resource_dir() / "sop" / "layanan_pengaduan.toml"


def user_data_dir() -> Path:
    """Per-user data directory (database, logs); created on first use."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
