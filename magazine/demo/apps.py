"""The demo content app: only a management command and the content it loads."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The `load_demo` command and its content; no models."""

    name = "magazine.demo"
    label = "demo"
    verbose_name = _("Contenu de démonstration")
