"""Another workstation committing at this moment: `work` runs in a transaction on another
thread (its own connection), which stays open a moment after it; the `with` block runs
meanwhile, and what the other side raised is raised at the end."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

from app.store.models import database


@contextmanager
def committing_elsewhere(work, *, seconds: float = 1.0):
    in_flight = threading.Event()
    errors: list[BaseException] = []

    def elsewhere():
        try:
            with database.atomic():
                work()
                in_flight.set()
                time.sleep(seconds)  # committing takes a moment on the other workstation
        except BaseException as exc:  # noqa: BLE001 - raised in the test below
            errors.append(exc)
            in_flight.set()
        finally:
            database.close()

    other = threading.Thread(target=elsewhere)
    other.start()
    assert in_flight.wait(10)
    try:
        yield
    finally:
        other.join(30)
    if errors:
        raise errors[0]
