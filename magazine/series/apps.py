from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeriesConfig(AppConfig):
    name = "magazine.series"
    label = "series"
    verbose_name = _("Séries et dossiers")
