"""The rule the admin form applies to a go-live date: a new one must still be ahead."""

from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PAST_GO_LIVE_MESSAGE = _(
    "Cette date de publication est déjà passée : choisissez une date à venir, ou videz le "
    "champ pour publier tout de suite."
)


class FutureGoLiveMixin:
    """Refuses a go-live date that the editor has just set and that has already passed.

    Wagtail publishes at once a page whose go-live date has passed, and keeps that date. So a
    schedule saved a minute too late, or a date the admin's date picker replaced by the
    current time (it does so on leaving the field when it cannot read what was typed), went
    live immediately instead of waiting. A date left as it was stays accepted: an article
    that went live on schedule keeps its past go-live date through every later edit.
    """

    def clean(self) -> dict:
        cleaned_data = super().clean()
        go_live_at = cleaned_data.get("go_live_at")
        if go_live_at and go_live_at <= timezone.now() and self._go_live_changed(go_live_at):
            self.add_error("go_live_at", forms.ValidationError(PAST_GO_LIVE_MESSAGE, "past"))
        return cleaned_data

    def _go_live_changed(self, go_live_at: datetime) -> bool:
        # The picker shows minutes only: a date stored with seconds comes back without them.
        previous = self.initial.get("go_live_at")
        return previous is None or to_the_minute(previous) != to_the_minute(go_live_at)


def to_the_minute(value: datetime) -> datetime:
    """Return `value` without its seconds."""
    return value.replace(second=0, microsecond=0)
