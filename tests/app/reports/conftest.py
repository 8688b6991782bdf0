"""Demo data for the report tests, and the raw-row helpers that recompute what a report
should say without calling the report code."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest

AT = dt.datetime(2026, 11, 27, 10, 0)


@pytest.fixture
def demo_data(db):
    from app.services import demo

    demo.generate(400, seed=5, at=AT)
    return db


def received_in(period):
    from app.store.models import Complaint

    start = dt.datetime.combine(period.start, dt.time())
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    return [c for c in Complaint.select() if start <= c.received_at < end]


def done_records(complaints):
    from app.store.models import StepRecord

    ids = {c.id for c in complaints}
    return [r for r in StepRecord.select()
            if r.complaint_id in ids and r.outcome in ("diteruskan", "dikembalikan", "selesai")
            and r.working_minutes is not None]


def p90(values):
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=10, method="inclusive")[8]
