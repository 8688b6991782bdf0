"""A second workstation for the calendar tests, in its own process: it opens the database,
does one thing and prints what it sees as JSON.

    python -m tests.app.calendar_worker URL ACTION [ARG...]

`--other-package` makes this workstation's `holidays` package disagree with the first one
(an invented holiday on 2026-11-26 and no Independence Day), as an older or newer package
version would."""

from __future__ import annotations

import datetime as dt
import json
import sys


def main(argv: list[str]) -> None:
    other_package = "--other-package" in argv
    url, action, *args = [a for a in argv if a != "--other-package"]
    from app.services import calendar
    from app.store.db import open_database
    from app.store.models import Complaint, User

    if other_package:
        real = calendar.national_holidays

        def disagreeing(year, *, use_cache=True):
            table = dict(real(year, use_cache=use_cache))
            table.pop(dt.date(year, 8, 17), None)
            table[dt.date(year, 11, 26)] = "Hari libur paket lain"
            return table

        calendar.national_holidays = disagreeing
    open_database(url)
    out: dict = {}
    if action == "set":
        day, kind = dt.date.fromisoformat(args[0]), args[1]
        calendar.set_office_day(day, kind, "Libur kantor", "Keputusan Kakanwil Nomor 7/2026",
                                actor=User.get(User.username == "admin"))
    elif action == "remove":
        calendar.remove_office_day(dt.date.fromisoformat(args[0]),
                                   actor=User.get(User.username == "admin"))
    elif action == "refresh":
        added, removed = calendar.refresh_national(int(args[0]),
                                                   actor=User.get(User.username == "admin"))
        out.update(added=added, removed=removed)
    office = calendar.office_calendar()
    out["working"] = {d: office.is_working_day(dt.date.fromisoformat(d))
                      for d in ("2026-08-17", "2026-11-26", "2026-11-27")}
    out["due"] = {c.id: [str(c.step_due_at), str(c.due_at)] for c in Complaint.select()}
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
