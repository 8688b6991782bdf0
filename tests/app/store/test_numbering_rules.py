"""The rules of register and document numbers (app.store.numbering): one counter per name
and year, each starting at 1 and rising by one; a pattern filled from the number's date."""

import datetime as dt

import pytest

from app.store.models import Counter
from app.store.numbering import DATE_FIELDS, format_number, next_value, pattern_fields


def test_a_counter_starts_at_one_and_rises_by_one(db):
    assert [next_value("register", 2026) for _ in range(3)] == [1, 2, 3]


def test_each_name_and_year_counts_on_its_own(db):
    next_value("register", 2026)
    next_value("register", 2026)
    next_value("nota_dinas", 2026)
    next_value("register", 2025)
    # Drawing one number raises no other counter.
    assert next_value("nota_dinas", 2026) == 2
    assert next_value("register", 2025) == 2
    assert next_value("register", 2027) == 1
    assert next_value("register", 2026) == 3
    stored = {(c.name, c.year): c.value for c in Counter.select()}
    assert stored == {("register", 2026): 3, ("nota_dinas", 2026): 2,
                      ("register", 2025): 2, ("register", 2027): 1}


def test_the_pattern_is_filled_from_the_numbers_date():
    when = dt.date(2026, 11, 25)
    assert format_number("{seq:04d}/PENGADUAN/{month_roman}/{year}", 7, when) == \
        "0007/PENGADUAN/XI/2026"
    assert format_number("{seq}-{month:02d}-{month}", 12, when) == "12-11-11"
    # The roman month is that of the date's own month, January and December included.
    assert format_number("{month_roman}", 1, dt.date(2026, 1, 31)) == "I"
    assert format_number("{month_roman}", 1, dt.date(2026, 12, 1)) == "XII"


def test_a_document_pattern_takes_its_own_fields():
    assert format_number("W.32.{classification}-{seq}", 1473, dt.date(2026, 3, 2),
                         classification="UM.01.01") == "W.32.UM.01.01-1473"


def test_every_date_field_is_known_to_a_pattern():
    assert {"seq", "year", "month", "month_roman"} == DATE_FIELDS
    assert format_number("{seq}{year}{month}{month_roman}", 1, dt.date(2026, 4, 1)) == \
        "120264IV"


def test_pattern_fields_names_what_a_pattern_fills_in():
    assert pattern_fields("{seq:04d}/{month_roman}/{year}") == {"seq", "month_roman", "year"}
    assert pattern_fields("plain text") == set()
    assert pattern_fields("{}-{seq}") == {"", "seq"}
    # Attribute and index access name the field itself.
    assert pattern_fields("{when.year}/{parts[0]}") == {"when", "parts"}


def test_an_unmatched_brace_is_a_malformed_pattern():
    with pytest.raises(ValueError):
        pattern_fields("{seq/{year}")
