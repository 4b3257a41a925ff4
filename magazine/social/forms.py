"""The Mastodon share page's forms: the page shared, and the reader's instance."""

import unicodedata
from collections.abc import Collection
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .mastodon import HOSTNAME_MAX_LENGTH, instance_hostname

URL_MAX_LENGTH = 2000
# Wagtail's titles hold 255 characters: room for a title, never for a pamphlet.
TEXT_MAX_LENGTH = 300


def refuse_control_characters(text: str) -> None:
    """Raise a ValidationError if `text` holds a control character (line break, NUL…)."""
    if any(unicodedata.category(char) == "Cc" for char in text):
        raise ValidationError(
            _("Le texte à partager ne peut pas contenir de caractère de contrôle."),
            code="control_character",
        )


class SharedPageForm(forms.Form):
    """The page to share, a page of this site, and its title.

    Only this site's own addresses are accepted, so nobody can use the share page to send
    readers elsewhere with someone else's content.
    """

    url = forms.URLField(max_length=URL_MAX_LENGTH, assume_scheme="https")
    text = forms.CharField(
        max_length=TEXT_MAX_LENGTH, required=False, validators=[refuse_control_characters]
    )

    def __init__(self, data, *, hosts: Collection[str]) -> None:
        super().__init__(data)
        self.hosts = {host.lower() for host in hosts}

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        parts = urlsplit(url)
        # The whole network location is compared, so « user@host » or another port is foreign.
        if parts.scheme not in ("http", "https") or parts.netloc.lower() not in self.hosts:
            raise ValidationError(
                _("Seules les pages du magazine peuvent être partagées d'ici."), code="foreign"
            )
        return url


class MastodonInstanceForm(forms.Form):
    """The reader's Mastodon instance, by its host name."""

    instance = forms.CharField(
        label=_("Votre instance Mastodon"),
        max_length=HOSTNAME_MAX_LENGTH,
        help_text=_("Le serveur où se trouve votre compte, par exemple mastodon.social."),
        widget=forms.TextInput(
            attrs={"autocapitalize": "none", "autocomplete": "on", "spellcheck": "false"}
        ),
    )

    def clean_instance(self) -> str:
        return instance_hostname(self.cleaned_data["instance"])
