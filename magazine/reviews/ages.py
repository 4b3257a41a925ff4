"""The age of a test: when it becomes old enough for readers to be told so."""

import calendar
from datetime import datetime


def months_later(moment: datetime, months: int) -> datetime:
    """`moment` moved `months` calendar months on; the 31st becomes the month's last day."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def is_old(published_at: datetime | None, months: int, now: datetime) -> bool:
    """Whether a test published at `published_at` is `months` months old or more at `now`
    (never when `months` is 0, or for what was never published)."""
    return bool(months and published_at and now >= months_later(published_at, months))
