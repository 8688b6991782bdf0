"""The per-workstation config file (which database to use). Office-wide settings live in the
database (app.services.settings); window geometry lives in QSettings (ui/)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.paths import user_config_dir

ENV_CONFIG = "PENGADUAN_CONFIG"


def config_path() -> Path:
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG])
    return user_config_dir() / "config.json"


def load_config() -> dict:
    path = config_path()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # a broken config must not stop the program; defaults apply


def save_config(values: dict) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a config
