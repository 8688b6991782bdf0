"""One search over every field of a complaint and every naskah's fields (issue 20), for the
register's filter box and `pengaduan cari`.

The index (app.store.search_index) holds each complaint's fields normalised, in rows by
rank; a query is normalised the same way and found as a substring: through the trigram
index from three characters on, by scanning below that (the index rows here, the
register's short search columns in the register's filter). Results come best field first
(numbers, then names, then subjects, then long texts), then newest, ranked over the newest
RANKED_ROWS matching rows (all of them unless the word is common), each with the field
that matched and a short snippet of it as typed.

Confidentiality: the fields that may name the reporter of a confidential complaint (its
reporter's identity, the description, the telaahan, dispositions, the answer letter and the
delivery note) sit in private rows, which only users who may see the reporter
(app.services.permissions.can_see_reporter) search, so nobody else finds such a complaint
by them or sees them in a snippet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from peewee import SQL, Expression, NodeList, PostgresqlDatabase, Value

from app.i18n import _
from app.office.text import clean_text
from app.services import fields
from app.services.permissions import can_see_reporter
from app.store import search_index
from app.store.models import Complaint, User, database
from app.store.search_index import FIELDS, complaint_of, normalise, normalise_query, tier_of

MIN_INDEXED = 3  # a trigram index answers from three characters on; shorter ones scan
PAGE = 100
RANKED_ROWS = 500  # matching rows ranked for a first page (see search)
CONTEXT = 32  # characters of the field shown on each side of the match


class Match(NamedTuple):
    """Where a complaint matched: the field and a snippet of it split around the match.
    (A tuple: a page makes a hundred of them per keystroke.)"""

    complaint_id: int
    register_no: str
    field: str  # app.store.search_index.FIELDS key
    before: str
    hit: str
    after: str

    @property
    def label(self) -> str:
        return _(FIELDS[self.field].label) if self.field in FIELDS else self.field

    @property
    def snippet(self) -> str:
        return f"{self.before}{self.hit}{self.after}"


def needle(text: str | None) -> str:
    """What is looked for: the typed text cleaned and cut as the register's search box
    cuts it (fields.SEARCH_LIMIT), normalised as the index (case, accents, punctuation in
    numbers). Empty: no search."""
    return normalise_query(clean_text(text)[:fields.SEARCH_LIMIT])


def _public_only(user: User | None) -> bool:
    return not can_see_reporter(user, "rahasia")


def condition(text: str | None, user: User | None) -> Expression | None:
    """The register's filter: `Complaint.id IN (the complaints with a matching field the
    user may search)`; None when there is nothing to look for. Under three characters,
    which no trigram index answers, the register scans its short search columns as it
    always did (schema v3: number, subject, summary, ticket, letter, reporter's name), not
    every text of every complaint: typing the first letters stays quick."""
    wanted = needle(text)
    if not wanted:
        return None
    public_only = _public_only(user)
    if len(wanted) < MIN_INDEXED:
        typed = clean_text(text)[:fields.SEARCH_LIMIT].strip()
        match = _contains(Complaint.search_text, typed)
        if not public_only:  # a confidential reporter's name, for those who may see it
            match |= _contains(Complaint.search_private, typed)
        return match
    sql, params = search_index.complaint_ids_sql(wanted, public_only=public_only)
    return Complaint.id.in_(SQL(f"({sql})", params))


def _contains(column, text: str) -> Expression:
    """Case-insensitive substring match with the user's `%` and `_` kept literal."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    operator = "ILIKE" if isinstance(database.obj, PostgresqlDatabase) else "LIKE"
    return NodeList((column, SQL(operator), Value(f"%{escaped}%"), SQL("ESCAPE '\\'")))


def _ranked_rows(wanted: str, public_only: bool) -> dict[int, int]:
    """complaint id -> the id of its best matching row, for every matching complaint,
    ranked: best field first (numbers, names, subjects, texts), then newest."""
    sql, params = search_index.match_query(wanted, public_only=public_only,
                                           scan=len(wanted) < MIN_INDEXED)
    best: dict[int, int] = {}
    for (row_id,) in database.execute_sql(sql, params).fetchall():
        best.setdefault(complaint_of(row_id), row_id)  # a complaint's best row comes first
    return dict(sorted(best.items(), key=lambda item: (tier_of(item[1]), -item[0])))


def search(text: str | None, user: User | None, *, limit: int = PAGE) -> list[Match]:
    """The first `limit` complaints matching `text` that `user` may find, best first, each
    with its matching field and snippet. One query: the page ranks the newest RANKED_ROWS
    matching rows (all of them unless the word is common), so the index never has to read
    every match to show the first page."""
    wanted = needle(text)
    if not wanted or limit <= 0:
        return []
    sql, params = search_index.page_query(
        wanted, public_only=_public_only(user), limit=limit,
        window=max(limit * 5, RANKED_ROWS), scan=len(wanted) < MIN_INDEXED)
    return [Match(complaint_of(row_id), number, *_where_in(body, row_text, wanted))
            for row_id, body, row_text, number in database.execute_sql(sql, params).fetchall()]


def ranked_ids(text: str | None, user: User | None) -> list[int]:
    """Every complaint matching `text` for `user`, best first (the register's order by
    relevance)."""
    wanted = needle(text)
    if not wanted:
        return []
    return list(_ranked_rows(wanted, _public_only(user)))


def matches(complaint_ids: list[int], text: str | None, user: User | None
            ) -> dict[int, Match]:
    """Where each of these complaints (a page of the register) matches `text`, for `user`:
    the best field and its snippet; complaints that do not match are left out."""
    wanted = needle(text)
    if not wanted or not complaint_ids:
        return {}
    # The page's rows alone (a few per complaint), compared directly: no index needed.
    sql, params = search_index.match_query(wanted, public_only=_public_only(user),
                                           within=list(complaint_ids))
    best: dict[int, int] = {}
    for (row_id,) in database.execute_sql(sql, params).fetchall():
        best.setdefault(complaint_of(row_id), row_id)
    return {m.complaint_id: m for m in _explained(best, wanted)}


def _explained(best: dict[int, int], wanted: str) -> list[Match]:
    if not best:
        return []
    # Raw SQL: peewee's building of a 100-id IN list costs more than the query.
    marks = ", ".join(["%s" if isinstance(database.obj, PostgresqlDatabase) else "?"]
                      * len(best))
    found = {row_id: rest for row_id, *rest in database.execute_sql(
        'SELECT d.id, d.body, d.text, c.register_no FROM search_doc d JOIN complaint c '
        f'ON c.id = d.complaint_id WHERE d.id IN ({marks})', list(best.values())).fetchall()}
    result = []
    for cid, row_id in best.items():
        body, text, number = found.get(row_id, ("", "", ""))
        key, before, hit, after = _where_in(body, text, wanted)
        result.append(Match(cid, number, key, before, hit, after))
    return result


def _where_in(body: str, text: str, wanted: str) -> tuple[str, str, str, str]:
    """The first field of a row holding `wanted`, and its snippet: `body` holds the row's
    fields normalised, one a line, in the order of `text` (search_index.rows_for)."""
    position = body.find(wanted)
    if position < 0:  # changed since it matched
        key, _sep, value = _field(text, 0).partition(search_index.VALUE_SEP)
        return key, "", "", _shorten(value, CONTEXT * 2)
    key, _sep, value = _field(text, body.count("\n", 0, position)).partition(
        search_index.VALUE_SEP)
    return (key, *snippet(value, wanted, hint=position - body.rfind("\n", 0, position) - 1))


def _field(text: str, line: int) -> str:
    """The `line`-th field of a row's text (the last one if there are fewer), found
    without splitting the whole text: a description can be long."""
    start = 0
    for _i in range(line):
        found = text.find(search_index.FIELD_SEP, start)
        if found < 0:
            break
        start = found + len(search_index.FIELD_SEP)
    end = text.find(search_index.FIELD_SEP, start)
    return text[start:] if end < 0 else text[start:end]


def snippet(value: str, wanted: str, hint: int = 0) -> tuple[str, str, str]:
    """(before, match, after) of `value` around the first place that normalises to
    `wanted`, as typed, about CONTEXT characters each side, on one line. `hint`: where
    `wanted` is in the normalised value; normalising mostly shortens a text, so the
    place as typed is at or a little after it."""
    pattern = _pattern(wanted)
    found = pattern.search(value, max(hint - 4, 0)) or pattern.search(value)
    if found is None:  # a normalisation the pattern does not mirror (e.g. ß = ss)
        value = normalise(value)
        start = max(value.find(wanted), 0)
        end = start + len(wanted)
    else:
        start, end = found.span()
    # Only the characters the snippet can show: a description can be long.
    before = value[max(start - CONTEXT - 1, 0):start]
    after = _shorten(value[end:end + CONTEXT + 1], CONTEXT)
    if len(before) > CONTEXT:
        cut = before[-CONTEXT:]
        space = cut.find(" ")
        before = "\u2026" + (cut[space + 1:] if 0 <= space < CONTEXT // 2 else cut)
    if "  " not in value and value.isprintable():  # mostly: one line already
        return before, value[start:end], after
    return _one_line(before), _one_line(value[start:end]), _one_line(after)


def _shorten(text: str, size: int) -> str:
    if len(text) <= size:
        return text
    cut = text[:size]
    space = cut.rfind(" ")
    return (cut[:space] if space > size // 2 else cut) + "\u2026"


_SPACES = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text)


# --------------------------------------------------------------------------- the snippet pattern

_MARKS = "[\u0300-\u036f]*"


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each normalised character -> the characters (Latin, with accents, upper case,
    full-width) that normalise to it."""
    result: dict[str, set[str]] = {}
    for low, high in ((0x21, 0x24F), (0x1E00, 0x1EFF), (0xFF01, 0xFF5E)):
        for code in range(low, high + 1):
            char = chr(code)
            folded = normalise(char)
            if len(folded) == 1:
                result.setdefault(folded, {folded}).add(char)
    return {k: "".join(sorted(v)) for k, v in result.items()}


@lru_cache(maxsize=64)
def _pattern(wanted: str) -> re.Pattern:
    """A regular expression finding, in text as typed, what normalises to `wanted`."""
    variants = _variants()
    parts = []
    for i, char in enumerate(wanted):
        if char == " ":
            parts.append(r"\s+")
            continue
        chars = variants.get(char, char)
        parts.append("[" + "".join(re.escape(c) for c in chars) + "]" + _MARKS)
        if char.isdigit() and i + 1 < len(wanted) and wanted[i + 1].isdigit():
            parts.append(r"[\s.\-]*")
    return re.compile("".join(parts), re.IGNORECASE)
