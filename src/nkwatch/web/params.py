"""Query parameters shared by the API and the pages: dates, paging, periods.

Bad values become 422 responses whose ``error`` names the parameter.

>>> check_date("2017-09-22")
'2017-09-22'
>>> check_date("2017-9-22")
Traceback (most recent call last):
...
ValueError: '2017-9-22' is not a date YYYY-MM-DD
>>> period_range("2017-09")
('2017-09-01', '2017-09-30')
>>> page([1, 2, 3], limit=2, offset=0)["has_more"]
True
"""

import calendar
import re
from datetime import date
from typing import Annotated

from fastapi import Query
from pydantic import AfterValidator

MAX_LIMIT = 1000
MAX_SERIES_LIMIT = 10000
PERIODS = ("day", "month", "year")
FORMS = ("epithet", "title", "name", "role")
_PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(value: str | None) -> str | None:
    """Accept only ISO ``YYYY-MM-DD`` dates that exist."""
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.isoformat() != value:
        raise ValueError(f"{value!r} is not a date YYYY-MM-DD")
    return value


def period_range(period: str) -> tuple[str, str]:
    """First and last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    if not _PERIOD.match(period):
        raise ValueError(f"{period!r} is not a period YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        if len(period) == 4:
            return f"{period}-01-01", f"{period}-12-31"
        if len(period) == 7:
            year, month = int(period[:4]), int(period[5:])
            last = calendar.monthrange(year, month)[1]
            return f"{period}-01", f"{period}-{last:02d}"
        check_date(period)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise ValueError(f"{period!r} is not a period YYYY, YYYY-MM or YYYY-MM-DD") from exc
    return period, period


def check_period(value: str | None) -> str | None:
    """Validator form of :func:`period_range`."""
    if value is not None:
        period_range(value)
    return value


IsoDate = Annotated[str | None, AfterValidator(check_date)]
Since = Annotated[IsoDate, Query(description="First date included, YYYY-MM-DD.")]
Until = Annotated[IsoDate, Query(description="Last date included, YYYY-MM-DD.")]
Period = Annotated[str | None, AfterValidator(check_period),
                   Query(description="A period YYYY, YYYY-MM or YYYY-MM-DD (sets since/until).")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most {MAX_LIMIT} items.")]
SeriesLimit = Annotated[int, Query(ge=1, le=MAX_SERIES_LIMIT,
                                   description=f"At most {MAX_SERIES_LIMIT} rows.")]
Offset = Annotated[int, Query(ge=0, description="Skip this many items.")]
By = Annotated[str, Query(pattern="^(day|month|year)$", description="day, month or year.")]
Form = Annotated[str | None, Query(pattern="^(epithet|title|name|role)$",
                                   description="epithet, title, name or role.")]


def page(rows: list, *, limit: int, offset: int) -> dict:
    """The paging envelope over ``rows`` fetched with ``limit + 1`` (or all, then sliced).

    ``rows`` holds the items from ``offset`` on; one beyond ``limit`` means more follow.
    """
    items = rows[:limit]
    more = len(rows) > limit
    return {"items": items, "limit": limit, "offset": offset, "has_more": more,
            "next_offset": offset + limit if more else None}


def window(rows: list, *, limit: int, offset: int) -> dict:
    """The paging envelope over a complete list ``rows``."""
    return page(rows[offset:offset + limit + 1], limit=limit, offset=offset)


class BadParameter(Exception):
    """A parameter that is well-formed but unusable: answered with 422 and this message."""


def date_span(since: str | None, until: str | None) -> None:
    """Refuse ``since`` after ``until``."""
    if since and until and since > until:
        raise BadParameter(f"since {since} is after until {until}")
