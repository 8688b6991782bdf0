"""National holidays and *cuti bersama* (collective leave) of Indonesia, per year.

They come from the ``holidays`` package, kept in a small JSON file in the user's cache
directory keyed by the package's version (see :func:`national_holidays`): the package
imports every country's module to find Indonesia's, about 150 ms, so it is imported
only for a year the cache does not hold yet.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType

__all__ = [
    "holiday_cache_path",
    "holidays_version",
    "national_holidays",
]

log = logging.getLogger(__name__)


#: ``holidays.country_holidays`` arguments, most wanted first: Indonesian names
#: with cuti bersama; English names; public holidays only (older releases).
_HOLIDAY_ATTEMPTS: tuple[dict, ...] = (
    {"categories": ("public", "government"), "language": "id"},
    {"categories": ("public", "government")},
    {},
)
_CACHE_FORMAT = 1


def holiday_cache_path() -> Path:
    """The national holiday cache file in the user's cache directory."""
    import platformdirs

    from app.paths import APP_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "hari-libur-nasional.json"


@cache
def holidays_version() -> str | None:
    """Version of the installed ``holidays`` package, without importing it; ``None`` when
    unknown (then nothing is cached).

    The wheel's ``holidays-<version>.dist-info`` folder sits next to the package and
    names the version; that is one directory listing, where importing
    ``importlib.metadata`` costs about 15 ms.  Anything else asks importlib.metadata.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    for place in spec.submodule_search_locations or ():
        try:
            names = os.listdir(Path(place).parent)
        except OSError:
            continue
        for name in names:
            if name.startswith("holidays-") and name.endswith(".dist-info"):
                return name[len("holidays-"):-len(".dist-info")]
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover - part of the standard library
        return None
    try:
        return version("holidays")
    except PackageNotFoundError:
        return None


def _compute_national_holidays(year: int) -> dict[date, str]:
    import holidays

    for i, kwargs in enumerate(_HOLIDAY_ATTEMPTS):
        try:
            table = holidays.country_holidays("ID", years=year, **kwargs)
        except (TypeError, ValueError, NotImplementedError):
            if i == len(_HOLIDAY_ATTEMPTS) - 1:
                raise
            continue
        return dict(table)
    raise AssertionError("unreachable")  # pragma: no cover


def _read_cache(path: Path, version: str) -> dict[str, dict[str, str]]:
    """The cached years (``"2026" -> {"2026-08-17": name}``) if the file is this format
    and this holidays version; an empty dict for a missing, stale or corrupt file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("cache hari libur tidak terbaca, dibuat ulang: %s", exc)
        return {}
    if (not isinstance(data, dict) or data.get("format") != _CACHE_FORMAT
            or data.get("holidays_version") != version
            or not isinstance(data.get("years"), dict)):
        return {}
    return data["years"]


def _cached_year(years: Mapping[str, object], year: int) -> dict[date, str] | None:
    entry = years.get(str(year))
    if not isinstance(entry, dict):
        return None
    try:
        return {date.fromisoformat(day): str(name) for day, name in entry.items()}
    except (TypeError, ValueError):
        return None


def _write_cache(path: Path, version: str, years: dict[str, dict[str, str]]) -> None:
    """Replace the cache file atomically (another process may be reading it)."""
    data = {"format": _CACHE_FORMAT, "holidays_version": version,
            "country": "ID", "years": years}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True),
                       encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:  # a read-only profile only loses the speed-up
        log.warning("cache hari libur tidak dapat ditulis: %s", exc)


def national_holidays(year: int, *, use_cache: bool = True) -> Mapping[date, str]:
    """National holidays and cuti bersama of ``year`` (date -> Indonesian name).

    Read from the cache file when it holds ``year`` for the installed ``holidays``
    version; otherwise computed by ``holidays`` (Indonesian names, falling back to
    English names, then to public holidays only, for releases lacking those options)
    and added to the file.  A missing, corrupt or stale file is rewritten, an
    unwritable one only logged.  ``use_cache=False`` always asks the package (the
    self-test does, to prove the bundle can).
    """
    if not use_cache:
        return MappingProxyType(_compute_national_holidays(year))
    return _national_holidays(year)


@cache
def _national_holidays(year: int) -> Mapping[date, str]:
    """Shared by all calendars of the process: one file read per year at most."""
    version = holidays_version()
    path = holiday_cache_path() if version else None
    years = _read_cache(path, version) if path is not None else {}
    table = _cached_year(years, year)
    if table is not None:
        return MappingProxyType(table)
    table = _compute_national_holidays(year)
    if path is not None:
        years = dict(years)
        years[str(year)] = {d.isoformat(): name for d, name in sorted(table.items())}
        _write_cache(path, version, years)
    return MappingProxyType(table)
