"""The release calendar: games to come, by month, in the order their dates allow.

A release known to a month, a quarter or a year sorts by the last day of its period
(`period_end`), after every dated release of that period: « mars 2027 » closes March,
« T1 2027 » follows it, « 2027 » follows December. Releases of one game on the same date
are one entry listing their platforms.
"""

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from django.utils.formats import date_format

from .models import GameRelease
from .platforms import Platform
from .release_dates import Precision, period_end, release_label

# Within one last day, the more precise release first.
PRECISION_ORDER = {Precision.DAY: 0, Precision.MONTH: 1, Precision.QUARTER: 2, Precision.YEAR: 3}
PLATFORM_ORDER = {value: index for index, value in enumerate(Platform.values)}


@dataclass
class CalendarEntry:
    """A game released on a date, on one or more platforms."""

    title: str
    slug: str
    release_date: date
    precision: str
    platforms: list[str] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple:
        end = period_end(self.release_date, self.precision)
        return (end, PRECISION_ORDER[self.precision], self.title.casefold(), self.slug)

    @property
    def label(self) -> str:
        """The date as readers see it (« 24 novembre 2026 », « T1 2027 »)."""
        return release_label(self.release_date, self.precision)

    @property
    def machine_date(self) -> str:
        """The date for a <time> element, as precise as it is known; "" for a quarter,
        which HTML cannot write."""
        formats = {Precision.DAY: "Y-m-d", Precision.MONTH: "Y-m", Precision.YEAR: "Y"}
        return (
            date_format(self.release_date, formats[self.precision])
            if self.precision in formats
            else ""
        )

    @property
    def group(self) -> str:
        """The heading it is listed under: its month, or its quarter or year when only
        those are known."""
        if self.precision in (Precision.DAY, Precision.MONTH):
            return date_format(self.release_date, "F Y")
        return self.label

    @property
    def platform_names(self) -> list[str]:
        return [Platform(value).label for value in self.platforms]


@dataclass(frozen=True)
class CalendarGroup:
    """A heading of the calendar and the entries under it, in order."""

    label: str
    entries: list[CalendarEntry]


def upcoming_releases(today: date, platform: str = "") -> list[CalendarGroup]:
    """The releases not yet past on `today` (a period not over yet is still to come), on
    `platform` or on any, grouped by month: one query, whatever the number of games."""
    # Every release whose period ends on or after today starts on or after 1 January.
    releases = GameRelease.objects.filter(release_date__gte=date(today.year, 1, 1))
    if platform:
        releases = releases.filter(platform=platform)
    rows = releases.values_list(
        "game__title", "game__slug", "release_date", "precision", "platform"
    )
    entries: dict[tuple, CalendarEntry] = {}
    for title, slug, release_date, precision, release_platform in rows:
        if period_end(release_date, precision) < today:
            continue
        entry = entries.setdefault(
            (slug, release_date, precision), CalendarEntry(title, slug, release_date, precision)
        )
        entry.platforms.append(release_platform)
    for entry in entries.values():
        entry.platforms.sort(key=lambda value: PLATFORM_ORDER.get(value, len(PLATFORM_ORDER)))
    ordered = sorted(entries.values(), key=lambda entry: entry.sort_key)
    return [
        CalendarGroup(label, list(group))
        for label, group in groupby(ordered, key=lambda entry: entry.group)
    ]
