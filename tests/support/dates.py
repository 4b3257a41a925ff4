"""Dates for tests: as the French admin prints them, and relative to now."""

from datetime import datetime, timedelta

from django.utils import timezone

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"


def admin_datetime(value: datetime) -> str:
    """`value` in Paris time as the admin prints a date and time: « 5 mars 2027 14:30 »."""
    value = timezone.localtime(value)
    month = MONTHS.split()[value.month - 1]
    return f"{value.day} {month} {value.year} {value:%H:%M}"


def hours_ago(hours: float) -> datetime:
    """The moment `hours` hours before now."""
    return timezone.now() - timedelta(hours=hours)
