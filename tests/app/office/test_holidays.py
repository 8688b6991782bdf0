"""National holidays come from a per-user cache file keyed by the `holidays` package version,
so the package (which imports every country's module) is imported only for a missing year."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.office import holidays
from app.office.holidays import holidays_version, national_holidays
from app.office.working_time import WorkingCalendar

INDEPENDENCE_DAY = date(2026, 8, 17)


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    path = tmp_path / "cache" / "hari-libur-nasional.json"
    monkeypatch.setattr(holidays, "holiday_cache_path", lambda: path)
    holidays._national_holidays.cache_clear()  # a fresh process, as far as holidays go
    yield path
    holidays._national_holidays.cache_clear()


def from_package(year: int) -> dict[date, str]:
    return dict(national_holidays(year, use_cache=False))


def forbid_the_package(monkeypatch):
    def refuse(year):
        raise AssertionError(f"holidays asked for {year}: the cache was not used")

    monkeypatch.setattr(holidays, "_compute_national_holidays", refuse)


def test_the_version_is_read_without_importing_holidays():
    from importlib.metadata import version

    assert holidays_version() == version("holidays")


def test_first_use_writes_the_year_to_the_cache(cache_file):
    table = national_holidays(2026)
    assert "Kemerdekaan" in table[INDEPENDENCE_DAY]
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    assert data["holidays_version"] == holidays_version()
    assert data["years"]["2026"][INDEPENDENCE_DAY.isoformat()] == table[INDEPENDENCE_DAY]
    assert dict(table) == from_package(2026)


def test_the_next_start_reads_the_cache_not_the_package(cache_file, monkeypatch):
    expected = from_package(2026)
    national_holidays(2026)
    holidays._national_holidays.cache_clear()  # the next start of the program
    forbid_the_package(monkeypatch)
    assert dict(national_holidays(2026)) == expected
    assert "Kemerdekaan" in WorkingCalendar().holiday_name(INDEPENDENCE_DAY)


def test_a_missing_year_is_added_and_the_cached_years_kept(cache_file):
    national_holidays(2026)
    holidays._national_holidays.cache_clear()
    national_holidays(2027)
    years = json.loads(cache_file.read_text(encoding="utf-8"))["years"]
    assert sorted(years) == ["2026", "2027"]


def test_a_cache_of_another_holidays_version_is_replaced(cache_file):
    cache_file.parent.mkdir(parents=True)
    cache_file.write_text(json.dumps({
        "format": 1, "holidays_version": "0.0-lama", "country": "ID",
        "years": {"2026": {"2026-08-18": "Libur yang sudah dicabut"}}}), encoding="utf-8")
    table = national_holidays(2026)
    assert date(2026, 8, 18) not in table and INDEPENDENCE_DAY in table
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    assert data["holidays_version"] == holidays_version()
    assert "2026-08-18" not in data["years"]["2026"]


@pytest.mark.parametrize("content", ["{ tidak lengkap", "[]", '{"format": 1}',
                                     '{"format": 1, "holidays_version": "%s", '
                                     '"years": {"2026": {"bukan-tanggal": "x"}}}'])
def test_a_corrupt_cache_is_ignored_and_rewritten(cache_file, content):
    cache_file.parent.mkdir(parents=True)
    cache_file.write_text(content.replace("%s", holidays_version() or ""), encoding="utf-8")
    assert dict(national_holidays(2026)) == from_package(2026)
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    assert INDEPENDENCE_DAY.isoformat() in data["years"]["2026"]


def test_an_unwritable_cache_only_loses_the_speed_up(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    monkeypatch.setattr(holidays, "holiday_cache_path",
                        lambda: blocker / "hari-libur-nasional.json")
    holidays._national_holidays.cache_clear()
    try:
        assert INDEPENDENCE_DAY in national_holidays(2026)
    finally:
        holidays._national_holidays.cache_clear()
    assert "tidak dapat ditulis" in caplog.text


def test_without_a_known_version_nothing_is_cached(cache_file, monkeypatch):
    monkeypatch.setattr(holidays, "holidays_version", lambda: None)
    assert INDEPENDENCE_DAY in national_holidays(2026)
    assert not cache_file.exists()


def test_a_warm_start_never_imports_holidays(cache_file):
    national_holidays(2026)
    national_holidays(2027)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from datetime import date\n"
        "from app.office import holidays\n"
        "from app.office.working_time import WorkingCalendar\n"
        f"holidays.holiday_cache_path = lambda: Path({str(cache_file)!r})\n"
        "name = WorkingCalendar().holiday_name(date(2026, 8, 17))\n"
        "print(name, 'holidays' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[3])
    name, imported = out.stdout.strip().rsplit(" ", 1)
    assert "Kemerdekaan" in name and imported == "False"
