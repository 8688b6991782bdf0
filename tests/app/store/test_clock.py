"""One clock of record in the office's zone (issue 16): the same real moment gives the same
stored instants, deadlines, states and printed times whatever zone a workstation is set to;
a WITA office prints WITA; on PostgreSQL the server's clock is the time of record."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.office import wording
from app.office.zones import office_zone
from app.services import accounts, settings, workflow
from app.store import clock
from app.store.db import sync_clock
from app.store.models import StepRecord, database

ROOT = Path(__file__).parents[3]
MOMENT = "2026-11-25T01:00:00Z"  # 08.00 WIB, 09.00 WITA


def workstation(tmp_path: Path, tz: str, zone: str | None = None) -> dict:
    url = "sqlite:///" + str(tmp_path / f"{tz.replace('/', '-')}-{zone}.db")
    args = [sys.executable, "-m", "tests.app.clock_worker", url, MOMENT]
    done = subprocess.run(args + ([zone] if zone else []), cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "TZ": tz})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_zone_a_workstation_is_set_to_changes_nothing_stored_or_printed(tmp_path):
    seen = {tz: workstation(tmp_path, tz)
            for tz in ("UTC", "Asia/Jakarta", "America/New_York")}
    assert seen["UTC"] == seen["Asia/Jakarta"] == seen["America/New_York"]
    wib = seen["UTC"]
    assert wib["received_at"] == "2026-11-25 08:00:00"
    assert wib["records"][0] == ["2026-11-25 08:00:00", "2026-11-25 08:00:00"]
    assert wib["printed"] == "25 November 2026 pukul 08.00 WIB"


def test_a_wita_office_stores_and_prints_wita(tmp_path):
    wita = workstation(tmp_path, "America/New_York", "Asia/Makassar")
    assert wita["received_at"] == "2026-11-25 09:00:00"
    assert wita["printed"] == "25 November 2026 pukul 09.00 WITA"
    assert wita["audit"][-2:] == ["2026-11-25 09:00:00"] * 2  # registered, forwarded


def test_the_zone_is_kept_once_complaints_exist(db, registered):
    with pytest.raises(ValidationError, match="tidak dapat diubah setelah ada pengaduan"):
        settings.put("office_zone", "Asia/Makassar", actor=accounts.COMMAND_LINE)
    with pytest.raises(ValidationError, match="tidak dikenal"):
        settings.put("office_zone", "Europe/Berlin", actor=accounts.COMMAND_LINE)
    assert office_zone().label == "WIB"
    assert wording.long_datetime(dt.datetime(2026, 11, 25, 8)).endswith("WIB")


def shift_workstation_clock(hours: float) -> dt.datetime:
    """This PC's clock runs `hours` ahead of the real time; returns the real office time."""
    clock.use_source(lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours))
    sync_clock(database.obj)
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).replace(tzinfo=None)


def test_the_time_of_record_is_the_servers_on_postgres(db_url, users, registered):
    real = shift_workstation_clock(3)
    workflow.forward(users["kakanwil"], registered.id, note="Mohon ditindaklanjuti.")
    ended = StepRecord.get((StepRecord.complaint == registered.id)
                           & (StepRecord.step_no == 2)).ended_at
    if db_url.startswith("postgresql"):
        assert abs(ended - real) < dt.timedelta(seconds=10)  # the server's time
        assert -clock.skew() > dt.timedelta(hours=2, minutes=59)
        warning = clock.skew_warning()
        assert "terlalu cepat" in warning and "180 menit" in warning
    else:  # the embedded file has no other clock than this PC's
        assert abs(ended - real - dt.timedelta(hours=3)) < dt.timedelta(seconds=10)
        assert clock.skew() is None and clock.skew_warning() is None


@pytest.mark.postgres
def test_a_clock_within_two_minutes_is_not_warned_about(pg_url):
    from app.store.db import open_database

    clock.use_source(lambda: dt.datetime.now(dt.UTC) - dt.timedelta(seconds=90))
    open_database(pg_url).close()
    assert dt.timedelta(seconds=85) < clock.skew() < dt.timedelta(seconds=95)
    assert clock.skew_warning() is None


@pytest.mark.postgres
def test_the_offset_is_measured_again_but_never_inside_a_transaction(pg_url):
    from app.store.db import open_database

    db = open_database(pg_url)
    assert abs(clock.skew()) < dt.timedelta(seconds=5)
    clock.use_source(lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10))
    clock.measure_soon()  # the five minutes have passed
    with db.atomic():
        clock.now()  # a reading inside an action's transaction does not ask the server
        assert abs(clock.skew()) < dt.timedelta(seconds=5)
    clock.now()  # the next reading outside does
    assert -clock.skew() > dt.timedelta(minutes=9)
    assert "terlalu cepat sekitar 10 menit" in clock.skew_warning()
    db.close()


def test_a_damaged_zone_setting_falls_back_to_wib(db):
    from app.store.models import Setting

    Setting.insert(key="office_zone", value="{rusak").execute()
    sync_clock(database.obj)
    assert office_zone().label == "WIB"
