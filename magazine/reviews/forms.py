"""The admin form of a game: its PEGI descriptors as boxes to tick."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from .pegi import PegiDescriptor


class GameForm(WagtailAdminModelForm):
    """A game's form, where the PEGI descriptors (a list in the database) are ticked."""

    pegi_descriptors = forms.MultipleChoiceField(
        label=_("descripteurs PEGI"),
        choices=PegiDescriptor.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Les pictogrammes de contenu au dos de la boîte."),
    )
