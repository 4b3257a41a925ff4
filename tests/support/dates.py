"""Dates as the French admin prints them, written out by hand to compare with its pages."""

from datetime import datetime

from django.utils import timezone

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"


def admin_datetime(value: datetime) -> str:
    """`value` in Paris time as the admin prints a date and time: « 5 mars 2027 14:30 »."""
    value = timezone.localtime(value)
    month = MONTHS.split()[value.month - 1]
    return f"{value.day} {month} {value.year} {value:%H:%M}"
