"""Release dates known to a day, a month, a quarter or a year, as publishers announce them.

A date of lesser precision is stored as the first day of its period (« T1 2027 » is
1 January 2027), so that a database column holds every kind and a sort by date keeps the
calendar's order within a period; `period_end` orders it against dated releases.
"""

import calendar
from datetime import date

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class Precision(models.TextChoices):
    """How precisely a release date is known."""

    DAY = "day", _("Jour")
    MONTH = "month", _("Mois")
    QUARTER = "quarter", _("Trimestre")
    YEAR = "year", _("Année")


# The first months of the quarters: a quarter's date is the first day of one of them.
QUARTER_STARTS = (1, 4, 7, 10)


def matches_precision(value: date, precision: str) -> bool:
    """Whether `value` is the first day of its period, as a date of that precision is kept."""
    if precision == Precision.DAY:
        return True
    if value.day != 1:
        return False
    if precision == Precision.MONTH:
        return True
    if precision == Precision.QUARTER:
        return value.month in QUARTER_STARTS
    return value.month == 1


def expected_form(precision: str) -> str:
    """The editor's hint for a date of that precision (the error message quotes it)."""
    return {
        Precision.MONTH: _("le 1er du mois, par exemple 01/11/2026 pour novembre 2026"),
        Precision.QUARTER: _(
            "le 1er jour du trimestre (1er janvier, avril, juillet ou octobre), "
            "par exemple 01/01/2027 pour T1 2027"
        ),
        Precision.YEAR: _("le 1er janvier, par exemple 01/01/2027 pour 2027"),
    }.get(precision, "")


def period_end(value: date, precision: str) -> date:
    """The last day of the period: what a calendar sorts an imprecise release by, so that
    « T1 2027 » comes after every dated release of March 2027."""
    if precision == Precision.DAY:
        return value
    if precision == Precision.YEAR:
        return date(value.year, 12, 31)
    last_month = value.month + (2 if precision == Precision.QUARTER else 0)
    return date(value.year, last_month, calendar.monthrange(value.year, last_month)[1])


def release_label(value: date, precision: str) -> str:
    """The date as readers see it: « 24 novembre 2026 », « novembre 2026 », « T1 2027 »,
    « 2027 »."""
    if precision == Precision.YEAR:
        return str(value.year)
    if precision == Precision.QUARTER:
        return _("T%(quarter)s %(year)s") % {
            "quarter": (value.month - 1) // 3 + 1,
            "year": value.year,
        }
    if precision == Precision.MONTH:
        return date_format(value, "F Y")
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {date_format(value, 'F Y')}"
